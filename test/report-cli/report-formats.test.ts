// `communique report` on a store holding the seed: every format, the acceptance checks of issue 5
// (every gold item listed with its ¶, well-formed HTML with charts, CSV and ICS that parse), options.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ReportModel } from '../../src/report/model.js'
import type { SeriesReportModel } from '../../src/report/series-model.js'
import { HAS_SHARED, NO_SHARED } from '../helpers/paths.js'
import { fetchedReferences, wellFormedProblems } from '../report/helpers.js'
import { ingestText, itemCards, matchCard, ok, requiredTrackable, seedGold, seededStore, SEED_SERIES, SEED_SLUG, type ReportStore } from './harness.js'

describe('communique report on the seed', () => {
  let s: ReportStore & { typhoon: number; cyber: number }
  let html: string
  let json: ReportModel
  beforeAll(async () => {
    s = await seededStore()
    html = (await ok(s, 'report')).out
    json = JSON.parse((await ok(s, 'report', '--format', 'json')).out) as ReportModel
  })
  afterAll(() => s?.cleanup())

  it.skipIf(!HAS_SHARED)(`lists every required commitment and directive of the gold file with its paragraph number${NO_SHARED}`, () => {
    const cards = itemCards(html)
    expect(cards.length).toBe(json.summary.trackable)
    const missing = requiredTrackable(seedGold())
      .filter((g) => matchCard(g, cards) === null)
      .map((g) => `¶${g.paragraph} ${g.quote}`)
    expect(missing).toEqual([])
  })

  it('writes well-formed, self-contained HTML with at least two inline SVG charts', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(wellFormedProblems(html)).toEqual([])
    expect(html.match(/<svg/g)?.length ?? 0).toBeGreaterThanOrEqual(2)
    expect(fetchedReferences(html)).toEqual([])
  })

  it('reports the meeting record, its series and the tracking recorded in the store', () => {
    expect(json.cover).toMatchObject({
      title: 'Second Japan-UK Foreign and Defence Ministerial Meeting',
      date: '2016-01-08',
      place: 'Tokyo',
      slug: SEED_SLUG,
      seriesName: SEED_SERIES,
      ordinal: 2,
      asOf: '2017-11-15',
      round: null,
      parties: ['Japan', 'United Kingdom'],
    })
    expect(json.cover.participants.map((p) => `${p.name} (${p.country})`)).toContain('Philip Hammond (United Kingdom)')
    const items = json.sections.flatMap((x) => x.items)
    const typhoon = items.find((i) => i.id === s.typhoon)!
    expect(typhoon).toMatchObject({ status: 'done', due: '2016-12-31', overdue: false })
    expect(typhoon.evidence.map((e) => e.date)).toEqual(['2016-10-22'])
    expect(typhoon.scores).toEqual([expect.objectContaining({ party: 'Japan', score: 1, round: 'final-2016' })])
    expect(items.find((i) => i.id === s.cyber)).toMatchObject({ status: 'in-progress', owner: 'FCO Cyber Policy Department' })
    // The paragraphs come from the store: the card of ¶13 quotes it in full.
    expect(items.find((i) => i.id === s.cyber)!.paragraphText).toMatch(/^13\. Recognising the shared challenge posed by malicious cyber actors/)
    expect(json.summary.rounds).toEqual(['final-2016', 'interim-2016'])
  })

  it('writes CSV with a byte-order mark and the same number of fields on every row', async () => {
    const csv = (await ok(s, 'report', '--format', 'csv')).out
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const rows = parse(csv.slice(1), { relax_column_count: true }) as string[][]
    const width = rows[0]!.length
    expect(rows[0]!.slice(0, 4)).toEqual(['id', 'meeting', 'date', 'paragraph'])
    expect(rows[0]).toContain('score_japan')
    expect(rows.filter((r) => r.length !== width)).toEqual([])
    expect(rows.length - 1).toBe(json.summary.trackable)
    expect(rows.find((r) => r[0] === String(s.typhoon))![rows[0]!.indexOf('status')]).toBe('done')
  })

  it('writes an iCalendar VEVENT with UID, DTSTART and SUMMARY for each dated item', async () => {
    const ics = (await ok(s, 'report', '--format', 'ics')).out
    const dated = json.sections.flatMap((x) => x.items).filter((i) => i.due !== null)
    expect(dated.length).toBeGreaterThan(0)
    const events = ics
      .replace(/\r\n[ \t]/g, '')
      .split('BEGIN:VEVENT')
      .slice(1)
    expect(events).toHaveLength(dated.length)
    for (const item of dated) {
      const event = events.find((e) => e.includes(`UID:item-${item.id}@communique`))
      expect(event, `no event for item ${item.id}`).toBeDefined()
      expect(event).toContain(`DTSTART;VALUE=DATE:${item.due!.replace(/-/g, '')}`)
      expect(event).toMatch(/\r\nSUMMARY:Due: /)
    }
  })

  it('writes Markdown with the title, the summary and each item with its ¶ number', async () => {
    const md = (await ok(s, 'report', '--format', 'md')).out
    expect(md).toMatch(/^# Follow-up report: Second Japan-UK Foreign and Defence Ministerial Meeting\n/)
    expect(md).toContain('## Summary')
    expect(md.match(/^- \*\*¶\d+\*\* /gm)?.length).toBe(json.summary.trackable)
  })

  it('writes to --out and says what it wrote; the file is what standard output gets', async () => {
    const r = await ok(s, 'report', '--out', join(s.dir, 'report.html'))
    expect(r.err.trim()).toMatch(
      new RegExp(`^Wrote .*report\\.html \\(\\d+ KB\\): ${json.summary.trackable} trackable items, ${json.summary.overdue} overdue$`),
    )
    const file = readFileSync(join(s.dir, 'report.html'), 'utf8')
    expect(html).toBe(file.endsWith('\n') ? file : `${file}\n`)
  })

  it('judges overdue items on --as-of, else on COMMUNIQUE_TODAY', async () => {
    const overdue = async (...args: string[]): Promise<number> =>
      (JSON.parse((await ok(s, 'report', '--format', 'json', ...args)).out) as ReportModel).summary.overdue
    expect(json.cover.asOf).toBe('2017-11-15')
    expect(await overdue('--as-of', '2016-02-01')).toBe(0)
    // The Typhoon visit is done, so only the other 2016-dated items can be overdue in 2021.
    const later = await overdue('--as-of', '2021-01-01')
    expect(later).toBeGreaterThan(json.summary.overdue)
    expect((await s.cli('report', '--as-of', '2017-13-01')).code).toBe(2)
  })

  it('reports compliance of the round given with --round, and notes a round with no scores', async () => {
    const compliance = async (round: string): Promise<ReportModel['summary']['compliance']> =>
      (JSON.parse((await ok(s, 'report', '--format', 'json', '--round', round)).out) as ReportModel).summary.compliance
    const japan = (c: ReportModel['summary']['compliance']) => c.find((p) => p.party === 'Japan')!.percent
    expect(japan(await compliance('interim-2016'))).toBe(50)
    expect(japan(await compliance('final-2016'))).toBe(100)
    const r = await ok(s, 'report', '--format', 'json', '--round', 'final-2017')
    expect(r.err).toContain("note: no assessment is recorded in round 'final-2017'; rounds on record: final-2016, interim-2016")
  })

  it('finds the meeting by id or slug, and reports the most recent meeting by default', async () => {
    const byId = JSON.parse((await ok(s, 'report', '--format', 'json', '--meeting', '1')).out) as ReportModel
    const bySlug = JSON.parse((await ok(s, 'report', '--format', 'json', '--meeting', SEED_SLUG)).out) as ReportModel
    expect(byId).toEqual(bySlug)
    expect(byId).toEqual(json)
  })
})

