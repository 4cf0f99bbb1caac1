// Review workflows (issue 8), adapter-neutral: the CLI and the HTTP server call these with
// `{ store, actor, now, ifVersion? }`. Values are checked with track/review rules and spans are
// resolved against the stored document before the store writes anything, so a refused change
// leaves the store unchanged. Errors are CommuniqueErrors whose wording names no CLI flag.
import { isIsoDate } from '../core/dates.js'
import { CommuniqueError } from '../core/errors.js'
import { isTrackable, type Deadline, type ItemType } from '../core/item.js'
import { findTimeExpressions } from '../extract/deadline/index.js'
import type { Store } from '../store/store.js'
import type { DocumentText, ItemEdits, MeetingReview, NewReviewItem, ReviewState, StoredItem, StoredMeeting } from '../store/types.js'
import { canonicalParty } from '../track/index.js'
import {
  findQuote,
  parseItemType,
  parseMeetingReviewState,
  parseRejectReason,
  spanFromOffsets,
  type ParagraphSpan,
  type ResolvedSpan,
} from '../track/review.js'

/** Who reviews, when, and on which version of the item (single-item changes only). */
export interface ReviewOptions {
  store: Store
  actor: string
  /** ISO timestamp (the caller reads the clock). */
  now: string
  /** Refuse the change unless the item is still at this version. */
  ifVersion?: number
  /**
   * Asked about every item before it changes (and about a new item before it is added, with id
   * null); throws to refuse. The server passes the user's party scope (commands/authorize.ts).
   */
  authorize?: (item: { id: number | null; actors: readonly string[] }) => void
  /** Asked about a meeting before its review state moves; throws to refuse (the server: party scope). */
  authorizeMeeting?: (meeting: { id: number; parties: readonly string[] }) => void
}

/** Field corrections as a person gives them (quotes or offsets, names, a deadline text or date). */
export interface ItemEditInput {
  type?: string
  /** New span: a quote inside the item's paragraph ... */
  quote?: string
  /** ... or offsets into the document's text (both needed). */
  start?: number
  end?: number
  actors?: string[]
  /** Words of the document ("by the end of 2016"), an ISO date, or "none" to clear. */
  deadline?: string
  topics?: string[]
}

/** A new item as a person gives it. */
export interface AddItemInput {
  quote: string
  type: string
  actors?: string[]
  /** The printed paragraph number, needed when the quote occurs more than once. */
  paragraph?: number
  deadline?: string
  topics?: string[]
}

/** What `review M` shows: the meeting, its review state, counts by item review state, the next item. */
export interface MeetingReviewSummary {
  meeting: StoredMeeting
  review: MeetingReview & { counts: Record<ReviewState, number> & { total: number; added: number; edited: number } }
  /** The first proposed item (trackable ones first, in text order), or null when none is left. */
  next: StoredItem | null
}

const cc = (o: ReviewOptions, single: boolean) => ({
  actor: o.actor,
  at: o.now,
  ...(single && o.ifVersion !== undefined ? { expectedVersion: o.ifVersion } : {}),
})

async function requireItem(store: Store, id: number): Promise<StoredItem> {
  const item = await store.getItem(id)
  if (!item) throw new CommuniqueError('not-found', `no item ${id} in the store; list the items of its meeting to see item ids`)
  return item
}

async function requireItems(store: Store, ids: readonly number[]): Promise<StoredItem[]> {
  if (ids.length === 0) throw new CommuniqueError('usage', 'name at least one item')
  const out: StoredItem[] = []
  for (const id of ids) out.push(await requireItem(store, id))
  return out
}

async function requireMeeting(store: Store, ref: string | number): Promise<StoredMeeting> {
  const m = await store.getMeeting(ref)
  if (!m) throw new CommuniqueError('not-found', `no meeting "${ref}" in the store; list the meetings to see ids and slugs`)
  return m
}

