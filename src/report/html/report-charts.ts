// The three charts of the meeting report, drawn as inline SVG from the model's chart rows.
import { STATUSES } from '../../core/tracking.js'
import type { ReportModel } from '../model.js'
import { renderChartSvg } from '../charts/render-chart.js'
import { percentText } from './parts.js'

/** The SVG of each chart, or null when it has no data. */
export interface ReportChartSvgs {
  statusByTopic: string | null
  complianceByParty: string | null
  dueTimeline: string | null
}

/**
 * Draws the report's charts.
 * @returns one SVG string per chart, null where there is nothing to draw
 */
export async function renderReportCharts(model: ReportModel): Promise<ReportChartSvgs> {
  const c = model.charts
  const topicOrder = new Map(model.summary.byTopic.map((t, i) => [t.label, i]))
  const [statusByTopic, complianceByParty, dueTimeline] = await Promise.all([
    c.statusByTopic.length === 0
      ? null
      : renderChartSvg(
          'status-by-topic',
          {
            rows: c.statusByTopic.map((r) => ({ ...r, stackOrder: STATUSES.indexOf(r.status) })),
          },
          'chart-status',
        ),
    c.complianceByParty.length === 0
      ? null
      : renderChartSvg(
          'compliance-by-party',
          {
            rows: c.complianceByParty.map((r) => ({ ...r, label: `${percentText(r.percent)} (n = ${r.scored})` })),
          },
          'chart-compliance',
        ),
    c.dueTimeline.length === 0
      ? null
      : renderChartSvg(
          'due-timeline',
          {
            rows: c.dueTimeline.map((r) => ({ ...r, order: topicOrder.get(r.topic) ?? 999 })),
            markers: c.timelineMarkers.map((m, i) => ({ ...m, side: i === 0 && c.timelineMarkers.length > 1 ? 'left' : 'right' })),
          },
          'chart-timeline',
        ),
  ])
  return { statusByTopic, complianceByParty, dueTimeline }
}
