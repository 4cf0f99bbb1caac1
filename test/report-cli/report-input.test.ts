// The pure parts of the report edge: paragraph numbering, per-meeting inputs of a series, the "Wrote" line.
import { describe, expect, it } from 'vitest'
import { meetingInputsOfSeries, toReportParagraphs } from '../../src/commands/build-report-input.js'
import { describeWritten } from '../../src/commands/write-report.js'
import { seriesInput } from '../report/helpers.js'

describe('toReportParagraphs', () => {
  const text = '1. One.\n2. Two.\n• a bullet\n3. Three.\n'
  const para = (ordinal: number, number: number | null, start: number, end: number) => ({
    ordinal,
    number,
    label: number === null ? '•' : String(number),
    start,
    end,
  })

  it('numbers paragraphs by their printed number when most are numbered, as items are', () => {
    const paragraphs = [para(1, 1, 0, 7), para(2, 2, 8, 15), para(3, null, 16, 26), para(4, 3, 27, 36)]
    expect(toReportParagraphs([{ meetingId: 1, documentId: 1, text, paragraphs }])).toEqual([
      { number: 1, text: '1. One.' },
      { number: 2, text: '2. Two.' },
      { number: 3, text: '• a bullet\n3. Three.' },
    ])
  })

  it('numbers them by ordinal when most are unnumbered, and gives nothing without a document', () => {
    const paragraphs = [para(1, null, 0, 7), para(2, null, 8, 15), para(3, 7, 16, 26)]
    expect(toReportParagraphs([{ meetingId: 1, documentId: 1, text, paragraphs }]).map((p) => p.number)).toEqual([1, 2, 3])
    expect(toReportParagraphs([])).toEqual([])
  })
})

describe('meetingInputsOfSeries', () => {
  it('gives each meeting its items, the series and the date of the next stored meeting', () => {
    const input = seriesInput()
    const inputs = meetingInputsOfSeries(input, 'final-2016')
    expect(inputs.map((i) => i.meeting.id)).toEqual(input.meetings.map((m) => m.meeting.id))
    expect(inputs.map((i) => i.items.length)).toEqual(input.meetings.map((m) => m.items.length))
    // The fixture's series lists 2015-01-21, 2016-01-08 and 2017-12-14; the input holds the last two.
    expect(inputs.map((i) => [i.meeting.date, i.series!.nextMeetingDate])).toEqual([
      ['2016-01-08', '2017-12-14'],
      ['2017-12-14', null],
    ])
    expect(inputs[0]!.series!.meetings).toHaveLength(3)
    expect(inputs.every((i) => i.round === 'final-2016' && i.asOf === input.asOf)).toBe(true)
  })
})

describe('describeWritten', () => {
  it('names the file, its size and the figures', () => {
    const r = { format: 'html' as const, content: '', trackable: 35, overdue: 3, meetings: 1, rounds: [] }
    expect(describeWritten('report.html', 145_400, r)).toBe('Wrote report.html (142 KB): 35 trackable items, 3 overdue')
    expect(describeWritten('s.csv', 900, { ...r, trackable: 1, overdue: 0, meetings: 5 })).toBe(
      'Wrote s.csv (900 bytes): 5 meetings, 1 trackable item, 0 overdue',
    )
  })
})
