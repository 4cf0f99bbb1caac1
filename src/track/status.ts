// Rules for statuses: which values exist and which count as finished.
import { CommuniqueError } from '../core/errors.js'
import { STATUSES, type Status } from '../core/tracking.js'

/** Statuses that end the follow-up: an item with one of them is never overdue. */
export const CLOSED_STATUSES: readonly Status[] = ['done', 'dropped']

/**
 * Reads a status typed by a user (any case, `in progress` or `in_progress` allowed).
 * @throws CommuniqueError 'usage' listing the valid statuses
 * @example parseStatus('In progress') // 'in-progress'
 */
export function parseStatus(value: string): Status {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
  if ((STATUSES as readonly string[]).includes(v)) return v as Status
  throw new CommuniqueError('usage', `invalid status "${value}"; use one of ${STATUSES.join(', ')}`, { params: { field: 'status', value, allowed: STATUSES } })
}

/** True for done and dropped. */
export function isClosed(status: Status): boolean {
  return CLOSED_STATUSES.includes(status)
}
