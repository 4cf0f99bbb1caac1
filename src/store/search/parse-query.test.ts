import { describe, expect, it } from 'vitest'
import { parseQuery, toFts5 } from './parse-query.js'

describe('parseQuery', () => {
  it('makes every word a required group', () => {
    expect(parseQuery('maritime security').groups).toEqual([
      [{ text: 'maritime', phrase: false, prefix: false }],
      [{ text: 'security', phrase: false, prefix: false }],
    ])
  })
  it('joins terms around OR into one group and keeps phrases, prefixes and exclusions', () => {
    const q = parseQuery('cyber* OR "information sharing" -terrorism')
    expect(q.groups).toEqual([
      [
        { text: 'cyber', phrase: false, prefix: true },
        { text: 'information sharing', phrase: true, prefix: false },
      ],
    ])
    expect(q.exclude).toEqual([{ text: 'terrorism', phrase: false, prefix: false }])
  })
  it('refuses a query with nothing to look for', () => {
    expect(() => parseQuery('  -- "" ')).toThrow(/no word to look for/)
    expect(() => parseQuery('-cyber')).toThrow(/no word/)
  })
})

describe('stop words (one meaning on both back-ends)', () => {
  it('drops the stop words PostgreSQL does not index, and refuses a query of stop words only', () => {
    expect(parseQuery('NOT cyber').groups).toEqual([[{ text: 'cyber', phrase: false, prefix: false }]])
    expect(parseQuery('the cyber -and').exclude).toEqual([])
    expect(() => parseQuery('the')).toThrow(/no word to look for: common words \(the\) are not indexed/)
  })
  it('reads a word that cleaning splits as a phrase', () => {
    expect(parseQuery('U.S.-Japan').groups).toEqual([[{ text: 'U S Japan', phrase: true, prefix: false }]])
  })
})

describe('toFts5', () => {
  it('quotes every term so that FTS5 operators in user text stay words', () => {
    expect(toFts5(parseQuery('NEAR: MATCH'))).toBe('("NEAR" AND "MATCH")')
    expect(toFts5(parseQuery('cybersecurity'))).toBe('"cybersecurity"')
  })
  it('writes OR groups, prefixes and NOT', () => {
    expect(toFts5(parseQuery('cyber* OR space -terror'))).toBe('(("cyber"* OR "space")) NOT "terror"')
  })
})
