// How much a passage speaks of an item: lemma similarity (TF-IDF cosine × coverage), shared names,
// shared topics and a shared rare word pair, combined by fixed weights (docs/linking.md, "Score").
import type { Item } from '../../core/item.js'
import { findItemNames } from './find-names.js'
import { toFeatures, type PassageFeatures, type SeriesIndex, type TextFeatures } from './series-index.js'
import type { LinkName, LinkSignals } from './types.js'

/**
 * Weights of the parts of the score. A part that cannot be computed (the item names nothing, or
 * either side has no topics) is left out and the other weights are scaled up to sum to 1.
 */
export const SCORE_WEIGHTS: Readonly<ScoreWeights> = { lexical: 0.55, names: 0.25, topics: 0.1, ngram: 0.1 }

/** Weights of the four parts of a link score (any scale: they are divided by their sum). */
export interface ScoreWeights {
  lexical: number
  names: number
  topics: number
  ngram: number
}

/** An earlier item prepared for scoring against many passages. */
export interface LinkQuery {
  item: Item
  /** The text matched: the item's clause, or its whole sentence (see itemContext). */
  text: string
  /** The item's lemmas with TF-IDF weights. */
  features: PassageFeatures
  /** The item's names with their weight and the ` stem stem ` string to look for. */
  names: Array<LinkName & { weight: number; needle: string }>
  topics: Set<string>
  /** The item's stems rarer than RARITY_CUTOFF. */
  rareStems: string[]
}

/** A passage to score: its features and the topics of the later items it holds. */
export interface ScoredPassageInput {
  features: PassageFeatures
  topics: ReadonlySet<string>
}

/**
 * Prepares an item for scoring: lemma vector weighted by the series' IDF, and its names weighted
 * by kind × rarity (0 at RARITY_CUTOFF, 1 for a name found in one passage).
 * @param item the earlier item
 * @param index the series' statistics (indexSeries)
 * @param context the text to match instead of the item's clause (its sentence), when given
 */
export function toLinkQuery(item: Item, index: SeriesIndex, context?: string): LinkQuery {
  const text = context ?? item.text
  const features = index.weigh(toFeatures(text))
  const names = findItemNames({ text, entities: item.entities }).map((n) => {
    return { ...n, weight: n.kindWeight * index.rarity(index.nameIdf(n.key)), needle: ` ${n.key.join(' ')} ` }
  })
  const rareStems = [...features.counts.keys()].filter((st) => index.rarity(index.idf(st)) > 0)
  return { item, text, features, names, topics: new Set(item.topics ?? []), rareStems }
}

/**
 * Scores one passage for one item: 0..1, and the parts that made it.
 * @param query from {@link toLinkQuery}
 * @param passage the passage's features and topics
 * @param index the series' statistics
 * @param weights the weights of the parts; SCORE_WEIGHTS by default
 */
export function scorePassage(
  query: LinkQuery,
  passage: ScoredPassageInput,
  index: SeriesIndex,
  weights: Readonly<ScoreWeights> = SCORE_WEIGHTS,
): { score: number; signals: LinkSignals } {
  const lexical = lexicalSimilarity(query.features, passage.features)
  const names = nameShare(query, passage.features)
  const topics = query.topics.size > 0 && passage.topics.size > 0 ? jaccard(query.topics, passage.topics) : null
  const pair = bestSharedPair(query.features, passage.features, index)
  const parts: Array<[number, number | null]> = [
    [weights.lexical, lexical],
    [weights.names, names.share],
    [weights.topics, topics],
    [weights.ngram, pair.score],
  ]
  let sum = 0
  let weight = 0
  for (const [w, v] of parts) {
    if (v === null) continue
    sum += w * v
    weight += w
  }
  const distinctive = sharesRareWord(query, passage.features) || names.shared.length > 0
  const yearsDiffer = otherYears(query.features, passage.features)
  const factor = (distinctive ? 1 : BOILERPLATE_FACTOR) * (yearsDiffer ? OTHER_YEAR_FACTOR : 1)
  const score = weight > 0 ? round((sum / weight) * factor) : 0
  return {
    score,
    signals: {
      lexical: round(lexical),
      names: names.share === null ? null : round(names.share),
      topics: topics === null ? null : round(topics),
      ngram: round(pair.score),
      sharedNames: names.shared,
      sharedNgram: pair.pair,
      distinctive,
      yearsDiffer,
    },
  }
}

/**
 * Score factor for a passage that shares only common words with the item ("a free and open
 * Indo-Pacific that is inclusive and resilient", "peace and stability"): the series says these in
 * every other sentence, so sharing them is no evidence.
 */
export const BOILERPLATE_FACTOR = 0.5

/**
 * Score factor for a passage that names years, none of them the item's: "hold our next summit in
 * 2023" is not answered by "India will host our next summit in 2024".
 */
export const OTHER_YEAR_FACTOR = 0.7

/** True when item and passage share a stem rarer than RARITY_CUTOFF. */
function sharesRareWord(query: LinkQuery, passage: TextFeatures): boolean {
  for (const s of query.rareStems) if (passage.counts.has(s)) return true
  return false
}

/** True when the item names a year and the passage names years, none of them the item's. */
function otherYears(item: TextFeatures, passage: TextFeatures): boolean {
  return item.years.length > 0 && passage.years.length > 0 && !passage.years.some((y) => item.years.includes(y))
}

/**
 * Lexical similarity: the geometric mean of the TF-IDF cosine and the item's coverage (the share
 * of the item's IDF mass found in the passage). Cosine alone punishes a long sentence that restates
 * the item among other things; coverage alone rewards any long sentence.
 */
export function lexicalSimilarity(item: PassageFeatures, passage: PassageFeatures): number {
  if (item.norm === 0 || passage.norm === 0) return 0
  let dot = 0
  let covered = 0
  let mass = 0
  for (const [s, w] of item.weights) {
    mass += w
    const v = passage.weights.get(s)
    if (v === undefined) continue
    dot += w * v
    covered += w
  }
  const cos = dot / (item.norm * passage.norm)
  return Math.sqrt(cos * (covered / mass))
}

// Note: the floor keeps an item whose only names are common ones ("Japan") from scoring 1 on any
// passage that names them too.
const NAME_FLOOR = 0.5

function nameShare(query: LinkQuery, passage: TextFeatures): { share: number | null; shared: string[] } {
  if (query.names.length === 0) return { share: null, shared: [] }
  let total = 0
  let found = 0
  const shared: string[] = []
  for (const n of query.names) {
    total += n.weight
    if (passage.counts.has(n.key[0]!) && passage.joined.includes(n.needle)) {
      found += n.weight
      // Note: names common in the series ("Japan") weigh 0 and are not evidence.
      if (n.weight > 0) shared.push(n.text)
    }
  }
  return { share: Math.min(1, found / Math.max(total, NAME_FLOOR)), shared }
}

function bestSharedPair(a: TextFeatures, b: TextFeatures, index: SeriesIndex): { score: number; pair: string | null } {
  let best = 0
  let pair: string | null = null
  for (const bg of a.bigrams) {
    if (!b.bigrams.has(bg)) continue
    const v = index.bigramRarity(bg)
    if (v > best) {
      best = v
      pair = bg
    }
  }
  return { score: best, pair }
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let both = 0
  for (const x of a) if (b.has(x)) both++
  return both / (a.size + b.size - both)
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
