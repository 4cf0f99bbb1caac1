// Files a clause under topics of the taxonomy (src/lexicon/topics.ts) from its keywords and entities.
import type { Entity } from '../../core/item.js'
import { TOPIC_STOP_PHRASES, TOPICS, type Topic } from '../../lexicon/topics.js'
import { lexiconVersion, userLexicon } from '../../lexicon/user-lexicon.js'
import { entityId } from '../entities/entity-id.js'
import { findEntities } from '../entities/find-entities.js'
import { compileTopics, type CompiledTopics } from './compile-topics.js'

/** Options of classifyTopics. */
export interface ClassifyOptions {
  /** At most this many topics (3 by default). */
  max?: number
}

let compiled: CompiledTopics | null = null
let compiledVersion = -1
let topics: readonly Topic[] = TOPICS

/** The taxonomy in force: the built-in topics with the user's keywords added, then the user's new topics. */
function topicsInForce(): readonly Topic[] {
  const user = userLexicon().topics
  if (user.length === 0) return TOPICS
  const extended = TOPICS.map((t) => {
    const more = user.filter((u) => u.id === t.id).flatMap((u) => u.keywords)
    return more.length ? { ...t, keywords: [...t.keywords, ...more] } : t
  })
  const fresh = new Map<string, Topic>()
  for (const u of user) {
    if (TOPICS.some((t) => t.id === u.id)) continue
    const prev = fresh.get(u.id)
    fresh.set(u.id, {
      id: u.id,
      label: u.label ?? prev?.label ?? u.id,
      description: 'Added by a user lexicon.',
      example: '',
      keywords: [...(prev?.keywords ?? []), ...u.keywords],
    })
  }
  return [...extended, ...fresh.values()]
}
const entityPoints = new Map<string, Map<number, number>>()

/** Adds a topic's points, and where it was first seen. (A function of the module, not a closure made per text: speed.) */
function addPoints(score: Map<number, number>, first: Map<number, number>, topic: number, points: number, at: number): void {
  score.set(topic, (score.get(topic) ?? 0) + points)
  if (!first.has(topic)) first.set(topic, at)
}

/**
 * The topic ids of a text, best first: usually one to three for a clause, none when nothing fits.
 *
 * Scoring: each distinct keyword counts 1 (a weak one 0.5), and a quarter of that again for each
 * repeat; each distinct entity the topic lists counts 1 (0.5 when weak), less what the topic's
 * keywords already got from that entity's own words ("Ukraine" is not counted twice). A topic needs 1
 * point, and at least a third of the points of the best topic; ties go to the topic named first.
 *
 * @param text the clause (or any text)
 * @param entities its entities; found with findEntities(text) when omitted. Pass [] to use words only.
 * @param options.max at most this many topics (default 3)
 * @example classifyTopics('the Ministers decided to strengthen information-sharing and cooperation in cybersecurity') // ['cyber']
 */
export function classifyTopics(text: string, entities?: readonly Entity[], options: ClassifyOptions = {}): string[] {
  if (compiledVersion !== lexiconVersion() || !compiled) {
    topics = topicsInForce()
    compiled = compileTopics(topics, TOPIC_STOP_PHRASES)
    compiledVersion = lexiconVersion()
    entityPoints.clear()
  }
  const score = new Map<number, number>()
  const first = new Map<number, number>()
  const seen = new Set<number>()
  for (const m of compiled.keywordsIn(text)) {
    const repeat = seen.has(m.keyword)
    seen.add(m.keyword)
    for (const hit of m.hits) addPoints(score, first, hit.topic, repeat ? hit.weight / 4 : hit.weight, m.from)
  }
  const counted = new Set<string>()
  for (const entity of entities ?? findEntities(text)) {
    const id = entityId(entity)
    if (counted.has(id)) continue
    counted.add(id)
    const inside = keywordPointsIn(entity.text, compiled)
    for (const hit of compiled.hitsOfEntity(id)) {
      const points = hit.weight - (inside.get(hit.topic) ?? 0)
      if (points > 0) addPoints(score, first, hit.topic, points, Number.MAX_SAFE_INTEGER)
    }
  }
  let best = 0
  for (const points of score.values()) best = Math.max(best, points)
  if (best < 1) return []
  return [...score.keys()]
    .filter((t) => score.get(t)! >= 1 && score.get(t)! >= best / 3)
    .sort((a, b) => score.get(b)! - score.get(a)! || first.get(a)! - first.get(b)! || a - b)
    .slice(0, options.max ?? 3)
    .map((t) => topics[t]!.id)
}

/** The points the keywords inside an entity's own words give each topic (cached: entity names repeat). */
function keywordPointsIn(words: string, topics: CompiledTopics): Map<number, number> {
  let points = entityPoints.get(words)
  if (points) return points
  points = new Map()
  for (const m of topics.keywordsIn(words)) for (const hit of m.hits) points.set(hit.topic, (points.get(hit.topic) ?? 0) + hit.weight)
  if (entityPoints.size > 10_000) entityPoints.clear()
  entityPoints.set(words, points)
  return points
}
