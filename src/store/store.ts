// The one interface every command uses to read and write the store, whatever the back-end.
import type { AccountStore } from './accounts.js'
import type { TrackingPatch } from './apply-patch.js'
import type { Assessment, Comment, Evidence, HistoryEntry, LinkReview } from '../core/tracking.js'
import type {
  StoredLexicon,
  Backend,
  ChangeContext,
  ChangeResult,
  DocumentSummary,
  DocumentText,
  ItemDetail,
  ItemFilter,
  LinkPlan,
  LinkPlanResult,
  ItemEdits,
  LinkReviewChange,
  LinkReviewResult,
  MeetingReviewState,
  NewDocument,
  NewReviewItem,
  ReextractResult,
  ReviewChange,
  SaveResult,
  SearchHit,
  SearchOptions,
  StoreStats,
  StoredItem,
  StoredLink,
  StoredMeeting,
  StoredSeries,
  TrackingChange,
} from './types.js'
import type { Item } from '../core/item.js'

/**
 * A Communiqué store: an embedded SQLite file or a PostgreSQL server behind the same methods.
 * Errors a user can cause (unknown item, stale update) are CommuniqueErrors with one-line messages.
 */
export interface Store {
  /** Which back-end this is. */
  readonly backend: Backend
  /** A printable location: the file path, or the server URL without its password. */
  readonly location: string

  /** Users, sessions, API tokens and sign-in attempts of the HTTP server. */
  readonly accounts: AccountStore

  /** Closes the connection(s). The store is unusable afterwards. */
  close(): Promise<void>

  /** The stored document with this content hash, or null. */
  findDocumentByHash(contentHash: string): Promise<DocumentSummary | null>
  /**
   * Saves a document with its meeting, paragraphs, items and their tracking rows in one
   * transaction: all of it or nothing. A text already stored (same hash) adds nothing.
   */
  saveDocument(doc: NewDocument): Promise<SaveResult>
  /** Every stored document (current and superseded versions), oldest first. */
  listDocuments(): Promise<DocumentSummary[]>

  /** Meetings ordered by date (undated last), then id; filters on series and party apply. */
  listMeetings(filter?: Pick<ItemFilter, 'series' | 'party'>): Promise<StoredMeeting[]>
  /** A meeting by integer id or slug, or null. */
  getMeeting(ref: string | number): Promise<StoredMeeting | null>
  /** Every series, by name. */
  listSeries(): Promise<StoredSeries[]>
  /** The meetings of one series ordered by date (the timeline the report builds on). */
  meetingsOfSeries(name: string): Promise<StoredMeeting[]>

  /** Items matching every given filter, in meeting-date then text order. */
  listItems(filter?: ItemFilter): Promise<StoredItem[]>
  /** One item, or null when no item has this id. */
  getItem(id: number): Promise<StoredItem | null>
  /** One item with its evidence, assessments, comments and history (empty with `history: false`), or null. */
  getItemDetail(id: number, options?: { history?: boolean }): Promise<ItemDetail | null>
  /** The text of the paragraph of a current document that holds this offset, or null. */
  paragraphAt(documentId: number, offset: number): Promise<string | null>

  /**
   * Applies one tracking change in a short write transaction: checks the version, updates the
   * tracking row, appends the history entry.
   * @throws CommuniqueError 'not-found' for an unknown item, 'invalid-input' for an untracked
   *   item or a bad value, 'conflict' (exit 3) when `ctx.expectedVersion` is stale
   */
  applyChange(itemId: number, change: TrackingChange, ctx: ChangeContext): Promise<ChangeResult>

  /**
   * Sets several tracking fields (status, owner, due) in one transaction: one version check, one
   * history entry per field that changes, all or nothing.
   * @throws CommuniqueError 'not-found', 'invalid-input', 'conflict' (stale `ctx.expectedVersion`)
   */
  applyPatch(itemId: number, patch: TrackingPatch, ctx: ChangeContext): Promise<{ item: StoredItem; entries: number }>

  /** The history of an item, oldest first. */
  history(itemId: number): Promise<HistoryEntry[]>
  /** Evidence of the given items (all items when omitted), oldest first. */
  listEvidence(itemIds?: number[]): Promise<Evidence[]>
  /** Assessments of the given items (all when omitted), oldest first. */
  listAssessments(itemIds?: number[]): Promise<Assessment[]>
  /** Comments of the given items (all when omitted), oldest first. */
  listComments(itemIds?: number[]): Promise<Comment[]>
  /** History entries of the given items (all when omitted), oldest first. */
  listHistory(itemIds?: number[]): Promise<HistoryEntry[]>

