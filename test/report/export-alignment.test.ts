// The JSON report's item records line up with the store's export (src/commands/export-records.ts and
// schema/communique-export.schema.json): same names for the same facts, so one can be read as the other.
import { Ajv2020 } from 'ajv/dist/2020.js'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { ExportDocument, ExportItem, ExportMeeting } from '../../src/commands/export-records.js'
import { buildReport, renderReportJson, type ReportItem, type ReportModel } from '../../src/report/index.js'
import { seedInput } from './helpers.js'

// Note: the only renamings are the ones spelled out here; a field of the same name is copied as is.
// The type annotation makes tsc check that the names and types still agree with ExportItem.
function toExportItem(i: ReportItem): ExportItem {
  return {
    id: i.id,
    meeting: i.meeting,
    localId: i.localId,
    type: i.type,
    paragraph: i.paragraph,
    text: i.text,
    start: i.start,
    end: i.end,
    actors: i.actors,
    actorRole: i.actorRole,
    action: i.action,
    modality: i.modality,
    deadline: i.deadline ? { text: i.deadline.text, start: i.deadline.start, end: i.deadline.end, relative: i.deadline.relative ?? null } : null,
    topics: i.topics,
    entities: i.entities,
    strength: i.strength,
    reaffirmed: i.reaffirmed,
    event: i.event,
    rule: i.rule,
    tracking: i.version === null ? null : { owner: i.owner, status: i.status, due: i.due, version: i.version, updatedAt: i.updatedAt ?? '', updatedBy: null },
    evidence: i.evidence.map((e) => ({ date: e.date, url: e.url, note: e.note, author: e.author, recordedAt: e.recordedAt })),
    assessments: i.assessments.map((a) => ({
      party: a.party,
      score: a.score,
      round: a.round,
      rationale: a.rationale,
      author: a.author,
      recordedAt: a.recordedAt,
    })),
    comments: i.comments.map((c) => ({ text: c.text, author: c.author, recordedAt: c.recordedAt })),
    history: [],
  }
}

function toExportMeeting(model: ReportModel): ExportMeeting {
  const c = model.cover
  return {
    id: c.slug,
    title: c.title,
    series: c.seriesName,
    ordinal: c.ordinal,
    date: c.date,
    place: c.place,
    parties: c.parties,
    participants: c.participants.map((p) => ({ ...p, honorific: null })),
    source: null,
  }
}

describe('JSON report and store export', () => {
  const model = JSON.parse(renderReportJson(buildReport(seedInput()))) as ReportModel
  const items = model.sections.flatMap((s) => s.items)

  it('names item records like the export: numeric id, meeting slug, localId, Item and Tracking fields', () => {
    const typhoon = items.find((i) => i.text.includes('RAF Typhoon'))!
    expect(typhoon).toMatchObject({ id: 30, meeting: 'japan-uk-2plus2-2016-01-08', localId: 'p16-5', paragraph: 16, status: 'done', due: '2016-12-31' })
    const exported = toExportItem(typhoon)
    for (const key of Object.keys(exported)) {
      if (key === 'tracking' || key === 'history' || key === 'deadline' || key === 'evidence' || key === 'assessments' || key === 'comments') continue
      expect(exported[key as keyof ExportItem], key).toEqual(typhoon[key as keyof ReportItem])
    }
  })

  const schemaPath = fileURLToPath(new URL('../../schema/communique-export.schema.json', import.meta.url))
  it.skipIf(!existsSync(schemaPath))('validates, mapped as above, against schema/communique-export.schema.json', () => {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>
    const ajv = new Ajv2020({ strict: true, allErrors: true })
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/)
    ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i)
    const validate = ajv.compile(schema)
    const doc: ExportDocument = {
      $schema: typeof schema.$id === 'string' ? schema.$id : 'urn:communique:export:1',
      format: 'communique-export',
      version: '1.0',
      exportedAt: `${model.cover.asOf}T00:00:00.000Z`,
      meetings: [toExportMeeting(model)],
      items: items.map(toExportItem),
    }
    const ok = validate(doc)
    expect(ok ? [] : validate.errors?.slice(0, 5)).toEqual([])
  })
})
