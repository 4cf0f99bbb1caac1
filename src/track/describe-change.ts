// One line that says what a history entry changed: "status: not-started → in-progress".
import type { HistoryEntry } from '../core/tracking.js'

const show = (v: unknown): string => (v === null || v === undefined ? '(none)' : typeof v === 'string' ? v : JSON.stringify(v))

/**
 * Describes a history entry for people.
 * @example describeChange({ field: 'owner', before: null, after: 'MOFA' }) // 'owner: (none) → MOFA'
 */
export function describeChange(entry: Pick<HistoryEntry, 'field' | 'before' | 'after'>): string {
  const a = (entry.after ?? {}) as Record<string, unknown>
  switch (entry.field) {
    case 'evidence': return `evidence added: ${[a.date, a.url, a.note].filter(Boolean).join(' · ')}`
    case 'comment': return `comment: ${show(a.text)}`
    case 'assessment': {
      const b = entry.before as Record<string, unknown> | null
      const score = (s: unknown): string => (s === 1 ? '+1' : String(s))
      return `assessment ${show(a.party)} [${show(a.round)}]: ${b ? `${score(b.score)} → ` : ''}${score(a.score)} (${show(a.rationale)})`
    }
    default: return `${entry.field}: ${show(entry.before)} → ${show(entry.after)}`
  }
}
