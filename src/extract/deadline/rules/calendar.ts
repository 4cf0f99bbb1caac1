// Rules for calendar periods with names: full dates, months, seasons, quarters and halves.
import { endOfMonth, isoDate, isValidDay, monthSpan } from '../iso-dates.js'
import type { Period } from '../iso-dates.js'
import type { Resolved, RuleEnv, TimeRule } from '../types.js'
import { MONTH, ORDINALS, SEASONS, monthNumber } from '../words.js'
import { UNKNOWN, YEAR, YEAR_REF, placeYearless, yearOf } from './common.js'

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?'
const DAY_RANGE = `${DAY}(?:\\s*(?:[-–—]|to|and)\\s*${DAY})?`

// Cues (TimeRule.cue): words every match of a rule contains, so that most clauses skip the rule.
const MONTH_CUE = new RegExp(MONTH, 'u')

const date = (p: Period): Resolved => ({ kind: 'date', ...p })

/** A day (or a range of days) in a known year. */
function days(year: number, month: number, first: string, last: string | undefined): Resolved | null {
  const a = Number(first)
  const b = last === undefined ? a : Number(last)
  if (!isValidDay(year, month, a) || !isValidDay(year, month, b) || b < a) return null
  return date({ start: isoDate(year, month, a), end: isoDate(year, month, b) })
}

/** A year reference that is relative ("next year") needs the document date; "last year" is past. */
function inYearRef(ref: string, env: RuleEnv, periodFor: (year: number) => Period): Resolved {
  const year = yearOf(ref, env.documentDate)
  const past = /^last year$/i.test(ref)
  return { kind: 'date', ...(year === null ? UNKNOWN : periodFor(year)), ...(past ? { past } : {}) }
}

/** Places a period printed without a year; "next" and "last" move to the following or previous one. */
function yearless(env: RuleEnv, which: string | undefined, periodFor: (year: number) => Period): Resolved {
  const w = which?.toLowerCase()
  if (w === 'next') return date(placeYearless({ ...env, lead: 'by' }, (y) => periodFor(y + 1)))
  if (w === 'last') return { ...date(placeYearless({ ...env, lead: 'in' }, (y) => periodFor(y - 1))), past: true }
  return date(placeYearless(w === 'this' ? { ...env, lead: 'in' } : env, periodFor))
}

