// Builds the follow-up report of one meeting from plain input data (pure: no I/O, no clock).
import { CommuniqueError } from '../core/errors.js'
import type { ReportInput } from './input.js'
import type { AnnexGroup, ReportCover, ReportItem, ReportModel, ReportSection } from './model.js'
import { buildItem } from './build-item.js'
import { buildCharts, buildSummary, type DueSoonWindow } from './build-summary.js'
import { addDays, formatDate, isIsoDate } from './dates.js'
import { OTHER_TOPIC, ordinalLabel, slugify, topicLabel } from './labels.js'

/** Days after `asOf` counted as "due soon" when the next meeting's date is unknown. */
export const DUE_SOON_DAYS = 90

/**
 * Builds the report model: cover, summary figures, chart data, items by topic, annex.
 * A meeting without trackable items gives a model with `empty: true` and a message, not an error.
 * @param input the meeting, its series, "today" (`asOf`), the round and the stored items
 * @returns a JSON-safe model for the renderers
 * @throws CommuniqueError (invalid-input) when `asOf` is not a YYYY-MM-DD date
 * @example buildReport({ meeting, series, asOf: '2017-11-15', round: null, items, paragraphs: [] })
 */
export function buildReport(input: ReportInput): ReportModel {
  if (!isIsoDate(input.asOf)) {
    throw new CommuniqueError('invalid-input', `buildReport: asOf must be a date written YYYY-MM-DD (e.g. 2017-11-15), got "${String(input.asOf)}"`)
  }
  const { meeting, asOf } = input
  const nextMeetingDate = findNextMeetingDate(input)
  const window: DueSoonWindow =
    nextMeetingDate !== null && nextMeetingDate >= asOf
      ? { until: nextMeetingDate, basis: 'next-meeting' }
      : { until: addDays(asOf, DUE_SOON_DAYS), basis: 'within-90-days' }
  const paragraphs = new Map(input.paragraphs.map((p) => [p.number, p.text]))
  const ctx = { asOf, dueSoonUntil: window.until, nextMeetingDate, round: input.round, parties: meeting.parties, paragraphs, meeting: meeting.slug }
  const items = [...input.items]
    .sort((a, b) => a.item.paragraph - b.item.paragraph || a.item.start - b.item.start || a.storeId - b.storeId)
    .map((i) => buildItem(i, ctx))
  const tracked = items.filter((i) => i.tracked)
  const sections = groupByTopic(tracked, input.topicLabels ?? {})
  const rounds = [...new Set(input.items.flatMap((i) => i.assessments.map((a) => a.round)))].sort()
  const summary = buildSummary(tracked, sections, items.length - tracked.length, { window, parties: meeting.parties, rounds })
  const markers = [{ date: asOf, label: 'Today' }]
  if (nextMeetingDate !== null && nextMeetingDate >= asOf) markers.push({ date: nextMeetingDate, label: 'Next meeting' })
  const empty = tracked.length === 0
  return {
    kind: 'communique-report',
    version: 1,
    cover: buildCover(input, nextMeetingDate),
    summary,
    charts: buildCharts(tracked, summary, markers),
    sections,
    annex: buildAnnex(items),
    empty,
    emptyMessage: empty
      ? `There are no trackable items for this meeting: its outcome document, as stored on ${formatDate(asOf)}, contains no commitment or directive to follow up.`
      : null,
  }
}

function findNextMeetingDate(input: ReportInput): string | null {
  const { series, meeting } = input
  if (!series) return null
  if (series.nextMeetingDate) return series.nextMeetingDate
  if (!meeting.date) return null
  const later = series.meetings.filter((m) => m.id !== meeting.id && m.date !== null && m.date > meeting.date!)
  return later.map((m) => m.date!).sort()[0] ?? null
}

function buildCover(input: ReportInput, nextMeetingDate: string | null): ReportCover {
  const { meeting, series } = input
  const stored = series?.meetings.findIndex((m) => m.id === meeting.id) ?? -1
  const ordinal = meeting.ordinal ?? (stored >= 0 ? stored + 1 : null)
  const seriesName = series?.name ?? meeting.series
  return {
    meetingId: meeting.id,
    slug: meeting.slug,
    title: meeting.title ?? 'Untitled meeting',
    date: meeting.date,
    place: meeting.place,
    participants: meeting.participants.map((p) => ({ name: p.name, office: p.office, country: p.country })),
    parties: [...meeting.parties],
    seriesName,
    ordinal,
    seriesPosition: seriesName && ordinal ? `${ordinalLabel(ordinal)} of the ${seriesName} series` : null,
    nextMeetingDate,
    sourcePath: meeting.sourcePath,
    asOf: input.asOf,
    round: input.round,
    roundLabel: input.round === null ? 'latest assessment per item and party' : `round ${input.round}`,
    reviewLabel: reviewLabel(meeting.review),
  }
}

function reviewLabel(r: ReportInput['meeting']['review']): string | null {
  if (!r) return null
  if (r.state === 'reviewed') return `Items reviewed${r.by ? ` by ${r.by}` : ''}${r.at ? ` on ${formatDate(r.at.slice(0, 10))}` : ''}`
  if (r.state === 'in-review') return 'Review of the items in progress: some are as the extractor proposed them'
  return 'Items not reviewed: as the extractor proposed them'
}

// Sections follow the document: a topic comes where its first item stands; "Other" comes last.
function groupByTopic(items: readonly ReportItem[], labels: Readonly<Record<string, string>>): ReportSection[] {
  const byTopic = new Map<string, ReportItem[]>()
  for (const item of items) {
    const list = byTopic.get(item.sectionTopic) ?? []
    list.push(item)
    byTopic.set(item.sectionTopic, list)
  }
  const topics = [...byTopic.keys()].filter((t) => t !== OTHER_TOPIC)
  if (byTopic.has(OTHER_TOPIC)) topics.push(OTHER_TOPIC)
  return topics.map((topic) => ({
    topic,
    label: topicLabel(topic, labels),
    anchor: `topic-${slugify(topic)}`,
    items: byTopic.get(topic)!,
  }))
}

const ANNEX_TYPES = [
  { type: 'support', label: 'Supports' },
  { type: 'call', label: 'Calls' },
  { type: 'position', label: 'Positions' },
] as const

function buildAnnex(items: readonly ReportItem[]): AnnexGroup[] {
  return ANNEX_TYPES.map(({ type, label }) => ({
    type,
    label,
    entries: items.filter((i) => i.type === type).map((i) => ({ id: i.id, localId: i.localId, paragraph: i.paragraph, text: i.text, actors: i.actors })),
  })).filter((g) => g.entries.length > 0)
}
