import { describe, expect, it } from 'vitest'
import { stem } from './stem.js'

// Examples from Porter (1980), "An algorithm for suffix stripping", step by step.
const cases: Array<[string, string]> = [
  ['caresses', 'caress'],
  ['ponies', 'poni'],
  ['cats', 'cat'],
  ['feed', 'feed'],
  ['agreed', 'agre'],
  ['plastered', 'plaster'],
  ['motoring', 'motor'],
  ['sing', 'sing'],
  ['conflated', 'conflat'],
  ['hopping', 'hop'],
  ['falling', 'fall'],
  ['filing', 'file'],
  ['happy', 'happi'],
  ['sky', 'sky'],
  ['relational', 'relat'],
  ['conditional', 'condit'],
  ['digitizer', 'digit'],
  ['operator', 'oper'],
  ['hopefulness', 'hope'],
  ['formalize', 'formal'],
  ['electrical', 'electr'],
  ['goodness', 'good'],
  ['revival', 'reviv'],
  ['adjustment', 'adjust'],
  ['adoption', 'adopt'],
  ['effective', 'effect'],
  ['cease', 'ceas'],
  ['controll', 'control'],
  ['roll', 'roll'],
  // The forms the linker relies on.
  ['cooperation', 'cooper'],
  ['cooperate', 'cooper'],
  ['signed', 'sign'],
  ['signing', 'sign'],
  ['agreements', 'agreement'],
  ['2030', '2030'],
  ['5g', '5g'],
]

describe('stem', () => {
  it.each(cases)('stems %s to %s', (word, expected) => {
    expect(stem(word)).toBe(expected)
  })

  it('leaves words of one or two letters alone', () => {
    expect(stem('is')).toBe('is')
  })
})
