// The shapes the web workspace reads from the API (docs/api-contract.md). Domain types come from
// the core and the store as `import type` only: nothing of the server is bundled.
import type { ItemType } from '../../src/core/item.js'
import type { Assessment, Comment, Evidence, HistoryEntry, Status } from '../../src/core/tracking.js'
import type { StoredItem, StoredLink, StoredMeeting, StoredSeries } from '../../src/store/types.js'

export type { ItemType, Status, StoredLink, StoredMeeting, StoredSeries, HistoryEntry }

export type Role = 'viewer' | 'editor' | 'assessor' | 'admin'

export interface User {
  name: string
  role: Role
  party: string | null
}

export interface SessionAnswer {
  user: User
  csrfToken: string
}

export type ApiItem = StoredItem

export type ApiItemDetail = ApiItem & {
  paragraphText?: string
  links?: StoredLink[]
  evidence?: Evidence[]
  assessments?: Assessment[]
  comments?: Comment[]
}

export interface MeetingReview {
  state: 'unreviewed' | 'in-review' | 'reviewed'
  by: string | null
  at: string | null
  counts?: Record<string, number>
}

export interface MeetingAnswer {
  meeting: StoredMeeting
  review?: MeetingReview
}

export interface DocumentAnswer {
  text: string
  paragraphs: Array<{ number: number | null; label: string | null; start: number; end: number }>
  items: Array<{ id: number; type: ItemType; start: number; end: number; review?: StoredItem['review'] | string | null }>
}

export interface Chart {
  id: string
  title: string
  svg: string
}

export interface WorkMeeting {
  id: number
  slug: string
  title: string | null
  counts: Record<string, number>
}

export interface WorkAnswer {
  owned: ApiItem[]
  partyItems: ApiItem[]
  overdue: ApiItem[]
  dueBeforeNextMeeting: ApiItem[]
  awaitingReview: ApiItem[]
  meetings: WorkMeeting[]
}

export interface Segment {
  text: string
  match: boolean
}

export interface SearchHit {
  paragraphId?: number
  meetingId: number
  meetingSlug?: string
  meetingTitle: string | null
  meetingDate: string | null
  paragraph: number
  itemIds?: number[]
  segments: Segment[]
}

/** A facet as the server sends it: a list of values with counts, or a map value → count. */
export type Facet = Array<{ value: string | number; count: number }> | Record<string, number>

export interface SearchAnswer {
  hits: SearchHit[]
  facets?: Record<string, Facet>
  nextCursor?: string | null
}

export interface AdminUser {
  name: string
  role: Role
  party: string | null
  disabled: boolean
  createdAt: string
}

export interface Token {
  id: number | string
  createdAt: string
  lastUsedAt: string | null
  revoked: boolean
}

export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  code?: string
  params?: Record<string, unknown>
}

/** A user lexicon kept in the store (GET /api/lexicons). */
export interface StoredLexiconEntry {
  name: string
  /** What it adds, in words ("2 parties, 1 pledge verb"). */
  adds: string
  addedBy: string
  addedAt: string
}
