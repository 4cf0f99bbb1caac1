// The time expressions of a clause that can be due dates, as Deadline values with document offsets.
import type { Deadline } from '../../core/item.js'
import { isBackground } from './background.js'
import { scanTimeExpressions } from './scan.js'
import type { DeadlineContext, TimeExpression } from './types.js'

/** A scanned expression as a Deadline, its span moved into the document. */
export function toDeadline(e: TimeExpression, offset: number): Deadline {
  return {
    text: e.text,
    start: e.start,
    end: e.end,
    ...(e.relative ? { relative: e.relative } : {}),
    span: { start: offset + e.index, end: offset + e.endIndex },
  }
}

/**
 * Every temporal expression in a clause that can be a due date, in text order. Expressions whose
 * own words make them background are left out ("since 2015", "last year", "held in October 2015");
 * dates before the document date are kept (findDeadline drops them).
 * @param text the clause
 * @param ctx the document date and the clause's offset in the normalized text
 * @example findTimeExpressions('would pursue the visit in 2016', { documentDate: '2016-01-08', offset: 0 })
 *   // [{ text: 'in 2016', start: '2016-01-08', end: '2016-12-31', span: { start: 23, end: 30 } }]
 */
export function findTimeExpressions(text: string, ctx: DeadlineContext): Deadline[] {
  return scanTimeExpressions(text, ctx.documentDate, ctx.fiscalYear ?? null)
    .filter((e) => !isBackground(e, text, ctx.documentDate))
    .map((e) => toDeadline(e, ctx.offset))
}
