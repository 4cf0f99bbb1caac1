// Words glued by a space the source lost ("Theyreaffirmed", "Partnershipbetween",
// "SeventhJapan", "Inada,Australian") are split by a dictionary check: the glued word is not an
// English word, and it splits into two that are (the lexicon of wink-eng-lite-web-model, 87,000
// words, with the document's own words). Only documents that show the damage at least twice are
// touched. The repair is a new text with a map back, so every offset still points into the
// original text.
import { matchAll } from '../core/match-all.js'
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
const PREFIX_LIKE = new Set([
  'above',
  'across',
  'along',
  'around',
  'below',
  'over',
  'under',
  'upon',
  'within',
  'without',
  'more',
  'most',
  'other',
  'no',
  'an',
  'he',
  'her',
  'his',
  'it',
  'she',
  'or',
  'as',
  'be',
  'at',
])
const UNSPLIT = new Set(UNSPLIT_WORDS)
const WORD = /\p{L}+/gu
const COMMA_GLUE = /(?<=\p{Ll}),(?=\p{L}{2})/gu
const SUSPECT_TOKEN =
  /(?<![\p{L}])(?:(?:the|their|they|and|of|to|with|between|including|through|for)\p{Ll}{4,}|\p{L}{4,}(?:the|and|between|including|with))(?![\p{L}])/giu
const CAMEL_TOKEN = /(?<![\p{L}])\p{L}*\p{Ll}{2}\p{Lu}\p{Ll}+(?![\p{L}])/gu
const NO_REPAIR: GlueRepairer = () => null
/** A word in capitals only (a heading, a lead-in: "WE HEREBY COMMITTO:"). */
const ALL_CAPS = /^\p{Lu}+$/u
/** A word of capitals ending in a closed word, a candidate for one glued to it ("COMMITTO", "RESOLVETO"). */
const CAPS_GLUE = /(?<![\p{L}])\p{Lu}{3,}(?:TO|OF|AND|THE|FOR|WITH)(?![\p{L}])/gu
const CAPS_GLUE_AT = /(?<![\p{L}])\p{Lu}{3,}(?:TO|OF|AND|THE|FOR|WITH)(?![\p{L}])/u
/** The closed words of CAPS_GLUE in capitals anywhere: a cheap test first (speed: the full pattern over every
 * document cost about a tenth of the UN bench's first pass; this one a hundredth of that). */
const CAPS_CLOSED = /TO|OF|AND|THE|FOR|WITH/
const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde)
const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff)

let dictionary: Set<string> | null = null
const ASCII_WORD = /^[a-z]{2,}$/
const LETTERS_WORD = /^\p{L}{2,}$/u

/** The English word list (lower-case), loaded once, on first need. */
function words(): Set<string> {
  if (!dictionary) {
    const require = createRequire(import.meta.url)
    const model = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as { features: { lexeme: { list: string[] } } }
    dictionary = new Set()
    // Most words are lower-case ASCII already (84,709 of 87,593): those skip the Unicode test and the
    // lower-casing (the loop runs once, mostly unoptimised: ~140 → ~75 ms of CPU).
    const list = model.features.lexeme.list
    for (let i = 0; i < list.length; i++) {
      const w = list[i]!
      if (ASCII_WORD.test(w)) dictionary.add(w)
      else if (LETTERS_WORD.test(w)) dictionary.add(w.toLowerCase())
    }
  }
  return dictionary
}

/**
 * Builds the repairer of one document, or one that repairs nothing when the document shows no
 * lost spaces. Pure but for loading the word list on first need.
 * @param document the whole normalized text
 */
export function createGlueRepairer(document: string): GlueRepairer {
  // Parse and extract read the same document one after the other: build its repairer once.
  if (last?.document === document) return last.repair
  const repair = buildRepairer(document)
  last = { document, repair }
  return repair
}

let last: { document: string; repair: GlueRepairer } | null = null

