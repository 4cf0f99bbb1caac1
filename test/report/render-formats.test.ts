// The text formats of the report: CSV, Markdown, JSON and iCalendar.
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { buildReport, CSV_COLUMNS, renderReportCsv, renderReportIcs, renderReportJson, renderReportMarkdown } from '../../src/report/index.js'
import { seedInput } from './helpers.js'

const model = buildReport(seedInput())
const items = model.sections.flatMap((s) => s.items)

describe('renderReportCsv', () => {
  const csv = renderReportCsv(model)
  const rows = parse(csv, { bom: true, relax_column_count: true }) as string[][]

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/)).toBeNull()
  })

  it('has the documented columns, a score column per party, and one row per trackable item', () => {
    expect(rows[0]).toEqual([
      'id',
      'meeting',
      'date',
      'paragraph',
      'type',
      'text',
      'actors',
      'topics',
      'owner',
      'status',
      'due',
      'deadline_text',
      'overdue',
      'evidence_count',
      'latest_evidence',
      'score_japan',
      'score_united_kingdom',
      'links',
      'local_id',
      'due_soon',
    ])
    expect(CSV_COLUMNS.map((c) => c.name)).toContain('score_<party>')
    expect(rows).toHaveLength(items.length + 1)
  })

  it('gives every row the same number of fields', () => {
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length)
  })

  it('quotes text with commas and quotes so it survives a round trip', () => {
    const input = seedInput()
    input.items[0]!.item.text = 'a, "quoted" text\nover two lines'
    const parsed = parse(renderReportCsv(buildReport(input)), { bom: true, columns: true }) as Array<Record<string, string>>
    expect(parsed.find((r) => r.id === String(input.items[0]!.storeId))!.text).toBe('a, "quoted" text\nover two lines')
  })

  it('fills overdue, scores, evidence and links from the model', () => {
    const byKey = new Map((parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>).map((r) => [r.local_id, r]))
    const typhoon = items.find((i) => i.text.includes('RAF Typhoon'))!
    expect(byKey.get(typhoon.localId)).toMatchObject({
      id: String(typhoon.id),
      paragraph: '16',
      status: 'done',
      due: '2016-12-31',
      deadline_text: 'in 2016',
      overdue: 'no',
      evidence_count: '2',
      score_japan: '1',
      score_united_kingdom: '1',
      date: '2016-01-08',
    })
    expect(byKey.get(typhoon.localId)!.links).toMatch(/^reported-done: Japan-UK Summit Meeting .*\(2017-08-31\) ¶4$/)
    expect([...byKey.values()].filter((r) => r.overdue === 'yes')).toHaveLength(3)
  })

  it('writes only a header for a meeting without trackable items', () => {
    const input = seedInput()
    input.items = []
    expect(parse(renderReportCsv(buildReport(input)), { bom: true })).toHaveLength(1)
  })
})

describe('renderReportMarkdown', () => {
  const md = renderReportMarkdown(model)

  it('has GFM tables for the summary', () => {
    expect(md).toContain('| Figure | Value |\n| --- | --- |')
    expect(md).toContain('| Status | Items |\n| --- | ---: |')
    expect(md).toMatch(/\| Japan \| 16 \| 0\.25 \| 62\.5 % \|/)
    expect(md).toContain('| Topic | Items | Done | Overdue |')
  })

  it('lists every trackable item under its topic heading', () => {
    for (const s of model.sections) expect(md).toContain(`### ${s.label}`)
    for (const i of items) expect(md).toContain(`- **¶${i.paragraph}** `)
    expect((md.match(/^- \*\*¶/gm) ?? []).length).toBe(items.length)
    expect(md).toContain('**OVERDUE**')
  })

  it('escapes Markdown in statement text and pipes in table cells', () => {
    const input = seedInput()
    input.items[0]!.item.text = 'use *stars* and [links]'
    input.meeting.participants = []
    input.topicLabels = { ...input.topicLabels, 'global-security': 'A | B' }
    const out = renderReportMarkdown(buildReport(input))
    expect(out).toContain('use \\*stars\\* and \\[links\\]')
    expect(out).toContain('| A \\| B |')
  })

  it('says so when there is nothing to track', () => {
    const input = seedInput()
    input.items = []
    expect(renderReportMarkdown(buildReport(input))).toContain('There are no trackable items for this meeting')
  })
})

describe('renderReportJson', () => {
  const json = JSON.parse(renderReportJson(model)) as typeof model

  it('round-trips the model', () => {
    expect(json).toEqual(model)
  })

  it('keeps the Item and Tracking field names on item records', () => {
    const record = json.sections[0]!.items[0]!
    expect(typeof record.id).toBe('number')
    expect(record.meeting).toBe('japan-uk-2plus2-2016-01-08')
    for (const key of [
      'id',
      'localId',
      'meeting',
      'type',
      'paragraph',
      'text',
      'start',
      'end',
      'actors',
      'actorRole',
      'action',
      'modality',
      'deadline',
      'topics',
      'entities',
      'strength',
      'reaffirmed',
      'event',
      'rule',
      'owner',
      'status',
      'due',
      'version',
      'updatedAt',
    ]) {
      expect(record, key).toHaveProperty(key)
    }
  })
})

describe('renderReportIcs', () => {
  const ics = renderReportIcs(model)
  const events = ics
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((e) => e.replace(/\r\n /g, ''))
  const dated = items.filter((i) => i.due)

  it('has one VEVENT with UID, all-day DTSTART, SUMMARY and DTSTAMP per dated item', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(events).toHaveLength(dated.length)
    for (const item of dated) {
      const event = events.find((e) => e.includes(`UID:item-${item.id}@communique\r\n`))
      expect(event, item.text).toBeDefined()
      expect(event).toContain(`DTSTART;VALUE=DATE:${item.due!.replace(/-/g, '')}\r\n`)
      expect(event).toMatch(/SUMMARY:Due: .* — Second Japan-UK Foreign and Defence Ministerial Meeting\r\n/)
      expect(event).toContain(`DESCRIPTION:¶${item.paragraph} `)
      expect(event).toContain('DTSTAMP:20171115T000000Z')
    }
  })

  it('names the item and the meeting in the summary', () => {
    const typhoon = events.find((e) => e.includes('RAF Typhoon'))!
    expect(typhoon).toContain(
      'SUMMARY:Due: they would pursue the visit of RAF Typhoon aircraft to Japan in 2016 — Second Japan-UK Foreign and Defence Ministerial Meeting',
    )
  })

  it('folds lines at 75 octets and gives the same text every time', () => {
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(renderReportIcs(buildReport(seedInput()))).toBe(ics)
  })
})
