import { describe, expect, it } from 'vitest'
import { Gazetteer } from './gazetteer.js'
import { tokenize } from './tokens.js'

describe('Gazetteer', () => {
  const g = new Gazetteer<string>()
  g.add(['UN'], 'un')
  g.add(['UN', 'Security', 'Council'], 'unsc')
  g.add(['Security', 'Council'], 'unsc')

  it('takes the longest name at each place, left to right, without overlaps', () => {
    const tokens = tokenize('the UN Security Council and the UN', { mergeAbbreviations: true })
    expect([...g.matches(tokens)].map((m) => [m.value, m.from, m.to])).toEqual([
      ['unsc', 1, 4],
      ['un', 6, 7],
    ])
  })

  it('falls back to a shorter name when a longer one breaks off', () => {
    const tokens = tokenize('UN Security forces', { mergeAbbreviations: true })
    expect([...g.matches(tokens)].map((m) => m.value)).toEqual(['un'])
  })

  it('refuses a second value under the same name and returns the first', () => {
    expect(g.add(['UN'], 'other')).toBe('un')
    expect(g.get(['UN'])).toBe('un')
    expect(g.get(['Security'])).toBeUndefined()
  })
})
