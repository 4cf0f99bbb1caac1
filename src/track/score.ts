// Compliance scores on the −1 / 0 / +1 scale, assessment rounds, and the percentage view.
import { CommuniqueError } from '../core/errors.js'
import type { ComplianceScore } from '../core/tracking.js'

/** The round an assessment goes into when none is named. */
export const DEFAULT_ROUND = 'default'

/**
 * Reads a score: -1, 0, 1 (also +1).
 * @throws CommuniqueError 'usage'
 */
export function parseScore(value: string | number): ComplianceScore {
  const v = String(value).trim().replace(/^\+/, '')
  if (v === '-1' || v === '0' || v === '1') return Number(v) as ComplianceScore
  throw new CommuniqueError('usage', `invalid score "${value}"; use -1 (not done), 0 (partly or in progress) or 1 (done)`, {
    params: { field: 'score', value, allowed: [-1, 0, 1] },
  })
}

/**
 * Reads a round name such as `interim-2016`: letters, digits, '.', '_' and '-', up to 64 characters.
 * @throws CommuniqueError 'usage'
 */
export function parseRound(value: string | undefined): string {
  if (value === undefined) return DEFAULT_ROUND
  const v = value.trim()
  if (/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(v)) return v
  throw new CommuniqueError('usage', `invalid round name "${value}"; use letters, digits and hyphens, e.g. interim-2016 or final-2016`, {
    params: { field: 'round', value },
  })
}

/**
 * A mean score as a percentage: −1 → 0 %, 0 → 50 %, +1 → 100 %.
 * @example scoreToPercent(0.5) // 75
 */
export function scoreToPercent(mean: number): number {
  return Math.round(((mean + 1) / 2) * 1000) / 10
}
