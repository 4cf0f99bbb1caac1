// Summary figures and chart data of a report, counted from its built items.
import { STATUSES, type Status } from '../core/tracking.js'
import type { DueSoonBasis, ReportCharts, ReportItem, ReportSection, ReportSummary, StatusCount } from './model.js'
import { complianceByParty } from './compliance.js'
import { formatDate } from './dates.js'
import { STATUS_LABELS } from './labels.js'

/** The due-soon window and how it was chosen. */
export interface DueSoonWindow {
  until: string
  basis: DueSoonBasis
}

/** What the summary needs besides the items. */
export interface SummaryContext {
  window: DueSoonWindow
  parties: readonly string[]
  rounds: string[]
}

/**
 * Counts the summary figures.
 * @param tracked the trackable items
 * @param sections the same items grouped by topic (for the per-topic figures)
 * @param untracked how many supports, calls and positions there are
 */
export function buildSummary(tracked: readonly ReportItem[], sections: readonly ReportSection[], untracked: number, ctx: SummaryContext): ReportSummary {
  const { window } = ctx
  return {
    trackable: tracked.length,
    commitments: tracked.filter((i) => i.type === 'commitment').length,
    directives: tracked.filter((i) => i.type === 'directive').length,
    untracked,
    byStatus: countStatuses(tracked),
    overdue: tracked.filter((i) => i.overdue).length,
    dueSoon: tracked.filter((i) => i.dueSoon).length,
    dueSoonUntil: window.until,
    dueSoonBasis: window.basis,
    dueSoonLabel:
      window.basis === 'next-meeting' ? `due before the next meeting (${formatDate(window.until)})` : `due within 90 days (by ${formatDate(window.until)})`,
    undated: tracked.filter((i) => i.due === null).length,
    compliance: complianceByParty(
      tracked.map((i) => i.scores),
      ctx.parties,
    ),
    rounds: ctx.rounds,
    byTopic: sections.map((s) => ({
      topic: s.topic,
      label: s.label,
      total: s.items.length,
      byStatus: countStatuses(s.items),
      overdue: s.items.filter((i) => i.overdue).length,
    })),
  }
}

/**
 * The rows behind the three charts.
 * @param summary the summary built from the same items
 * @param markers reference dates for the timeline
 */
export function buildCharts(tracked: readonly ReportItem[], summary: ReportSummary, markers: ReportCharts['timelineMarkers']): ReportCharts {
  const labelOf = new Map(summary.byTopic.map((t) => [t.topic, t.label]))
  return {
    statusByTopic: summary.byTopic.flatMap((t, order) =>
      t.byStatus.filter((s) => s.count > 0).map((s) => ({ topic: t.label, order, status: s.status, statusLabel: STATUS_LABELS[s.status], count: s.count })),
    ),
    complianceByParty: summary.compliance
      .filter((c) => c.mean !== null && c.percent !== null)
      .map((c) => ({ party: c.party, percent: c.percent!, mean: c.mean!, scored: c.scored })),
    dueTimeline: tracked
      .filter((i) => i.due !== null)
      .map((i) => ({
        id: i.id,
        label: `¶${i.paragraph} ${shorten(i.text, 60)}`,
        topic: labelOf.get(i.sectionTopic) ?? i.sectionTopic,
        due: i.due!,
        status: i.status,
        statusLabel: STATUS_LABELS[i.status],
        overdue: i.overdue,
        paragraph: i.paragraph,
      })),
    timelineMarkers: markers,
  }
}

/** Count per status in STATUSES order, zeros included. */
export function countStatuses(items: ReadonlyArray<{ status: Status }>): StatusCount[] {
  return STATUSES.map((status) => ({ status, count: items.filter((i) => i.status === status).length }))
}

/** Cuts text to at most `max` characters at a word boundary, adding "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`
}
