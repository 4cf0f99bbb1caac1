// buildSeriesReport: per-meeting figures, each item's fate in later meetings, one timeline.
import { describe, expect, it } from 'vitest'
import { buildSeriesReport } from '../../src/report/index.js'
import { seriesInput } from './helpers.js'

describe('buildSeriesReport', () => {
  const model = buildSeriesReport(seriesInput())

  it('summarises each meeting, oldest first', () => {
    expect(model.meetings.map((m) => [m.shortLabel, m.date, m.trackable])).toEqual([
      ['2nd meeting', '2016-01-08', 35],
      ['3rd meeting', '2017-12-14', 5],
    ])
    const second = model.meetings[0]!
    expect(second.fates.reduce((n, f) => n + f.count, 0)).toBe(second.trackable)
    expect(second.mentionedLater).toBe(5)
  })

  it('gives each item the latest non-rejected word of a later meeting as its fate', () => {
    const fate = (needle: string) => model.items.find((i) => i.text.includes(needle))!
    expect(fate('RAF Typhoon').fate).toBe('reported-done')
    expect(fate('urged negotiations').fate).toBe('reported-done')
    expect(fate('second stage').fate).toBe('progress-reported')
    // A rejected link does not count.
    expect(fate('reduce the risk of terrorism').fate).toBe('not-mentioned')
    expect(fate('reduce the risk of terrorism').mentions).toEqual([])
    // A suggested link counts, and says it is only suggested.
    expect(fate('tackle global security challenges').mentions[0]).toMatchObject({ kind: 'reaffirmed', review: 'suggested' })
  })

  it('lets the strongest word win when one meeting says several things', () => {
    const input = seriesInput()
    const item = input.meetings[0]!.items.find((i) => i.item.text.includes('RAF Typhoon'))!
    item.links.push({ ...item.links[0]!, id: 77, kind: 'reaffirmed' })
    expect(buildSeriesReport(input).items.find((i) => i.id === item.storeId)!.fate).toBe('reported-done')
  })

  it('puts meetings, due dates and today on one timeline in date order', () => {
    const dates = model.timeline.map((e) => e.date)
    expect(dates).toEqual([...dates].sort())
    expect(model.timeline.filter((e) => e.kind === 'meeting')).toHaveLength(2)
    expect(model.timeline.find((e) => e.kind === 'today')!.date).toBe('2018-02-01')
    expect(model.timeline.filter((e) => e.kind === 'due').length).toBe(model.items.filter((i) => i.due).length)
  })

  it('has chart rows that add up to the items', () => {
    expect(model.charts.statusByMeeting.reduce((n, r) => n + r.count, 0)).toBe(model.items.length)
    expect(model.charts.fateByMeeting.reduce((n, r) => n + r.count, 0)).toBe(model.items.length)
  })

  it('is empty, with a message, when no meeting has trackable items', () => {
    const input = seriesInput()
    for (const m of input.meetings) m.items = []
    const empty = buildSeriesReport(input)
    expect(empty.empty).toBe(true)
    expect(empty.emptyMessage).toMatch(/no trackable items/)
  })
})
