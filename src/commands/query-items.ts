// Reading items for the API: filtered pages with an offset, one item with everything about it,
// and the version an update must name (If-Match).
import { CommuniqueError } from '../core/errors.js'
import type { Store } from '../store/store.js'
import type { ItemDetail, ItemFilter, ReviewState, StoredItem, StoredLink } from '../store/types.js'
import { assertIsoDate, canonicalParty, parseStatus } from '../track/index.js'

/** The version of an item that If-Match and ETag name: the item's own version, raised by every change (tracking or review). */
export function itemVersion(item: Pick<StoredItem, 'version'>): number {
  return item.version
}

/** Filters of the API beyond the store's ItemFilter, applied after reading. */
export interface ItemQuery {
  meeting?: string
  series?: string
  party?: string
  topic?: string
  type?: StoredItem['type']
  status?: string
  owner?: string
  dueBefore?: string
  dueAfter?: string
  overdue?: boolean
  /** Words that must all occur in the item's text (case-insensitive). */
  q?: string
  /** Review states (proposed, accepted, rejected), joined by commas. */
  review?: string
}

const REVIEW_STATES: readonly ReviewState[] = ['proposed', 'accepted', 'rejected']

function reviewState(value: string): ReviewState {
  const state = REVIEW_STATES.find((r) => r === value)
  if (!state) throw new CommuniqueError('usage', `unknown review state "${value}"; use ${REVIEW_STATES.join(', ')} (several joined by commas)`, { params: { field: 'review', value } })
  return state
}

/** Turns API query values into the store's filter, checking status, party and dates. */
export function toItemFilter(q: ItemQuery, today: string): ItemFilter {
  const f: ItemFilter = {}
  if (q.meeting) f.meeting = q.meeting
  if (q.series) f.series = q.series
  if (q.party) f.party = canonicalParty(q.party)
  if (q.topic) f.topic = q.topic
  if (q.type) f.type = q.type
  if (q.status) f.status = parseStatus(q.status)
  if (q.overdue) { f.overdue = true; f.today = today }
  if (q.dueBefore) f.dueBefore = assertIsoDate(q.dueBefore, 'dueBefore')
  if (q.review) f.review = [...new Set(q.review.split(',').map((r) => r.trim()))].map(reviewState)
  return f
}

function postFilter(q: ItemQuery): ((i: StoredItem) => boolean) | null {
  const tests: Array<(i: StoredItem) => boolean> = []
  if (q.owner) { const o = q.owner.toLowerCase(); tests.push((i) => (i.tracking?.owner ?? '').toLowerCase() === o) }
  if (q.dueAfter) { const d = assertIsoDate(q.dueAfter, 'dueAfter'); tests.push((i) => Boolean(i.tracking?.due && i.tracking.due >= d)) }
  if (q.q) { const words = q.q.toLowerCase().split(/\s+/).filter(Boolean); tests.push((i) => { const t = i.text.toLowerCase(); return words.every((w) => t.includes(w)) }) }
  return tests.length === 0 ? null : (i) => tests.every((t) => t(i))
}

/** One page of items and the offset of the next page (null at the end). */
export async function listItemsPage(store: Store, q: ItemQuery, page: { offset: number; limit: number; today: string }): Promise<{ items: StoredItem[]; next: number | null }> {
  const filter = toItemFilter(q, page.today)
  const keep = postFilter(q)
  if (!keep) {
    // The store reads just the page, plus one item to know whether more follow.
    const rows = await store.listItems({ ...filter, offset: page.offset, limit: page.limit + 1 })
    return { items: rows.slice(0, page.limit), next: rows.length > page.limit ? page.offset + page.limit : null }
  }
  const rows = (await store.listItems(filter)).filter(keep)
  const items = rows.slice(page.offset, page.offset + page.limit)
  return { items, next: rows.length > page.offset + page.limit ? page.offset + page.limit : null }
}

/** An item with its paragraph's text, links, evidence, assessments and comments. */
export type ItemView = Omit<ItemDetail, 'history'> & { version: number; paragraphText: string | null; links: StoredLink[] }

/** @throws CommuniqueError 'not-found' */
export async function requireItem(store: Store, id: number): Promise<StoredItem> {
  const item = await store.getItem(id)
  if (!item) throw new CommuniqueError('not-found', `no item ${id} in the store`, { params: { itemId: id } })
  return item
}

/** Everything the item page shows. @throws CommuniqueError 'not-found' */
export async function itemView(store: Store, id: number): Promise<ItemView> {
  const detail = await store.getItemDetail(id)
  if (!detail) throw new CommuniqueError('not-found', `no item ${id} in the store`, { params: { itemId: id } })
  const { history: _history, ...rest } = detail
  const [doc] = await store.listDocumentTexts([detail.meetingId])
  const para = doc?.documentId === detail.documentId ? doc.paragraphs.find((p) => p.start <= detail.start && detail.start < p.end) : undefined
  const links = await store.listLinks({ itemIds: [id] })
  return { ...rest, version: itemVersion(detail), paragraphText: para && doc ? doc.text.slice(para.start, para.end) : null, links }
}