async function documentOf(store: Store, documentId: number): Promise<DocumentText> {
  const d = await store.getDocumentText(documentId)
  if (!d) throw new CommuniqueError('not-found', `no document ${documentId} in the store`)
  return d
}

function spans(d: DocumentText): ParagraphSpan[] {
  return d.paragraphs.map((p) => ({ number: p.number, ordinal: p.ordinal, start: p.start, end: p.end }))
}

function checkVersion(item: StoredItem, o: ReviewOptions): void {
  if (o.ifVersion !== undefined && o.ifVersion !== item.version) {
    throw new CommuniqueError(
      'conflict',
      `item ${item.id} changed since you read it (now version ${item.version}, your change was based on ${o.ifVersion}); read the item again and retry`,
      { params: { itemId: item.id, version: item.version } },
    )
  }
}

function notRejected(item: StoredItem, what: string): void {
  if (item.review.state === 'rejected')
    throw new CommuniqueError('item-rejected', `item ${item.id} is rejected; restore it before ${what} it`, { params: { itemId: item.id } })
}

/** Accepts items (one transaction). */
export async function accept(ids: number[], o: ReviewOptions): Promise<StoredItem[]> {
  const items = await requireItems(o.store, ids)
  for (const i of items) {
    o.authorize?.(i)
    notRejected(i, 'accepting')
    if (ids.length === 1) checkVersion(i, o)
  }
  return o.store.reviewItems(ids, { kind: 'accept' }, cc(o, ids.length === 1))
}

/** Accepts every item of a meeting's current document that is still proposed. */
export async function acceptAllProposed(meetingRef: string | number, o: ReviewOptions): Promise<StoredItem[]> {
  const meeting = await requireMeeting(o.store, meetingRef)
  const proposed = await o.store.listItems({ meeting: String(meeting.id), review: ['proposed'] })
  if (proposed.length === 0) return []
  return o.store.reviewItems(
    proposed.map((i) => i.id),
    { kind: 'accept' },
    cc(o, false),
  )
}

/** Rejects items with a reason (not-a-pledge, duplicate, wrong-span, other + note). */
export async function reject(ids: number[], r: { reason: string; note?: string | null }, o: ReviewOptions): Promise<StoredItem[]> {
  const note = r.note?.trim() || null
  const reason = parseRejectReason(r.reason, note)
  const items = await requireItems(o.store, ids)
  for (const i of items) o.authorize?.(i)
  if (ids.length === 1) checkVersion(items[0]!, o)
  return o.store.reviewItems(ids, { kind: 'reject', reason, note }, cc(o, ids.length === 1))
}

/** Puts an accepted or rejected item back to proposed. */
export async function restore(id: number, o: ReviewOptions): Promise<StoredItem> {
  const item = await requireItem(o.store, id)
  o.authorize?.(item)
  checkVersion(item, o)
  return (await o.store.reviewItems([id], { kind: 'restore' }, cc(o, true)))[0]!
}

function names(list: readonly string[] | undefined, canon: (s: string) => string): string[] | undefined {
  return list === undefined
    ? undefined
    : [
        ...new Set(
          list
            .map((s) => s.trim())
            .filter(Boolean)
            .map(canon),
        ),
      ]
}

