// Small word-class checks: is a word a verb, a gerund, a base form; its lemma.
import { ACTION_VERBS } from './lexicon/action-verbs.js'
import { ING_NOUNS } from './lexicon/adverbs.js'

const verbs = new Set(ACTION_VERBS)
const ingNouns = new Set(ING_NOUNS)

/** Words that start a noun phrase, never a verb: "to the", "to a", "to its". */
const NOMINAL_STARTS = new Set([
  'a',
  'all',
  'an',
  'any',
  'both',
  'each',
  'every',
  'her',
  'his',
  'its',
  'many',
  'more',
  'most',
  'my',
  'no',
  'our',
  'some',
  'such',
  'that',
  'the',
  'their',
  'these',
  'this',
  'those',
  'your',
  'we',
  'they',
  'it',
  'us',
  'them',
  'he',
  'she',
  'you',
  'i',
  'there',
  'not',
  'whom',
  'which',
  'who',
  'what',
])

/**
 * The base form of a verb or gerund, or null when the word is not a known action verb.
 * @example verbLemma('strengthening') // 'strengthen'
 * @example verbLemma('adhering') // 'adhere'
 */
export function verbLemma(word: string): string | null {
  const lower = word.toLowerCase()
  const w = lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower
  if (verbs.has(w)) return w
  // British spellings: "fulfil", "prioritise", "organising", "enrol". Note: the replacements run only
  // where one of them can apply (BRITISH), not on every word (speed: three regex replacements a word).
  const american = BRITISH.test(w)
    ? w
        .replace(/is(e|ed|es|ing)$/, 'iz$1')
        .replace(/^(fulfil|enrol|instil|distil)(s?)$/, '$1l$2')
        .replace(/^(fulfil|enrol|instil)(ment|ling|led)$/, '$1l$2')
    : w
  if (american !== w) return verbLemma(american)
  if (w.endsWith('ing') && w.length > 5) {
    const stem = w.slice(0, -3)
    if (verbs.has(stem)) return stem
    if (verbs.has(`${stem}e`)) return `${stem}e`
    if (/([b-df-hj-np-tv-z])\1$/.test(stem) && verbs.has(stem.slice(0, -1))) return stem.slice(0, -1)
    if (stem.endsWith('y') && verbs.has(`${stem.slice(0, -1)}ie`)) return `${stem.slice(0, -1)}ie`
    // "reestablishing", "co-developing", "fortifying": an unknown -ing form is still a verb form.
    if (stem.length >= 3 && !ingNouns.has(w)) return stem
  }
  const prefixed = /^(?:re-|re|co-|co|pre-|pre|un|over|under|up|out)(?=[a-z]{4})/.exec(w)
  if (prefixed && verbs.has(w.slice(prefixed[0].length))) return w
  return null
}

/** The words the British-spelling replacements of verbLemma can change: an "-ise" ending, or "fulfil", "enrol", "instil", "distil". */
const BRITISH = /is(?:e|ed|es|ing)$|^(?:fulfil|enrol|instil|distil)/

/** True when `word` is an -ing form used as a verb (not "peacekeeping", "meeting"). */
export function isGerund(word: string): boolean {
  const w = word.toLowerCase()
  return w.endsWith('ing') && !ingNouns.has(w) && verbLemma(w) !== null
}

/** True when a word can start a verb phrase after "to" or a modal (not a determiner or pronoun). */
export function canBeVerb(word: string): boolean {
  const w = word.toLowerCase()
  return /^[a-z]/.test(w) && !NOMINAL_STARTS.has(w)
}

/** True when the word is a known action verb or its gerund. */
export function isActionVerb(word: string): boolean {
  return verbLemma(word) !== null && !ingNouns.has(word.toLowerCase())
}

/**
 * True when an -ing word that is usually a noun ("building", "training") is read as a gerund: at the
 * start of a ";" entry among gerund entries, followed by its object ("; building climate resilience;"),
 * not by a preposition or a conjunction ("; training and skill development", "; funding for …").
 */
export function isListGerund(word: string, next: string): boolean {
  if (isGerund(word)) return true
  const w = word.toLowerCase()
  if (!ingNouns.has(w) || !/^[a-z]/.test(next) || NOT_OBJECT_START.test(next)) return false
  const stem = w.slice(0, -3)
  return verbs.has(stem) || verbs.has(`${stem}e`)
}

const NOT_OBJECT_START = /^(?:of|for|and|or|in|on|at|to|with|by|is|are|was|were|has|have|will|that|which)\b/
