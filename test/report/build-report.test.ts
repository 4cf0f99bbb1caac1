// buildReport over the seed fixture: every gold item is there, the figures add up, edge cases behave.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { CommuniqueError } from '../../src/core/errors.js'
import { buildReport } from '../../src/report/index.js'
import { largeInput, seedInput } from './helpers.js'

const GOLD = fileURLToPath(new URL('../../../shared/gold/japan-uk-2plus2-2016-01-08.json', import.meta.url))

describe('buildReport on the seed meeting', () => {
  const model = buildReport(seedInput())
  const items = model.sections.flatMap((s) => s.items)

  it.skipIf(!existsSync(GOLD))(
    `lists every trackable item of the gold file with its paragraph number${existsSync(GOLD) ? '' : ' (skipped: ../shared/gold is not beside the project)'}`,
    () => {
      const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { items: Array<{ paragraph: number; quote: string; type: string }> }
      const trackable = gold.items.filter((g) => g.type === 'commitment' || g.type === 'directive')
      expect(trackable.length).toBeGreaterThan(30)
      for (const g of trackable) {
        expect(
          items.find((i) => i.text === g.quote),
          g.quote,
        ).toMatchObject({ paragraph: g.paragraph, type: g.type })
      }
      expect(model.summary.trackable).toBe(trackable.length)
    },
  )

  it('fills the cover from the meeting and the series', () => {
    expect(model.cover).toMatchObject({
      title: 'Second Japan-UK Foreign and Defence Ministerial Meeting',
      date: '2016-01-08',
      place: 'Tokyo',
      ordinal: 2,
      seriesPosition: '2nd of the Japan-UK Foreign and Defence Ministerial Meeting series',
      nextMeetingDate: '2017-12-14',
    })
    expect(model.cover.participants).toContainEqual({
      name: 'Philip Hammond',
      office: 'Secretary of State for Foreign and Commonwealth Affairs',
      country: 'United Kingdom',
    })
  })

  it('counts overdue items: due before asOf and neither done nor dropped', () => {
    const overdue = items.filter((i) => i.overdue).map((i) => [i.paragraph, i.status, i.due])
    expect(overdue).toEqual([
      [12, 'in-progress', '2017-03-31'],
      [14, 'stalled', '2017-06-30'],
      [15, 'not-started', '2017-03-31'],
    ])
    expect(model.summary.overdue).toBe(3)
    // Done items with a past due date are not overdue.
    expect(items.find((i) => i.text.includes('RAF Typhoon'))).toMatchObject({ status: 'done', due: '2016-12-31', overdue: false })
  })

  it('counts items due before the next meeting, a next-meeting deadline included', () => {
    expect(model.summary).toMatchObject({ dueSoon: 2, dueSoonBasis: 'next-meeting', dueSoonUntil: '2017-12-14' })
    expect(items.find((i) => i.paragraph === 23)).toMatchObject({ due: '2017-12-14', dueSoon: true })
  })

  it('falls back to 90 days after asOf when the next meeting is unknown, and says so', () => {
    const input = seedInput()
    input.series!.nextMeetingDate = null
    const m = buildReport(input)
    expect(m.summary).toMatchObject({ dueSoonBasis: 'within-90-days', dueSoonUntil: '2018-02-13' })
    expect(m.summary.dueSoonLabel).toContain('90 days')
    // ¶23's deadline is the next meeting, now unknown: no due date.
    expect(m.sections.flatMap((s) => s.items).find((i) => i.paragraph === 23)?.due).toBeNull()
  })

  it('counts statuses that add up to the trackable items', () => {
    expect(model.summary.byStatus.reduce((n, s) => n + s.count, 0)).toBe(model.summary.trackable)
    expect(model.summary.commitments + model.summary.directives).toBe(model.summary.trackable)
  })

  it('scores compliance for the chosen round; null takes the latest per party', () => {
    const percent = (round: string | null) => {
      const input = seedInput()
      input.round = round
      return buildReport(input).summary.compliance.map((c) => [c.party, c.percent])
    }
    expect(percent('final-2016')).toEqual([
      ['Japan', 62.5],
      ['United Kingdom', 56.3],
    ])
    expect(percent('interim-2016')).toEqual([
      ['Japan', 37.5],
      ['United Kingdom', 37.5],
    ])
    expect(percent(null)).toEqual(percent('final-2016'))
    expect(percent('no-such-round')).toEqual([
      ['Japan', null],
      ['United Kingdom', null],
    ])
  })

  it('groups items by their first topic in document order, with "Other" last', () => {
    const topics = model.sections.map((s) => s.topic)
    expect(topics[0]).toBe('global-security')
    expect(topics.at(-1)).toBe('other')
    expect(model.sections.at(-1)!.items.map((i) => i.paragraph)).toEqual([23])
    for (const s of model.sections) for (const i of s.items) expect(i.topics[0] ?? 'other').toBe(s.topic)
  })

  it('summarises supports, calls and positions in the annex with paragraph numbers', () => {
    expect(model.annex.map((g) => g.type)).toEqual(['support', 'call', 'position'])
    expect(model.annex.find((g) => g.type === 'call')!.entries.map((e) => e.paragraph)).toEqual([4, 5, 6])
    expect(items.some((i) => i.type === 'support')).toBe(false)
  })

  it('leaves rejected links out and orders the rest by meeting date', () => {
    const input = seedInput()
    const typhoon = input.items.find((i) => i.item.text.includes('RAF Typhoon'))!
    typhoon.links.push({ ...typhoon.links[0]!, id: 99, review: 'rejected' }, { ...typhoon.links[0]!, id: 98, meetingDate: '2017-01-01' })
    const built = buildReport(input)
      .sections.flatMap((s) => s.items)
      .find((i) => i.id === typhoon.storeId)!
    expect(built.links.map((l) => l.id)).toEqual([98, 1])
  })

  it('is pure: the input is not changed and the model survives a JSON round trip', () => {
    const input = seedInput()
    const before = JSON.stringify(input)
    const m = buildReport(input)
    expect(JSON.stringify(input)).toBe(before)
    expect(JSON.parse(JSON.stringify(m))).toEqual(m)
    expect(buildReport(input)).toEqual(m)
  })
})

describe('buildReport edge cases', () => {
  it('reports a meeting without trackable items as empty, with a message, instead of failing', () => {
    const input = seedInput()
    input.items = input.items.filter((i) => i.item.type !== 'commitment' && i.item.type !== 'directive')
    const m = buildReport(input)
    expect(m.empty).toBe(true)
    expect(m.emptyMessage).toMatch(/no trackable items/)
    expect(m.sections).toEqual([])
    expect(m.annex.length).toBeGreaterThan(0)
    expect(m.summary.compliance.every((c) => c.percent === null)).toBe(true)
  })

  it('works without a series', () => {
    const input = seedInput()
    input.series = null
    input.meeting.series = null
    const m = buildReport(input)
    expect(m.cover.seriesPosition).toBeNull()
    expect(m.summary.dueSoonBasis).toBe('within-90-days')
  })

  it('refuses an asOf that is not a date', () => {
    const input = seedInput()
    input.asOf = '15/11/2017'
    expect(() => buildReport(input)).toThrow(CommuniqueError)
    expect(() => buildReport(input)).toThrow(/asOf must be a date written YYYY-MM-DD/)
  })

  it('builds a 300-item meeting quickly', () => {
    const input = largeInput(300)
    const t = performance.now()
    const m = buildReport(input)
    expect(performance.now() - t).toBeLessThan(500)
    expect(m.sections.flatMap((s) => s.items)).toHaveLength(m.summary.trackable)
  })
})
