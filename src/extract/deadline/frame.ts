// How the words around an expression change its period: the modifier ("early", "the end of",
// "later") picks a part of it, and the lead ("by", "before", "from") turns it into a due date.
import { addDays, addMonths, daysBetween, partsOf } from './iso-dates.js'
import type { Period } from './iso-dates.js'
import type { LeadKind, Modifier, Resolved } from './types.js'

/** Whole months from start to end, or null when the period does not run from a 1st to a month end. */
function wholeMonths(p: { start: string; end: string }): number | null {
  const a = partsOf(p.start)
  if (a.day !== 1 || addDays(p.end, 1).slice(8) !== '01') return null
  const b = partsOf(addDays(p.end, 1))
  return (b.year - a.year) * 12 + b.month - a.month
}

/**
 * A third of a period: "early" the first, "mid" the middle, "late" and "the end of" the last.
 * A period of whole months divisible by three splits by months (early 2016 = January–April,
 * mid-2016 = May–August, late 2016 = September–December); any other splits by days.
 */
export function partOf(p: Period, part: 'early' | 'mid' | 'late'): Period {
  if (p.start === null || p.end === null) return p
  const index = part === 'early' ? 0 : part === 'mid' ? 1 : 2
  const months = wholeMonths({ start: p.start, end: p.end })
  if (months !== null && months % 3 === 0) {
    const third = months / 3
    const start = addMonths(p.start, index * third)
    return { start, end: addDays(addMonths(start, third), -1) }
  }
  const third = Math.floor((daysBetween(p.start, p.end) + 1) / 3)
  const start = addDays(p.start, index * third)
  return { start, end: index === 2 ? p.end : addDays(start, third - 1) }
}

/** Applies a modifier to a resolved period. "earlier this year" is past; "later this year" runs from the document date. */
export function applyModifier(r: Resolved, modifier: Modifier | null, documentDate: string | null): Resolved {
  if (modifier === null || r.kind !== 'date') return r
  // Note: Object.assign, not `{ ...r, past: true }`, which is far slower in Node 20 (see extract-items.ts).
  if (modifier === 'earlier') return Object.assign({}, r, { past: true })
  if (modifier === 'later') {
    const start = documentDate !== null && r.start !== null && documentDate > r.start ? documentDate : r.start
    return Object.assign({}, r, { start })
  }
  return Object.assign({}, r, partOf(r, modifier))
}

/**
 * Turns a period into a due date under its lead:
 * - `by`: due by the period's end, counted from the document date;
 * - `before`: due the day before the period starts ("before 2030" → 2029-12-31), except for events,
 *   which stand for their year whatever the lead ("in the run up to the 2019 Rugby World Cup");
 * - `in`: the period, from the document date when that falls inside it;
 * - `from`: starts with the period, no end;
 * - `begin` ("beginning in 2023", "starting in June"): the start is due within a period of up to a
 *   year, as `in`; a longer one ("starting in the early 2030s") gives no due date, as `from`;
 * - `earliest`, `since`: unchanged (not a due date; findDeadline drops them).
 */
export function applyLead(r: Resolved, lead: LeadKind, documentDate: string | null): Resolved {
  if (r.kind !== 'date' && r.kind !== 'event') return r
  if (r.start === null || r.end === null) return r
  const fromDoc = (end: string): string | null => (documentDate !== null && documentDate <= end ? documentDate : null)
  switch (lead) {
    case 'by':
      return Object.assign({}, r, { start: fromDoc(r.end) ?? r.start })
    case 'before': {
      if (r.kind === 'event') return r
      const end = addDays(r.start, -1)
      return Object.assign({}, r, { start: fromDoc(end), end })
    }
    case 'in':
      return Object.assign({}, r, { start: documentDate !== null && documentDate > r.start && documentDate <= r.end ? documentDate : r.start })
    case 'begin':
      if (daysBetween(r.start, r.end) <= 366) return applyLead(r, 'in', documentDate)
      return Object.assign({}, r, { end: null })
    case 'from':
      return Object.assign({}, r, { end: null })
    case 'earliest':
    case 'since':
      return r
  }
}
