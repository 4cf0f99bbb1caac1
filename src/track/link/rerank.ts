// The re-ranker: a logistic regression over a candidate's features, with weights fit on a judged
// key by cross-validation (scripts/fit-link-reranker.ts) and kept as data (data/reranker.json).
import model from './data/reranker.json' with { type: 'json' }
import { DETECT_FEATURE_NAMES, FEATURE_NAMES } from './candidates.js'

/** A fitted re-ranker. */
export interface Reranker {
  /** Feature names, in the order of `weights` (must equal FEATURE_NAMES). */
  features: readonly string[]
  weights: readonly number[]
  bias: number
  /** Lowest probability a best passage needs to be suggested. */
  threshold: number
  /** A second passage of the same meeting is kept when its probability is at least this share of the best. */
  secondRatio: number
  /**
   * Weights of the group's detection features (DETECT_FEATURE_NAMES order), added to the score of
   * every candidate of an (action, later meeting) group: whether to suggest anything there. Absent: none.
   */
  detect?: { features: readonly string[]; weights: readonly number[] }
}

/** The committed re-ranker (data/reranker.json). */
export const RERANKER: Readonly<Reranker> = checked(model)

/**
 * Probability that a candidate passage speaks of the action.
 * @param features in FEATURE_NAMES order
 */
export function rerankScore(features: readonly number[], reranker: Reranker = RERANKER, offset = 0): number {
  return 1 / (1 + Math.exp(-(reranker.bias + offset + rerankLinear(features, reranker))))
}

/** The linear part of a candidate's score (w·x, without the bias): what ranks the candidates of a group. */
export function rerankLinear(features: readonly number[], reranker: Reranker = RERANKER): number {
  let z = 0
  for (let i = 0; i < features.length; i++) z += (reranker.weights[i] ?? 0) * features[i]!
  return z
}

/** What a group's detection features add to each of its candidates' scores (0 without detection weights). */
export function detectOffset(features: readonly number[], reranker: Reranker = RERANKER): number {
  if (!reranker.detect) return 0
  let z = 0
  for (let i = 0; i < features.length; i++) z += (reranker.detect.weights[i] ?? 0) * features[i]!
  return z
}

function checked(m: Reranker): Reranker {
  if (m.features.join() !== FEATURE_NAMES.join() || m.weights.length !== FEATURE_NAMES.length) {
    throw new Error(
      `data/reranker.json names features [${m.features.join(', ')}] but the linker computes [${FEATURE_NAMES.join(', ')}]; refit with scripts/fit-link-reranker.ts.`,
    )
  }
  if (m.detect && (m.detect.features.join() !== DETECT_FEATURE_NAMES.join() || m.detect.weights.length !== DETECT_FEATURE_NAMES.length)) {
    throw new Error(
      `data/reranker.json names detection features [${m.detect.features.join(', ')}] but the linker computes [${DETECT_FEATURE_NAMES.join(', ')}]; refit with scripts/fit-link-reranker.ts.`,
    )
  }
  return m
}
