// The rule for fiscal years ("FY 2029", "fiscal year 2024", "Japanese Fiscal Year (JFY) 2027",
// "this fiscal year"): a year that ends in another month than December, by its owner's convention.
import { addDays, partsOf } from '../iso-dates.js'
import type { FiscalYear, Resolved, TimeRule } from '../types.js'
import { FISCAL_YEARS, FISCAL_YEAR_OWNERS } from '../words.js'
import { UNKNOWN } from './common.js'

/** The calendar year: what "fiscal year" means for an owner with no other convention. */
const CALENDAR: FiscalYear = { endMonth: 12, namedBy: 'end' }
/** "FY 2029" with no owner in sight: the U.S. convention (the abbreviation is the U.S. budget's). */
const DEFAULT = FISCAL_YEARS['United States']!

/** The last day of a month. */
function monthEnd(year: number, month: number): string {
  return addDays(`${month === 12 ? year + 1 : year}-${String(month === 12 ? 1 : month + 1).padStart(2, '0')}-01`, -1)
}

/** The fiscal year that ends in `endYear`, as a period. */
function fiscalPeriod(endYear: number, fy: FiscalYear): { start: string; end: string } {
  const end = monthEnd(endYear, fy.endMonth)
  return { start: addDays(monthEnd(endYear - 1, fy.endMonth), 1), end }
}

/** The year in which fiscal year `named` ends. */
function endYearOf(named: number, fy: FiscalYear): number {
  return fy.namedBy === 'start' && fy.endMonth < 12 ? named + 1 : named
}

/** A four-digit year from "2029", "29" (the century of the other year, else 2000). */
function fullYear(printed: string, century = 2000): number {
  return printed.length === 2 ? century + Number(printed) : Number(printed)
}

const OWNER = Object.keys(FISCAL_YEAR_OWNERS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.]/g, '\\.').replace(/['’]/g, "['’]"))
  .join('|')

/** The fiscal-year rule. */
export const fiscalRule: TimeRule = {
  // "support the provision of … beginning in FY 2023 and ending in FY 2029", "to around 900 participants this fiscal year"
  id: 'deadline/fiscal-year',
  cue: /fiscal|financial|fy/iu,
  takesLead: true,
  takesModifier: true,
  pattern: new RegExp(
    String.raw`(?:\b(${OWNER})\s+)?(?:(?:(this|the\s+current|next|the\s+next|the\s+coming|the\s+following)\s+)(?:fiscal|financial)\s+year\b|(?:(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear\s+(?:\(J?FY\)\s+)?|\bJ?FY\s?)((?:19|20)\d\d|\d\d)(?:\s*[-–/]\s*((?:19|20)?\d\d))?(?![\p{L}\p{N}]))`,
    'gu',
  ),
  resolve: (m, env): Resolved | null => {
    const owner = m[1] !== undefined ? FISCAL_YEAR_OWNERS[m[1].replace(/’/g, "'")] : undefined
    const printedJ = /\bJFY\b|\(JFY\)/.test(m[0])
    const fy = (owner !== undefined ? (FISCAL_YEARS[owner] ?? CALENDAR) : printedJ ? FISCAL_YEARS.Japan! : (env.fiscalYear ?? DEFAULT)) as FiscalYear
    if (m[2] !== undefined) {
      if (env.documentDate === null) return { kind: 'date', ...UNKNOWN }
      const { year, month } = partsOf(env.documentDate)
      const current = fy.endMonth < 12 && month > fy.endMonth ? year + 1 : year
      const next = /next|coming|following/i.test(m[2])
      return { kind: 'date', ...fiscalPeriod(current + (next ? 1 : 0), fy) }
    }
    const first = fullYear(m[3]!)
    // "FY 2024-25", "fiscal year 2024/2025": the fiscal year that runs over both, ending in the second.
    if (m[4] !== undefined) {
      const second = fullYear(m[4], Math.floor(first / 100) * 100)
      if (second !== first + 1) return null
      return { kind: 'date', ...fiscalPeriod(fy.endMonth < 12 ? second : first, fy) }
    }
    return { kind: 'date', ...fiscalPeriod(endYearOf(first, fy), fy) }
  },
}