function buildRepairer(document: string): GlueRepairer {
  const joints = countJoints(document)
  if (joints < 2 && !(CAPS_CLOSED.test(document) && CAPS_GLUE_AT.test(document))) return NO_REPAIR
  const commas = document.match(COMMA_GLUE)?.length ?? 0
  const dict = words()
  const isWord = (w: string): boolean => FUNCTION.has(w) || dict.has(w)
  // A word of the dictionary under a common ending: "semiconductors", "frameworks", "ministries".
  const isInflected = (w: string): boolean =>
    isWord(w) ||
    [/s$/, /es$/, /'s$/, /ed$/, /d$/, /ing$/, /ly$/, /ship$/, /ness$/].some((re) => re.test(w) && dict.has(w.replace(re, ''))) ||
    (/ies$/.test(w) && dict.has(w.replace(/ies$/, 'y')))
  const cache = new Map<string, number>()
  const splitAt = (word: string): number => {
    const hit = cache.get(word)
    if (hit !== undefined) return hit
    let best = -1
    const lower = word.toLowerCase()
    // "COMMITTO": a word in capitals is no name, and may end in a short closed word.
    const caps = ALL_CAPS.test(word)
    if (lower.length >= 5 && !UNSPLIT.has(lower)) {
      let bestScore = 0
      for (let k = 2; k <= lower.length - 2; k++) {
        const upper = isUpper(word.charCodeAt(k)) && isLower(word.charCodeAt(k - 1))
        // Cheap tests first: only a closed-class word on one side or a lower-case letter running
        // into a capital can show a lost space; two content words are more often one compound.
        const a = lower.slice(0, k)
        const closedA = FUNCTION.has(a) && !PREFIX_LIKE.has(a)
        const b = closedA || upper ? '' : lower.slice(k)
        const closedB = !closedA && !upper && FUNCTION.has(b) && !PREFIX_LIKE.has(b)
        if (!closedA && !closedB && !upper) continue
        const rest = b || lower.slice(k)
        // "Francis" is not "Franc is", nor "Robinson" "Robins on": a name does not end in a short closed word.
        if (!upper && !closedA && rest.length <= 2 && isUpper(word.charCodeAt(0)) && !caps) continue
        // "Tomomi" is not "to momi", nor "Poland" "pol and": the other word must be long.
        if (!upper && (closedA ? rest : a).length < 4) continue
        if (!upper && Math.min(a.length, rest.length) === 2 && Math.max(a.length, rest.length) < 5) continue
        // "ofJapan", "theIndo": a closed-class word before a capital needs no more proof.
        if (!(upper && closedA) && (!isInflected(a) || !isInflected(rest))) continue
        const score = (upper ? 4 : 0) + (closedA || closedB ? 2 : 0) + 1 - Math.abs(k - lower.length / 2) / lower.length
        if (score > bestScore) {
          bestScore = score
          best = k
        }
      }
      // The glued word itself must be no word.
      if (best > 0 && isInflected(lower)) best = -1
    }
    cache.set(word, best)
    return best
  }
  // "JapanDefenseFocus", "HomeResourcesNews": three or more words run together, each starting with a capital
  // after a lower-case pair; cut at each capital when every part is a word and the whole is none.
  const chainCuts = (word: string): number[] => {
    const cuts: number[] = []
    for (let k = 2; k < word.length - 1; k++)
      if (isUpper(word.charCodeAt(k)) && isLower(word.charCodeAt(k - 1)) && isLower(word.charCodeAt(k - 2))) cuts.push(k)
    if (cuts.length < 2 || isInflected(word.toLowerCase())) return []
    const bounds = [0, ...cuts, word.length]
    const parts = cuts.concat(word.length).map((end, i) => word.slice(bounds[i], end).toLowerCase())
    return parts.every((w) => w.length >= 2 && isInflected(w)) ? cuts : []
  }
  /** Where a word is cut: one place (splitAt), else each joint of a chain; empty when it is no glued word. */
  const cutsOf = (word: string): number[] => {
    if (word.length < 5) return []
    const k = splitAt(word)
    return k > 0 ? [k] : chainCuts(word)
  }
  // Only words that look glued are tried here (SUSPECT_TOKEN, CAMEL_TOKEN); two that split make the document damaged.
  let damaged = joints < 2 ? 0 : commas
  // Note: the regexes run by hand (not matchAll) so that the search stops at the second.
  for (const re of joints < 2 ? [] : [SUSPECT_TOKEN, CAMEL_TOKEN]) {
    re.lastIndex = 0
    for (let m = re.exec(document); m !== null && damaged < 2; m = re.exec(document)) if (cutsOf(m[0]).length > 0) damaged++
    re.lastIndex = 0
  }
  // "WE HEREBY COMMITTO:": a word in capitals glued to a closed word is repaired even in a document
  // that shows no other damage (a heading or a lead-in set in capitals; session 11); nothing else is.
  let capsOnly = false
  if (damaged < 2) {
    CAPS_GLUE.lastIndex = 0
    for (let m = CAPS_GLUE.exec(document); m !== null && !capsOnly; m = CAPS_GLUE.exec(document)) if (splitAt(m[0]) > 0) capsOnly = true
    CAPS_GLUE.lastIndex = 0
    if (!capsOnly) return NO_REPAIR
  }
  return (text) => {
    const cuts: number[] = []
    for (const m of matchAll(text, capsOnly ? CAPS_GLUE : WORD)) {
      // Not inside a link, a file name or a code: "https://...", "safelinks.protection".
      const before = text[m.index - 1] ?? ' '
      const after = text[m.index + m[0].length] ?? ' '
      if (/[/%=&_.\d@#]/.test(before) || /[/%=&_\d@#]/.test(after)) continue
      for (const k of cutsOf(m[0])) cuts.push(m.index + k)
    }
    if (!capsOnly)
      for (const m of matchAll(text, COMMA_GLUE)) {
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

/** The characters a sign of a lost space turns on: a capital or a comma (see countJoints). */
const JOINT_AT = /[A-Z\u00c0-\u00de,]/g

/**
 * Counts the signs of lost spaces in one pass over the text (this runs on every document): a
 * lower-case pair running into a capital and a lower-case letter ("ofJapan"), and a comma between
 * two letters ("Inada,Australian"). A regex finds the capitals and commas (a few times faster than
 * reading every character in a loop); the letters around each are tested here.
 */
function countJoints(text: string): number {
  let n = 0
  const last = text.length - 1
  // Note: `test`, not `exec`: the match is one character, so it ends at lastIndex - 1, and no match
  // object is made per capital and comma (a few thousand per document: about a twentieth of what the
  // first pass allocated; ~25 → ~19 ms over every 4th UN speech).
  JOINT_AT.lastIndex = 2
  while (JOINT_AT.test(text)) {
    const i = JOINT_AT.lastIndex - 1
    if (i >= last) break
    if (text.charCodeAt(i) === 44) {
      if (isLower(text.charCodeAt(i - 1)) && isLetter(text.charCodeAt(i + 1)) && isLetter(text.charCodeAt(i + 2))) n++
    } else if (isLower(text.charCodeAt(i - 1)) && isLower(text.charCodeAt(i - 2)) && isLower(text.charCodeAt(i + 1))) n++
  }
  JOINT_AT.lastIndex = 0
  return n
}

function isLetter(c: number): boolean {
  return isUpper(c) || isLower(c)
}
