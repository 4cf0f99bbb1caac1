// Tracking rules (pure): statuses, due dates, scores and rounds, assessable parties, compliance averages.
export { parseStatus, isClosed, CLOSED_STATUSES } from './status.js'
export { dueFromDeadline, parseDue, isOverdue } from './due.js'
export { assertIsoDate } from '../core/dates.js'
export { parseScore, parseRound, scoreToPercent, DEFAULT_ROUND } from './score.js'
export { assessableParties, resolveParty, canonicalParty } from './parties.js'
export { resolveActor } from './actor.js'
export { complianceAverages, NO_TOPIC, type ComplianceRecord, type ComplianceGrouping, type ComplianceAverage } from './compliance.js'
export { describeChange } from './describe-change.js'
