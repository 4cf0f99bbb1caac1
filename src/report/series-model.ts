// Input and model of the series view: one story across the meetings of a series.
import type { ItemType } from '../core/item.js'
import type { LinkKind, LinkReview, Status } from '../core/tracking.js'
import type { ReportItemInput, ReportMeeting, ReportSeries } from './input.js'
import type { StatusCount } from './model.js'

/** One meeting of the series with its stored items. */
export interface SeriesMeetingInput {
  meeting: ReportMeeting
  items: ReportItemInput[]
}

/** Everything `buildSeriesReport` needs; plain JSON. */
export interface SeriesReportInput {
  /** The series: name, stored meetings (by date) and the next meeting's date if known. */
  series: ReportSeries
  /** "Today" (ISO date); never read from the clock. */
  asOf: string
  /** The meetings to tell the story of, with their items; any order (sorted by date). */
  meetings: SeriesMeetingInput[]
  /** Display names of topic ids. */
  topicLabels?: Record<string, string>
}

/** What became of an item: the latest thing a later meeting said, or nothing. */
export type ItemFate = LinkKind | 'not-mentioned'

/** Per-meeting figures. */
export interface SeriesMeetingSummary {
  id: string
  title: string
  date: string | null
  place: string | null
  ordinal: number | null
  /** "2nd meeting" or the date when the ordinal is unknown. */
  shortLabel: string
  trackable: number
  commitments: number
  directives: number
  byStatus: StatusCount[]
  overdue: number
  /** Trackable items that a later meeting mentions (reaffirmed, progress, done or dropped). */
  mentionedLater: number
  /** Count of the meeting's trackable items per fate. */
  fates: Array<{ fate: ItemFate; count: number }>
}

/** One later mention of an item. */
export interface SeriesMention {
  meetingId: string
  meetingTitle: string | null
  meetingDate: string | null
  kind: LinkKind
  paragraph: number
  passage: string
  score: number
  review: LinkReview
}

/** One trackable item and its fate across later meetings. */
export interface SeriesItemFate {
  /** Store id of the item. */
  id: number
  /** Item.id within its document ("p16-5"). */
  localId: string
  meetingId: string
  paragraph: number
  type: ItemType
  text: string
  /** Section topic id and label. */
  topic: string
  topicLabel: string
  status: Status
  due: string | null
  overdue: boolean
  fate: ItemFate
  /** Non-rejected mentions, oldest meeting first. */
  mentions: SeriesMention[]
}

/** A dated event on the series timeline. */
export interface SeriesTimelineEvent {
  date: string
  kind: 'meeting' | 'due' | 'next-meeting' | 'today'
  label: string
  meetingId: string | null
  /** Store id of the item that falls due, or null. */
  itemId: number | null
  status: Status | null
  overdue: boolean
}

/** The series view. */
export interface SeriesReportModel {
  kind: 'communique-series-report'
  version: 1
  name: string
  asOf: string
  nextMeetingDate: string | null
  /** Meetings by date, oldest first. */
  meetings: SeriesMeetingSummary[]
  /** Trackable items of every meeting, by meeting then paragraph. */
  items: SeriesItemFate[]
  /** Meetings, due dates, the next meeting and today, by date. */
  timeline: SeriesTimelineEvent[]
  /** Rows of the two series charts. */
  charts: {
    statusByMeeting: Array<{ meeting: string; order: number; status: Status; statusLabel: string; count: number }>
    fateByMeeting: Array<{ meeting: string; order: number; fate: ItemFate; fateLabel: string; count: number }>
  }
  empty: boolean
  emptyMessage: string | null
}
