// Compiles the topic taxonomy into a keyword trie over lower-case tokens, and an index from
// entity ids to topics.
import type { Topic } from '../../lexicon/topics.js'
import { tokenize, type Token } from '../entities/tokens.js'

/** One way a keyword or entity counts towards a topic. */
export interface TopicHit {
  /** Index of the topic in the taxonomy. */
  topic: number
  /** 1 for keywords and entity ids, 0.5 for weak ones. */
  weight: number
}

/** A keyword found in a text. */
export interface KeywordMatch {
  /** Stable number of the keyword (for counting repeats). */
  keyword: number
  hits: readonly TopicHit[]
  /** Index of the first token. */
  from: number
}

/** The taxonomy, compiled for fast matching. */
export interface CompiledTopics {
  /** Keyword matches in a text, left to right, longest first, without overlaps. */
  keywordsIn(text: string): KeywordMatch[]
  /** The hits of an entity id. */
  hitsOfEntity(id: string): readonly TopicHit[]
}

interface Node {
  id: number
  next: Map<string, Node>
  /**
   * Children reached by a word that starts with a stem, in buckets by a number made of the stem's
   * first three letters (stemKey; stems that share the number share a bucket, in the order added).
   */
  stems: Map<number, Array<[string, Node]>> | null
  hits: TopicHit[] | null
}

const STEM_INDEX = 3
let nodeIds = 0
const newNode = (): Node => ({ id: nodeIds++, next: new Map(), stems: null, hits: null })

/**
 * The bucket number of a key's first three letters (STEM_INDEX). Two prefixes may share a number:
 * a bucket's stems are still each compared whole (startsWith), so that only merges short buckets.
 * Note: a number from the char codes, not a cut of the key: no string is made per token read (speed).
 */
function stemKey(key: string): number {
  return ((key.charCodeAt(0) & 0x3ff) << 20) | ((key.charCodeAt(1) & 0x3ff) << 10) | (key.charCodeAt(2) & 0x3ff)
}

/** The child of a node for one keyword token (`stem` for a trailing `*`), created when missing. */
function child(node: Node, key: string, stem: boolean): Node {
  if (!stem) {
    let c = node.next.get(key)
    if (!c) node.next.set(key, (c = newNode()))
    return c
  }
  if (key.length < STEM_INDEX) throw new Error(`compileTopics: the stem "${key}*" is too short; write at least ${STEM_INDEX} letters.`)
  node.stems ??= new Map()
  const bucketKey = stemKey(key)
  const bucket = node.stems.get(bucketKey) ?? []
  node.stems.set(bucketKey, bucket)
  let found = bucket.find(([k]) => k === key)
  if (!found) bucket.push((found = [key, newNode()]))
  return found[1]
}

/**
 * The token sequences a keyword matches: its words as written (hyphenated parts apart), and all
 * of them joined into one word ("counterterrorism"). A hyphenated compound in the text is tried
 * both apart and joined (see matchKeywords), so "counter-terrorism", "counter terrorism" and
 * "counterterrorism" all match the keyword "counter-terrorism".
 */
function keywordForms(keyword: string): Array<{ keys: string[]; stem: boolean }> {
  const stem = keyword.endsWith('*')
  const body = stem ? keyword.slice(0, -1) : keyword
  const keys = tokenize(body, { lowerCase: true }).map((t) => t.key)
  const forms = [{ keys, stem }]
  if (keys.length > 1 && /^[\p{L}\p{N}]+(?:[\s-][\p{L}\p{N}]+)+$/u.test(body)) forms.push({ keys: [keys.join('')], stem })
  return forms
}

/**
 * Compiles topics for classifyTopics.
 * @param stopPhrases phrases that match (so that no keyword inside them does) and count for nothing
 * @throws Error when a keyword is not lower case (keywords are matched against lower-cased text)
 */
