// The charts of the series view: status of each meeting's items, and what later meetings said of them.
import { STATUSES } from '../../core/tracking.js'
import { FATES } from '../labels.js'
import type { SeriesReportModel } from '../series-model.js'
import { renderChartSvg } from '../charts/render-chart.js'

/** The SVG of each series chart, or null when it has no data. */
export interface SeriesChartSvgs {
  statusByMeeting: string | null
  fateByMeeting: string | null
}

/** Draws the series charts. */
export async function renderSeriesCharts(model: SeriesReportModel): Promise<SeriesChartSvgs> {
  const { statusByMeeting, fateByMeeting } = model.charts
  const [a, b] = await Promise.all([
    statusByMeeting.length === 0
      ? null
      : renderChartSvg('status-by-meeting', { rows: statusByMeeting.map((r) => ({ ...r, stackOrder: STATUSES.indexOf(r.status) })) }, 'chart-series-status'),
    fateByMeeting.length === 0
      ? null
      : renderChartSvg('fate-by-meeting', { rows: fateByMeeting.map((r) => ({ ...r, stackOrder: FATES.indexOf(r.fate) })) }, 'chart-series-fate'),
  ])
  return { statusByMeeting: a, fateByMeeting: b }
}
