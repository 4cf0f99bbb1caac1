// Colours and fonts shared by the charts and the HTML, so a status looks the same everywhere.
import type { Status } from '../../core/tracking.js'
import type { ItemFate } from '../series-model.js'

/** System sans-serif fonts only: the report loads no web font. */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif"

/** One colour per status (colour-blind-safe enough in print: greys, blues, green, amber). */
export const STATUS_COLORS: Readonly<Record<Status, string>> = {
  'not-started': '#aab4bf',
  'in-progress': '#2f6db5',
  'partially-done': '#86b5e0',
  done: '#2e7d4f',
  stalled: '#d98a1c',
  dropped: '#4b5563',
}

/** One colour per fate of an item in later meetings. */
export const FATE_COLORS: Readonly<Record<ItemFate, string>> = {
  'reported-done': '#2e7d4f',
  'progress-reported': '#86b5e0',
  reaffirmed: '#2f6db5',
  mentioned: '#b9c7d6',
  dropped: '#4b5563',
  'not-mentioned': '#d5dbe1',
}

/** Overdue items are marked in this red. */
export const OVERDUE_COLOR = '#b3261e'

/** Main accent colour (compliance bars, headings). */
export const ACCENT_COLOR = '#1f3b63'
