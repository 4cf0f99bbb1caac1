// The report model: everything a renderer prints, computed once by buildReport (pure, JSON-safe).
import type { Item, ItemType } from '../core/item.js'
import type { Assessment, Comment, ComplianceScore, Evidence, Status } from '../core/tracking.js'
import type { ReportLink } from './input.js'

/** How "due soon" was bounded: by the next meeting's date, or by 90 days after `asOf` when that date is unknown. */
export type DueSoonBasis = 'next-meeting' | 'within-90-days'

/** One participant as the cover lists them. */
export interface CoverParticipant {
  /** Personal name: "Fumio Kishida". */
  name: string
  /** Office, or null when the document does not say. */
  office: string | null
  /** Country or organisation, or null. */
  country: string | null
}

/** The title block of the report. */
export interface ReportCover {
  /** Store id of the meeting. */
  meetingId: string
  /** File-safe name of the meeting. */
  slug: string
  /** Meeting title, or "Untitled meeting". */
  title: string
  /** ISO date of the meeting, or null. */
  date: string | null
  /** Place, or null. */
  place: string | null
  /** Participants with office and country. */
  participants: CoverParticipant[]
  /** Parties to the outcome document. */
  parties: string[]
  /** Series name, or null. */
  seriesName: string | null
  /** The meeting's ordinal in its series (printed, else its place among stored meetings), or null. */
  ordinal: number | null
  /** "2nd of the Japan-UK Foreign and Defence Ministerial Meeting series", or null without a series. */
  seriesPosition: string | null
  /** ISO date of the next meeting when known. */
  nextMeetingDate: string | null
  /** Where the document was read from, or null. */
  sourcePath: string | null
  /** The report's "today" (ISO date). */
  asOf: string
  /** The assessment round reported, or null for the latest assessment per item and party. */
  round: string | null
  /** The round in words: "round final-2016" or "latest assessment per item and party". */
  roundLabel: string
  /** Whether people reviewed the items ("Items reviewed by akiko on 8 December 2026"), or null when unknown. */
  reviewLabel: string | null
}

/** How many items have a status. */
export interface StatusCount {
  status: Status
  count: number
}

/** One party's compliance over the trackable items scored for it. */
export interface PartyCompliance {
  /** Canonical party name. */
  party: string
  /** Mean score from −1 to +1, or null when no item is scored for the party. */
  mean: number | null
  /** The mean as a percentage: −1 → 0 %, +1 → 100 %; null when nothing is scored. */
  percent: number | null
  /** How many items carry a score for the party. */
  scored: number
  /** Items scored +1, 0 and −1. */
  done: number
  partly: number
  notDone: number
}

/** The trackable items of one topic. */
export interface TopicSummary {
  /** Topic id ("other" for items without one). */
  topic: string
  /** Display name. */
  label: string
  /** Trackable items in the topic. */
  total: number
  /** Count per status, every status listed (zeros included), in STATUSES order. */
  byStatus: StatusCount[]
  /** Overdue items in the topic. */
  overdue: number
}

/** The figures of the summary page. */
export interface ReportSummary {
  /** Commitments plus directives. */
  trackable: number
  commitments: number
  directives: number
  /** Supports, calls and positions (listed in the annex). */
  untracked: number
  /** Count per status, in STATUSES order, zeros included. */
  byStatus: StatusCount[]
  /** Trackable items whose due date is before `asOf` and whose status is neither done nor dropped. */
  overdue: number
  /** Open trackable items due from `asOf` up to `dueSoonUntil`. */
  dueSoon: number
  /** Last day counted as due soon (ISO). */
  dueSoonUntil: string
  /** What bounds the due-soon window. */
  dueSoonBasis: DueSoonBasis
  /** The window in words: "due before the next meeting (2017-12-14)" or "due within 90 days (by 2018-02-13)". */
  dueSoonLabel: string
  /** Trackable items without a due date. */
  undated: number
  /** Compliance per party for the chosen round: meeting parties first, then any other scored party. */
  compliance: PartyCompliance[]
  /** Every assessment round present in the input, sorted. */
  rounds: string[]
  /** Trackable items per topic, in section order. */
  byTopic: TopicSummary[]
}

