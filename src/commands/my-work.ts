// "My work" for a signed-in user: items they own, items of their party, overdue ones, ones due
// before the next meeting of their series, and the meetings with counts.
import type { UserRecord } from '../store/accounts.js'
import type { Store } from '../store/store.js'
import type { StoredItem } from '../store/types.js'
import { isClosed, isOverdue } from '../track/index.js'

/** The answer of GET /api/work. */
export interface MyWork {
  owned: StoredItem[]
  partyItems: StoredItem[]
  overdue: StoredItem[]
  dueBeforeNextMeeting: StoredItem[]
  /** Trackable items of mine (my party's, or all without a party) still proposed by the extractor. */
  awaitingReview: StoredItem[]
  meetings: Array<{ id: number; slug: string; title: string | null; counts: { items: number; trackable: number; open: number; overdue: number } }>
}

const LIMIT = 100

/** Reads the work list of a user on `today`. */
export async function myWork(store: Store, user: UserRecord, today: string): Promise<MyWork> {
  // Note: rejected items are not work (they leave the report too).
  const items = await store.listItems({ trackableOnly: true, review: ['proposed', 'accepted'] })
  const open = (i: StoredItem) => Boolean(i.tracking && !isClosed(i.tracking.status))
  const overdueOf = (i: StoredItem) => Boolean(i.tracking && isOverdue(i.tracking, today))
  const meetings = await store.listMeetings()
  const nextDate = new Map<string, string>()
  for (const m of meetings)
    if (m.series && m.date && m.date > today && (!nextDate.has(m.series) || m.date < nextDate.get(m.series)!)) nextDate.set(m.series, m.date)
  const mine = (i: StoredItem) => !user.party || i.actors.includes(user.party) || i.tracking?.owner === user.name
  return {
    owned: items.filter((i) => i.tracking?.owner === user.name).slice(0, LIMIT),
    partyItems: user.party ? items.filter((i) => i.actors.includes(user.party!)).slice(0, LIMIT) : [],
    overdue: items.filter((i) => mine(i) && overdueOf(i)).slice(0, LIMIT),
    dueBeforeNextMeeting: items
      .filter((i) => {
        const next = i.series ? nextDate.get(i.series) : undefined
        return mine(i) && open(i) && next !== undefined && Boolean(i.tracking?.due && i.tracking.due >= today && i.tracking.due <= next)
      })
      .slice(0, LIMIT),
    awaitingReview: items.filter((i) => i.review.state === 'proposed' && (!user.party || i.actors.includes(user.party))).slice(0, LIMIT),
    meetings: meetings.map((m) => {
      const of = items.filter((i) => i.meetingId === m.id)
      return {
        id: m.id,
        slug: m.slug,
        title: m.title,
        counts: { items: m.itemCount, trackable: m.trackableCount, open: of.filter(open).length, overdue: of.filter(overdueOf).length },
      }
    }),
  }
}
