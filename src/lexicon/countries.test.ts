import { describe, expect, it } from 'vitest'
import { canonicalCountry, countryOfDemonym, findCountryMentions, groupMembers } from './countries.js'

describe('canonicalCountry', () => {
  it.each([
    ['UK', 'United Kingdom'],
    ['U.K.', 'United Kingdom'],
    ['Britain', 'United Kingdom'],
    ['the United Kingdom', 'United Kingdom'],
    ['U.S.', 'United States'],
    ['America', 'United States'],
    ['United States of America', 'United States'],
    ['ROK', 'Republic of Korea'],
    ['South Korea', 'Republic of Korea'],
    ['Republic of Korea', 'Republic of Korea'],
    ['Turkey', 'Türkiye'],
    ['Türkiye', 'Türkiye'],
    ['Viet Nam', 'Vietnam'],
    ['the Philippines', 'Philippines'],
    ['DPRK', 'North Korea'],
    ['Russian Federation', 'Russia'],
    ['JP', 'Japan'],
  ])('maps %s to %s', (name, expected) => {
    expect(canonicalCountry(name)).toBe(expected)
  })

  it('returns null for words that are not countries', () => {
    expect(canonicalCountry('Ministers')).toBeNull()
  })
})

describe('findCountryMentions', () => {
  it('finds names with their offsets, including "the UK"', () => {
    const text = 'Japan and the UK would cooperate with the U.S.'
    const found = findCountryMentions(text, 100)
    expect(found.map((m) => m.name)).toEqual(['Japan', 'United Kingdom', 'United States'])
    for (const m of found) expect(text.slice(m.start - 100, m.end - 100)).toBe(m.text)
  })

  it('does not take the pronoun "us" for the United States', () => {
    expect(findCountryMentions('join us in this effort')).toEqual([])
  })

  it('finds nationality adjectives', () => {
    const [m] = findCountryMentions('the Japanese side')
    expect(m?.name).toBe('Japan')
    expect(m?.demonym).toBe(true)
    expect(countryOfDemonym('British')).toBe('United Kingdom')
  })
})

describe('groupMembers', () => {
  it('expands the Quad and AUKUS', () => {
    expect(groupMembers('the Quad')).toEqual(['Australia', 'India', 'Japan', 'United States'])
    expect(groupMembers('AUKUS')).toEqual(['Australia', 'United Kingdom', 'United States'])
    expect(groupMembers('NATO')).toBeNull()
  })
  it('expands the C5+1, whose members the manifest does not list', () => {
    expect(groupMembers('C5+1')).toEqual(['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan', 'United States'])
  })
})

describe('state names and leaders’ adjectives in lists of signatories', () => {
  it.each([
    ['the Argentine Republic', 'Argentina'],
    ['the United Mexican States', 'Mexico'],
    ['the Kyrgyz Republic', 'Kyrgyzstan'],
    ['Dutch Prime Minister', 'Netherlands'],
    ['Danish Prime Minister', 'Denmark'],
    ['Romanian President', 'Romania'],
    ['Prime Minister of the United Kingdom and Northern Ireland', 'United Kingdom'],
  ])('reads %j as %s', (text, name) => {
    expect(findCountryMentions(text).map((c) => c.name)).toEqual([name])
  })
})
