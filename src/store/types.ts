// The camelCase domain objects the store takes and returns; no other folder ever sees a table row.
import type { Deadline, Entity, Item, ItemType } from '../core/item.js'
import type { MeetingRecord, Participant } from '../core/meeting.js'
import type { Diagnostic, SourceFormat, SourceMetadata } from '../core/source-file.js'
import type { Assessment, Comment, Evidence, HistoryEntry, Link, LinkKind, LinkReview, Status, Tracking } from '../core/tracking.js'

/** Which database a store talks to. */
export type Backend = 'sqlite' | 'postgres'

/** One paragraph of a document to save: offsets into the document's normalized text. */
export interface NewParagraph {
  /** 1-based position among the document's paragraphs. */
  ordinal: number
  /** The printed number, or null when unnumbered. */
  number: number | null
  /** The printed label ("3", "b", "•"), or null. */
  label: string | null
  start: number
  end: number
}

/** Everything ingest hands the store for one document; saved in one transaction. */
export interface NewDocument {
  /** Where it came from: a file path or URL (the identity of a source across versions). */
  source: string
  format: SourceFormat
  /** Normalized text; every offset points here. */
  text: string
  /** sha256 hex of `text`. */
  contentHash: string
  /** BCP 47 language tag, "en" for now. */
  language: string
  metadata: SourceMetadata
  diagnostics: Diagnostic[]
  /** The meeting as parsed, with user overrides already applied. */
  meeting: MeetingRecord
  paragraphs: NewParagraph[]
  items: Item[]
  /** Acting user. */
  ingestedBy: string
  /** ISO timestamp. */
  ingestedAt: string
}

/** What saving a document did. */
export interface SaveResult {
  /** 'unchanged' when a document with the same content hash was already stored. */
  outcome: 'added' | 'new-version' | 'unchanged'
  documentId: number
  meetingId: number
  /** Version of the document within its source (1 for the first text of a source). */
  version: number
  paragraphs: number
  items: number
}

/** A stored document, without its text. */
export interface DocumentSummary {
  id: number
  meetingId: number
  source: string
  format: SourceFormat
  contentHash: string
  version: number
  /** False once a newer version of the same source was ingested. */
  isCurrent: boolean
  wordCount: number
  paragraphCount: number
  itemCount: number
  ingestedAt: string
  ingestedBy: string
}

/** A stored meeting with its series and parties. */
export interface StoredMeeting {
  id: number
  slug: string
  title: string | null
  series: string | null
  ordinal: number | null
  /** ISO date, possibly reduced ("2015", "2015-09"). */
  date: string | null
  place: string | null
  parties: string[]
  participants: Participant[]
  /** Source path or URL of the current document. */
  source: string | null
  /** Items extracted from the current document, and how many of them are trackable. */
  itemCount: number
  trackableCount: number
  /** Where the people's review of the meeting's items stands. */
  review: MeetingReview
}

/** Review states of an item: what the extractor proposed, and what a person decided. */
export type ReviewState = 'proposed' | 'accepted' | 'rejected'
/** Why a person rejected an item. */
export type RejectReason = 'not-a-pledge' | 'duplicate' | 'wrong-span' | 'other'
/** Review states of a meeting. */
export type MeetingReviewState = 'unreviewed' | 'in-review' | 'reviewed'

/** The review of one item (see docs/api-contract.md, "Review fields"). */
export interface ItemReview {
  state: ReviewState
  /** Set when rejected. */
  reason: RejectReason | null
  note: string | null
  /** 'added' when a reviewer added the item from a quote (or it came out of a split). */
  origin: 'extracted' | 'added'
  /** True once a reviewer changed a field the extractor had set. */
  edited: boolean
  /** Who last changed the review state, and when (ISO). */
  by: string | null
  at: string | null
}

/** The review of one meeting. */
export interface MeetingReview {
  state: MeetingReviewState
  by: string | null
  at: string | null
}

/** The extractor's proposal for an item, as first made (kept when people correct it). */
export interface ItemProposal {
  type: ItemType
  paragraph: number
  text: string
  start: number
  end: number
  actors: string[]
  deadline: Deadline | null
  topics: string[]
  rule: string
}

