// Builds the export: meetings and items with tracking, evidence, assessments, comments and history,
// in the shape of schema/communique-export.schema.json.
import type { Entity } from '../core/item.js'
import type { Participant } from '../core/meeting.js'
import type { Store } from '../store/store.js'
import type { ItemFilter, ItemReview, MeetingReview, StoredItem } from '../store/types.js'

/** Version of the export format; bump the major part on incompatible changes. */
export const EXPORT_FORMAT_VERSION = '1.1'

/** A meeting record of the export. */
export interface ExportMeeting {
  id: string
  title: string | null
  series: string | null
  ordinal: number | null
  date: string | null
  place: string | null
  parties: string[]
  participants: Array<Omit<Participant, 'position'>>
  source: { location: string; format: string; sha256: string; version: number } | null
  /** The meeting's review (since 1.1). */
  review?: MeetingReview
}

/** An item record of the export. */
export interface ExportItem {
  id: number
  meeting: string
  localId: string
  type: StoredItem['type']
  paragraph: number
  text: string
  start: number
  end: number
  actors: string[]
  actorRole: StoredItem['actorRole']
  action: string
  modality: StoredItem['modality']
  deadline: { text: string; start: string | null; end: string | null; relative: 'next-meeting' | null } | null
  topics: string[]
  entities: Entity[]
  strength: StoredItem['strength']
  reaffirmed: boolean
  event: string
  rule: string
  tracking: { owner: string | null; status: string; due: string | null; version: number; updatedAt: string; updatedBy: string | null } | null
  evidence: Array<{ date: string | null; url: string | null; note: string; author: string; recordedAt: string }>
  assessments: Array<{ party: string; score: -1 | 0 | 1; round: string; rationale: string; author: string; recordedAt: string }>
  comments: Array<{ text: string; author: string; recordedAt: string }>
  history: Array<{ version: number; field: string; before: unknown; after: unknown; actor: string; changedAt: string; note: string | null }>
  /** The people's review (since 1.1): rejected items stay in the export with their reason. */
  review?: ItemReview
}

/** The whole export document. */
export interface ExportDocument {
  $schema: string
  format: 'communique-export'
  version: string
  exportedAt: string
  meetings: ExportMeeting[]
  items: ExportItem[]
}

/** The `$id` of schema/communique-export.schema.json, written into every export as `$schema`. */
export const EXPORT_SCHEMA_ID = 'urn:communique:export:1'

/**
 * Exports the items matching `filter` and the meetings they belong to.
 * @param now ISO timestamp written as exportedAt
 */
export async function exportRecords(store: Store, filter: ItemFilter, now: string): Promise<ExportDocument> {
  const items = await store.listItems(filter)
  const ids = items.map((i) => i.id)
  const group = <T extends { itemId: string }>(rows: T[]): Map<number, T[]> => {
    const m = new Map<number, T[]>()
    for (const r of rows) m.set(Number(r.itemId), [...(m.get(Number(r.itemId)) ?? []), r])
    return m
  }
  const [evidence, assessments, comments, history] = [
    group(await store.listEvidence(ids)),
    group(await store.listAssessments(ids)),
    group(await store.listComments(ids)),
    group(await store.listHistory(ids)),
  ]
  const named = filter.meeting === undefined ? null : await store.getMeeting(filter.meeting)
  const meetingIds = new Set([...items.map((i) => i.meetingId), ...(named ? [named.id] : [])])
  const docs = new Map((await store.listDocuments()).filter((d) => d.isCurrent).map((d) => [d.meetingId, d]))
  const meetings = (await store.listMeetings()).filter((m) => meetingIds.has(m.id))
  return {
    $schema: EXPORT_SCHEMA_ID,
    format: 'communique-export',
    version: EXPORT_FORMAT_VERSION,
    exportedAt: now,
    meetings: meetings.map((m) => {
      const d = docs.get(m.id)
      return {
        id: m.slug,
        title: m.title,
        series: m.series,
        ordinal: m.ordinal,
        date: m.date,
        place: m.place,
        parties: m.parties,
        participants: m.participants.map((p) => ({ name: p.name, honorific: p.honorific, office: p.office, country: p.country })),
        source: d ? { location: d.source, format: d.format, sha256: d.contentHash, version: d.version } : null,
        review: m.review,
      }
    }),
    items: items.map((i) => ({
      id: i.id,
      meeting: i.meetingSlug,
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
      tracking: i.tracking
        ? {
            owner: i.tracking.owner,
            status: i.tracking.status,
            due: i.tracking.due,
            version: i.tracking.version,
            updatedAt: i.tracking.updatedAt,
            updatedBy: i.tracking.updatedBy,
          }
        : null,
      evidence: (evidence.get(i.id) ?? []).map((e) => ({ date: e.date, url: e.url, note: e.note, author: e.author, recordedAt: e.recordedAt })),
      assessments: (assessments.get(i.id) ?? []).map((a) => ({
        party: a.party,
        score: a.score,
        round: a.round,
        rationale: a.rationale,
        author: a.author,
        recordedAt: a.recordedAt,
      })),
      comments: (comments.get(i.id) ?? []).map((c) => ({ text: c.text, author: c.author, recordedAt: c.recordedAt })),
      history: (history.get(i.id) ?? []).map((h) => ({
        version: h.version,
        field: h.field,
        before: h.before,
        after: h.after,
        actor: h.actor,
        changedAt: h.changedAt,
        note: h.note ?? null,
      })),
      review: i.review,
    })),
  }
}

/** Columns of the CSV export: one row per item. */
export const EXPORT_CSV_COLUMNS = [
  'id',
  'meeting',
  'date',
  'series',
  'paragraph',
  'local_id',
  'type',
  'text',
  'actors',
  'topics',
  'deadline',
  'due',
  'status',
  'owner',
  'version',
  'evidence',
  'assessments',
  'comments',
  'review',
  'reason',
  'marks',
] as const

/** The export as CSV rows (lists joined with "; ", assessments as "party [round] score"). */
export function exportCsvRows(doc: ExportDocument): Array<Record<string, unknown>> {
  const dates = new Map(doc.meetings.map((m) => [m.id, m]))
  return doc.items.map((i) => ({
    id: i.id,
    meeting: i.meeting,
    date: dates.get(i.meeting)?.date ?? null,
    series: dates.get(i.meeting)?.series ?? null,
    paragraph: i.paragraph,
    local_id: i.localId,
    type: i.type,
    text: i.text,
    actors: i.actors,
    topics: i.topics,
    deadline: i.deadline?.text ?? null,
    due: i.tracking?.due ?? null,
    status: i.tracking?.status ?? null,
    owner: i.tracking?.owner ?? null,
    version: i.tracking?.version ?? null,
    evidence: i.evidence.length,
    assessments: i.assessments.map((a) => `${a.party} [${a.round}] ${a.score > 0 ? '+1' : a.score}`),
    comments: i.comments.length,
    review: i.review?.state ?? null,
    reason: i.review?.reason ? [i.review.reason, i.review.note].filter(Boolean).join(': ') : null,
    marks: i.review ? reviewMarks(i.review) : [],
  }))
}

/** "added by reviewer" and "edited": what the report and exports say of an item people changed. */
export function reviewMarks(r: Pick<ItemReview, 'origin' | 'edited'>): string[] {
  return [...(r.origin === 'added' ? ['added by reviewer'] : []), ...(r.edited ? ['edited'] : [])]
}
