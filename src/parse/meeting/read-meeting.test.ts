import { describe, expect, it } from 'vitest'
import type { SourceFile } from '../../core/source-file.js'
import type { Document } from '../../core/tree.js'
import { parseStatement } from '../parse-statement.js'
import { readMeeting } from './read-meeting.js'

const file = (value: string): SourceFile => ({ format: 'text', value, metadata: {}, diagnostics: [] })
const meetingOf = (value: string) => parseStatement(file(value)).meeting

describe('readMeeting', () => {
  it('takes the parties from "We, the leaders of ..." and not from a guest or a condemned leader', () => {
    const m = meetingOf('We, the leaders of Australia, India, Japan, and the United States, met today with President Volodymyr Zelenskyy of Ukraine.\nWe will hold President Putin to account.')
    expect(m.parties).toEqual(['Australia', 'India', 'Japan', 'United States'])
  })

  it('reads "As leaders of ..." lists up to the first clause', () => {
    expect(meetingOf('As leaders of Australia, the United Kingdom, and the United States, guided by our ideals, we resolve to act with Japan.').parties)
      .toEqual(['Australia', 'United Kingdom', 'United States'])
  })

  it('takes parties from a hyphenated title and a grouping', () => {
    expect(meetingOf('Third U.S.-Japan Economic Dialogue\n\nThe two sides met.').parties).toEqual(['United States', 'Japan'])
    expect(parseStatement({ ...file('The leaders met.'), metadata: { title: 'Quad Leaders’ Joint Statement' } }).meeting.parties)
      .toEqual(['Australia', 'India', 'Japan', 'United States'])
  })

  it('skips dates of earlier meetings in the opening', () => {
    const m = meetingOf('The leaders met today in Jeddah. The leaders noted the previous Summits held on May 14, 2015 in Camp David.')
    expect(m.date).toBeNull()
  })

  it('prefers the "met ... on" date over an earlier event in the text', () => {
    const m = meetingOf('1. The nuclear test of 6 January 2016 was condemned.\n2. The Ministers met in London on 8 January 2016.')
    expect(m.date).toBe('2016-01-08')
    expect(m.place).toBe('London')
  })

  it('gives a yearless meeting date the year of the document', () => {
    expect(meetingOf('The President paid a State Visit to Japan from 2 to 5 June, 2015. In the summit meeting on 4 June, they declared it.').date).toBe('2015-06-04')
  })

  it('marks a date only guessed from the first paragraph as inferred and says so', () => {
    const f = file('On this occasion of March 12, 2021, we pledge to cooperate.')
    const m = parseStatement(f).meeting
    expect(m).toMatchObject({ date: '2021-03-12', sources: { date: 'inferred' } })
    expect(f.diagnostics.find((d) => d.rule === 'parse/meeting-date')?.severity).toBe('info')
  })

  it('does not take a country as the place', () => {
    expect(meetingOf('The President undertook an Official Visit to Japan and met in Japan on 26 October 2016.').place).toBeNull()
  })

  it('rejects a tree that is not a document', () => {
    expect(() => readMeeting({ type: 'paragraph' } as unknown as Document, file(''))).toThrow(/expected a tree of type 'document'/)
  })
})
