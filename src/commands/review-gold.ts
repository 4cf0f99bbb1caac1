// Reviews become test data (issue 8): a reviewed meeting written in the gold format that `eval`
// and ../shared/eval/score.mjs read, and the extractor scored against every reviewed meeting.
import { basename } from 'node:path'
import { CommuniqueError } from '../core/errors.js'
import { isTrackable, type Item } from '../core/item.js'
import type { MeetingOverrides } from '../core/meeting.js'
import type { SourceFile } from '../core/source-file.js'
import { scoreDocument, summarize, type GoldDocument, type GoldItem } from '../eval/index.js'
import type { Store } from '../store/store.js'
import type { ReextractResult, StoredMeeting } from '../store/types.js'
import type { EvaluateResult } from './evaluate.js'
import { defaultPipeline, type Pipeline } from './ingest-statement.js'

/**
 * The gold file of a meeting from its review: every item of its current document except the
 * rejected ones, with the reviewed type, span, actors and deadline. Commitments and directives
 * are the required items; the other types are listed for reference (the scorer ignores them).
 * @throws CommuniqueError 'not-found' for an unknown meeting or a meeting without a document
 */
export async function exportGold(
  store: Store,
  meetingRef: string | number,
): Promise<GoldDocument & { items: Array<GoldItem & { start: number; end: number }> }> {
  const meeting = await store.getMeeting(meetingRef)
  if (!meeting) throw new CommuniqueError('not-found', `no meeting "${meetingRef}" in the store; list the meetings to see ids and slugs`)
  if (!meeting.source) throw new CommuniqueError('not-found', `meeting ${meeting.slug} has no document`)
  const items = (await store.listItems({ meeting: String(meeting.id), review: ['proposed', 'accepted'] })).sort((a, b) => a.start - b.start || a.end - b.end)
  return {
    document: basename(meeting.source),
    meeting: {
      ...(meeting.title ? { title: meeting.title } : {}),
      ...(meeting.date ? { date: meeting.date } : {}),
      place: meeting.place,
      ordinal: meeting.ordinal,
      participants: meeting.participants.map((p) => ({ name: p.name })),
    },
    items: items.map((i) => ({
      paragraph: i.paragraph,
      quote: i.text,
      start: i.start,
      end: i.end,
      type: i.type,
      actors: i.actors,
      ...(i.deadline ? { deadline: { text: i.deadline.text, end: i.deadline.end, ...(i.deadline.relative ? { relative: i.deadline.relative } : {}) } } : {}),
    })),
  }
}

/** The extractor's items over a stored meeting's current text (parsed as plain text with the stored meeting fields). */
export async function extractStored(store: Store, meeting: StoredMeeting, pipeline: Pipeline): Promise<Item[]> {
  const [doc] = await store.listDocumentTexts([meeting.id])
  if (!doc) return []
  const file: SourceFile = { ...(meeting.source ? { path: meeting.source } : {}), format: 'text', value: doc.text, metadata: {}, diagnostics: [] }
  const overrides: MeetingOverrides = {
    ...(meeting.title ? { title: meeting.title } : {}),
    ...(meeting.date && /^\d{4}-\d{2}-\d{2}$/.test(meeting.date) ? { date: meeting.date } : {}),
    ...(meeting.series ? { series: meeting.series } : {}),
    ...(meeting.place ? { place: meeting.place } : {}),
    ...(meeting.parties.length > 0 ? { parties: meeting.parties } : {}),
  }
  return pipeline.extract(pipeline.parse(file, { overrides }))
}

/**
 * Extracts the stored current documents again (every meeting, or one) from their stored text and
 * merges the new proposals with people's review: `ingest --reextract` after the rules change.
 * @throws CommuniqueError 'not-found' for an unknown meeting
 */
export async function reextractStored(options: {
  store: Store
  meeting?: string
  actor: string
  now: string
  pipeline?: Pipeline
}): Promise<Array<ReextractResult & { meetingSlug: string }>> {
  const pipeline = options.pipeline ?? (await defaultPipeline())
  let meetings: StoredMeeting[]
  if (options.meeting !== undefined) {
    const m = await options.store.getMeeting(options.meeting)
    if (!m) throw new CommuniqueError('not-found', `no meeting "${options.meeting}" in the store; list the meetings to see ids and slugs`)
    meetings = [m]
  } else {
    meetings = await options.store.listMeetings()
  }
  const out: Array<ReextractResult & { meetingSlug: string }> = []
  for (const m of meetings) {
    const [doc] = await options.store.listDocumentTexts([m.id])
    if (!doc) continue
    const items = await extractStored(options.store, m, pipeline)
    out.push({ ...(await options.store.reextractDocument(doc.documentId, items, { actor: options.actor, at: options.now })), meetingSlug: m.slug })
  }
  return out
}

/**
 * Scores the current extractor against every reviewed meeting of the store (its review as gold).
 * @throws CommuniqueError 'empty-input' when no meeting is reviewed yet
 */
export async function evaluateStore(store: Store, options: { pipeline?: Pipeline } = {}): Promise<EvaluateResult> {
  const pipeline = options.pipeline ?? (await defaultPipeline())
  const reviewed = (await store.listMeetings()).filter((m) => m.review.state === 'reviewed')
  if (reviewed.length === 0) throw new CommuniqueError('empty-input', 'no meeting of the store is reviewed yet; finish the review of a meeting first')
  const documents = []
  for (const m of reviewed) {
    const gold = await exportGold(store, m.id)
    const items = await extractStored(store, m, pipeline)
    documents.push(scoreDocument(m.slug, { ...gold, meeting: null }, items, null))
  }
  return { documents, summary: summarize(documents) }
}

/** How many trackable items a gold export requires (for the CLI's one-line report). */
export function requiredCount(gold: GoldDocument): number {
  return gold.items.filter((i) => isTrackable(i.type as Item['type'])).length
}
