import { describe, expect, it } from 'vitest'
import { ordinalLabel, slugify, topicLabel } from './labels.js'

describe('labels', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [102, '102nd'],
  ])('writes %i as %s', (n, label) => expect(ordinalLabel(n)).toBe(label))

  it('humanises topic ids unless a label is given', () => {
    expect(topicLabel('maritime-security')).toBe('Maritime security')
    expect(topicLabel('cyber', { cyber: 'Cyber security' })).toBe('Cyber security')
    expect(topicLabel('other')).toBe('Other')
  })

  it('slugifies names for ids and column names', () => {
    expect(slugify('United Kingdom')).toBe('united-kingdom')
    expect(slugify("Côte d'Ivoire")).toBe('cote-d-ivoire')
    expect(slugify('***')).toBe('x')
  })
})
