// Builds the series view: per-meeting figures, each item's fate in later meetings, one timeline (pure).
import { CommuniqueError } from '../core/errors.js'
import type { LinkKind } from '../core/tracking.js'
import type { ReportItem } from './model.js'
import type {
  ItemFate,
  SeriesItemFate,
  SeriesMeetingInput,
  SeriesMeetingSummary,
  SeriesReportInput,
  SeriesReportModel,
  SeriesTimelineEvent,
} from './series-model.js'
import { buildItem } from './build-item.js'
import { countStatuses, shorten } from './build-summary.js'
import { addDays, isIsoDate } from './dates.js'
import { FATES, FATE_LABELS, STATUS_LABELS, ordinalLabel, topicLabel } from './labels.js'

// When one later meeting says several things about an item, the strongest word wins.
const KIND_RANK: Readonly<Record<LinkKind, number>> = { 'reported-done': 4, dropped: 3, 'progress-reported': 2, reaffirmed: 1, mentioned: 0 }

/**
 * Builds the series view from every meeting's items and their links.
 * @param input the series, "today" and the meetings with their items
 * @throws CommuniqueError (invalid-input) when `asOf` is not a YYYY-MM-DD date
 */
export function buildSeriesReport(input: SeriesReportInput): SeriesReportModel {
  if (!isIsoDate(input.asOf)) {
    throw new CommuniqueError('invalid-input', `buildSeriesReport: asOf must be a date written YYYY-MM-DD (e.g. 2017-11-15), got "${String(input.asOf)}"`)
  }
  const labels = input.topicLabels ?? {}
  const meetings = [...input.meetings].sort((a, b) => (a.meeting.date ?? '9999').localeCompare(b.meeting.date ?? '9999'))
  const nextMeetingDate = input.series.nextMeetingDate
  const summaries: SeriesMeetingSummary[] = []
  const items: SeriesItemFate[] = []
  meetings.forEach((m, index) => {
    const built = buildMeetingItems(m, input.asOf, nextMeetingDate ?? meetings[index + 1]?.meeting.date ?? null)
    const fates = built.map((i) => toFate(i, m.meeting.id, labels))
    items.push(...fates)
    summaries.push(summarise(m, index, built, fates))
  })
  const timeline = buildTimeline(summaries, items, input.asOf, nextMeetingDate)
  return {
    kind: 'communique-series-report',
    version: 1,
    name: input.series.name,
    asOf: input.asOf,
    nextMeetingDate,
    meetings: summaries,
    items,
    timeline,
    charts: {
      statusByMeeting: summaries.flatMap((s, order) =>
        s.byStatus
          .filter((c) => c.count > 0)
          .map((c) => ({ meeting: s.shortLabel, order, status: c.status, statusLabel: STATUS_LABELS[c.status], count: c.count })),
      ),
      fateByMeeting: summaries.flatMap((s, order) =>
        s.fates.filter((f) => f.count > 0).map((f) => ({ meeting: s.shortLabel, order, fate: f.fate, fateLabel: FATE_LABELS[f.fate], count: f.count })),
      ),
    },
    empty: items.length === 0,
    emptyMessage: items.length === 0 ? 'There are no trackable items in the stored meetings of this series.' : null,
  }
}

function buildMeetingItems(m: SeriesMeetingInput, asOf: string, nextMeetingDate: string | null): ReportItem[] {
  const ctx = {
    asOf,
    dueSoonUntil: addDays(asOf, 90),
    nextMeetingDate,
    round: null,
    parties: m.meeting.parties,
    paragraphs: new Map<number, string>(),
    meeting: m.meeting.slug,
  }
  return m.items
    .map((i) => buildItem(i, ctx))
    .filter((i) => i.tracked)
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.id - b.id)
}

function toFate(i: ReportItem, meetingId: string, labels: Readonly<Record<string, string>>): SeriesItemFate {
  const mentions = i.links.map((l) => ({
    meetingId: l.meetingId,
    meetingTitle: l.meetingTitle,
    meetingDate: l.meetingDate,
    kind: l.kind,
    paragraph: l.paragraph,
    passage: l.passage,
    score: l.score,
    review: l.review,
  }))
  return {
    id: i.id,
    localId: i.localId,
    meetingId,
    paragraph: i.paragraph,
    type: i.type,
    text: i.text,
    topic: i.sectionTopic,
    topicLabel: topicLabel(i.sectionTopic, labels),
    status: i.status,
    due: i.due,
    overdue: i.overdue,
    fate: fateOf(mentions),
    mentions,
  }
}

function fateOf(mentions: SeriesItemFate['mentions']): ItemFate {
  let best: SeriesItemFate['mentions'][number] | null = null
  for (const m of mentions) {
    const later = (m.meetingDate ?? '') > (best?.meetingDate ?? '')
    const same = (m.meetingDate ?? '') === (best?.meetingDate ?? '')
    if (!best || later || (same && KIND_RANK[m.kind] > KIND_RANK[best.kind])) best = m
  }
  return best?.kind ?? 'not-mentioned'
}

function summarise(m: SeriesMeetingInput, index: number, built: ReportItem[], fates: SeriesItemFate[]): SeriesMeetingSummary {
  const { meeting } = m
  const ordinal = meeting.ordinal
  return {
    id: meeting.id,
    title: meeting.title ?? 'Untitled meeting',
    date: meeting.date,
    place: meeting.place,
    ordinal,
    shortLabel: ordinal ? `${ordinalLabel(ordinal)} meeting` : (meeting.date ?? `Meeting ${index + 1}`),
    trackable: built.length,
    commitments: built.filter((i) => i.type === 'commitment').length,
    directives: built.filter((i) => i.type === 'directive').length,
    byStatus: countStatuses(built),
    overdue: built.filter((i) => i.overdue).length,
    mentionedLater: fates.filter((f) => f.fate !== 'not-mentioned').length,
    fates: FATES.map((fate) => ({ fate, count: fates.filter((f) => f.fate === fate).length })),
  }
}

function buildTimeline(meetings: SeriesMeetingSummary[], items: SeriesItemFate[], asOf: string, next: string | null): SeriesTimelineEvent[] {
  const events: SeriesTimelineEvent[] = []
  for (const m of meetings) {
    if (m.date) events.push({ date: m.date, kind: 'meeting', label: m.title, meetingId: m.id, itemId: null, status: null, overdue: false })
  }
  for (const i of items) {
    if (i.due)
      events.push({
        date: i.due,
        kind: 'due',
        label: `¶${i.paragraph} ${shorten(i.text, 70)}`,
        meetingId: i.meetingId,
        itemId: i.id,
        status: i.status,
        overdue: i.overdue,
      })
  }
  if (next) events.push({ date: next, kind: 'next-meeting', label: 'Next meeting', meetingId: null, itemId: null, status: null, overdue: false })
  events.push({ date: asOf, kind: 'today', label: 'Today', meetingId: null, itemId: null, status: null, overdue: false })
  const rank = { meeting: 0, 'next-meeting': 1, today: 2, due: 3 }
  return events.sort((a, b) => a.date.localeCompare(b.date) || rank[a.kind] - rank[b.kind] || (a.itemId ?? 0) - (b.itemId ?? 0))
}
