// A meeting's review state as the API shows it. Until meetings carry one (issue 8's
// review-items.ts), every meeting is "unreviewed"; this one function is what changes then.
import type { StoredMeeting } from '../store/types.js'

/** A meeting's review: state, who set it and when, item counts by review state. */
export interface MeetingReview {
  state: 'unreviewed' | 'in-review' | 'reviewed'
  by: string | null
  at: string | null
  counts: { proposed: number; accepted: number; rejected: number }
}

/** The review of a meeting (placeholder until items have review states: all extracted items count as proposed). */
export function meetingReview(m: Pick<StoredMeeting, 'itemCount'>): MeetingReview {
  return { state: 'unreviewed', by: null, at: null, counts: { proposed: m.itemCount, accepted: 0, rejected: 0 } }
}
