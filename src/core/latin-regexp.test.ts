import { describe, expect, it } from 'vitest'
import { latinVariant, lettersAllLatin } from './latin-regexp.js'
import { matchAll } from './match-all.js'

/** Index, words, groups and group offsets of each match. */
const read = (text: string, re: RegExp): unknown[] => matchAll(text, re).map((m) => [m.index, [...m], m.groups, m.indices])

describe('latinVariant', () => {
  it('cuts each letter and digit class to U+0000–U+024F, inside and outside brackets', () => {
    const re = latinVariant(/(?<!\p{L})\p{Lu}[\p{L}\p{N}’'-]*\p{Ll}/dgu)
    expect(re.flags).toBe('dgu')
    expect(re.source).not.toMatch(/\\p/)
    expect(re.source.startsWith('(?<![\\u0041-\\u005a\\u0061-\\u007a')).toBe(true)
    expect(read('Élysée Nakatani’s 2nd visit, Łódź', re)).toEqual(read('Élysée Nakatani’s 2nd visit, Łódź', /(?<!\p{L})\p{Lu}[\p{L}\p{N}’'-]*\p{Ll}/dgu))
  })

  it('keeps every Latin letter of the full class and none beyond', () => {
    const cut = latinVariant(/^\p{L}$/u)
    for (let c = 0; c <= 0x24f; c++) expect(cut.test(String.fromCharCode(c))).toBe(/^\p{L}$/u.test(String.fromCharCode(c)))
    expect(cut.test('ễ')).toBe(false)
  })

  it('refuses what it cannot cut exactly', () => {
    expect(() => latinVariant(/\p{L}/giu)).toThrow(/without i/)
    expect(() => latinVariant(/\P{L}/u)).toThrow(/negated/)
    expect(() => latinVariant(/\p{Script=Greek}/u)).toThrow(/no Latin form/)
  })
})

describe('lettersAllLatin', () => {
  it.each<[string, boolean]>([
    ['Prime Minister Kishida', true],
    ['President Macron’s visit — “today”', true],
    ['Minister Łukasz Kowalski of Poland', true],
    ['Prime Minister Nguyễn Xuân Phúc', false],
    ['President Володимир Зеленський', false],
    ['Foreign Minister 王毅', false],
    ['a digit ٣', false],
    ['an emoji 😀 and a 𝐀', false],
  ])('%s → %s', (text, latin) => {
    expect(lettersAllLatin(text)).toBe(latin)
  })
})
