import { describe, expect, it } from 'vitest'
import { findFirstTimeInText, findOrdinalInText, parseOrdinal, splitLeadingOrdinal } from './ordinal.js'

describe('parseOrdinal', () => {
  const cases: Array<[string, number]> = [
    ['Second', 2],
    ['2nd', 2],
    ['Fifth', 5],
    ['third', 3],
    ['Twenty-first', 21],
    ['twenty first', 21],
    ['12th', 12],
    ['1st', 1],
    ['23rd', 23],
    ['Eleventh', 11],
    ['Fourteenth', 14],
    ['Thirtieth', 30],
    ['Ninth', 9],
  ]
  it.each(cases)('reads %j as %i', (word, value) => {
    expect(parseOrdinal(word)).toBe(value)
  })
  it.each(['Japan', 'twenty', '0th', 'firstly', ''])('rejects %j', (word) => {
    expect(parseOrdinal(word)).toBeNull()
  })
})

describe('splitLeadingOrdinal', () => {
  it('splits the ordinal (and a leading "The") off a title', () => {
    expect(splitLeadingOrdinal('Second Japan-UK Foreign and Defence Ministerial Meeting')).toEqual({
      ordinal: 2,
      rest: 'Japan-UK Foreign and Defence Ministerial Meeting',
    })
    expect(splitLeadingOrdinal('The 9th ASEAN-U.S. Summit')).toEqual({ ordinal: 9, rest: 'ASEAN-U.S. Summit' })
    expect(splitLeadingOrdinal('Twenty-first Century Partnership')).toEqual({ ordinal: 21, rest: 'Century Partnership' })
  })
  it('gives null for a title without an ordinal', () => {
    expect(splitLeadingOrdinal('Japan-United Kingdom Relations')).toBeNull()
  })
})

describe('findOrdinalInText', () => {
  it.each([
    ['They met in Adelaide for the 29th AUKMIN.', 'Australia-UK Ministerial Consultations (AUKMIN)', 29],
    ['The Ministers held their second meeting today.', null, 2],
    ['The Ministers met for the Seventh Japan-Australia 2+2.', null, 7],
    ['We met on the occasion of the first-ever C5+1 Presidential Summit, held during the 78th session of the General Assembly.', null, 1],
    ['Leaders met in New York during the 78th session of the United Nations General Assembly.', null, null],
    ['We, gathered in Los Angeles on the margins of the Ninth Summit of the Americas, reiterate our will.', null, null],
    ['They marked the 75th anniversary of diplomatic relations.', null, null],
    ['They recalled the previous 28th AUKMIN in London.', 'AUKMIN', null],
    ['They met for the 29th AUKMIN.', 'Japan-UK Meeting', null],
  ])('reads %j', (text, title, expected) => {
    expect(findOrdinalInText(text, title)?.ordinal ?? null).toBe(expected)
  })

  it('reads a first meeting told by its verb, not a first meeting of the past', () => {
    expect(findFirstTimeInText('The Council met for the first time in Perth on 29 September 2031.')?.ordinal).toBe(1)
    expect(findFirstTimeInText('Fourteen years ago, the Leaders met for the first time, facing a crisis.')).toBeNull()
    expect(findFirstTimeInText('The Ministers met for the first time in person since 2019.')).toBeNull()
  })
})
