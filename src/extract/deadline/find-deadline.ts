// Chooses, among the time expressions of a clause, the one that says when the pledged action is due.
import type { Deadline } from '../../core/item.js'
import { isBackground, isBeforeDocument } from './background.js'
import { daysBetween } from './iso-dates.js'
import { toDeadline } from './find-time-expressions.js'
import { scanTimeExpressions } from './scan.js'
import { AT_ONCE_RULE } from './rules/phrases.js'
import type { DeadlineContext, TimeExpression } from './types.js'

/** The rule of "will promptly implement": it speaks of the verb right after it, so only inside the clause. */

/**
 * How strongly an expression states a due date: a limit ("by 2030", "before COP26", "within six
 * months") over a period ("in 2016", "COP26"), over the next meeting, over an open phrase ("soon").
 * Among equals the narrower period wins, then the first in the text.
 */
function rank(e: TimeExpression): number {
  if (e.kind === 'open') return 0
  if (e.kind === 'series') return 1
  if (e.kind === 'duration' || e.lead === 'by' || e.lead === 'before') return 3
  return 2
}

/** True when `a` names a shorter period than `b` ("in November 2023" over "the COP28"). */
function narrower(a: TimeExpression, b: TimeExpression): boolean {
  if (a.start === null || a.end === null || b.start === null || b.end === null) return false
  return daysBetween(a.start, a.end) < daysBetween(b.start, b.end)
}

/**
 * The deadline of the action stated by `clause` (an item's text), or null. Dates that describe the
 * past or background are ignored: "held in October 2015", "since 2015", "the 2015 Strategic Defence
 * and Security Review", and dates before the document date unless "by"/"before" makes them a limit.
 * @param clause the item's text
 * @param ctx the document date and the clause's offset in the normalized text
 * @example findDeadline('the Ministers urged negotiations to conclude at the earliest possible opportunity',
 *   { documentDate: '2016-01-08', offset: 0 })?.end // null (open)
 */
export function findDeadline(clause: string, ctx: DeadlineContext): Deadline | null {
  let best: TimeExpression | null = null
  for (const e of scanTimeExpressions(clause, ctx.documentDate, ctx.fiscalYear ?? null)) {
    if (isBackground(e, clause, ctx.documentDate) || isBeforeDocument(e, ctx.documentDate)) continue
    // "support for the aims of COP-26", "work closely toward a successful summit ... the G7 Hiroshima
    // Summit": an event with no "by", "at", "before" ... is the work's object, not its due date.
    if (e.unled === true) continue
    if (ctx.around === true && e.rule === AT_ONCE_RULE) continue
    if (best === null || rank(e) > rank(best) || (rank(e) === rank(best) && narrower(e, best))) best = e
  }
  return best === null ? null : toDeadline(best, ctx.offset)
}
