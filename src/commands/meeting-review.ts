// A meeting's review as the API shows it: its state (who set it, when) from the meeting record and
// its items counted by review state (issue 8). Proposed items are the current items not yet decided.
import type { Store } from '../store/store.js'
import type { StoredMeeting } from '../store/types.js'

/** A meeting's review: state, who set it and when, item counts by review state. */
export interface MeetingReviewView {
  state: 'unreviewed' | 'in-review' | 'reviewed'
  by: string | null
  at: string | null
  counts: { proposed: number; accepted: number; rejected: number }
}

/** Decided (accepted, rejected) items of one meeting. */
export interface DecidedCounts {
  accepted: number
  rejected: number
}

/**
 * Counts the accepted and rejected current items by meeting id (of one meeting, or of all).
 * Reads only decided items, which are few next to the proposed ones on a large register.
 */
export async function decidedCounts(store: Store, meetingId?: number): Promise<Map<number, DecidedCounts>> {
  const decided = await store.listItems({ review: ['accepted', 'rejected'], ...(meetingId !== undefined ? { meeting: String(meetingId) } : {}) })
  const out = new Map<number, DecidedCounts>()
  for (const i of decided) {
    const c = out.get(i.meetingId) ?? { accepted: 0, rejected: 0 }
    if (i.review.state === 'accepted') c.accepted++
    else c.rejected++
    out.set(i.meetingId, c)
  }
  return out
}

/** The review of a meeting from its record and its decided counts (itemCount counts its current items). */
export function meetingReview(m: Pick<StoredMeeting, 'itemCount' | 'review'>, decided: DecidedCounts | undefined): MeetingReviewView {
  const accepted = decided?.accepted ?? 0
  const rejected = decided?.rejected ?? 0
  return { state: m.review.state, by: m.review.by, at: m.review.at, counts: { proposed: Math.max(0, m.itemCount - accepted - rejected), accepted, rejected } }
}