describe('communique report with a later meeting in the series', () => {
  let s: ReportStore
  beforeAll(async () => {
    s = await seededStore()
    await ingestText(
      s,
      'third.txt',
      [
        'Japan and the UK would hold joint exercises in Japan in 2018.',
        'The Ministers directed their officials to prepare a plan for defence equipment cooperation by March 2018.',
      ],
      [
        '--title',
        'Third Japan-UK Foreign and Defence Ministerial Meeting',
        '--series',
        SEED_SERIES,
        '--date',
        '2017-12-14',
        '--place',
        'London',
        '--parties',
        'Japan; UK',
      ],
    )
  })
  afterAll(() => s?.cleanup())

  it("reports the most recent meeting by default, and gives an earlier one the next meeting's date", async () => {
    const latest = JSON.parse((await ok(s, 'report', '--format', 'json')).out) as ReportModel
    expect(latest.cover).toMatchObject({ title: 'Third Japan-UK Foreign and Defence Ministerial Meeting', nextMeetingDate: null })
    const seed = JSON.parse((await ok(s, 'report', '--format', 'json', '--meeting', SEED_SLUG)).out) as ReportModel
    expect(seed.cover.nextMeetingDate).toBe('2017-12-14')
    expect(seed.summary.dueSoonBasis).toBe('next-meeting')
  })

  it('reports only the current version of a document ingested again after a change', async () => {
    await ingestText(
      s,
      'third.txt',
      [
        'Japan and the UK would hold joint exercises in Japan in 2018.',
        'The Ministers directed their officials to draw up a plan for cooperation on space by June 2018.',
      ],
      [
        '--title',
        'Third Japan-UK Foreign and Defence Ministerial Meeting',
        '--series',
        SEED_SERIES,
        '--date',
        '2017-12-14',
        '--place',
        'London',
        '--parties',
        'Japan; UK',
      ],
    )
    const latest = JSON.parse((await ok(s, 'report', '--format', 'json')).out) as ReportModel
    const texts = latest.sections
      .flatMap((x) => x.items)
      .map((i) => i.text)
      .join('\n')
    expect(texts).toContain('cooperation on space')
    expect(texts).not.toContain('defence equipment cooperation')
    expect(latest.sections.flatMap((x) => x.items).find((i) => i.paragraph === 2)!.due).toBe('2018-06-30')
  })

  it('builds the series view as HTML and JSON', async () => {
    const html = (await ok(s, 'report', '--series', SEED_SERIES)).out
    expect(html).toContain('Series overview')
    expect(wellFormedProblems(html)).toEqual([])
    expect(html.match(/<svg/g)?.length ?? 0).toBeGreaterThanOrEqual(2)
    const model = JSON.parse((await ok(s, 'report', '--series', SEED_SERIES.toUpperCase(), '--format', 'json')).out) as SeriesReportModel
    expect(model.kind).toBe('communique-series-report')
    expect(model.meetings.map((m) => m.date)).toEqual(['2016-01-08', '2017-12-14'])
  })

  it('gives the series as Markdown (one report per meeting), CSV (all items, one header) and iCalendar (all due dates)', async () => {
    const md = (await ok(s, 'report', '--series', SEED_SERIES, '--format', 'md')).out
    expect(md.match(/^## Follow-up report: /gm)).toHaveLength(2)
    expect(md).toMatch(/^# Series: Japan-UK Foreign and Defence Ministerial Meeting/)
    const csv = (await ok(s, 'report', '--series', SEED_SERIES, '--format', 'csv')).out
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const rows = parse(csv.slice(1), { relax_column_count: true }) as string[][]
    expect(rows.filter((r) => r.length !== rows[0]!.length)).toEqual([])
    const meetings = new Set(rows.slice(1).map((r) => r[rows[0]!.indexOf('date')]))
    expect([...meetings].sort()).toEqual(['2016-01-08', '2017-12-14'])
    const ics = (await ok(s, 'report', '--series', SEED_SERIES, '--format', 'ics')).out
    expect(ics.match(/^BEGIN:VCALENDAR\r$/gm)).toHaveLength(1)
    expect(ics).toMatch(/^X-WR-CALNAME:Due dates: Japan-UK Foreign and Defence Ministerial Meeting\r$/m)
    expect(ics).toContain('DTSTART;VALUE=DATE:20180630')
    expect(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true)
  })
})
