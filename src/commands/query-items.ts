// Reading items for the API: filtered pages with an offset, one item with everything about it,
// and the version an update must name (If-Match).
import { CommuniqueError } from '../core/errors.js'
import type { Store } from '../store/store.js'
import type { ItemDetail, ItemFilter, ItemKey, ReviewState, StoredItem, StoredLink } from '../store/types.js'
import { assertIsoDate, canonicalParty, parseStatus } from '../track/index.js'

/** Filters of the API: those it shares with the CLI, and those beyond the store's ItemFilter, applied after reading. */
export interface ItemQuery extends SharedFilterValues {
  owner?: string
  dueAfter?: string
  /** Words that must all occur in the item's text (case-insensitive). */
  q?: string
  /** Review states (proposed, accepted, rejected), joined by commas. */
  review?: string
}

const REVIEW_STATES: readonly ReviewState[] = ['proposed', 'accepted', 'rejected']

function reviewState(value: string): ReviewState {
  const state = REVIEW_STATES.find((r) => r === value)
  if (!state)
    throw new CommuniqueError('usage', `unknown review state "${value}"; use ${REVIEW_STATES.join(', ')} (several joined by commas)`, {
      params: { field: 'review', value },
    })
  return state
}

/** The filter values the API and the CLI share. */
export interface SharedFilterValues {
  meeting?: string
  series?: string
  party?: string
  topic?: string
  type?: StoredItem['type']
  status?: string
  overdue?: boolean
  dueBefore?: string
}

/**
 * The part of the store's filter the API and the CLI build alike, checking status, party and the
 * due date; `dueBeforeName` is how the caller names that value in messages, and `today` is asked
 * only for overdue.
 */
export function sharedItemFilter(v: SharedFilterValues, today: () => string, dueBeforeName: string): ItemFilter {
  const f: ItemFilter = {}
  if (v.meeting) f.meeting = v.meeting
  if (v.series) f.series = v.series
  if (v.party) f.party = canonicalParty(v.party)
  if (v.topic) f.topic = v.topic
  if (v.type) f.type = v.type
  if (v.status) f.status = parseStatus(v.status)
  if (v.overdue) {
    f.overdue = true
    f.today = today()
  }
  if (v.dueBefore) f.dueBefore = assertIsoDate(v.dueBefore, dueBeforeName)
  return f
}

/** Turns API query values into the store's filter, checking status, party and dates. */
export function toItemFilter(q: ItemQuery, today: string): ItemFilter {
  const f = sharedItemFilter(q, () => today, 'dueBefore')
  if (q.review) f.review = [...new Set(q.review.split(',').map((r) => r.trim()))].map(reviewState)
  return f
}

function postFilter(q: ItemQuery): ((i: StoredItem) => boolean) | null {
  const tests: Array<(i: StoredItem) => boolean> = []
  if (q.owner) {
    const o = q.owner.toLowerCase()
    tests.push((i) => (i.tracking?.owner ?? '').toLowerCase() === o)
  }
  if (q.dueAfter) {
    const d = assertIsoDate(q.dueAfter, 'dueAfter')
    tests.push((i) => Boolean(i.tracking?.due && i.tracking.due >= d))
  }
  if (q.q) {
    const words = q.q.toLowerCase().split(/\s+/).filter(Boolean)
    tests.push((i) => {
      const t = i.text.toLowerCase()
      return words.every((w) => t.includes(w))
    })
  }
  return tests.length === 0 ? null : (i) => tests.every((t) => t(i))
}

/**
 * One page of items after `after` (keyset: the listing-order key of the previous page's last item)
 * and the key the next page starts after (null at the end).
 */
export async function listItemsPage(
  store: Store,
  q: ItemQuery,
  page: { after?: ItemKey; limit: number; today: string },
): Promise<{ items: StoredItem[]; next: ItemKey | null }> {
  const filter: ItemFilter = { ...toItemFilter(q, page.today), ...(page.after ? { after: page.after } : {}) }
  const keep = postFilter(q)
  // The store reads just the page, plus one item to know whether more follow; filters the store
  // cannot apply (owner, dueAfter, q) read on from the cursor and filter here.
  const rows = keep ? (await store.listItems(filter)).filter(keep) : await store.listItems({ ...filter, limit: page.limit + 1 })
  const items = rows.slice(0, page.limit)
  return { items, next: rows.length > page.limit ? itemKey(items[items.length - 1]!) : null }
}

/** The listing-order key of an item. */
export function itemKey(item: Pick<StoredItem, 'meetingDate' | 'meetingId' | 'start' | 'id'>): ItemKey {
  return { meetingDate: item.meetingDate, meetingId: item.meetingId, start: item.start, id: item.id }
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
  // Note: only what the page shows: no history (GET /api/items/{id}/history has it), and the one
  // paragraph rather than the whole document.
  const detail = await store.getItemDetail(id, { history: false })
  if (!detail) throw new CommuniqueError('not-found', `no item ${id} in the store`, { params: { itemId: id } })
  const { history: _history, ...rest } = detail
  const paragraphText = await store.paragraphAt(detail.documentId, detail.start)
  const links = await store.listLinks({ itemIds: [id] })
  return { ...rest, paragraphText, links }
}
