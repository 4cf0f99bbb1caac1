// Text → the lemma keys the linker compares: lower case, stop and framing words removed, Porter stems.
import { findCountryMentions } from '../../lexicon/countries.js'
import { applyParaphrases, compileParaphrases, STOCK_PHRASES, type CompiledPhrase } from './phrases.js'
import { FRAMING_WORDS, STOP_WORDS } from './stop-words.js'
import { VERB_SYNONYMS } from './synonyms.js'
import { stem } from './stem.js'

const IGNORED = new Set<string>([...STOP_WORDS, ...FRAMING_WORDS])
// Stem of each synonym → stem of its group's key ("conven" → "hold").
const SYNONYM_OF = new Map<string, string>(VERB_SYNONYMS.flatMap((group) => group.map((w) => [stem(w), stem(group[0]!)] as [string, string])))
const stemCache = new Map<string, string>()

/** One word of a text, with where it stands. */
export interface Token {
  /** The word as printed: "Partnership". */
  text: string
  /** Lower-cased word with dotted abbreviations closed up ("U.S." → "us"). */
  lower: string
  /** Porter stem of `lower`. */
  stem: string
  /** Offsets of `text` in the input string. */
  start: number
  end: number
  /** False for stop and framing words. */
  content: boolean
}

// Words (with inner apostrophes), numbers with letters ("5G", "2030"), and dotted abbreviations ("U.S.").
const WORD = /(?:[A-Za-z]\.){2,}|[A-Za-z0-9]+(?:['’][A-Za-z]+)?/g

/**
 * Splits a text into tokens. Possessive "'s" is dropped; hyphenated words give one token per part.
 * @example tokenize("Japan's CoRe Partnership").map((t) => t.stem) // ['japan', 'core', 'partnership']
 */
export function tokenize(text: string): readonly Token[] {
  const hit = tokenCache.get(text)
  if (hit) return hit
  const tokens = tokenizeUncached(text)
  // Note: linking tokenizes the same sentences for every pledge; a bounded cache of frozen results.
  if (tokenCache.size >= CACHE_SIZE) tokenCache.clear()
  tokenCache.set(text, Object.freeze(tokens))
  return tokens
}

const CACHE_SIZE = 20_000
const tokenCache = new Map<string, readonly Token[]>()
const lemmaCache = new Map<string, readonly string[]>()

function tokenizeUncached(text: string): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(WORD)) {
    const raw = m[0]
    const lower = raw
      .toLowerCase()
      .replace(/\./g, '')
      .replace(/['’]s$/, '')
      .replace(/['’]/g, '')
    if (!lower) continue
    tokens.push({ text: raw, lower, stem: cachedStem(lower), start: m.index, end: m.index + raw.length, content: !IGNORED.has(lower) })
  }
  return tokens
}

/**
 * The content stems of a text, in order: what the linker's similarity is computed over. A country
 * however named ("ROK", "the Republic of Korea", "South Korean") becomes one key, `country:kr`, and
 * verbs of one VERB_SYNONYMS group become their group's key ("convened" → "hold").
 * @example toLemmas('The two leaders welcomed the signing of the agreements') // ['sign', 'agreement']
 * @example toLemmas('Japan-U.S.-ROK trilateral') // ['country:jp', 'country:us', 'country:kr', 'trilater']
 */
export function toLemmas(text: string): string[] {
  let hit = lemmaCache.get(text)
  if (!hit) {
    hit = Object.freeze(applyParaphrases(plainLemmas(text), paraphrases()))
    if (lemmaCache.size >= CACHE_SIZE) lemmaCache.clear()
    lemmaCache.set(text, hit)
  }
  return [...hit]
}

let compiled: CompiledPhrase[] | null = null
function paraphrases(): CompiledPhrase[] {
  compiled ??= compileParaphrases(plainLemmas)
  return compiled
}

let stock: Set<string> | null = null
/**
 * The lemmas of the stock phrases (data/stock-phrases.json), paraphrase keys included: sharing only
 * these with a passage is never evidence.
 */
export function stockLemmas(): ReadonlySet<string> {
  stock ??= new Set(STOCK_PHRASES.flatMap((p) => toLemmas(p)))
  return stock
}

/** toLemmas without the paraphrase table. */
function plainLemmas(text: string): string[] {
  const countries = findCountryMentions(text)
  const out: string[] = []
  let next = 0
  let emitted = -1
  for (const t of tokenize(text)) {
    while (next < countries.length && countries[next]!.end <= t.start) next++
    const c = countries[next]
    if (c && c.start <= t.start && t.end <= c.end) {
      // One key per mention, however many words it has.
      if (emitted !== next) out.push(`country:${c.code.toLowerCase()}`)
      emitted = next
      continue
    }
    if (t.content) out.push(SYNONYM_OF.get(t.stem) ?? t.stem)
  }
  return out
}

function cachedStem(word: string): string {
  let s = stemCache.get(word)
  if (s === undefined) {
    s = stem(word)
    // Note: a bounded cache; statements reuse a few thousand words.
    if (stemCache.size < 50_000) stemCache.set(word, s)
  }
  return s
}
