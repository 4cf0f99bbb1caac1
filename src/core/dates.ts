// Calendar dates written YYYY-MM-DD: the one check every stage and command uses.
import { CommuniqueError } from './errors.js'

/** True when `value` is a real calendar date written YYYY-MM-DD ("2016-02-30" is not). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}

/** Earliest and latest date a user may type (a year such as 0000 or 9999 is a typing mistake). */
export const MIN_USER_DATE = '1900-01-01'
export const MAX_USER_DATE = '2200-12-31'

/**
 * Checks a date typed by a user (YYYY-MM-DD, between 1900 and 2200) and returns it trimmed.
 * @param what how to name the value in the message ("--date", "the due date")
 * @throws CommuniqueError 'usage' naming the value and the expected form
 * @example assertIsoDate('2016-01-08', '--date') // '2016-01-08'
 */
export function assertIsoDate(value: string, what: string): string {
  const v = value.trim()
  if (!isIsoDate(v))
    throw new CommuniqueError('usage', `${what} expects a date as YYYY-MM-DD (e.g. 2016-01-08), got "${value}"`, { params: { field: what, value } })
  if (v < MIN_USER_DATE || v > MAX_USER_DATE)
    throw new CommuniqueError('usage', `${what} expects a date between ${MIN_USER_DATE} and ${MAX_USER_DATE}, got "${value}"`, {
      params: { field: what, value, min: MIN_USER_DATE, max: MAX_USER_DATE },
    })
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
