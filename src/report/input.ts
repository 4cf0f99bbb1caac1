// What the report is built from: plain, JSON-safe data about one meeting, read from the store by the caller.
import type { Item } from '../core/item.js'
import type { MeetingRecord } from '../core/meeting.js'
import type { Assessment, Comment, Evidence, Link, Tracking } from '../core/tracking.js'

/** The meeting the report is about: the MeetingRecord fields that a reader sees, plus where it is stored. */
export interface ReportMeeting extends Pick<MeetingRecord, 'title' | 'series' | 'ordinal' | 'date' | 'place' | 'participants' | 'parties'> {
  /** Store id of the meeting (the `meetingId` that links point to). */
  id: string
  /** URL- and file-safe name: "japan-uk-2plus2-2016-01-08". */
  slug: string
  /** Where the outcome document was read from (file path or URL), or null when unknown. */
  sourcePath: string | null
  /** Where the people's review of its items stands; absent when unknown. */
  review?: { state: 'unreviewed' | 'in-review' | 'reviewed'; by: string | null; at: string | null }
}

/** One meeting of a series, as listed in the series. */
export interface SeriesMeetingRef {
  /** Store id of the meeting. */
  id: string
  /** Title as printed, or null. */
  title: string | null
  /** ISO date YYYY-MM-DD, or null when unknown. */
  date: string | null
  /** Printed ordinal ("Second" → 2), or null when the document does not say. */
  ordinal: number | null
}

/** The series a meeting belongs to. */
export interface ReportSeries {
  /** "Japan-UK Foreign and Defence Ministerial Meeting". */
  name: string
  /** The stored meetings of the series, ordered by date (oldest first). */
  meetings: SeriesMeetingRef[]
  /** ISO date of the next meeting when it is known (announced), else null. */
  nextMeetingDate: string | null
}

/** A link with the later meeting's title and date, so the report can say where the item was mentioned. */
export interface ReportLink extends Link {
  /** Title of the later meeting (the one `meetingId` names), or null. */
  meetingTitle: string | null
  /** ISO date of the later meeting, or null. */
  meetingDate: string | null
}

/** One stored item with everything the follow-up knows about it. */
export interface ReportItemInput {
  /** Store id of the item (an integer, stable across exports): used for calendar UIDs and CSV ids. */
  storeId: number
  /** The extracted item as stored. */
  item: Item
  /** Whether a reviewer added or corrected it; absent when unknown. */
  review?: { origin: 'extracted' | 'added'; edited: boolean }
  /** Its tracking state; null for items that are not tracked (supports, calls, positions). */
  tracking: Tracking | null
  /** Evidence that the item moved, in any order. */
  evidence: Evidence[]
  /** Compliance scores of every round and party, in any order. */
  assessments: Assessment[]
  /** Free-text comments, in any order. */
  comments: Comment[]
  /** What later meetings of the series said about the item. */
  links: ReportLink[]
}

/** A paragraph of the outcome document, for context around the items. */
export interface ReportParagraph {
  /** Printed number (or ordinal when unnumbered), as in `Item.paragraph`. */
  number: number
  /** The paragraph's text. */
  text: string
}

/** Everything `buildReport` needs. Plain JSON: it survives `JSON.parse(JSON.stringify(x))`. */
export interface ReportInput {
  /** The meeting whose follow-up is reported. */
  meeting: ReportMeeting
  /** Its series, or null when the meeting belongs to none. */
  series: ReportSeries | null
  /** "Today" as an ISO date (YYYY-MM-DD): overdue and due-soon are judged against it. Never read from the clock. */
  asOf: string
  /** Assessment round to report compliance for ("final-2016"), or null for the latest assessment per item and party. */
  round: string | null
  /** Every stored item of the meeting (all five types; only commitments and directives are tracked). */
  items: ReportItemInput[]
  /** The document's paragraphs, to quote around items. May be empty. */
  paragraphs: ReportParagraph[]
  /** Display names of topic ids ("cyber" → "Cyber security"); ids without one are shown humanised. */
  topicLabels?: Record<string, string>
}
