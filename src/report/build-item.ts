// One stored item → the report's view of it: tracking fields, derived due/overdue, chosen scores.
import { isTrackable } from '../core/item.js'
import type { Evidence } from '../core/tracking.js'
import type { ReportItemInput } from './input.js'
import type { ReportItem } from './model.js'
import { pickScores } from './compliance.js'
import { OTHER_TOPIC } from './labels.js'
import { dueFromDeadline, isOverdue } from '../track/due.js'
import { isClosed } from '../track/status.js'

/** What judging an item needs besides the item. */
export interface ItemContext {
  /** The report's "today" (ISO). */
  asOf: string
  /** Last day of the due-soon window (ISO). */
  dueSoonUntil: string
  /** Next meeting's date, for deadlines relative to it. */
  nextMeetingDate: string | null
  /** Assessment round, or null for the latest per party. */
  round: string | null
  /** Meeting parties, listed first in scores. */
  parties: readonly string[]
  /** Paragraph number → text. */
  paragraphs: ReadonlyMap<number, string>
  /** Slug of the meeting the items belong to. */
  meeting: string
}

/**
 * Builds the report's record of one item.
 * @param input the stored item with its tracking, evidence, assessments, comments and links
 * @param ctx the report's date, window, round and paragraphs
 */
export function buildItem(input: ReportItemInput, ctx: ItemContext): ReportItem {
  const { item, tracking } = input
  const tracked = isTrackable(item.type)
  const status = tracking?.status ?? 'not-started'
  const open = !isClosed(status)
  const due = dueOf(input, ctx.nextMeetingDate)
  return {
    ...item,
    id: input.storeId,
    localId: item.id,
    meeting: ctx.meeting,
    tracked,
    owner: tracking?.owner ?? null,
    status,
    due,
    version: tracking?.version ?? null,
    updatedAt: tracking?.updatedAt ?? null,
    overdue: tracked && isOverdue({ due, status }, ctx.asOf),
    dueSoon: tracked && open && due !== null && due >= ctx.asOf && due <= ctx.dueSoonUntil,
    sectionTopic: item.topics[0] ?? OTHER_TOPIC,
    paragraphText: ctx.paragraphs.get(item.paragraph) ?? null,
    evidence: [...input.evidence].sort(byEvidenceDate),
    assessments: [...input.assessments].sort((a, b) => a.round.localeCompare(b.round) || a.party.localeCompare(b.party) || a.id - b.id),
    scores: pickScores(input.assessments, ctx.round, ctx.parties),
    comments: [...input.comments].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id - b.id),
    links: input.links
      .filter((l) => l.review !== 'rejected')
      .sort((a, b) => (a.meetingDate ?? '9999').localeCompare(b.meetingDate ?? '9999') || a.paragraph - b.paragraph || a.id - b.id),
    reviewMarks: [...(input.review?.origin === 'added' ? ['added by reviewer'] : []), ...(input.review?.edited ? ['edited'] : [])],
  }
}

// Note: a tracked item's due date is what its tracking says (the store copies the deadline there
// and users may edit or clear it); only untracked input falls back to the deadline itself.
function dueOf(input: ReportItemInput, nextMeetingDate: string | null): string | null {
  const deadline = input.item.deadline
  const due = input.tracking ? input.tracking.due : dueFromDeadline(deadline)
  if (due === null && deadline?.relative === 'next-meeting') return nextMeetingDate
  return due
}

function byEvidenceDate(a: Evidence, b: Evidence): number {
  return (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.recordedAt.localeCompare(b.recordedAt) || a.id - b.id
}