/** Data behind the charts; each row is one mark or one stacked segment. */
export interface ReportCharts {
  /** Trackable items per topic and status (rows with count 0 omitted). */
  statusByTopic: Array<{ topic: string; order: number; status: Status; statusLabel: string; count: number }>
  /** Compliance per scored party. */
  complianceByParty: Array<{ party: string; percent: number; mean: number; scored: number }>
  /** Every trackable item with a due date. */
  dueTimeline: Array<{ id: number; label: string; topic: string; due: string; status: Status; statusLabel: string; overdue: boolean; paragraph: number }>
  /** Reference dates drawn on the timeline: "today" and, when known, the next meeting. */
  timelineMarkers: Array<{ date: string; label: string }>
}

/** One party's score for an item in the chosen round. */
export interface ItemScore {
  party: string
  score: ComplianceScore
  rationale: string
  round: string
  author: string
}

/**
 * One item as reported. Named like an item record of the store's export
 * (schema/communique-export.schema.json): `id` is the store id, `localId` the Item's own id,
 * `meeting` the meeting's slug; every other Item field keeps its name. The Tracking fields (owner,
 * status, due, version, updatedAt) are flattened in, then come what the report derived (overdue,
 * dueSoon, scores, section topic).
 */
export interface ReportItem extends Omit<Item, 'id'> {
  /** Store id (integer), as `id` of the export. */
  id: number
  /** The item's id within its document ("p16-5"): `Item.id`, `localId` of the export. */
  localId: string
  /** Slug of the meeting the item belongs to, as `meeting` of the export. */
  meeting: string
  /** True for commitments and directives. */
  tracked: boolean
  /** Tracking.owner, or null. */
  owner: string | null
  /** Tracking.status; "not-started" when the item has no tracking yet. */
  status: Status
  /** Tracking.due, else the deadline's end, else the next meeting's date for a next-meeting deadline. */
  due: string | null
  /** Tracking.version, or null without tracking. */
  version: number | null
  /** Tracking.updatedAt, or null. */
  updatedAt: string | null
  /** Due before `asOf` and neither done nor dropped. */
  overdue: boolean
  /** Open and due within the due-soon window. */
  dueSoon: boolean
  /** Topic id of the section the item is listed under ("other" when it has none). */
  sectionTopic: string
  /** Text of the item's paragraph, or null when not supplied. */
  paragraphText: string | null
  /** Evidence, oldest first (undated last). */
  evidence: Evidence[]
  /** All assessments of every round, by round then party. */
  assessments: Assessment[]
  /** Scores of the chosen round (or the latest per party), meeting parties first. */
  scores: ItemScore[]
  /** Comments, oldest first. */
  comments: Comment[]
  /** Links to later meetings, except rejected ones, by the later meeting's date. */
  links: ReportLink[]
  /** "added by reviewer", "edited": what people changed of the extractor's proposal. */
  reviewMarks: string[]
}

/** The trackable items of one topic, in document order. */
export interface ReportSection {
  topic: string
  label: string
  /** HTML id of the section: "topic-cyber". */
  anchor: string
  items: ReportItem[]
}

/** One untracked item summarised in the annex. */
export interface AnnexEntry {
  /** Store id. */
  id: number
  /** Item.id ("p4-2"). */
  localId: string
  paragraph: number
  text: string
  actors: string[]
}

/** The untracked items of one type. */
export interface AnnexGroup {
  type: Extract<ItemType, 'support' | 'call' | 'position'>
  /** "Supports", "Calls", "Positions". */
  label: string
  entries: AnnexEntry[]
}

/** The follow-up report of one meeting, ready for any renderer. */
export interface ReportModel {
  kind: 'communique-report'
  /** Bumped when the model's shape changes. */
  version: 1
  cover: ReportCover
  summary: ReportSummary
  charts: ReportCharts
  /** Trackable items grouped by their first topic; "Other" last. */
  sections: ReportSection[]
  /** Supports, calls and positions grouped by type (empty groups omitted). */
  annex: AnnexGroup[]
  /** True when the meeting has no trackable item. */
  empty: boolean
  /** What the report says instead of items when `empty`; null otherwise. */
  emptyMessage: string | null
}
