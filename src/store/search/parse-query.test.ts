import { describe, expect, it } from 'vitest'
import { parseQuery, toFts5 } from './parse-query.js'

describe('parseQuery', () => {
  it('makes every word a required group', () => {
    expect(parseQuery('maritime security').groups).toEqual([[{ text: 'maritime', phrase: false, prefix: false }], [{ text: 'security', phrase: false, prefix: false }]])
  })
  it('joins terms around OR into one group and keeps phrases, prefixes and exclusions', () => {
    const q = parseQuery('cyber* OR "information sharing" -terrorism')
    expect(q.groups).toEqual([[{ text: 'cyber', phrase: false, prefix: true }, { text: 'information sharing', phrase: true, prefix: false }]])
    expect(q.exclude).toEqual([{ text: 'terrorism', phrase: false, prefix: false }])
  })
  it('refuses a query with nothing to look for', () => {
    expect(() => parseQuery('  -- "" ')).toThrow(/no word to look for/)
    expect(() => parseQuery('-cyber')).toThrow(/no word/)
  })
})

describe('toFts5', () => {
  it('quotes every term so that FTS5 operators in user text stay words', () => {
    expect(toFts5(parseQuery('NEAR: AND'))).toBe('("NEAR" AND "AND")')
    expect(toFts5(parseQuery('cybersecurity'))).toBe('"cybersecurity"')
  })
  it('writes OR groups, prefixes and NOT', () => {
    expect(toFts5(parseQuery('cyber* OR space -terror'))).toBe('(("cyber"* OR "space")) NOT "terror"')
  })
})
