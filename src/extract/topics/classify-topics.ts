// Files a clause under topics of the taxonomy (src/lexicon/topics.ts) from its keywords and entities.
import type { Entity } from '../../core/item.js'
import { TOPICS } from '../../lexicon/topics.js'
import { entityId } from '../entities/entity-id.js'
import { findEntities } from '../entities/find-entities.js'
import { compileTopics, type CompiledTopics } from './compile-topics.js'

/** Options of classifyTopics. */
export interface ClassifyOptions {
  /** At most this many topics (3 by default). */
  max?: number
}

let compiled: CompiledTopics | null = null
const entityTopics = new Map<string, Set<number>>()

/**
 * The topic ids of a text, best first: usually one to three for a clause, none when nothing fits.
 *
 * Scoring: each distinct keyword counts 1 (a weak one 0.5), a keyword repeated counts 0.25 more
 * per repeat; each distinct entity the topic lists counts 1 (0.5 when weak), unless the topic's
 * keywords already matched that entity's words ("Ukraine" is not counted twice). A topic needs 1
 * point, and at least a third of the points of the best topic; ties go to the topic named first.
 *
 * @param text the clause (or any text)
 * @param entities its entities; found with findEntities(text) when omitted. Pass [] to use words only.
 * @param options.max at most this many topics (default 3)
 * @example classifyTopics('the Ministers decided to strengthen information-sharing and cooperation in cybersecurity') // ['cyber']
 */
export function classifyTopics(text: string, entities?: readonly Entity[], options: ClassifyOptions = {}): string[] {
  compiled ??= compileTopics(TOPICS)
  const score = new Float64Array(TOPICS.length)
  const first = new Float64Array(TOPICS.length).fill(Infinity)
  const seen = new Set<string>()
  for (const m of text.toLowerCase().matchAll(compiled.pattern)) {
    for (const hit of compiled.hitsOf(m[0])) {
      const key = `${hit.topic}:${m[0]}`
      score[hit.topic]! += seen.has(key) ? 0.25 : hit.weight
      seen.add(key)
      if (m.index < first[hit.topic]!) first[hit.topic] = m.index
    }
  }
  const counted = new Set<string>()
  for (const entity of entities ?? findEntities(text)) {
    const id = entityId(entity)
    if (counted.has(id)) continue
    counted.add(id)
    for (const hit of compiled.hitsOfEntity(id)) {
      if (keywordTopicsOf(entity.text, compiled).has(hit.topic)) continue
      score[hit.topic]! += hit.weight
      if (first[hit.topic] === Infinity) first[hit.topic] = text.length
    }
  }
  const best = Math.max(...score)
  if (best < 1) return []
  const order = TOPICS.map((_, i) => i)
    .filter((i) => score[i]! >= 1 && score[i]! >= best / 3)
    .sort((a, b) => score[b]! - score[a]! || first[a]! - first[b]! || a - b)
  return order.slice(0, options.max ?? 3).map((i) => TOPICS[i]!.id)
}

/** The topics whose keywords match an entity's own words (cached: entity names repeat). */
function keywordTopicsOf(words: string, topics: CompiledTopics): Set<number> {
  let found = entityTopics.get(words)
  if (found) return found
  found = new Set()
  for (const m of words.toLowerCase().matchAll(topics.pattern)) for (const hit of topics.hitsOf(m[0])) found.add(hit.topic)
  if (entityTopics.size > 10_000) entityTopics.clear()
  entityTopics.set(words, found)
  return found
}
