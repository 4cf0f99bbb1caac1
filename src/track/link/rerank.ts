// The re-ranker: a logistic regression over a candidate's features, with weights fit on a judged
// key by cross-validation (scripts/fit-link-reranker.ts) and kept as data (data/reranker.json).
import model from './data/reranker.json' with { type: 'json' }
import { FEATURE_NAMES } from './candidates.js'

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
}

/** The committed re-ranker (data/reranker.json). */
export const RERANKER: Readonly<Reranker> = checked(model)

/**
 * Probability that a candidate passage speaks of the action.
 * @param features in FEATURE_NAMES order
 */
export function rerankScore(features: readonly number[], reranker: Reranker = RERANKER): number {
  let z = reranker.bias
  for (let i = 0; i < features.length; i++) z += (reranker.weights[i] ?? 0) * features[i]!
  return 1 / (1 + Math.exp(-z))
}

function checked(m: Reranker): Reranker {
  if (m.features.join() !== FEATURE_NAMES.join() || m.weights.length !== FEATURE_NAMES.length) {
    throw new Error(
      `data/reranker.json names features [${m.features.join(', ')}] but the linker computes [${FEATURE_NAMES.join(', ')}]; refit with scripts/fit-link-reranker.ts.`,
    )
  }
  return m
}
