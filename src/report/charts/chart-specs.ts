// Vega-Lite specs of the report's charts. Data comes in named sets ("rows", "markers") at render time,
// so each spec is compiled once per process and reused.
import type { TopLevelSpec } from 'vega-lite'
import { STATUSES } from '../../core/tracking.js'
import { FATES, FATE_LABELS, STATUS_LABELS } from '../labels.js'
import { ACCENT_COLOR, FATE_COLORS, FONT_STACK, OVERDUE_COLOR, STATUS_COLORS } from './palette.js'

/** The charts the report knows how to draw. */
export type ChartKind = 'status-by-topic' | 'compliance-by-party' | 'due-timeline' | 'status-by-meeting' | 'fate-by-meeting'

const WIDTH = 640

const config = {
  font: FONT_STACK,
  background: '#ffffff',
  padding: 8,
  view: { stroke: null },
  axis: {
    labelFontSize: 11,
    titleFontSize: 11,
    titleFontWeight: 600,
    labelColor: '#333333',
    titleColor: '#333333',
    gridColor: '#e6e9ed',
    domainColor: '#8a939c',
    tickColor: '#8a939c',
    labelLimit: 300,
  },
  legend: { labelFontSize: 11, titleFontSize: 11, orient: 'bottom', direction: 'horizontal', symbolType: 'square', labelLimit: 160, columns: 6 },
  text: { fontSize: 11 },
} as const

const statusScale = { domain: STATUSES.map((s) => STATUS_LABELS[s]), range: STATUSES.map((s) => STATUS_COLORS[s]) }
const fateScale = { domain: FATES.map((f) => FATE_LABELS[f]), range: FATES.map((f) => FATE_COLORS[f]) }

// Horizontal stacked bars: one bar per category (in `order`), one segment per status or fate.
function stackedBars(category: string, xTitle: string, colorField: string, scale: { domain: string[]; range: string[] }, description: string): TopLevelSpec {
  return {
    description,
    data: { name: 'rows' },
    width: WIDTH,
    height: { step: 24 },
    mark: { type: 'bar', height: { band: 0.72 } },
    encoding: {
      y: { field: category, type: 'nominal', title: null, sort: { field: 'order', op: 'min', order: 'ascending' } },
      x: { field: 'count', type: 'quantitative', aggregate: 'sum', title: xTitle, axis: { tickMinStep: 1, format: 'd' } },
      color: { field: colorField, type: 'nominal', scale, legend: { title: null } },
      order: { field: 'stackOrder', type: 'quantitative' },
    },
    config,
  }
}

// Labels of the timeline's reference lines: a marker with side 'left' writes its label left of its line,
// so "Today" and "Next meeting" do not overprint when they are close.
function markerLabel(side: 'left' | 'right') {
  return {
    data: { name: 'markers' },
    transform: [{ filter: `datum.side === '${side}'` }],
    mark: {
      type: 'text' as const,
      align: side === 'left' ? ('right' as const) : ('left' as const),
      baseline: 'top' as const,
      dx: side === 'left' ? -3 : 3,
      dy: 2,
      color: '#555555',
      fontStyle: 'italic',
    },
    encoding: {
      x: { field: 'date', type: 'temporal' as const, scale: { type: 'utc' as const } },
      y: { value: 0 },
      text: { field: 'label', type: 'nominal' as const },
    },
  }
}

/** The Vega-Lite spec of each chart kind. */
export const CHART_SPECS: Readonly<Record<ChartKind, TopLevelSpec>> = {
  'status-by-topic': stackedBars('topic', 'Trackable items', 'statusLabel', statusScale, 'Trackable items by topic and status'),
  'status-by-meeting': stackedBars('meeting', 'Trackable items', 'statusLabel', statusScale, 'Trackable items of each meeting by status'),
  'fate-by-meeting': stackedBars('meeting', 'Trackable items', 'fateLabel', fateScale, 'What later meetings said about each meeting’s items'),
  'compliance-by-party': {
    description: 'Compliance by party, as a percentage of the score range',
    data: { name: 'rows' },
    width: WIDTH,
    height: { step: 30 },
    encoding: {
      y: { field: 'party', type: 'nominal', title: null, sort: null },
      x: { field: 'percent', type: 'quantitative', scale: { domain: [0, 100] }, title: 'Compliance (%): −1 → 0 %, 0 → 50 %, +1 → 100 %' },
    },
    layer: [
      { mark: { type: 'bar', color: ACCENT_COLOR, height: { band: 0.64 } } },
      { mark: { type: 'text', align: 'left', dx: 4, color: '#222222' }, encoding: { text: { field: 'label', type: 'nominal' } } },
    ],
    config,
  },
  'due-timeline': {
    description: 'Due dates of the trackable items on a timeline, by topic',
    width: WIDTH,
    height: { step: 22 },
    layer: [
      {
        data: { name: 'markers' },
        mark: { type: 'rule', strokeDash: [4, 3], color: '#555555' },
        encoding: { x: { field: 'date', type: 'temporal', scale: { type: 'utc' } } },
      },
      markerLabel('left'),
      markerLabel('right'),
      {
        data: { name: 'rows' },
        mark: { type: 'point', filled: true, size: 80, opacity: 0.95 },
        encoding: {
          x: { field: 'due', type: 'temporal', title: 'Due date', scale: { type: 'utc', padding: 12 }, axis: { format: '%b %Y', labelOverlap: true } },
          y: { field: 'topic', type: 'nominal', title: null, sort: { field: 'order', op: 'min', order: 'ascending' } },
          color: { field: 'statusLabel', type: 'nominal', scale: statusScale, legend: { title: null } },
          stroke: { condition: { test: 'datum.overdue', value: OVERDUE_COLOR }, value: '#ffffff' },
          strokeWidth: { condition: { test: 'datum.overdue', value: 2.5 }, value: 1 },
        },
      },
    ],
    config,
  },
}
