// Table row types for Kysely: snake_case tables and columns, as created by migrations/.
// Flags are integers (0/1) and timestamps ISO text on both back-ends, so one query layer serves both.
import type { Generated } from 'kysely'

/** Applied migrations. */
export interface SchemaMigrationsTable {
  id: string
  applied_at: string
}

/** Named series of meetings. */
export interface SeriesTable {
  id: Generated<number>
  name: string
  slug: string
}

/** One meeting, belonging to at most one series. */
export interface MeetingsTable {
  id: Generated<number>
  slug: string
  series_id: number | null
  title: string | null
  ordinal: number | null
  date: string | null
  place: string | null
  /** JSON: where each meeting field came from. */
  sources: string
  created_at: string
  review_state: Generated<string>
  review_by: string | null
  review_at: string | null
}

/** Countries and organisations that are parties, actors or assessed. */
export interface PartiesTable {
  id: Generated<number>
  name: string
}

/** The parties of a meeting, in the order the document gives them. */
export interface MeetingPartiesTable {
  meeting_id: number
  party_id: number
  position: number
}

/** Named participants of a meeting. */
export interface ParticipantsTable {
  id: Generated<number>
  meeting_id: number
  position: number
  name: string
  honorific: string | null
  office: string | null
  country: string | null
}

/** One version of one outcome document with its normalized text. */
export interface DocumentsTable {
  id: Generated<number>
  meeting_id: number
  source: string
  format: string
  content_hash: string
  version: number
  is_current: number
  language: string
  text: string
  word_count: number
  paragraph_count: number
  item_count: number
  metadata: string
  diagnostics: string
  ingested_at: string
  ingested_by: string
}

/** One paragraph of a document; `text` is the slice of the document text. */
export interface ParagraphsTable {
  id: Generated<number>
  document_id: number
  ordinal: number
  number: number | null
  label: string | null
  start_offset: number
  end_offset: number
  text: string
}

/** One extracted item. */
export interface ItemsTable {
  id: Generated<number>
  document_id: number
  meeting_id: number
  paragraph_id: number | null
  local_id: string
  paragraph: number
  type: string
  trackable: number
  text: string
  start_offset: number
  end_offset: number
  action: string
  actor_role: string
  modality: string
  strength: string
  reaffirmed: number
  event: string
  rule: string
  deadline_text: string | null
  deadline_start: string | null
  deadline_end: string | null
  deadline_relative: string | null
  deadline_start_offset: number | null
  deadline_end_offset: number | null
  /** Grows with every change to the item, tracking or review (migration 0006). */
  version: Generated<number>
  review_state: Generated<string>
  review_reason: string | null
  review_note: string | null
  reviewed_by: string | null
  reviewed_at: string | null
  origin: Generated<string>
  edited: Generated<number>
  /** 1 when a later extractor run no longer proposes this untouched proposal (hidden like a superseded version). */
  withdrawn: Generated<number>
  /** JSON of the extractor's proposal; null for added items and items stored before migration 0006. */
  proposal: string | null
}

/** Actors of an item, in order. */
export interface ItemActorsTable {
  item_id: number
  party_id: number
  position: number
}

/** Topic ids of the taxonomy. */
export interface TopicsTable {
  id: Generated<number>
  name: string
}

/** Topics of an item. */
export interface ItemTopicsTable {
  item_id: number
  topic_id: number
}

/** Named entities (country, organisation, agreement, programme, event). */
export interface EntitiesTable {
  id: Generated<number>
  kind: string
  name: string
}

/** Mentions of entities in an item. */
export interface ItemEntitiesTable {
  item_id: number
  entity_id: number
  position: number
  text: string
  start_offset: number
  end_offset: number
}

/** Tracking state of a trackable item; `version` grows with every change. */
export interface TrackingTable {
  item_id: number
  owner: string | null
  status: string
  due: string | null
  due_edited: number
  version: number
  updated_at: string
  updated_by: string | null
}

/** Evidence that an item moved. */
export interface EvidenceTable {
  id: Generated<number>
  item_id: number
  date: string | null
  url: string | null
  note: string
  author: string
  recorded_at: string
}

/** Compliance scores: one per item, party and round. */
export interface AssessmentsTable {
  id: Generated<number>
  item_id: number
  party_id: number
  score: number
  round: string
  rationale: string
  author: string
  recorded_at: string
}

/** Comments on an item. */
export interface CommentsTable {
  id: Generated<number>
  item_id: number
  author: string
  text: string
  recorded_at: string
}

/** Append-only history; `before_value`/`after_value` are JSON. */
export interface HistoryTable {
  id: Generated<number>
  item_id: number
  field: string
  before_value: string
  after_value: string
  actor: string
  changed_at: string
  version: number
  note: string | null
}

/** The whole database as Kysely sees it (full-text tables are queried with raw SQL). */
/** The `links` table (migration 0005). */
export interface LinksTable {
  id: Generated<number>
  item_id: number
  meeting_id: number
  document_id: number
  target_item_id: number | null
  kind: string
  score: number
  paragraph: number
  passage: string
  start_offset: number
  end_offset: number
  review: string
  reviewed_by: string | null
  reviewed_at: string | null
  review_note: string | null
  created_at: string
  updated_at: string
  /** Why the linker suggested it (migration 0006); null before. */
  reason: string | null
}

/** Accounts of the HTTP server (migration 0007). */
export interface UsersTable {
  id: Generated<number>
  name: string
  role: string
  party: string | null
  password_hash: string
  disabled: number
  created_at: string
  updated_at: string
}

/** Sign-in sessions; only the sha256 of the cookie value is kept (migration 0007). */
export interface SessionsTable {
  id: Generated<number>
  user_id: number
  token_hash: string
  csrf_token: string
  created_at: string
  expires_at: string
  revoked_at: string | null
}

/** API tokens; only the sha256 of the token is kept (migration 0007). */
export interface ApiTokensTable {
  id: Generated<number>
  user_id: number
  token_hash: string
  created_at: string
  last_used_at: string | null
  revoked: number
}

/** Sign-in attempts, for lockout (migration 0007). */
export interface LoginAttemptsTable {
  id: Generated<number>
  username: string
  address: string
  at: string
  success: number
}

/** User lexicons in force for every ingest into the store (migration 0010). */
export interface LexiconsTable {
  id: Generated<number>
  name: string
  /** JSON of a lexicon checked against schema/lexicon.schema.json. */
  body: string
  added_by: string
  added_at: string
}

export interface Database {
  schema_migrations: SchemaMigrationsTable
  series: SeriesTable
  meetings: MeetingsTable
  parties: PartiesTable
  meeting_parties: MeetingPartiesTable
  participants: ParticipantsTable
  documents: DocumentsTable
  paragraphs: ParagraphsTable
  items: ItemsTable
  item_actors: ItemActorsTable
  topics: TopicsTable
  item_topics: ItemTopicsTable
  entities: EntitiesTable
  item_entities: ItemEntitiesTable
  tracking: TrackingTable
  evidence: EvidenceTable
  assessments: AssessmentsTable
  comments: CommentsTable
  history: HistoryTable
  links: LinksTable
  users: UsersTable
  sessions: SessionsTable
  api_tokens: ApiTokensTable
  login_attempts: LoginAttemptsTable
  lexicons: LexiconsTable
}
