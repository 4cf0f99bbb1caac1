import { describe, expect, it } from 'vitest'
import { findCountryMentions } from './countries.js'
import { firstLetters } from './first-letters.js'

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The same alternation with and without the lookahead, as the lexicon builds it. */
function both(names: string[], flags: string, more = ''): [RegExp, RegExp] {
  const body = `(?<![\\p{L}\\p{N}])${more ? '(?:the\\s+)?' : ''}(?:${names.map((n) => escape(n).replace(/'/g, "['’]")).join('|')})(?![\\p{L}\\p{N}])`
  return [new RegExp(body, flags), new RegExp(`${firstLetters(names, more)}${body}`, flags)]
}

const matches = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`)

describe('firstLetters', () => {
  const names = ['Japan', "Côte d'Ivoire", '(L-R)', ']x', '^up', '-dash', 'Ürümqi', '𝔸stral', 'Korean Peninsula', 'Sea of Japan']
  const texts = [
    "Japan and the UK met; Côte d’Ivoire and Côte d'Ivoire too.",
    'a photo (L-R) of ]x and ^up with -dash in Ürümqi and 𝔸stral',
    'the korean peninsula, the KOREAN PENINSULA, the ſea of japan, Sea of Japan',
    'Japanese, XJapan, Japan2, theJapan, the  Japan',
  ]

  it('changes no match of a pattern, case-sensitive or not', () => {
    for (const [flags, more] of [
      ['gu', 't'],
      ['giu', ''],
      ['gu', ''],
    ] as const) {
      const [plain, fast] = both(names, flags, more)
      for (const text of texts) expect(matches(fast, text), `${flags} ${text}`).toEqual(matches(plain, text))
    }
  })

  it('is empty when a name is empty (the pattern may start anywhere)', () => {
    expect(firstLetters(['Japan', ''])).toBe('')
  })

  it('escapes the characters that mean something in a class', () => {
    expect(firstLetters([']a', '^b', '-c', '\\d'])).toBe('(?=[\\]\\^\\-\\\\])')
  })

  it('leaves the country mentions as they were', () => {
    expect(findCountryMentions('Japan and the UK, with Côte d’Ivoire and the Philippines, but not us.').map((m) => m.text)).toEqual([
      'Japan',
      'the UK',
      'Côte d’Ivoire',
      'the Philippines',
    ])
  })
})
