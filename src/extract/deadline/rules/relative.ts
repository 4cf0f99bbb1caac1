// Rules for periods named against the document date: "this year", "next year", "by year-end",
// "this decade", "next month", and spans counted from it: "within six months", "over the next year".
import { addDays, addMonths, monthSpan, partsOf, yearSpan } from '../iso-dates.js'
import { partOf } from '../frame.js'
import type { Period } from '../iso-dates.js'
import type { Resolved, RuleEnv, TimeRule } from '../types.js'
import { COUNT, countValue } from '../words.js'
import { UNKNOWN } from './common.js'

const docYear = (env: RuleEnv): number | null => (env.documentDate === null ? null : partsOf(env.documentDate).year)

/** The calendar year `shift` years from the document's. */
function yearFrom(env: RuleEnv, shift: number): Period {
  const y = docYear(env)
  return y === null ? UNKNOWN : yearSpan(y + shift)
}

/** The document date moved on by a count of units. */
function after(date: string, count: number, unit: string): string {
  if (unit.startsWith('day')) return addDays(date, count)
  if (unit.startsWith('week')) return addDays(date, 7 * count)
  if (unit.startsWith('month')) return addMonths(date, count)
  if (unit.startsWith('decade')) return addMonths(date, 120 * count)
  return addMonths(date, 12 * count)
}

/** Counts without a number: "within a few months" has no fixed end. */
const FEW = 'a few|a couple of|few|several|couple of'

/** Nouns of a planned effort whose length is a deadline: "a trilateral effort of 18 months". */
const EFFORT = 'effort|period|process|programme|program|project|study|review|phase|plan|pilot|initiative|consultation|timeline|timeframe|time frame|mandate'

const COUNTED_BEFORE = /\b(?:within|in|over|for|during)\s+(?:the\s+)?$/i
const EFFORT_BEFORE = new RegExp(`\\b(?:${EFFORT})\\s+of\\s+$`, 'i')
const EFFORT_AFTER = new RegExp(`^\\s+(?:${EFFORT})\\b`, 'i')
const ANCHOR_AFTER = /^\s+(?:of|after|from)\b(?!\s+(?:now|today)\b)/i

// Cues (TimeRule.cue): a word every match contains, with the pattern's flags. A pattern with \b
// and both `i` and `u` is slow to run (about ten times a plain test), so most clauses skip it.
const YEAR_CUE = /year/iu
const UNIT_CUE = /day|week|month|year|decade/iu