/** A deadline from words of the document (resolved like the extractor does) or an ISO date; null for "none". */
function parseDeadline(value: string, doc: DocumentText, within: { start: number; end: number }, meetingDate: string | null): Deadline | null {
  const v = value.trim()
  if (/^(none|-)$/i.test(v)) return null
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    if (!isIsoDate(v)) throw new CommuniqueError('invalid-input', `"${v}" is not a date of the calendar; give YYYY-MM-DD`)
    return { text: v, start: null, end: v, span: { start: within.start, end: within.start } }
  }
  let at: ResolvedSpan
  try {
    at = findQuote(doc.text, spans(doc), v, { within })
  } catch (error) {
    if (error instanceof CommuniqueError && error.code === 'quote-not-found') {
      throw new CommuniqueError(
        'invalid-input',
        `the deadline "${v}" is neither words of the item's paragraph nor a date; quote the paragraph's words or give YYYY-MM-DD`,
      )
    }
    throw error
  }
  const date = meetingDate && /^\d{4}-\d{2}-\d{2}$/.test(meetingDate) ? meetingDate : null
  const found = findTimeExpressions(at.text, { documentDate: date, offset: at.start })[0]
  if (found) return { ...found, text: at.text, span: { start: at.start, end: at.end } }
  throw new CommuniqueError('invalid-input', `"${v}" is not a time the extractor can read as a deadline; give a date as YYYY-MM-DD`)
}

/** The paragraph holding a span (deadline words are looked for there), or the span itself. */
function paragraphAround(doc: DocumentText, s: { start: number; end: number }): { start: number; end: number } {
  return doc.paragraphs.find((p) => s.start >= p.start && s.start < p.end) ?? s
}

function resolveSpan(doc: DocumentText, item: StoredItem, e: { quote?: string; start?: number; end?: number }): ResolvedSpan | undefined {
  if (e.quote !== undefined && (e.start !== undefined || e.end !== undefined))
    throw new CommuniqueError('usage', 'give the new span either as a quote or as start and end offsets, not both')
  if (e.quote !== undefined) {
    const para = doc.paragraphs.find((p) => item.start >= p.start && item.start < p.end)
    return findQuote(doc.text, spans(doc), e.quote, para ? { within: { start: para.start, end: para.end } } : {})
  }
  if (e.start !== undefined || e.end !== undefined) {
    if (e.start === undefined || e.end === undefined) throw new CommuniqueError('usage', 'a span by offsets needs both start and end')
    return spanFromOffsets(doc.text, spans(doc), e.start, e.end)
  }
  return undefined
}

/** Corrects an item's fields (type; span by quote in its paragraph or by offsets; actors; deadline; topics). */
export async function editItem(id: number, e: ItemEditInput, o: ReviewOptions): Promise<StoredItem> {
  const item = await requireItem(o.store, id)
  o.authorize?.(item)
  notRejected(item, 'editing')
  checkVersion(item, o)
  const doc = await documentOf(o.store, item.documentId)
  const edits: ItemEdits = {}
  if (e.type !== undefined) edits.type = parseItemType(e.type)
  const span = resolveSpan(doc, item, e)
  if (span) edits.span = span
  const actors = names(e.actors, canonicalParty)
  if (actors) edits.actors = actors
  const topics = names(e.topics, (t) => t.toLowerCase())
  if (topics) edits.topics = topics
  if (e.deadline !== undefined) edits.deadline = parseDeadline(e.deadline, doc, paragraphAround(doc, span ?? item), item.meetingDate)
  if (Object.keys(edits).length === 0) throw new CommuniqueError('usage', 'nothing to edit: give a type, a span, actors, a deadline or topics')
  return (await o.store.reviewItems([id], { kind: 'edit', edits }, { ...cc(o, true), expectedVersion: o.ifVersion ?? item.version }))[0]!
}

/** Adds an item from a quote of the meeting's current document (offsets computed). */
export async function addItem(meetingRef: string | number, a: AddItemInput, o: ReviewOptions): Promise<StoredItem> {
  const meeting = await requireMeeting(o.store, meetingRef)
  const type: ItemType = parseItemType(a.type)
  const [doc] = await o.store.listDocumentTexts([meeting.id])
  if (!doc) throw new CommuniqueError('not-found', `meeting ${meeting.slug} has no document to quote from`)
  const span = findQuote(doc.text, spans(doc), a.quote, a.paragraph !== undefined ? { paragraph: a.paragraph } : {})
  const item: NewReviewItem = {
    type,
    start: span.start,
    end: span.end,
    text: span.text,
    paragraph: span.paragraph,
    actors: names(a.actors, canonicalParty) ?? (isTrackable(type) ? meeting.parties : []),
    deadline: a.deadline !== undefined ? parseDeadline(a.deadline, doc, paragraphAround(doc, span), meeting.date) : null,
    topics: names(a.topics, (t) => t.toLowerCase()) ?? [],
  }
  o.authorize?.({ id: null, actors: item.actors })
  return o.store.addReviewItem(doc.documentId, item, cc(o, false))
}