/** A series with how many meetings it holds. */
export interface StoredSeries {
  id: number
  name: string
  slug: string
  meetingCount: number
  /** Dates of the first and last meeting. */
  firstDate: string | null
  lastDate: string | null
}

/** An item as stored: the extracted fields plus where it lives and its tracking state. */
export interface StoredItem {
  /** Store-wide integer id: the ITEM users type. */
  id: number
  /** Document-local id ("p3-1"). */
  localId: string
  documentId: number
  meetingId: number
  meetingSlug: string
  meetingTitle: string | null
  meetingDate: string | null
  series: string | null
  type: ItemType
  trackable: boolean
  paragraph: number
  text: string
  start: number
  end: number
  actors: string[]
  actorRole: Item['actorRole']
  action: string
  modality: Item['modality']
  deadline: Deadline | null
  topics: string[]
  entities: Entity[]
  strength: Item['strength']
  reaffirmed: boolean
  event: Item['event']
  rule: string
  /** Grows with every change to the item, tracking or review: the ETag of the HTTP API. */
  version: number
  review: ItemReview
  /** The extractor's proposal; null for an item a reviewer added. */
  proposal: ItemProposal | null
  /** Tracking state; null for items that are not tracked (support, call, position). */
  tracking: (Omit<Tracking, 'itemId'> & { dueEdited: boolean; updatedBy: string | null }) | null
}

/** An item with everything recorded about it. */
export interface ItemDetail extends StoredItem {
  evidence: Evidence[]
  assessments: Assessment[]
  comments: Comment[]
  history: HistoryEntry[]
}

/** Filters shared by list, search and export; every given filter must hold. */
export interface ItemFilter {
  /** Meeting id (as a string of digits) or slug. */
  meeting?: string
  series?: string
  /** Canonical party name: an actor of the item (search: also a party of the meeting). */
  party?: string
  topic?: string
  type?: ItemType
  status?: Status
  /** Only items whose due date is before `today` and that are not done or dropped. */
  overdue?: boolean
  /** Required with `overdue`: ISO date of today (the store reads no clock). */
  today?: string
  /** Only items due on or before this ISO date. */
  dueBefore?: string
  /** Only trackable items (commitments and directives). */
  trackableOnly?: boolean
  /** Include items of superseded document versions (and proposals a later extractor run withdrew). */
  allVersions?: boolean
  /** Only items in one of these review states. */
  review?: ReviewState[]
  /** Only these item ids. */
  ids?: number[]
  limit?: number
  /** Items to skip before the first returned (applies only with `limit`; for pages). */
  offset?: number
  /** Keyset pagination: only items after this one in the listing order (see itemKey). */
  after?: ItemKey
}

/**
 * Where an item stands in the listing order: meeting date (undated meetings last), meeting, start
 * of the item in its document, item id. A page cursor is the key of the page's last item.
 */
export interface ItemKey {
  meetingDate: string | null
  meetingId: number
  start: number
  id: number
}

/** One full-text hit: a paragraph with a highlighted snippet. */
export interface SearchHit {
  paragraphId: number
  documentId: number
  meetingId: number
  meetingSlug: string
  meetingTitle: string | null
  meetingDate: string | null
  /** The printed paragraph number, or its ordinal when unnumbered. */
  paragraph: number
  /** Larger is better; comparable only within one result list. */
  rank: number
  /** Part of the paragraph around the matches, matches wrapped in the highlight markers. */
  snippet: string
  /** Ids of the stored items of this paragraph. */
  itemIds: number[]
}

/** Options of a search. */
export interface SearchOptions {
  /** Maximum hits (default 20). */
  limit?: number
  /** Markers around matched words (default `**`, `**`). */
  highlight?: [string, string]
}

/** A tracking change an acting user makes to one item. */
export type TrackingChange =
  | { kind: 'status'; status: Status }
  | { kind: 'owner'; owner: string | null }
  | { kind: 'due'; due: string | null }
  | { kind: 'evidence'; date: string | null; url: string | null; note: string }
  | { kind: 'comment'; text: string }
  | { kind: 'assessment'; party: string; score: -1 | 0 | 1; round: string; rationale: string }