  /**
   * The current document of each given meeting with its normalized text and paragraphs (what
   * linking reads); the newest one when several sources hold a meeting, none for a meeting without.
   */
  listDocumentTexts(meetingIds: number[]): Promise<DocumentText[]>

  /**
   * Links of items, with the later meeting's title and date; rejected ones only when asked.
   * `meetingId` keeps links to passages of that later meeting (its integer id). Ordered by item,
   * later meeting date, then score (best first); every review state is read with
   * `review: ['suggested', 'confirmed', 'rejected']`.
   */
  listLinks(filter?: { itemIds?: number[]; meetingId?: number; review?: LinkReview[] }): Promise<StoredLink[]>
  /** One link in any review state, or null. */
  getLink(id: number): Promise<StoredLink | null>
  /**
   * Saves what a linker run changes (track/link's planLinkUpdate) in one transaction. Rows a
   * concurrent review took out of `suggested` are left alone; the same passage is never stored twice.
   */
  saveLinkPlan(plan: LinkPlan, at: string): Promise<LinkPlanResult>
  /**
   * Confirms or rejects a link in one transaction: the link row, a history entry `link` on its item
   * and, with `change.apply`, the item's status and evidence (each with its history entry).
   * @throws CommuniqueError 'not-found' for an unknown link, 'invalid-input' for an untracked item,
   *   'conflict' (exit 3) when `ctx.expectedVersion` is stale
   */
  reviewLink(linkId: number, change: LinkReviewChange, ctx: ChangeContext): Promise<LinkReviewResult>

  /**
   * Ranked full-text search over the paragraphs of current documents. Item filters (type,
   * status, topic, party ...) keep paragraphs that hold at least one matching item.
   * @throws CommuniqueError 'usage' for a query with no searchable word
   */
  search(query: string, filter?: ItemFilter, options?: SearchOptions): Promise<SearchHit[]>

  /** One stored document's text and paragraphs (any version), or null. */
  getDocumentText(documentId: number): Promise<DocumentText | null>

  /**
   * Accepts, rejects, restores or edits items in one transaction (all or none), each change with
   * its history entry; returns the items after. Spans and values are checked by the caller
   * (commands/review-items.ts).
   * @throws CommuniqueError 'not-found', 'item-rejected' (accepting or editing a rejected item),
   *   'conflict' (exit 3) when `ctx.expectedVersion` is stale
   */
  reviewItems(ids: number[], change: ReviewChange, ctx: ChangeContext): Promise<StoredItem[]>
  /** Adds an item a reviewer quoted from a document (accepted, origin 'added'); returns it. */
  addReviewItem(documentId: number, item: NewReviewItem, ctx: ChangeContext): Promise<StoredItem>
  /** Splits an item into parts (the first keeps the item); returns the parts in order. */
  splitItem(itemId: number, parts: NewReviewItem[], ctx: ChangeContext): Promise<StoredItem[]>
  /** Merges items into the first (which takes `merged`); the others are rejected as duplicates. */
  mergeItems(ids: number[], merged: ItemEdits, ctx: ChangeContext): Promise<StoredItem>
  /** Sets a meeting's review state; returns the meeting. */
  setMeetingReview(meetingId: number, state: MeetingReviewState, ctx: ChangeContext): Promise<StoredMeeting>
  /**
   * Merges a new extractor run over a stored document with people's work (see save-review.ts):
   * matched by offsets then text; reviewed, edited, added and tracked items stay as people left them.
   */
  reextractDocument(documentId: number, items: Item[], ctx: ChangeContext): Promise<ReextractResult>

  /** The user lexicons kept in the store, by name (in force for every ingest into it). */
  listLexicons(): Promise<StoredLexicon[]>
  /** Saves a lexicon under its name, replacing one of that name; true when it replaced one. */
  saveLexicon(lexicon: StoredLexicon): Promise<boolean>
  /** Removes the lexicon of this name; false when there was none. */
  removeLexicon(name: string): Promise<boolean>

  /** Counts of documents, meetings, series, paragraphs and items. */
  stats(): Promise<StoreStats>

  /**
   * Refreshes the query planner's statistics; worth calling after a bulk ingest (searches and
   * filters over a freshly loaded PostgreSQL store can be several times slower until then).
   */
  optimize(): Promise<void>
}
