// Calendar dates written YYYY-MM-DD: the one check every stage and command uses.
import { CommuniqueError } from './errors.js'

/** True when `value` is a real calendar date written YYYY-MM-DD ("2016-02-30" is not). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}

/**
 * Checks a date typed by a user and returns it trimmed.
 * @param what how to name the value in the message ("--date", "the due date")
 * @throws CommuniqueError 'usage' naming the value and the expected form
 * @example assertIsoDate('2016-01-08', '--date') // '2016-01-08'
 */
export function assertIsoDate(value: string, what: string): string {
  const v = value.trim()
  if (!isIsoDate(v)) throw new CommuniqueError('usage', `${what} expects a date as YYYY-MM-DD (e.g. 2016-01-08), got "${value}"`, { params: { field: what, value } })
  return v
}

/**
 * The ISO date `days` days after `date` (before, when negative), in UTC days.
 * @example addDays('2016-12-31', 1) // '2017-01-01'
 */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}
