// Reads what a report needs from the store: the meeting (or series), its items with their tracking,
// evidence, assessments, comments and links, and the paragraphs; hands report/ plain input data.
import { CommuniqueError } from '../core/errors.js'
import type { Tracking } from '../core/tracking.js'
import { TOPICS } from '../lexicon/topics.js'
import type { ReportInput, ReportItemInput, ReportMeeting, ReportParagraph, ReportSeries, SeriesMeetingRef } from '../report/input.js'
import type { SeriesReportInput } from '../report/series-model.js'
import { paragraphRefs } from '../extract/paragraph-ref.js'
import { toItem } from '../store/to-item.js'
import type { Store } from '../store/store.js'
import type { DocumentText, ReviewState, StoredItem, StoredMeeting, StoredSeries } from '../store/types.js'

/** Options of buildReportInput and buildSeriesReportInput. */
export interface ReportInputOptions {
  /** "Today" (YYYY-MM-DD); the caller reads the clock. */
  asOf: string
  /** Assessment round to report; null or absent for the latest assessment per item and party. */
  round?: string | null
}

/** Display names of the taxonomy's topic ids. */
export const TOPIC_LABELS: Readonly<Record<string, string>> = Object.fromEntries(TOPICS.map((t) => [t.id, t.label]))

/**
 * Finds the meeting a report is about: the given id or slug, else the most recent meeting (latest
 * date; undated meetings count as older than dated ones; ties go to the later id).
 * @param ref meeting id or slug, or null for the most recent
 * @throws CommuniqueError 'not-found' for an empty store or an unknown meeting
 */
export async function findReportMeeting(store: Store, ref: string | null): Promise<StoredMeeting> {
  const meetings = await store.listMeetings()
  if (meetings.length === 0) throw new CommuniqueError('not-found', 'the store has no meetings yet; run `communique ingest FILE` first')
  if (ref === null) {
    return [...meetings].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id - b.id)[meetings.length - 1]!
  }
  const found = await store.getMeeting(ref.trim())
  if (!found) throw new CommuniqueError('not-found', `no meeting "${ref}" in the store; run \`communique meetings\` to see ids and slugs`)
  return found
}

/**
 * Finds a series by name (any case) or slug.
 * @throws CommuniqueError 'not-found' for an empty store or an unknown series, naming the stored ones
 */
export async function findReportSeries(store: Store, name: string): Promise<StoredSeries> {
  const all = await store.listSeries()
  const key = name.trim().toLowerCase()
  const found = all.find((s) => s.name.toLowerCase() === key || s.slug === key)
  if (found) return found
  if ((await store.listMeetings()).length === 0) throw new CommuniqueError('not-found', 'the store has no meetings yet; run `communique ingest FILE` first')
  if (all.length === 0)
    throw new CommuniqueError(
      'not-found',
      `no series "${name}": no stored meeting belongs to a series; ingest with --series NAME (or a manifest with a series column)`,
    )
  const names = all
    .slice(0, 5)
    .map((s) => `"${s.name}"`)
    .join(', ')
  throw new CommuniqueError(
    'not-found',
    `no series "${name}"; the store has ${all.length === 1 ? 'one series' : `${all.length} series`}: ${names}${all.length > 5 ? ', ...' : ''} (run \`communique meetings --csv\` to see them)`,
  )
}

/**
 * Reads the report input of one meeting: meeting record, series with the stored meetings and the
 * next meeting's date, every item of the current document with its follow-up, and the paragraphs.
 * @param meeting the meeting, from findReportMeeting()
 */
export async function buildReportInput(store: Store, meeting: StoredMeeting, options: ReportInputOptions): Promise<ReportInput> {
  const series = await seriesOf(store, meeting)
  const items = await readItems(store, await store.listItems({ meeting: String(meeting.id), review: SHOWN }))
  const paragraphs = toReportParagraphs(await store.listDocumentTexts([meeting.id]))
  return { meeting: toReportMeeting(meeting), series, asOf: options.asOf, round: options.round ?? null, items, paragraphs, topicLabels: { ...TOPIC_LABELS } }
}

/**
 * Reads the series view's input: every stored meeting of the series with its items and follow-up.
 * @param series the series, from findReportSeries()
 */
export async function buildSeriesReportInput(store: Store, series: StoredSeries, options: ReportInputOptions): Promise<SeriesReportInput> {
  const meetings = await store.meetingsOfSeries(series.name)
  const stored = await store.listItems({ series: series.name, review: SHOWN })
  const meetingOf = new Map(stored.map((i) => [i.id, String(i.meetingId)]))
  const byMeeting = new Map<string, ReportItemInput[]>()
  for (const i of await readItems(store, stored)) {
    const key = meetingOf.get(i.storeId)!
    const list = byMeeting.get(key)
    if (list) list.push(i)
    else byMeeting.set(key, [i])
  }
  return {
    series: { name: series.name, meetings: meetings.map(toRef), nextMeetingDate: null },
    asOf: options.asOf,
    meetings: meetings.map((m) => ({ meeting: toReportMeeting(m), items: byMeeting.get(String(m.id)) ?? [] })),
    topicLabels: { ...TOPIC_LABELS },
  }
}

