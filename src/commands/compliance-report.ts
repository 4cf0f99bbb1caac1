// Compliance averages over the items a filter selects, read from the store.
import { complianceAverages, type ComplianceAverage, type ComplianceGrouping } from '../track/index.js'
import type { Store } from '../store/store.js'
import type { ItemFilter } from '../store/types.js'

/**
 * Averages the assessments of the items matching `filter`, grouped by party, topic or meeting.
 * @param round only this round; by default each party's latest score per item
 */
export async function complianceReport(store: Store, options: { by: ComplianceGrouping; round?: string; filter?: ItemFilter }): Promise<ComplianceAverage[]> {
  const items = await store.listItems({ ...options.filter, trackableOnly: true })
  const byId = new Map(items.map((i) => [i.id, i]))
  const assessments = await store.listAssessments(items.map((i) => i.id))
  return complianceAverages(
    assessments.map((a) => {
      const item = byId.get(Number(a.itemId))!
      return { itemId: item.id, party: a.party, score: a.score, round: a.round, recordedAt: a.recordedAt, topics: item.topics, meeting: item.meetingSlug }
    }),
    { by: options.by, round: options.round },
  )
}
