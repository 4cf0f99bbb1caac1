// Follow-up of trackable items: status, owner, due date, evidence, compliance, comments, history, links.

/** The statuses an item moves through. */
export type Status = 'not-started' | 'in-progress' | 'partially-done' | 'done' | 'stalled' | 'dropped'

/** Every status, in the order reports list them. */
export const STATUSES: readonly Status[] = ['not-started', 'in-progress', 'partially-done', 'done', 'stalled', 'dropped']

/** Compliance on the G7/G20 Research Group scale: −1 not done, 0 partly or in progress, +1 done. */
export type ComplianceScore = -1 | 0 | 1

/** A piece of evidence that an item moved. */
export interface Evidence {
  id: number
  itemId: string
  /** ISO date the evidence is from. */
  date: string | null
  url: string | null
  note: string
  author: string
  /** ISO timestamp when it was recorded. */
  recordedAt: string
}

/** One party's compliance score for an item in a named assessment round. */
export interface Assessment {
  id: number
  itemId: string
  /** Canonical party name. */
  party: string
  score: ComplianceScore
  rationale: string
  /** Round name, e.g. "interim-2016", "final-2016"; "default" when none was given. */
  round: string
  author: string
  recordedAt: string
}

/** A free-text comment on an item. */
export interface Comment {
  id: number
  itemId: string
  author: string
  text: string
  recordedAt: string
}

/** One append-only history entry: who changed what, from what, to what. */
export interface HistoryEntry {
  id: number
  itemId: string
  /** The field or action: 'status', 'owner', 'due', 'evidence', 'assessment', 'comment', 'link' ... */
  field: string
  before: unknown
  after: unknown
  actor: string
  /** ISO timestamp. */
  changedAt: string
  /** The item version after the change. */
  version: number
  note?: string | null
}

/** The tracking state of one trackable item. */
export interface Tracking {
  itemId: string
  owner: string | null
  status: Status
  /** ISO due date: from the deadline unless edited. */
  due: string | null
  /** Incremented by every change; an update must name the version it was based on. */
  version: number
  updatedAt: string
}

/** What a later meeting says about an earlier item. */
export type LinkKind = 'reaffirmed' | 'progress-reported' | 'reported-done' | 'mentioned' | 'dropped'

/** Every link kind, strongest evidence first (dropped last: it needs an explicit cue). */
export const LINK_KINDS: readonly LinkKind[] = ['reported-done', 'progress-reported', 'reaffirmed', 'mentioned', 'dropped']

/** Review state of a link. */
export type LinkReview = 'suggested' | 'confirmed' | 'rejected'

/** A link from an item to a passage of a later meeting of its series. */
export interface Link {
  id: number
  /** The earlier item. */
  itemId: string
  kind: LinkKind
  /** 0..1 similarity score. */
  score: number
  /** The later meeting's id and the passage that speaks of the item. */
  meetingId: string
  /** Printed number (or ordinal) of the later paragraph. */
  paragraph: number
  passage: string
  /** Offsets of the passage in the later document's normalized text. */
  start: number
  end: number
  review: LinkReview
  /** The later item the passage belongs to, when it is itself an extracted item. */
  targetItemId?: string | null
  /** Why it was suggested: the shared names and words, and the cue of the kind (one line). */
  reason?: string | null
}
