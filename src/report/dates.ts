// Calendar arithmetic on ISO dates (YYYY-MM-DD), without reading the clock or the time zone.

import { isIsoDate } from '../core/dates.js'

export { addDays, isIsoDate } from '../core/dates.js'

/**
 * Formats an ISO date for readers: "8 January 2016". Returns the input unchanged when it is not a date.
 * @example formatDate('2016-01-08') // '8 January 2016'
 */
export function formatDate(date: string | null): string {
  if (!date || !isIsoDate(date)) return date ?? ''
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return `${d} ${MONTHS[m - 1]} ${y}`
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