/** Rules for relative periods and durations. */
export const relativeRules: TimeRule[] = [
  // "report back to G7 leaders on next steps later this year", "by the end of the year", "next year"
  {
    id: 'deadline/relative-year',
    takesLead: true,
    takesModifier: true,
    cue: YEAR_CUE,
    pattern: /\b(this|next|last|the current|the)\s+year\b(?!['’]s\b|\s+of\b|-)/giu,
    resolve: (m, env) => {
      const which = m[1]!.toLowerCase()
      // Note: "over the year" (the seed's "progress ... over the year") is no date; "the end of the year" is.
      if (which === 'the' && env.modifier === null) return null
      // "over the next year" is a span (next-span), not the calendar year.
      if (/\bthe\s+$/i.test(env.text.slice(Math.max(0, m.index - 4), m.index))) return null
      const shift = which === 'next' ? 1 : which === 'last' ? -1 : 0
      return { kind: 'date', ...yearFrom(env, shift), ...(shift < 0 ? { past: true } : {}) }
    },
  },
  // "to operationalize these commitments in time for ERA to begin disbursing before year-end"
  {
    id: 'deadline/year-end',
    takesLead: true,
    takesModifier: false,
    isEnd: true,
    cue: YEAR_CUE,
    pattern: /\b(?:year[- ]end|end[- ]year)\b(?:\s+((?:19|20)\d\d)\b)?/giu,
    resolve: (m, env) => {
      const year = m[1] !== undefined ? Number(m[1]) : docYear(env)
      if (year === null) return { kind: 'date', ...UNKNOWN }
      return { kind: 'date', start: `${year}-12-01`, end: `${year}-12-31` }
    },
  },
  // "We look forward to a successful APEC Economic Leaders’ Week next month in San Francisco"
  {
    id: 'deadline/relative-month',
    takesLead: true,
    takesModifier: true,
    cue: /month/iu,
    pattern: /\b(this|next|last|the)\s+month\b(?!['’]s\b|\s+of\b)/giu,
    resolve: (m, env) => {
      const which = m[1]!.toLowerCase()
      if (which === 'the' && env.modifier === null) return null
      if (env.documentDate === null) return { kind: 'date', ...UNKNOWN }
      const { year, month } = partsOf(env.documentDate)
      const shift = which === 'next' ? 1 : which === 'last' ? -1 : 0
      return { kind: 'date', ...monthSpan(year, month + shift, month + shift), ...(shift < 0 ? { past: true } : {}) }
    },
  },
  // "we commit to urgent, ambitious, and inclusive climate action in this decade", "committed to making the 2020s the decisive decade"
  {
    id: 'deadline/decade',
    takesLead: true,
    takesModifier: true,
    cue: /decade|0s/iu,
    // "In the late 2030s" ends with the decade; "the early/mid-2040s" names no end (vague span, gold-fit4 AUKUS).
    pattern: /\b(?:(this|the|the current)\s+(?:critical\s+)?decade\b(?!['’]s\b|\s+of\b)|the\s+(?:(early|mid|late)[-\s])?((?:19|20)\d)0s\b)/giu,
    resolve: (m, env) => {
      if (m[3] !== undefined) {
        const first = Number(m[3]) * 10
        const decade = { start: yearSpan(first).start, end: yearSpan(first + 9).end }
        const part = m[2]?.toLowerCase() as 'early' | 'mid' | 'late' | undefined
        if (part === undefined) return { kind: 'date', ...decade }
        const third = partOf(decade, part)
        return { kind: 'date', start: third.start, end: part === 'late' ? third.end : null }
      }
      if (m[1]!.toLowerCase() === 'the' && env.modifier === null) return null
      const y = docYear(env)
      if (y === null) return { kind: 'date', ...UNKNOWN }
      const first = y - (y % 10)
      return { kind: 'date', start: yearSpan(first).start, end: yearSpan(first + 9).end }
    },
  },
  // "providing for one billion doses over the next year", "in the coming year", "over the past year"
  {
    id: 'deadline/next-span',
    takesLead: true,
    takesModifier: false,
    cue: UNIT_CUE,
    pattern: new RegExp(
      `\\b(?:the\\s+)?(next|coming|upcoming|following|past|last|previous)\\s+(?:(${FEW}|${COUNT})\\s+)?(days?|weeks?|months?|years?|decades?)\\b(?!['’]s?\\b)`,
      'giu',
    ),
    resolve: (m, env) => {
      // "the Trilateral Cooperation Vision for the Next Decade": words of a name, no span.
      if (TITLE_CASE_SPAN.test(m[0])) return null
      const which = m[1]!.toLowerCase()
      const past = which === 'past' || which === 'last' || which === 'previous'
      // "next year" alone is the calendar year (relative-year); "the next year" is a span.
      const the = /^the\s/i.test(m[0])
      if (!the && m[2] === undefined && which !== 'coming' && which !== 'upcoming') return null
      const count = m[2] === undefined ? (/s$/i.test(m[3]!) ? null : 1) : countValue(m[2])
      return span(env, count, m[3]!.toLowerCase(), past)
    },
  },
  // "Both countries are determined to, within 12 months, identify concrete actions", "a trilateral effort of 18 months"
  {
    id: 'deadline/duration',
    takesLead: true,
    takesModifier: false,
    cue: UNIT_CUE,
    pattern: new RegExp(
      `\\b(${FEW}|${COUNT})(?:\\s+|-)(days?|weeks?|months?|years?|decades?)\\b(?:['’]s?\\s+time)?(\\s+ago\\b|\\s+from\\s+(?:now|today)\\b)?`,
      'giu',
    ),
    resolve: (m, env) => {
      const unit = m[2]!.toLowerCase()
      const before = env.text.slice(Math.max(0, m.index - 30), m.index)
      const after = env.text.slice(m.index + m[0].length, m.index + m[0].length + 30)
      if (m[3] !== undefined) return span(env, countValue(m[1]!), unit, /ago/i.test(m[3]))
      // "an 18-month study": the hyphenated length of a planned effort
      const hyphenEffort = m[0].includes('-') && EFFORT_AFTER.test(after)
      if (!COUNTED_BEFORE.test(before) && !EFFORT_BEFORE.test(before) && !hyphenEffort) return null
      // "within six months of entry into force": counted from an event we cannot date.
      if (ANCHOR_AFTER.test(after)) return { kind: 'duration', start: null, end: null }
      return span(env, countValue(m[1]!), unit, false)
    },
  },
]

/** "Next Decade", "Coming Years": a span written with capitals belongs to a name. */
const TITLE_CASE_SPAN = /^(?:the\s+)?\p{Lu}\p{Ll}+\s+(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}/u

/** A span from the document date; an unknown count ("the coming months") has no end. */
function span(env: RuleEnv, count: number | null, unit: string, past: boolean): Resolved {
  if (count === null) return { kind: 'open', start: env.documentDate, end: null, ...(past ? { past } : {}) }
  if (env.documentDate === null) return { kind: 'duration', ...UNKNOWN, ...(past ? { past } : {}) }
  if (past) return { kind: 'duration', start: after(env.documentDate, -count, unit), end: env.documentDate, past }
  return { kind: 'duration', start: env.documentDate, end: after(env.documentDate, count, unit) }
}
