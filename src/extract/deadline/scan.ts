// Scans a clause for time expressions: runs the grammar rules, reads the words before each match,
// keeps the longest of overlapping readings and joins coordinated ones ("2019 ... and 2020 ...").
//
// Note: the grammar is written here rather than taken from chrono-node (STACK.md). chrono misses
// "in 2016", "spring 2016" and "as early as possible in 2016", reads "by the end of the year"
// wrongly and knows no events, and it has no notion of the lead ("by", "before", "since") that
// decides what a date means for a pledge. Fixing its output would take more code than these rules,
// and a regex grammar behind a cheap prefilter is much faster. chrono-node stays in the tests as an
// oracle for full dates and month-year forms.
import { matchAll } from '../../core/match-all.js'
import { applyLead, applyModifier } from './frame.js'
import { hasLeadBeforeName, readLead, readModifier } from './leads.js'
import type { Before } from './leads.js'
import { RULES } from './rules/all-rules.js'
import type { FiscalYear, LeadKind, Modifier, TimeExpression } from './types.js'

/** Words without which a clause holds no time expression; checked before any rule runs. */
const CUES_CASED = /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\bQ[1-4]\b|\b[12]?H[12]?\b/
const CUES =
  /\b(?:years?|months?|weeks?|days|quarter|half|spring|summer|autumn|fall|winter|decade|soon|earl|delay|expeditious|immediate|promptly|convenient|near|short|medium|due course|next|coming|upcoming|ahead|olympi|world cup|expo|apec|cop|session|summit|general assembly|review conference|games|unga)/i

/** True when a clause may hold a time expression (a cheap test that lets most clauses skip the rules). */
export function mayHaveTime(text: string): boolean {
  return CUES_CASED.test(text) || CUES.test(text)
}

/** A reading of one rule match with the words before it. */
interface Candidate extends TimeExpression {
  order: number
  bare: boolean
}

/** Reads one match: modifier, lead, period. */
function readMatch(text: string, m: RegExpExecArray, order: number, documentDate: string | null, fiscalYear: FiscalYear | null): Candidate | null {
  const rule = RULES[order]!
  let modifier: Before<Modifier> | null = null
  let lead: Before<LeadKind> | null = null
  if (rule.takesModifier) modifier = readModifier(text, m.index)
  if (rule.takesLead) lead = readLead(text, modifier?.start ?? m.index)
  let leadKind: LeadKind = lead?.value ?? 'in'
  // "before the end of 2016" and "before year-end" are "by the end of 2016" and "by year-end".
  if (leadKind === 'before' && (modifier?.value === 'late' || rule.isEnd === true)) leadKind = 'by'
  // "from 6 to 10 December 2022" names its own end.
  if (leadKind === 'from' && /\d\s*(?:[-–—]|to|and)\s*\d/.test(m[0])) leadKind = 'in'
  const env = { text, documentDate, lead: leadKind, bare: lead === null, modifier: modifier?.value ?? null, fiscalYear }
  const resolved = rule.resolve(m, env)
  if (resolved === null) return null
  const framed = applyLead(applyModifier(resolved, env.modifier, documentDate), leadKind, documentDate)
  const index = lead?.inText ? lead.start : (modifier?.start ?? m.index)
  const endIndex = m.index + m[0].length
  // Note: Object.assign, not `{ ...framed, rule, ... }`, which is far slower in Node 20 (see extract-items.ts).
  return Object.assign({}, framed, {
    rule: rule.id,
    lead: leadKind,
    modifier: env.modifier,
    text: text.slice(index, endIndex),
    index,
    endIndex,
    order,
    bare: lead === null,
  })
}

/** Keeps the longest readings that do not overlap; an earlier rule wins a tie. */
function selectLongest(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.endIndex - b.index - (a.endIndex - a.index) || a.order - b.order || a.index - b.index)
  const kept: Candidate[] = []
  for (const c of sorted) if (kept.every((k) => c.endIndex <= k.index || c.index >= k.endIndex)) kept.push(c)
  return kept.sort((a, b) => a.index - b.index)
}

/**
 * True when a presidency or occasion opens the clause as its subject: "Australia’s G20 Presidency will
 * focus on …" (dev9) is done in that year; an event rule's name there keeps the old reading.
 */
function opensClause(text: string, e: TimeExpression): boolean {
  return e.rule !== 'deadline/event' && /^[\s"“‘'(]*$/.test(text.slice(0, e.index))
}

/** A year printed in an event's name: "the 2020 Tokyo Olympic and Paralympic Games" stands for its year (ANNOTATION.md). */
const PRINTED_YEAR = /\b(?:19|20)\d\d\b/

const JOINER = /^\s*(?:and|or|to|through|until|till|[-–—])\s*(?:the\s+)?$/i

/**
 * Joins coordinated dates into one expression ending with the later one: "in the run up to the 2019
 * Rugby World Cup and 2020 Tokyo Olympics", "in 2016 and 2017", "from 2021 until 2025".
 */
function joinCoordinated(text: string, list: Candidate[]): Candidate[] {
  const out: Candidate[] = []
  for (const b of list) {
    const a = out[out.length - 1]
    const dated = (c: Candidate): boolean => (c.kind === 'date' || c.kind === 'event') && c.end !== null && !c.past
    const gap = a ? text.slice(a.endIndex, b.index) : ''
    const joined =
      a !== undefined &&
      dated(b) &&
      (a.kind === 'date' || a.kind === 'event') &&
      a.start !== null &&
      !a.past &&
      ((b.bare && JOINER.test(gap)) || (a.lead === 'from' && b.lead === 'by' && /^\s*$/.test(gap)))
    if (!joined || a === undefined) {
      out.push(b)
      continue
    }
    out[out.length - 1] = {
      ...a,
      text: text.slice(a.index, b.endIndex),
      endIndex: b.endIndex,
      start: b.start !== null && b.start < a.start! ? b.start : a.start,
      end: a.end !== null && a.end > b.end! ? a.end : b.end,
      lead: a.lead === 'from' || a.lead === 'begin' ? 'in' : a.lead,
    }
  }
  return out
}

/**
 * Every time expression of a clause, in text order, with the period each names and the lead
 * and modifier that frame it. Past and background readings are kept (with `past` or lead
 * 'since'); findDeadline decides which one is the due date.
 * @param text the clause
 * @param documentDate ISO date of the document, or null
 * @param fiscalYear the fiscal year of the item's doer, when known
 */
export function scanTimeExpressions(text: string, documentDate: string | null, fiscalYear: FiscalYear | null = null): TimeExpression[] {
  if (!mayHaveTime(text)) return []
  const candidates: Candidate[] = []
  // Rules share cues (the month names, "year"): each distinct cue is tested once per clause (cues
  // have no g flag, so a test keeps no state).
  const cueResults = new Map<RegExp, boolean>()
  for (let order = 0; order < RULES.length; order++) {
    const rule = RULES[order]!
    if (rule.cue !== undefined) {
      let hit = cueResults.get(rule.cue)
      if (hit === undefined) cueResults.set(rule.cue, (hit = rule.cue.test(text)))
      if (!hit) continue
    }
    for (const m of matchAll(text, rule.pattern)) {
      const c = readMatch(text, m, order, documentDate, fiscalYear)
      if (c !== null) candidates.push(c)
    }
  }
  return joinCoordinated(text, selectLongest(candidates)).map(({ order: _order, bare, ...e }) =>
    bare && e.kind === 'event' && !PRINTED_YEAR.test(e.text) && !hasLeadBeforeName(text, e.index) && !opensClause(text, e)
      ? Object.assign(e, { unled: true as const })
      : e,
  )
}