/** Who makes a change, when, and on which version it is based. */
export interface ChangeContext {
  actor: string
  /** ISO timestamp. */
  at: string
  /** The version the change was based on; a different current version refuses the change. */
  expectedVersion?: number
  /** Free-text note kept in the history entry. */
  note?: string | null
}

/** The item after an applied change, with the history entry it appended. */
export interface ChangeResult {
  item: StoredItem
  entry: HistoryEntry
}

/** Counts of what the store holds. */
export interface StoreStats {
  documents: number
  meetings: number
  series: number
  paragraphs: number
  items: number
  trackable: number
}

/**
 * A stored link (see core `Link`: `itemId` is the store id of the earlier item as a string,
 * `meetingId` the later meeting's slug, `targetItemId` the store id of the later item or null),
 * with the later meeting's title and date.
 */
export type StoredLink = Link & { meetingTitle: string | null; meetingDate: string | null }

/** The current document of a meeting as linking reads it: normalized text and paragraphs. */
export interface DocumentText {
  meetingId: number
  documentId: number
  /** Normalized text; every offset points here. */
  text: string
  /** Paragraphs in text order. */
  paragraphs: NewParagraph[]
}

/** A link to insert: a core Link without its id (the shape of track/link's NewLink). */
export type NewStoredLink = Omit<Link, 'id'>

/** What a run of the linker changes in the stored links (the shape of track/link's LinkUpdate). */
export interface LinkPlan {
  /** New suggestions; `meetingId` is the later meeting's slug. */
  insert: NewStoredLink[]
  /** Stored suggestions found again, with their new kind and score. */
  update: Array<{ id: number; kind: LinkKind; score: number; reason?: string | null }>
  /** Ids of stored suggestions no longer found. */
  remove: number[]
}

/** What saving a link plan did (rows a concurrent review had already changed are left alone). */
export interface LinkPlanResult {
  inserted: number
  updated: number
  removed: number
}

/** A review of a link, and what confirming it sets on its item. */
export interface LinkReviewChange {
  review: Exclude<LinkReview, 'suggested'>
  /** Status and evidence to record on the item in the same transaction (only with 'confirmed'). */
  apply?: { status: Status; evidence: { date: string | null; url: string | null; note: string } } | null
}

/** The link and item after a review, with the history entries it appended (none when nothing changed). */
export interface LinkReviewResult {
  link: StoredLink
  /** The review state before this review. */
  before: LinkReview
  item: StoredItem
  entries: HistoryEntry[]
}

/** A review decision or correction applied to items (validated by commands/review-items.ts first). */
export type ReviewChange =
  { kind: 'accept' } | { kind: 'reject'; reason: RejectReason; note: string | null } | { kind: 'restore' } | { kind: 'edit'; edits: ItemEdits }

/** Resolved field corrections: spans already checked against the document. */
export interface ItemEdits {
  type?: ItemType
  span?: { start: number; end: number; text: string; paragraph: number }
  actors?: string[]
  deadline?: Deadline | null
  topics?: string[]
}

/** A new item a reviewer adds (span resolved against the document). */
export interface NewReviewItem {
  type: ItemType
  start: number
  end: number
  text: string
  paragraph: number
  actors: string[]
  deadline: Deadline | null
  topics: string[]
  /** The history note ("split from item 12"). */
  note?: string | null
}

/** What re-extracting a stored document changed. */
export interface ReextractResult {
  documentId: number
  meetingId: number
  /** New proposals stored as `proposed`. */
  added: number
  /** Untouched proposals updated to what the extractor now says. */
  updated: number
  /** Items people had reviewed, edited or added, left as they were. */
  kept: number
  /** Untouched proposals the extractor no longer makes (hidden, not deleted). */
  withdrawn: number
  /** Proposals unchanged. */
  unchanged: number
}

/** A user lexicon kept in the store (in force for every ingest into it). */
export interface StoredLexicon {
  /** Its name, unique in the store ("pacific"). */
  name: string
  /** The lexicon as JSON text, checked against schema/lexicon.schema.json when it was saved. */
  body: string
  addedBy: string
  addedAt: string
}
