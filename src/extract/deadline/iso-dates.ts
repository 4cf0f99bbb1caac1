// Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC: no clock, no time zone.

/** A closed range of days; either end may be unknown (null). */
export interface Period {
  /** First day (ISO), or null when unknown. */
  start: string | null
  /** Last day (ISO), or null when unknown or open. */
  end: string | null
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** The ISO date of a UTC day. Months are 1-based; out-of-range days roll over ("Jan 32" → Feb 1). */
export function isoDate(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day))
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** Year, month (1-based) and day of an ISO date. */
export function partsOf(iso: string): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) }
}

/** The number of days in a month (1-based). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** True when `day` exists in that month ("31 February" does not). */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** The last day of a month. */
export function endOfMonth(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month))
}

/** From the first day of `fromMonth` to the last day of `toMonth` (months may pass 12: 14 = February next year). */
export function monthSpan(year: number, fromMonth: number, toMonth: number): Period {
  const last = new Date(Date.UTC(year, toMonth, 0))
  return { start: isoDate(year, fromMonth, 1), end: isoDate(last.getUTCFullYear(), last.getUTCMonth() + 1, last.getUTCDate()) }
}

/** A whole calendar year. */
export function yearSpan(year: number): Period {
  return { start: `${pad(year, 4)}-01-01`, end: `${pad(year, 4)}-12-31` }
}

/**
 * Adds calendar months; a day that does not exist in the target month becomes its last day.
 * @example addMonths('2021-09-15', 18) // '2023-03-15'
 */
export function addMonths(iso: string, months: number): string {
  const { year, month, day } = partsOf(iso)
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const y = target.getUTCFullYear()
  const m = target.getUTCMonth() + 1
  return isoDate(y, m, Math.min(day, daysInMonth(y, m)))
}

/** Days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  const pa = partsOf(a)
  const pb = partsOf(b)
  return (Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / 86_400_000
}

export { addDays, isIsoDate } from '../../core/dates.js'
