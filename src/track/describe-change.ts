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
    case 'evidence':
      return `evidence added: ${[a.date, a.url, a.note].filter(Boolean).join(' · ')}`
    case 'comment':
      return `comment: ${show(a.text)}`
    case 'assessment': {
      const b = entry.before as Record<string, unknown> | null
      const score = (s: unknown): string => (s === 1 ? '+1' : String(s))
      return `assessment ${show(a.party)} [${show(a.round)}]: ${b ? `${score(b.score)} → ` : ''}${score(a.score)} (${show(a.rationale)})`
    }
    case 'span': {
      const b = (entry.before ?? {}) as Record<string, unknown>
      return `span: "${show(b.text)}" [${show(b.start)}-${show(b.end)}] → "${show(a.text)}" [${show(a.start)}-${show(a.end)}]`
    }
    case 'added':
      return `added by reviewer: ${show(a.type)} [${show(a.start)}-${show(a.end)}] "${show(a.text)}"`
    case 'actors':
    case 'topics': {
      const list = (v: unknown): string => (Array.isArray(v) && v.length > 0 ? v.join(', ') : '(none)')
      return `${entry.field}: ${list(entry.before)} → ${list(entry.after)}`
    }
    case 'reextract':
      return `re-extracted: ${show((entry.before as Record<string, unknown> | null)?.type)} (${show((entry.before as Record<string, unknown> | null)?.rule)}) → ${show(a.type)} (${show(a.rule)})`
    default:
      return `${entry.field}: ${show(entry.before)} → ${show(entry.after)}`
  }
}
