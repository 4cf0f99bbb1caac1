// Rules for an occasion dated by the document's year or by a presidency: "this year's East Asia
// Summit meeting", "next year's G20 Summit", "Australia's G20 Presidency", "during Japan's G7
// Presidency", "the US in its year as host of APEC".
import { canonicalCountry, findCountryMentions } from '../../../lexicon/countries.js'
import { PRESIDENCIES, PRESIDENCY_GROUPS, presidencyYear } from '../../../lexicon/presidencies.js'
import { partsOf, yearSpan } from '../iso-dates.js'
import type { Resolved, RuleEnv, TimeRule } from '../types.js'

/** A capitalised word of a name, or a short joining word inside it. */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}.’'-]*|\p{N}+|of|the|and|on|for|\+)`
/** The last word of a name: capitalised, or a number ("G20", "East Asia Summit", "COP 26"). */
const NAME_END = String.raw`(?:\p{Lu}[\p{L}\p{N}.’'-]*|\p{N}+)`
/** Generic heads that alone make no name ("next year's Summit" is the series' next meeting). */
const GENERIC = /^(?:Meeting|Summit|Dialogue|Consultations?|Conference|Ministerial|Session|Council|Forum|Talks|Leaders|Leaders['’]|of|the|and|on|for)$/

const GROUP = Object.keys(PRESIDENCY_GROUPS)
  .sort((a, b) => b.length - a.length)
  .join('|')

/**
 * The year of a country's presidency of a grouping, nearest the document's year; without a document
 * date, the one year the list has for that country, else none. Like an event, it stands for its year
 * and, named with no lead word, is what the work is about rather than when it is due ("build on the
 * historic progress of India’s G20 Presidency").
 */
function presidency(group: string, owner: string | null, env: RuleEnv): Resolved | null {
  const country = owner === null ? null : canonicalCountry(owner)
  if (country === null) return null
  const key = PRESIDENCY_GROUPS[group]!
  const year = env.documentDate !== null ? presidencyYear(key, country, partsOf(env.documentDate).year) : onlyYear(key, country)
  return year === null ? null : { kind: 'event', ...yearSpan(year) }
}

/** The one year in which a country held a grouping's presidency, or null when none or several. */
function onlyYear(group: string, country: string): number | null {
  const years = Object.entries(PRESIDENCIES[group] ?? {}).filter(([, c]) => c === country)
  return years.length === 1 ? Number(years[0]![0]) : null
}

/** "the US in its year as host", "Japan … its G7 Presidency": the last country named before a pronoun owner. */
function ownerBefore(env: RuleEnv, index: number): string | null {
  const mentions = findCountryMentions(env.text.slice(0, index))
  return mentions.length > 0 ? mentions[mentions.length - 1]!.name : null
}

export const occasionRules: TimeRule[] = [
  // "They committed to working closely together to achieve a substantial agenda for this year's East Asia Summit meeting in Bali" (dev9)
  {
    id: 'deadline/year-of-occasion',
    takesLead: true,
    takesModifier: false,
    cue: /year['’]s/u,
    pattern: new RegExp(String.raw`\b([Tt]his|[Nn]ext|[Ll]ast)\s+year['’]s\s+((?:${NAME_WORD}\s+){0,6}${NAME_END})(?![\p{L}\p{N}])`, 'gu'),
    resolve: (m, env) => {
      // A name, not a generic head alone: "next year's Summit" is the series' next meeting.
      const words = m[2]!.split(/\s+/)
      if (words.every((w) => GENERIC.test(w)) || !/^\p{Lu}/u.test(words[0]!)) return null
      // Without the document's date the year is unknown: no deadline rather than an open one.
      if (env.documentDate === null) return null
      const which = m[1]!.toLowerCase()
      const shift = which === 'next' ? 1 : which === 'last' ? -1 : 0
      // An occasion, like an event: named with no lead word it is the work's object ("We thank this year’s GEAC").
      return { kind: 'event', ...yearSpan(partsOf(env.documentDate).year + shift), ...(shift < 0 ? { past: true } : {}) }
    },
  },
  // "Australia’s G20 Presidency will focus on …" (dev9), "during Japan's G7 Presidency"
  {
    id: 'deadline/presidency',
    takesLead: true,
    takesModifier: false,
    cue: /Presidency|Chair/u,
    pattern: new RegExp(
      String.raw`(?:\b((?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})['’]s|\b(?:its|their|[Hh]is|[Hh]er))\s+(?:upcoming\s+|forthcoming\s+|current\s+)?(${GROUP})\s+(?:Presidency|Chairmanship|Chairship|[Cc]hair\s+[Yy]ear)(?![\p{L}\p{N}])`,
      'gu',
    ),
    resolve: (m, env) => presidency(m[2]!, m[1] ?? ownerBefore(env, m.index), env),
  },
  // "to support the US in its year as host of APEC" (dev9)
  {
    id: 'deadline/host-year',
    takesLead: true,
    takesModifier: false,
    cue: /year\s+as/iu,
    pattern: new RegExp(
      String.raw`\b(?:its|their|[Hh]is|[Hh]er)\s+year\s+as\s+(?:the\s+)?(?:host|chair|president)\s+of\s+(?:the\s+)?(${GROUP})(?![\p{L}\p{N}])`,
      'gu',
    ),
    resolve: (m, env) => presidency(m[1]!, ownerBefore(env, m.index), env),
  },
]