/** Rules for named calendar periods. */
export const calendarRules: TimeRule[] = [
  // "The RAMSI drawdown process will end by 30 June 2017", "in Tokyo on 8 January 2016"
  {
    id: 'deadline/day-month-year',
    takesLead: true,
    takesModifier: false,
    cue: MONTH_CUE,
    pattern: new RegExp(`(?<!\\p{N})${DAY_RANGE}\\s+(?:of\\s+)?(${MONTH}),?\\s+(${YEAR})`, 'gu'),
    resolve: (m) => days(Number(m[4]), monthNumber(m[3]!)!, m[1]!, m[2]),
  },
  // "The Parties commit to take the following actions by May 14, 2025"
  {
    id: 'deadline/month-day-year',
    takesLead: true,
    takesModifier: false,
    cue: MONTH_CUE,
    pattern: new RegExp(`(${MONTH})\\s+${DAY_RANGE},?\\s+(${YEAR})`, 'gu'),
    resolve: (m) => days(Number(m[4]), monthNumber(m[1]!)!, m[2]!, m[3]),
  },
  // "by 2017-03-31" (ISO dates are rare in statements; none in our corpus)
  {
    id: 'deadline/iso-date',
    takesLead: true,
    takesModifier: false,
    cue: /\d-\d\d-\d/u,
    pattern: /(?<![\p{N}-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\p{N}-])/gu,
    resolve: (m) => days(Number(m[1]), Number(m[2]), m[3]!, undefined),
  },
  // "the nuclear test conducted by North Korea on 6 January", "the Summit organized in Paris on June 22-23"
  {
    id: 'deadline/day-month',
    takesLead: true,
    takesModifier: false,
    cue: MONTH_CUE,
    pattern: new RegExp(
      `(?<!\\p{N})${DAY}(?:\\s*[-–—]\\s*${DAY})?\\s+(?:of\\s+)?(${MONTH})(?![\\p{L}])|(${MONTH})\\s+${DAY}(?:\\s*[-–—]\\s*${DAY})?(?![\\p{N}])`,
      'gu',
    ),
    resolve: (m, env) => {
      const month = monthNumber((m[3] ?? m[4])!)!
      const first = (m[1] ?? m[5])!
      const last = m[2] ?? m[6]
      if (!isValidDay(2024, month, Number(first)) || (last !== undefined && Number(last) < Number(first))) return null
      return date(placeYearless(env, (y) => days(y, month, first, last) ?? { start: endOfMonth(y, month), end: endOfMonth(y, month) }))
    },
  },
  // "in January 2016", "by March 2017", "in June this year", "early January 2016"
  {
    id: 'deadline/month-year',
    takesLead: true,
    takesModifier: true,
    cue: MONTH_CUE,
    pattern: new RegExp(`(${MONTH}),?\\s+(?:of\\s+)?(${YEAR}|this year|next year|last year)`, 'gu'),
    resolve: (m, env) => inYearRef(m[2]!, env, (y) => monthSpan(y, monthNumber(m[1]!)!, monthNumber(m[1]!)!)),
  },
  // "They will meet in Europe at the end of October", "by next March"; a bare "May" is the verb
  {
    id: 'deadline/month',
    takesLead: true,
    takesModifier: true,
    cue: MONTH_CUE,
    pattern: new RegExp(`(?:\\b(this|next|last)\\s+)?(${MONTH})(?![\\p{L}\\p{N}])`, 'gu'),
    resolve: (m, env) => {
      if (env.bare && env.modifier === null && m[1] === undefined) return null
      const month = monthNumber(m[2]!)!
      return yearless(env, m[1], (y) => monthSpan(y, month, month))
    },
  },
  // "scheduled for spring 2016", "by fall of 2025", "later this spring", "ahead of next winter"
  {
    id: 'deadline/season',
    takesLead: true,
    takesModifier: true,
    cue: /[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter/u,
    pattern: new RegExp(
      `(?:\\b(this|next|last|coming)\\s+)?\\b([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\\b(?:,?\\s+(?:of\\s+)?(${YEAR}|this year|next year)(?:[-–/](?:19|20)?\\d\\d(?!\\p{N}))?)?`,
      'gu',
    ),
    resolve: (m, env) => {
      const season = SEASONS[m[2]!.toLowerCase()]!
      const periodFor = (y: number): Period => monthSpan(y, season.from, season.to)
      if (m[3] !== undefined) return inYearRef(m[3], env, periodFor)
      // Note: without a year, a season needs "this/next" or a lead, is written in lower case, and is
      // not "the fall of ..." (the Berlin Wall) nor the "Arab Spring".
      const after = env.text.slice((m.index ?? 0) + m[0].length)
      if (m[1] === undefined && (env.bare || /^[A-Z]/.test(m[2]!) || /^\s+of\b/.test(after))) return null
      return yearless(env, m[1] === 'coming' ? 'next' : m[1], periodFor)
    },
  },
  // "The first class of Quad Fellows will begin their studies in the third quarter of 2023"
  {
    id: 'deadline/quarter',
    takesLead: true,
    takesModifier: true,
    cue: /quarter|Q[1-4]/u,
    pattern: new RegExp(`(?:\\b(first|second|third|fourth|1st|2nd|3rd|4th|final|last)\\s+quarter|\\bQ([1-4]))\\b(?:(?:\\s+of|,)?\\s+(${YEAR_REF}))?`, 'gu'),
    resolve: (m, env) => {
      const q = m[2] !== undefined ? Number(m[2]) : ORDINALS[m[1]!.toLowerCase()]!
      const periodFor = (y: number): Period => monthSpan(y, 3 * q - 2, 3 * q)
      if (m[3] !== undefined) return inYearRef(m[3], env, periodFor)
      const after = env.text.slice((m.index ?? 0) + m[0].length)
      if (env.bare || /^\s+of\b|^-/.test(after)) return null
      return yearless(env, undefined, periodFor)
    },
  },
  // "by signing the Multilateral Convention in the first half of 2023"
  {
    id: 'deadline/half',
    takesLead: true,
    takesModifier: true,
    cue: /half|H[12]|[12]H/u,
    pattern: new RegExp(`(?:\\b(first|second|1st|2nd|latter)\\s+half|\\bH([12])|\\b([12])H)\\b(?:(?:\\s+of|,)?\\s+(${YEAR_REF}))?`, 'gu'),
    resolve: (m, env) => {
      const h = m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? Number(m[3]) : (ORDINALS[m[1]!.toLowerCase()] ?? 2)
      const periodFor = (y: number): Period => monthSpan(y, 6 * h - 5, 6 * h)
      if (m[4] !== undefined) return inYearRef(m[4], env, periodFor)
      const after = env.text.slice((m.index ?? 0) + m[0].length)
      if (env.bare || m[1] === undefined || /^\s+of\b|^-/.test(after)) return null
      return yearless(env, undefined, periodFor)
    },
  },
]
