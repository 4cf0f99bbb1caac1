// Compliance averages by party, topic or meeting, on the −1..+1 scale and as a percentage.
import type { ComplianceScore } from '../core/tracking.js'
import { scoreToPercent } from './score.js'

/** One assessment with what it is grouped by. */
export interface ComplianceRecord {
  itemId: number
  party: string
  score: ComplianceScore
  round: string
  /** ISO timestamp; the latest wins when rounds are not chosen. */
  recordedAt: string
  topics: readonly string[]
  /** The meeting's slug (or any label). */
  meeting: string
}

/** What averages are grouped by. */
export type ComplianceGrouping = 'party' | 'topic' | 'meeting'

/** One average. */
export interface ComplianceAverage {
  key: string
  /** Assessments counted. */
  count: number
  /** Distinct items they cover. */
  items: number
  /** Mean score, −1..+1, two decimals. */
  mean: number
  /** The mean as a percentage: −1 → 0, +1 → 100. */
  percent: number
}

/** Label of the group of items without topics. */
export const NO_TOPIC = '(no topic)'

/**
 * Averages compliance scores. With `round`, only that round counts; without, each party's latest
 * assessment of each item counts (so an interim and a final score are not averaged together).
 * @example complianceAverages(records, { by: 'party', round: 'final-2016' })
 */
export function complianceAverages(records: readonly ComplianceRecord[], options: { by: ComplianceGrouping; round?: string }): ComplianceAverage[] {
  const chosen = new Map<string, ComplianceRecord>()
  for (const r of records) {
    if (options.round !== undefined && r.round !== options.round) continue
    const key = `${r.itemId}\u0000${r.party}`
    const prior = chosen.get(key)
    if (!prior || prior.recordedAt <= r.recordedAt) chosen.set(key, r)
  }
  const groups = new Map<string, { sum: number; count: number; items: Set<number> }>()
  for (const r of chosen.values()) {
    const keys = options.by === 'party' ? [r.party] : options.by === 'meeting' ? [r.meeting] : r.topics.length > 0 ? [...r.topics] : [NO_TOPIC]
    for (const k of keys) {
      const g = groups.get(k) ?? { sum: 0, count: 0, items: new Set<number>() }
      g.sum += r.score
      g.count++
      g.items.add(r.itemId)
      groups.set(k, g)
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, g]) => {
      const mean = g.sum / g.count
      return { key, count: g.count, items: g.items.size, mean: Math.round(mean * 100) / 100, percent: scoreToPercent(mean) }
    })
}
