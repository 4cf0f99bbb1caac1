// Compiles the topic taxonomy into one keyword regex, a lookup from matched words to topics, and
// an index from entity ids to topics.
import type { Topic } from '../../lexicon/topics.js'

/** One way a keyword or entity counts towards a topic. */
export interface TopicHit {
  /** Index of the topic in the taxonomy. */
  topic: number
  /** 1 for keywords and entity ids, 0.5 for weak ones. */
  weight: number
}

/** The taxonomy, compiled for fast matching. */
export interface CompiledTopics {
  /** Matches any keyword in lower-case text. */
  pattern: RegExp
  /** The hits of a matched (lower-case) keyword. */
  hitsOf(words: string): readonly TopicHit[]
  /** The hits of an entity id. */
  hitsOfEntity(id: string): readonly TopicHit[]
}

const SEPARATORS = /[\s\-‐‑–'’]+/g
const keyOf = (words: string): string => words.replace(SEPARATORS, '')
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The regex source of one keyword (see Topic). */
function keywordSource(keyword: string): string {
  const stem = keyword.endsWith('*')
  const words = (stem ? keyword.slice(0, -1) : keyword).split(/[\s-]+/)
  const body = words.map((w) => escape(w).replace(/['’]/g, "['’]?")).join('[\\s\\-‐‑–]*')
  return stem ? `${body}[\\p{L}\\p{N}]*` : `${body}(?![\\p{L}\\p{N}])`
}

/**
 * Compiles topics for classifyTopics.
 * @throws Error when a keyword is not lower case (keywords are matched against lower-cased text)
 */
export function compileTopics(topics: readonly Topic[]): CompiledTopics {
  const exact = new Map<string, TopicHit[]>()
  const stems = new Map<string, TopicHit[]>()
  const sources: Array<{ length: number; source: string }> = []
  const add = (map: Map<string, TopicHit[]>, key: string, hit: TopicHit): void => {
    const list = map.get(key) ?? []
    if (!list.some((h) => h.topic === hit.topic)) list.push(hit)
    map.set(key, list)
  }
  topics.forEach((topic, index) => {
    const all: Array<[string, number]> = [
      ...topic.keywords.map((k): [string, number] => [k, 1]),
      ...(topic.weak ?? []).map((k): [string, number] => [k, 0.5]),
    ]
    for (const [keyword, weight] of all) {
      if (keyword !== keyword.toLowerCase()) throw new Error(`compileTopics: keyword "${keyword}" of '${topic.id}' must be lower case.`)
      const stem = keyword.endsWith('*')
      add(stem ? stems : exact, keyOf(stem ? keyword.slice(0, -1) : keyword), { topic: index, weight })
      sources.push({ length: keyword.length, source: keywordSource(keyword) })
    }
  })
  sources.sort((a, b) => b.length - a.length)
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...new Set(sources.map((s) => s.source))].join('|')})`, 'gu')

  const entityExact = new Map<string, TopicHit[]>()
  const entityPrefixes: Array<[string, TopicHit]> = []
  topics.forEach((topic, index) => {
    const ids: Array<[string, number]> = [
      ...(topic.entityIds ?? []).map((id): [string, number] => [id, 1]),
      ...(topic.weakEntityIds ?? []).map((id): [string, number] => [id, 0.5]),
    ]
    for (const [id, weight] of ids) {
      if (id.endsWith('*')) entityPrefixes.push([id.slice(0, -1), { topic: index, weight }])
      else add(entityExact, id, { topic: index, weight })
    }
  })

  const none: readonly TopicHit[] = []
  return {
    pattern,
    hitsOf(words) {
      const key = keyOf(words)
      const hit = exact.get(key)
      if (hit) return hit
      // Note: the regex matched some keyword, so the longest stem that is a prefix of the words is it.
      for (let n = key.length; n > 0; n--) {
        const s = stems.get(key.slice(0, n))
        if (s) return s
      }
      return none
    },
    hitsOfEntity(id) {
      const direct = entityExact.get(id) ?? none
      const prefixed = entityPrefixes.filter(([p]) => id.startsWith(p)).map(([, h]) => h)
      return prefixed.length === 0 ? direct : [...direct, ...prefixed]
    },
  }
}