/** Splits an item into several, one per quote (each inside the item's paragraph). */
export async function splitItem(id: number, quotes: string[], o: ReviewOptions): Promise<StoredItem[]> {
  const item = await requireItem(o.store, id)
  o.authorize?.(item)
  notRejected(item, 'splitting')
  checkVersion(item, o)
  if (quotes.length < 2) throw new CommuniqueError('usage', 'a split needs at least two quotes, one per new item')
  const doc = await documentOf(o.store, item.documentId)
  const parts: NewReviewItem[] = quotes.map((q) => {
    const s = resolveSpan(doc, item, { quote: q })!
    return {
      type: item.type,
      start: s.start,
      end: s.end,
      text: s.text,
      paragraph: s.paragraph,
      actors: item.actors,
      deadline: item.deadline,
      topics: item.topics,
    }
  })
  return o.store.splitItem(id, parts, { ...cc(o, true), expectedVersion: o.ifVersion ?? item.version })
}

/** Merges items of one paragraph into the first: its span runs from the first start to the last end. */
export async function mergeItems(ids: number[], o: ReviewOptions): Promise<StoredItem> {
  const unique = [...new Set(ids)]
  if (unique.length < 2) throw new CommuniqueError('usage', 'a merge needs at least two different items')
  const items = await requireItems(o.store, unique)
  for (const i of items) {
    o.authorize?.(i)
    notRejected(i, 'merging')
  }
  const first = items[0]!
  if (items.some((i) => i.documentId !== first.documentId)) throw new CommuniqueError('invalid-span', 'items of different documents cannot be merged')
  const doc = await documentOf(o.store, first.documentId)
  const start = Math.min(...items.map((i) => i.start))
  const end = Math.max(...items.map((i) => i.end))
  const span = spanFromOffsets(doc.text, spans(doc), start, end)
  const merged: ItemEdits = {
    span,
    actors: [...new Set(items.flatMap((i) => i.actors))],
    topics: [...new Set(items.flatMap((i) => i.topics))],
    deadline: items.find((i) => i.deadline)?.deadline ?? null,
  }
  return o.store.mergeItems(unique, merged, { ...cc(o, false), expectedVersion: o.ifVersion ?? first.version })
}

/** Counts by review state and the next item to look at. */
export async function meetingReviewSummary(meetingRef: string | number, store: Store): Promise<MeetingReviewSummary> {
  const meeting = await requireMeeting(store, meetingRef)
  const items = await store.listItems({ meeting: String(meeting.id) })
  const counts = { proposed: 0, accepted: 0, rejected: 0, total: items.length, added: 0, edited: 0 }
  for (const i of items) {
    counts[i.review.state]++
    if (i.review.origin === 'added') counts.added++
    if (i.review.edited) counts.edited++
  }
  const proposed = items.filter((i) => i.review.state === 'proposed')
  const next = proposed.find((i) => i.trackable) ?? proposed[0] ?? null
  return { meeting, review: { ...meeting.review, counts }, next }
}

/** Moves a meeting's review on: "in-review" or "reviewed" (who, when). */
export async function setMeetingReview(meetingRef: string | number, state: string, o: ReviewOptions): Promise<StoredMeeting> {
  const s = parseMeetingReviewState(state)
  const meeting = await requireMeeting(o.store, meetingRef)
  o.authorizeMeeting?.(meeting)
  return o.store.setMeetingReview(meeting.id, s, cc(o, false))
}