export function compileTopics(topics: readonly Topic[], stopPhrases: readonly string[] = []): CompiledTopics {
  const root = newNode()
  for (const phrase of stopPhrases) {
    for (const { keys, stem } of keywordForms(phrase)) {
      let node = root
      keys.forEach((key, i) => {
        node = child(node, key, stem && i === keys.length - 1)
      })
      node.hits ??= []
    }
  }
  topics.forEach((topic, index) => {
    const all: Array<[string, number]> = [...topic.keywords.map((k): [string, number] => [k, 1]), ...(topic.weak ?? []).map((k): [string, number] => [k, 0.5])]
    for (const [keyword, weight] of all) {
      if (keyword !== keyword.toLowerCase()) throw new Error(`compileTopics: keyword "${keyword}" of '${topic.id}' must be lower case.`)
      for (const { keys, stem } of keywordForms(keyword)) {
        let node = root
        keys.forEach((key, i) => {
          node = child(node, key, stem && i === keys.length - 1)
        })
        node.hits ??= []
        if (!node.hits.some((h) => h.topic === index)) node.hits.push({ topic: index, weight })
      }
    }
  })

  const entityExact = new Map<string, TopicHit[]>()
  const entityPrefixes: Array<[string, TopicHit]> = []
  topics.forEach((topic, index) => {
    const ids: Array<[string, number]> = [
      ...(topic.entityIds ?? []).map((id): [string, number] => [id, 1]),
      ...(topic.weakEntityIds ?? []).map((id): [string, number] => [id, 0.5]),
    ]
    for (const [id, weight] of ids) {
      if (id.endsWith('*')) entityPrefixes.push([id.slice(0, -1), { topic: index, weight }])
      else entityExact.set(id, [...(entityExact.get(id) ?? []), { topic: index, weight }])
    }
  })

  // The hits of each entity id asked for, kept (ids repeat from item to item). Note: one list per id,
  // made once, not filtered and spread per call (the spread met lists of two element kinds, and V8
  // recompiled classifyTopics for it: speed, session 12).
  const byEntity = new Map<string, readonly TopicHit[]>()
  return {
    keywordsIn: (text) => matchKeywords(root, text, tokenize(text, { lowerCase: true })),
    hitsOfEntity(id) {
      let hits = byEntity.get(id)
      if (hits === undefined) {
        const list: TopicHit[] = [...(entityExact.get(id) ?? [])]
        for (const [prefix, hit] of entityPrefixes) if (id.startsWith(prefix)) list.push(hit)
        if (byEntity.size >= 10_000) byEntity.clear()
        byEntity.set(id, (hits = list))
      }
      return hits
    },
  }
}

/** A keyword match in progress: the node reached and the index of the token after it. */
interface Reached {
  node: Node
  to: number
}

/** The longer of two matches; the first on a tie. */
const longer = (best: Reached | null, found: Reached | null): Reached | null => (found && (!best || found.to > best.to) ? found : best)

/**
 * The longest match through the children one reading leads to from a node: its exact child, then
 * the stems it starts with, in that order.
 * @param key the reading at a token
 * @param next the index of the token after the reading
 */
function through(node: Node, key: string, next: number, text: string, tokens: readonly Token[], best: Reached | null): Reached | null {
  const exact = node.next.get(key)
  if (exact) best = longer(best, longest(exact, text, tokens, next))
  if (node.stems && key.length >= STEM_INDEX) {
    // The children of the stems the key starts with, in the order of the stems. Note: read in place,
    // no list made per key, and no cache per key either (that cache, a map of every word read at
    // the node, cost more than it saved on a first reading of a corpus: speed, session 12).
    const bucket = node.stems.get(stemKey(key))
    if (bucket) for (let s = 0; s < bucket.length; s++) if (key.startsWith(bucket[s]![0])) best = longer(best, longest(bucket[s]![1], text, tokens, next))
  }
  return best
}

const isHyphen = (c: string | undefined): boolean => c === '-' || c === '‐' || c === '‑'

/**
 * The longest match from a node over each way to read the text at token j: the token alone, then
 * it and the next ones it is hyphenated to ("co-operation" is read as "co", then as "cooperation").
 */
function throughReadings(node: Node, text: string, tokens: readonly Token[], j: number, best: Reached | null): Reached | null {
  let key = tokens[j]!.key
  best = through(node, key, j + 1, text, tokens, best)
  for (let k = j; k + 1 < tokens.length && k < j + 3; k++) {
    const a = tokens[k]!
    const b = tokens[k + 1]!
    if (b.start !== a.end + 1 || !isHyphen(text[a.end])) break
    key += b.key
    best = through(node, key, k + 2, text, tokens, best)
  }
  return best
}

/** The longest match that continues from a node at token j: the node reached and the index after it. */
function longest(node: Node, text: string, tokens: readonly Token[], j: number): Reached | null {
  const best = node.hits ? { node, to: j } : null
  return j >= tokens.length ? best : throughReadings(node, text, tokens, j, best)
}

/** Longest keyword matches, left to right, without overlaps. */
function matchKeywords(root: Node, text: string, tokens: readonly Token[]): KeywordMatch[] {
  const found: KeywordMatch[] = []
  for (let i = 0; i < tokens.length; i++) {
    const best = throughReadings(root, text, tokens, i, null)
    if (best) {
      found.push({ keyword: best.node.id, hits: best.node.hits!, from: i })
      i = best.to - 1
    }
  }
  return found
}
