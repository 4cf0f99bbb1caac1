// Rules for due dates: where they start, how users edit them, when an item is overdue.
import { assertIsoDate } from '../core/dates.js'
import type { Deadline } from '../core/item.js'
import type { Status } from '../core/tracking.js'
import { isClosed } from './status.js'

/**
 * The initial due date of an item: its deadline's end, or null (no deadline, an open one such as
 * "at the earliest possible opportunity", or one relative to the next meeting).
 */
export function dueFromDeadline(deadline: Deadline | null): string | null {
  return deadline?.end ?? null
}

/**
 * Reads a due date typed by a user: YYYY-MM-DD, or "none" to clear it.
 * @throws CommuniqueError 'usage' for anything else
 */
export function parseDue(value: string): string | null {
  const v = value.trim()
  if (/^(none|clear|-)$/i.test(v)) return null
  return assertIsoDate(v, 'the due date')
}

/**
 * True when the item is due before `today` and not done or dropped.
 * @param today ISO date (the caller reads the clock)
 */
export function isOverdue(tracking: { due: string | null; status: Status }, today: string): boolean {
  return tracking.due !== null && tracking.due < today && !isClosed(tracking.status)
}
