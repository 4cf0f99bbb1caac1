import { describe, expect, it } from 'vitest'
import { matchAll } from './match-all.js'

/** What String.prototype.matchAll gives, for comparison: index, words and groups of each match. */
const native = (text: string, re: RegExp): unknown[] => [...text.matchAll(re)].map((m) => [m.index, [...m], m.groups])
const ours = (text: string, re: RegExp): unknown[] => matchAll(text, re).map((m) => [m.index, [...m], m.groups])

describe('matchAll', () => {
  it.each<[string, RegExp]>([
    ['Japan and the UK, Japan again', /(?<name>Japan|the UK)/g],
    ['a1b22c333', /\d*/g],
    ['x😀y😀', /(?:)/gu],
    ['x😀y😀', /(?:)/g],
    ['The Ministers met; the ministers met', /\bministers\b/gi],
    ['8 January 2016 and 9 January 2016', /(?<d>\d+) (?<m>[A-Z]\w+)/dg],
    ['', /a*/g],
  ])('gives what String.prototype.matchAll gives: %s %s', (text, re) => {
    expect(ours(text, re)).toEqual(native(text, re))
  })

  it('starts from lastIndex, as matchAll does, and leaves it as it was', () => {
    const re = /\d/g
    re.lastIndex = 2
    expect(ours('1234', re)).toEqual(native('1234', re))
    expect(re.lastIndex).toBe(2)
  })

  it('keeps each match’s indices under the d flag', () => {
    const [m] = matchAll('on 8 May', /(?<d>\d) (?<m>May)/dg)
    expect(m!.indices!.groups!.m).toEqual([5, 8])
  })

  it('can be called again inside its own loop (the matches are read first)', () => {
    const re = /\w+/g
    const pairs = matchAll('a b', re).flatMap((m) => matchAll('x y', re).map((n) => m[0] + n[0]))
    expect(pairs).toEqual(['ax', 'ay', 'bx', 'by'])
  })

  it('refuses a regex without the g flag, as matchAll does', () => {
    expect(() => matchAll('a', /a/)).toThrow(TypeError)
  })
})