/**
 * The report input of each meeting of a series view (for the Markdown, CSV and iCalendar forms of a
 * series), without paragraphs. Pure.
 * @param round assessment round, or null for the latest per party
 */
export function meetingInputsOfSeries(input: SeriesReportInput, round: string | null): ReportInput[] {
  const refs = input.series.meetings
  return input.meetings.map(({ meeting, items }) => ({
    meeting,
    items,
    asOf: input.asOf,
    round,
    paragraphs: [],
    topicLabels: input.topicLabels ?? {},
    series: { name: input.series.name, meetings: refs, nextMeetingDate: nextDate(refs, meeting) },
  }))
}

async function seriesOf(store: Store, meeting: StoredMeeting): Promise<ReportSeries | null> {
  if (!meeting.series) return null
  const refs = (await store.meetingsOfSeries(meeting.series)).map(toRef)
  return { name: meeting.series, meetings: refs, nextMeetingDate: nextDate(refs, toReportMeeting(meeting)) }
}

// The next meeting is the first stored meeting of the series dated after this one.
function nextDate(refs: readonly SeriesMeetingRef[], meeting: Pick<ReportMeeting, 'id' | 'date'>): string | null {
  if (!meeting.date) return null
  return (
    refs
      .filter((r) => r.id !== meeting.id && r.date !== null && r.date > meeting.date!)
      .map((r) => r.date!)
      .sort()[0] ?? null
  )
}

// Note: rejected items leave the report and the calendar (they stay in the JSON export).
const SHOWN: ReviewState[] = ['proposed', 'accepted']

function toRef(m: StoredMeeting): SeriesMeetingRef {
  return { id: String(m.id), title: m.title, date: m.date, ordinal: m.ordinal }
}

function toReportMeeting(m: StoredMeeting): ReportMeeting {
  return {
    id: String(m.id),
    slug: m.slug,
    sourcePath: m.source,
    title: m.title,
    series: m.series,
    ordinal: m.ordinal,
    date: m.date,
    place: m.place,
    participants: m.participants,
    parties: m.parties,
    review: m.review,
  }
}

/** Items with their evidence, assessments, comments and links, read in one batch per kind. */
async function readItems(store: Store, stored: StoredItem[]): Promise<ReportItemInput[]> {
  const tracked = stored.filter((i) => i.trackable).map((i) => i.id)
  // Note: one query after the other; a PostgreSQL client runs them in turn anyway.
  const none = tracked.length === 0
  const e = group(none ? [] : await store.listEvidence(tracked))
  const a = group(none ? [] : await store.listAssessments(tracked))
  const c = group(none ? [] : await store.listComments(tracked))
  const l = group(none ? [] : await store.listLinks({ itemIds: tracked }))
  return stored.map((s) => {
    const key = String(s.id)
    return {
      storeId: s.id,
      item: toItem(s),
      review: { origin: s.review.origin, edited: s.review.edited },
      tracking: toTracking(s),
      evidence: e.get(key) ?? [],
      assessments: a.get(key) ?? [],
      comments: c.get(key) ?? [],
      links: l.get(key) ?? [],
    }
  })
}

function group<T extends { itemId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const r of rows) {
    const list = map.get(r.itemId)
    if (list) list.push(r)
    else map.set(r.itemId, [r])
  }
  return map
}

function toTracking(s: StoredItem): Tracking | null {
  if (!s.tracking) return null
  const t = s.tracking
  return { itemId: String(s.id), owner: t.owner, status: t.status, due: t.due, version: t.version, updatedAt: t.updatedAt }
}

/**
 * The paragraphs of a meeting's current document, numbered as the extractor numbers items: the
 * printed number when most paragraphs are numbered, else the ordinal. Paragraphs sharing a number
 * are joined.
 */
export function toReportParagraphs(docs: readonly DocumentText[]): ReportParagraph[] {
  const doc = docs[0]
  if (!doc) return []
  const refOf = paragraphRefs(doc.paragraphs)
  const texts = new Map<number, string>()
  for (const p of doc.paragraphs) {
    const number = refOf(p)
    const text = doc.text.slice(p.start, p.end)
    texts.set(number, texts.has(number) ? `${texts.get(number)!}\n${text}` : text)
  }
  return [...texts].map(([number, text]) => ({ number, text }))
}
