// Deadlines: the time expressions of a clause and the due date of the action it states (pure).
export { findDeadline } from './find-deadline.js'
export { findTimeExpressions } from './find-time-expressions.js'
export type { DeadlineContext, FiscalYear } from './types.js'
export { FISCAL_YEARS } from './words.js'
