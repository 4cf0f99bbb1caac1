// Pieces the grammar rules share: regex sources for years, and how a period without a year is placed.
import { daysBetween, partsOf, type Period } from '../iso-dates.js'
import type { RuleEnv } from '../types.js'

/** Regex source of a four-digit year (1900–2099) that is not part of a longer number or code. */
export const YEAR = '(?<![\\p{L}\\p{N}$€£¥/#]|\\p{N}[.,])(?:19|20)\\d\\d(?![\\p{L}\\p{N}%/]|[.,]\\p{N})'

/** Regex source of the year a part of a year belongs to: "2016", "this year", "next year", "the year". */
export const YEAR_REF = `(?:${YEAR}|this year|next year|last year|the current year|the year)`

/** No dates at all: what relative phrases give when the document date is unknown. */
export const UNKNOWN: Period = { start: null, end: null }

/**
 * The year a year reference stands for, against the document date.
 * @returns the year, or null when it depends on an unknown document date or is not a reference
 */
export function yearOf(ref: string, documentDate: string | null): number | null {
  const r = ref.toLowerCase()
  if (/^\d{4}$/.test(r)) return Number(r)
  if (documentDate === null) return null
  const year = partsOf(documentDate).year
  if (r === 'next year') return year + 1
  if (r === 'last year') return year - 1
  return year
}

/** Days between a period and a date (0 when the date lies inside it). */
function distance(period: Period, date: string): number {
  if (period.start === null || period.end === null) return Infinity
  if (date < period.start) return daysBetween(date, period.start)
  if (date > period.end) return daysBetween(period.end, date)
  return 0
}

/**
 * Places a period printed without its year ("in October", "the first quarter", "on 6 January"):
 * after "by", "before" or "until", the next one that has not ended; otherwise the nearest one to
 * the document date, which may lie in the past ("the nuclear test ... on 6 January").
 * @param periodFor the period in a given year
 */
export function placeYearless(env: RuleEnv, periodFor: (year: number) => Period): Period {
  if (env.documentDate === null) return UNKNOWN
  const doc = env.documentDate
  const year = partsOf(doc).year
  const options = [year - 1, year, year + 1].map(periodFor)
  if (env.lead === 'by' || env.lead === 'before') return options.find((p) => p.end !== null && p.end >= doc) ?? options[2]!
  let best = options[0]!
  for (const p of options.slice(1)) if (distance(p, doc) <= distance(best, doc)) best = p
  return best
}
