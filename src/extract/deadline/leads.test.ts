import { describe, expect, it } from 'vitest'
import { LEADS, MODIFIERS, hasLeadBeforeName, readLead, readModifier } from './leads.js'

describe('readLead', () => {
  it.each([
    ['would pursue the visit in ', 'in', 'in'],
    ['net zero by ', 'by', 'by'],
    ['supported reaching agreement as early as possible in ', 'in', 'as early as possible in'],
    ['consular cooperation in the run up to the ', 'before', 'in the run up to the'],
    ['peak emissions by no later than ', 'by', 'by no later than'],
    ['cooperation since ', 'since', 'since'],
    ['visits to Australia beginning in ', 'begin', 'beginning in'],
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

describe('hasLeadBeforeName', () => {
  const at = (text: string): number => text.indexOf('(') + 1

  it.each([
    'We will meet at the 28th UN Climate Change Conference (COP28)',
    'Ahead of the 15th Conference of the Parties to the Convention on Biological Diversity (CBD COP15), the 26th UN Climate Change Conference of the Parties (UNFCCC COP26)',
    'in view of the 28th UN Climate Change Conference of the Parties (COP28)',
    'will pursue ambitious outcomes at the ongoing 28th Session of the Conference of the Parties to the UN Framework Convention on Climate Change (UNFCCC-COP 28)',
  ])('takes a lead right before the name: %s', (text) => {
    expect(hasLeadBeforeName(text, text.lastIndexOf('(') + 1)).toBe(true)
  })

  it('takes no lead further back than the name', () => {
    const text = 'We will work at the local level to support the aims of the 28th UN Climate Change Conference (COP28)'
    expect(hasLeadBeforeName(text, at(text))).toBe(false)
  })

  it('needs the bracket', () => {
    const text = 'We will meet at the 28th UN Climate Change Conference COP28'
    expect(hasLeadBeforeName(text, text.indexOf('COP28'))).toBe(false)
  })
})
