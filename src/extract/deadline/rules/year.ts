// The rule for a bare year ("in 2016", "by 2030", "2021–2025") and the tests that tell a year used
// as a date from a year used as a name ("the 2015 Strategic Defence and Security Review").
import { yearSpan } from '../iso-dates.js'
import type { Resolved, RuleEnv, TimeRule } from '../types.js'
import { MONTH_NAMES } from '../words.js'
import { YEAR } from './common.js'

/** Words that may follow a year used as a date ("in 2016 and", "by 2030 at the latest"). */
const FOLLOWERS = new Set([
  'after',
  'against',
  'all',
  'and',
  'are',
  'as',
  'at',
  'be',
  'before',
  'both',
  'but',
  'by',
  'can',
  'could',
  'during',
  'each',
  'for',
  'forward',
  'from',
  'had',
  'has',
  'have',
  'he',
  'i',
  'if',
  'in',
  'including',
  'into',
  'is',
  'it',
  'its',
  'may',
  'might',
  'of',
  'on',
  'onward',
  'onwards',
  'or',
  'our',
  'respectively',
  'she',
  'shall',
  'should',
  'so',
  'that',
  'the',
  'their',
  'there',
  'these',
  'they',
  'this',
  'through',
  'till',
  'to',
  'toward',
  'towards',
  'under',
  'until',
  'via',
  'was',
  'we',
  'were',
  'when',
  'where',
  'which',
  'while',
  'who',
  'will',
  'with',
  'would',
])

/** A determiner or possessive right before the year: "the 2030 Agenda", "Japan’s 2016 Presidency". */
const DETERMINER_BEFORE = /(?:\b(?:a|an|her|his|its|our|respective|that|the|their|these|this|those|whose)|['’]s)\s+$/i

/** Words after which a number is a reference, not a year: "Resolution 2231", "Article 2020". */
const REFERENCE_BEFORE =
  /\b(?:Act|Annex|Article|Chapter|Decree|Flight|Goal|Law|No\.|Number|Resolution|Route|Rule|SDG|Section|Target|UNSCR|number|para\.|paragraph|resolution|resolutions)\s*$/

/**
 * True when the year names a thing rather than a time: it stands before a noun ("the 2015 Strategic
 * Defence and Security Review", "the 2002 Declaration", "2030 targets"), or after a name it is part
 * of ("ASEAN 2025", "Agenda 2030") far from the document's year.
 */
function isNameYear(year: number, m: RegExpExecArray, env: RuleEnv): boolean {
  const end = m.index + m[0].length
  const after = env.text.slice(end, end + 40)
  const before = env.text.slice(Math.max(0, m.index - 30), m.index)
  if (/^-\p{L}/u.test(after)) return true
  const next = /^\s+([\p{L}][\p{L}\p{N}’'-]*)/u.exec(after)?.[1]?.toLowerCase()
  if (next === 'level' || next === 'levels') return true
  // A year right after its lead is a date whatever follows ("by the end of 2021 primarily channelled");
  // after a determiner it names a thing ("in the 2030 Agenda", "in its 2016 G7 Presidency").
  const determined = env.bare || DETERMINER_BEFORE.test(before)
  if (determined && next !== undefined && !FOLLOWERS.has(next) && MONTH_NAMES[next.replace(/^./, (c) => c.toUpperCase())] === undefined) return true
  if (!env.bare || env.documentDate === null) return false
  // "Japan welcomed the UK's planned participation in Pacific Partnerships 2016": a name with this
  // year (or next) is a date; "ASEAN 2025: Forging Ahead Together" in 2016 is a vision's name.
  // ("the Master Plan on ASEAN Connectivity (MPAC) 2025": an acronym in brackets is a name's word too,
  // but not a year's own: "in Japanese Fiscal Year (JFY) 2027".)
  if (/year\s*\([^()]*\)\s+$/i.test(before)) return false
  const word = /([\p{Lu}][\p{L}\p{N}’'.-]*)\)?\s+$/u.exec(before)?.[1]
  if (word === undefined || MONTH_NAMES[word] !== undefined) return false
  return year > Number(env.documentDate.slice(0, 4)) + 1
}

/** The year rule: one year or a range of years. */
export const yearRule: TimeRule = {
  // "they would pursue the visit of RAF Typhoon aircraft to Japan in 2016", "in 2021–2025"
  id: 'deadline/year',
  takesLead: true,
  takesModifier: true,
  pattern: new RegExp(`(?:\\b[Yy]ear\\s+)?(${YEAR})(?:\\s*[-–—]\\s*((?:19|20)?\\d\\d)(?![\\p{L}\\p{N}%/]))?`, 'gu'),
  resolve: (m, env): Resolved | null => {
    const first = Number(m[1])
    const before = env.text.slice(Math.max(0, m.index - 20), m.index)
    if (REFERENCE_BEFORE.test(before)) return null
    // "Resolution 2231 (2015)": a year in brackets dates a reference.
    if (/\(\s*$/.test(before) && env.text[m.index + m[0].length] === ')') return null
    if (isNameYear(first, m, env)) return null
    let last = first
    if (m[2] !== undefined) {
      last = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2])
      if (last <= first) return null
    }
    return { kind: 'date', start: yearSpan(first).start, end: yearSpan(last).end }
  },
}
