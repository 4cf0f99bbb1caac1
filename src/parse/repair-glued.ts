// Words glued by a space the source lost ("Theyreaffirmed", "Partnershipbetween",
// "SeventhJapan", "Inada,Australian") are split by a dictionary check: the glued word is not an
// English word, and it splits into two that are (the lexicon of wink-eng-lite-web-model, 87,000
// words, with the document's own words). Only documents that show the damage at least twice are
// touched. The repair is a new text with a map back, so every offset still points into the
// original text.
import { createRequire } from 'node:module'
import { FUNCTION_WORDS, UNSPLIT_WORDS } from './lexicon/function-words.js'

/** A repaired text and, for each of its offsets (and its length), the offset in the original. */
export interface RepairedText {
  text: string
  /** `map[i]` is the original offset of repaired offset i; `map[text.length]` the original end. */
  map: Int32Array
}

/** Repairs one piece of a document (a sentence); null when nothing in it is glued. */
export type GlueRepairer = (text: string) => RepairedText | null

const FUNCTION = new Set(FUNCTION_WORDS)
// Closed-class words that are also common prefixes ("underrepresented", "overcome") never split a word.
const PREFIX_LIKE = new Set(['above', 'across', 'along', 'around', 'below', 'over', 'under', 'upon', 'within', 'without', 'more', 'most', 'other', 'no', 'an', 'he', 'her', 'his', 'it', 'she', 'or', 'as', 'be', 'at'])
const UNSPLIT = new Set(UNSPLIT_WORDS)
const WORD = /\p{L}+/gu
const CAMEL = /\p{Ll}{2}\p{Lu}\p{Ll}/gu
const COMMA_GLUE = /(?<=\p{Ll}),(?=\p{L}{2})/gu
// Cheap signs that a document lost spaces; only then is the dictionary loaded.
const SUSPECT = /\b(?:the|their|they|and|of|to|with|between|including|through|for)\p{Ll}{4,}\b|\b\p{Ll}{4,}(?:the|and|between|including|with)\b/gu
const NO_REPAIR: GlueRepairer = () => null

let dictionary: Set<string> | null = null

/** The English word list (lower-case), loaded once, on first need. */
function words(): Set<string> {
  if (!dictionary) {
    const require = createRequire(import.meta.url)
    const model = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as { features: { lexeme: { list: string[] } } }
    dictionary = new Set()
    for (const w of model.features.lexeme.list) if (/^\p{L}{2,}$/u.test(w)) dictionary.add(w.toLowerCase())
  }
  return dictionary
}

/**
 * Builds the repairer of one document, or one that repairs nothing when the document shows no
 * lost spaces. Pure but for loading the word list on first need.
 * @param document the whole normalized text
 */
export function createGlueRepairer(document: string): GlueRepairer {
  const camel = document.match(CAMEL)?.length ?? 0
  const commas = document.match(COMMA_GLUE)?.length ?? 0
  const suspect = document.match(SUSPECT)?.length ?? 0
  if (camel + commas + suspect < 2) return NO_REPAIR
  const dict = words()
  const own = new Map<string, number>()
  for (const m of document.matchAll(WORD)) {
    const w = m[0].toLowerCase()
    own.set(w, (own.get(w) ?? 0) + 1)
  }
  const isWord = (w: string): boolean => FUNCTION.has(w) || dict.has(w) || (own.get(w) ?? 0) > 1
  // A word of the dictionary under a common ending: "semiconductors", "frameworks", "ministries".
  const isInflected = (w: string): boolean => isWord(w) || [/s$/, /es$/, /'s$/, /ed$/, /d$/, /ing$/, /ly$/, /ship$/, /ness$/].some((re) => re.test(w) && dict.has(w.replace(re, '')))
    || (/ies$/.test(w) && dict.has(w.replace(/ies$/, 'y')))
  const cache = new Map<string, number>()
  const splitAt = (word: string): number => {
    const hit = cache.get(word)
    if (hit !== undefined) return hit
    let best = -1
    const lower = word.toLowerCase()
    if (lower.length >= 5 && !UNSPLIT.has(lower) && !isInflected(lower)) {
      let bestScore = 0
      for (let k = 2; k <= lower.length - 2; k++) {
        const a = lower.slice(0, k)
        const b = lower.slice(k)
        const upper = /\p{Lu}/u.test(word[k]!) && /\p{Ll}/u.test(word[k - 1]!)
        const closedA = FUNCTION.has(a) && !PREFIX_LIKE.has(a)
        const closedB = FUNCTION.has(b) && !PREFIX_LIKE.has(b)
        // Only a closed-class word on one side ("Theyreaffirmed", "Partnershipbetween") or a
        // lower-case letter running into a capital ("ofJapan") shows a lost space; two content
        // words together are more often one compound ("frameworks", "Microsoft").
        if (!closedA && !closedB && !upper) continue
        if (!(upper && closedA) && (!isWord(a) && !isInflected(a) || !isWord(b) && !isInflected(b))) continue
        // "Francis" is not "Franc is", nor "Robinson" "Robins on": a name does not end in a short closed word.
        if (!upper && !closedA && b.length <= 2 && /^\p{Lu}/u.test(word)) continue
        // "Tomomi" is not "to momi", nor "Poland" "pol and": the other word must be long.
        if (!upper && (closedA ? b : a).length < 4) continue
        if (!upper && Math.min(a.length, b.length) === 2 && Math.max(a.length, b.length) < 5) continue
        const score = (upper ? 4 : 0) + (closedA || closedB ? 2 : 0) + 1 - Math.abs(k - lower.length / 2) / lower.length
        if (score > bestScore) { bestScore = score; best = k }
      }
    }
    cache.set(word, best)
    return best
  }
  let damaged = commas
  for (const [w, n] of own) if (n === 1 && w.length >= 5 && splitAt(w) > 0) damaged++
  if (damaged < 2) return NO_REPAIR
  return (text) => {
    const cuts: number[] = []
    for (const m of text.matchAll(WORD)) {
      // Not inside a link, a file name or a code: "https://...", "safelinks.protection".
      const before = text[m.index - 1] ?? ' '
      const after = text[m.index + m[0].length] ?? ' '
      if (/[/%=&_.\d@#]/.test(before) || /[/%=&_\d@#]/.test(after)) continue
      const k = m[0].length >= 5 ? splitAt(m[0]) : -1
      if (k > 0) cuts.push(m.index + k)
    }
    for (const m of text.matchAll(COMMA_GLUE)) {
      // Not inside a link: "...development,shared%20dedication".
      const around = text.slice(text.lastIndexOf(' ', m.index) + 1, (text.indexOf(' ', m.index) + 1 || text.length + 1) - 1)
      if (!/[/%=&_@#]/.test(around)) cuts.push(m.index + 1)
    }
    if (cuts.length === 0) return null
    cuts.sort((a, b) => a - b)
    let out = ''
    const map: number[] = []
    let last = 0
    for (const cut of cuts) {
      for (let i = last; i < cut; i++) map.push(i)
      out += `${text.slice(last, cut)} `
      map.push(cut)
      last = cut
    }
    for (let i = last; i <= text.length; i++) map.push(i)
    out += text.slice(last)
    return { text: out, map: Int32Array.from(map) }
  }
}
