import { describe, expect, it } from 'vitest'
import { LEADS, MODIFIERS, readLead, readModifier } from './leads.js'

describe('readLead', () => {
  it.each([
    ['would pursue the visit in ', 'in', 'in'],
    ['net zero by ', 'by', 'by'],
    ['supported reaching agreement as early as possible in ', 'in', 'as early as possible in'],
    ['consular cooperation in the run up to the ', 'before', 'in the run up to the'],
    ['peak emissions by no later than ', 'by', 'by no later than'],
    ['cooperation since ', 'since', 'since'],
    ['visits to Australia beginning in ', 'from', 'beginning in'],
  ])('reads the lead of %j', (before, kind, words) => {
    const lead = readLead(before, before.length)
    expect(lead?.value).toBe(kind)
    expect(before.slice(lead!.start).trim()).toBe(words)
  })

  it('keeps "for" out of the text', () => {
    expect(readLead('scheduled for ', 14)).toMatchObject({ value: 'in', inText: false, start: 10 })
  })

  it('finds no lead inside a word or after other words', () => {
    expect(readLead('the 2015 Review of ', 19)).toBeNull()
    expect(readLead('within', 6)).toBeNull()
  })
})

describe('readModifier', () => {
  it.each([
    ['by the end of ', 'late', 'the end of '],
    ['in early ', 'early', 'early '],
    ['mid-', 'mid', 'mid-'],
    ['later ', 'later', 'later '],
  ])('reads the modifier of %j', (before, modifier, words) => {
    const m = readModifier(before, before.length)
    expect(m?.value).toBe(modifier)
    expect(before.slice(m!.start)).toBe(words)
  })
})

describe('word lists', () => {
  it('are sorted, one entry per line', () => {
    const key = (w: string): string => w.replace('(?:the )?', '').replace(/[^a-z ]/g, '')
    expect(LEADS.map((l) => key(l.words))).toEqual(LEADS.map((l) => key(l.words)).sort())
    expect(MODIFIERS.map((l) => key(l.words))).toEqual(MODIFIERS.map((l) => key(l.words)).sort())
  })
})
