// Calendar arithmetic on ISO dates (YYYY-MM-DD), without reading the clock or the time zone.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}

/**
 * The ISO date `days` days after `date` (before, when negative).
 * @example addDays('2016-12-31', 1) // '2017-01-01'
 */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

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
