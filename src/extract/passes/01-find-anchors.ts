// Pass 1: find where a sentence states an action or a stance, by the anchor rules.
import { anchorRules, type AnchorRule } from '../rules/index.js'
import { lexiconVersion } from '../../lexicon/user-lexicon.js'
import { alt, asciiLower } from '../rules/rule.js'
import { ACTION_NOUNS } from '../lexicon/action-nouns.js'
import { DETERMINERS, NOT_NOUN_MODIFIERS, NOUN_PURPOSE, NOUN_WILL_BEFORE, NP_TAKERS, PAST_PLEDGE_VERBS } from '../lexicon/noun-phrase-words.js'
import { canBeVerb, verbLemma } from '../verbs.js'
import { BE_WORDS } from '../lexicon/verb-classes.js'

/** One place in a sentence where a rule matched. Offsets are relative to the sentence. */
export interface Anchor {
  rule: AnchorRule
  /** Where the anchor's own words start ("would", "decided", "expressed", "directed"). */
  start: number
  /** End of the matched words (after the action verb when there is one). */
  end: number
  /** The first verb of the action, lower-cased, or null. */
  verb: string | null
  /** Offset of that verb, or `end` when there is none. */
  verbStart: number
}

/**
 * Picks non-overlapping anchors from candidates in priority order, earlier rules winning.
 * @param accept a further check (e.g. "does this anchor make an item?"); a refused anchor lets
 *   a lower-priority one over the same words take its place
 * @returns anchors sorted by start
 */
export function selectAnchors(candidates: readonly Anchor[], accept: (a: Anchor) => boolean): Anchor[] {
  const kept: Anchor[] = []
  for (const a of candidates) {
    if (kept.some((k) => a.start < k.end && k.start < a.end)) continue
    if (accept(a)) kept.push(a)
  }
  return kept.sort((a, b) => a.start - b.start)
}

/** The rules that may start at each word, in priority order. */
const RULES_BY_HEAD = new Map<string, Array<{ rule: AnchorRule; priority: number }>>()
/** A head word and its rules (RULES_BY_HEAD's entry), in HEADS_BY_HASH. */
interface HeadEntry {
  head: string
  rules: Array<{ rule: AnchorRule; priority: number }>
}
/**
 * The head words (HEAD_WORD) by a number made of their letters (wordHash): findCandidates looks a
 * word up by its place in the sentence, so no string is cut out per word (speed; heads that share
 * a number share a bucket and are told apart by their letters).
 */
const HEADS_BY_HASH = new Map<number, HeadEntry[]>()
/**
 * A quick test before the head index is asked: by a word's first two letters (their low bytes), a
 * bit for each length a head word of that start has (bit 31: 31 letters or more). A word whose bit
 * is not set is no head, and is not cut out of the sentence.
 */
let headShapes = new Uint32Array(1 << 16)
let indexed = -1

/** A head word: letters only (a–z, accented Latin), two or more, as findCandidates reads words. */
const HEAD_WORD = /^[a-z\u00c0-\u024f]{2,}$/

/** (Re)builds the head index when the rules in force change (a user lexicon adds pledge verbs). */
function indexRules(): void {
  if (indexed === lexiconVersion()) return
  indexed = lexiconVersion()
  RULES_BY_HEAD.clear()
  anchorRules().forEach((rule, priority) => {
    for (const head of rule.heads) {
      const list = RULES_BY_HEAD.get(head) ?? []
      list.push({ rule, priority })
      RULES_BY_HEAD.set(head, list)
    }
  })
  // Note: a head with other characters never stands as a whole word, and a one-letter one is never
  // followed by a rule's words; neither can start a match, so neither is sought.
  const heads = [...RULES_BY_HEAD.keys()].filter((h) => HEAD_WORD.test(h))
  headShapes = new Uint32Array(1 << 16)
  for (const h of heads) headShapes[shapeKey(h.charCodeAt(0), h.charCodeAt(1))]! |= lengthBit(h.length)
  HEADS_BY_HASH.clear()
  for (const h of heads) {
    const key = wordHash(h, 0, h.length)
    const bucket = HEADS_BY_HASH.get(key) ?? []
    bucket.push({ head: h, rules: RULES_BY_HEAD.get(h)! })
    HEADS_BY_HASH.set(key, bucket)
  }
}

/** A number made of the letters of text[from, to) (a small integer: a map key without a string). */
function wordHash(text: string, from: number, to: number): number {
  let h = 0
  for (let k = from; k < to; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) & 0x3fffffff
  return h
}

/** The rules of the head word that is text[from, to), or undefined when it is none. */
function rulesAt(text: string, from: number, to: number): HeadEntry['rules'] | undefined {
  const bucket = HEADS_BY_HASH.get(wordHash(text, from, to))
  if (bucket === undefined) return undefined
  for (let b = 0; b < bucket.length; b++) {
    const entry = bucket[b]!
    if (entry.head.length === to - from && text.startsWith(entry.head, from)) return entry.rules
  }
  return undefined
}

/** The index of a word's first two letters in headShapes. */
function shapeKey(first: number, second: number): number {
  return ((first & 0xff) << 8) | (second & 0xff)
}

/** The bit of a word length in headShapes. */
function lengthBit(length: number): number {
  return 1 << Math.min(length, 31)
}

/** A letter of a word as findCandidates reads words: a–z and accented Latin (U+00C0–U+024F). */
function isWordLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)
}

/**
 * Every valid rule match of a sentence, highest priority first. Each rule's (sticky) pattern is
 * tried only at the words it can start with, so a sentence is read once, not once per rule: each
 * word is looked up in the index of head words.
 */
export function findCandidates(sentence: string): Anchor[] {
  indexRules()
  const lower = asciiLower(sentence)
  const found: Array<{ anchor: Anchor; priority: number }> = []
  // Each whole word (a run of letters) is looked up in the head index; a char loop, not a regex of
  // all the head words (that alternation cost more than the rest of the pass). Only words whose
  // first letters and length fit a head's are cut out of the sentence.
  for (let at = 0; at < lower.length;) {
    if (!isWordLetter(lower.charCodeAt(at))) {
      at++
      continue
    }
    const i = at
    while (at < lower.length && isWordLetter(lower.charCodeAt(at))) at++
    if (at - i < 2 || (headShapes[shapeKey(lower.charCodeAt(i), lower.charCodeAt(i + 1))]! & lengthBit(at - i)) === 0) continue
    const rules = rulesAt(lower, i, at)
    if (!rules) continue
    for (let r = 0; r < rules.length; r++) {
      const { rule, priority } = rules[r]!
      rule.pattern.lastIndex = i
      const m = rule.pattern.exec(lower)
      if (!m) continue
      if (rule.onlyAfter && !rule.onlyAfter.test(lower.slice(Math.max(0, i - 200), i))) continue
      const verb = m.groups?.verb ?? null
      // The verb group always closes the match.
      const verbStart = verb ? i + m[0].length - verb.length : i + m[0].length
      if (!isValid(rule, sentence, i, verb, verbStart, m.groups?.head ?? m[0], m[0])) continue
      found.push({ anchor: { rule, start: i, end: i + m[0].length, verb, verbStart }, priority })
    }
  }
  found.sort((a, b) => a.priority - b.priority || a.anchor.start - b.anchor.start)
  return found.map((f) => f.anchor)
}

function isValid(rule: AnchorRule, sentence: string, start: number, verb: string | null, verbStart: number, head: string, whole: string): boolean {
  if (rule.kind === 'modal') {
    if (NOUN_WILL_BEFORE.test(sentence.slice(Math.max(0, start - 30), start))) return false
    if (!verb || !canBeVerb(verb)) return false
    // "would have seemed impossible": a counterfactual, not a pledge.
    if (verb === 'have' && /^have\s+[a-z]+(?:ed|en|wn|ne)\b/i.test(sentence.slice(verbStart))) return false
    return true
  }
  if (rule.kind === 'call' && verb) return canBeVerb(verb)
  if (rule.kind === 'support' || rule.kind === 'position') {
    // A capitalised "Support" mid-sentence is a name ("Emergency Support Loan"); "are backed by" is passive.
    const word = sentence.slice(start, start + head.length)
    if (start > 0 && /^[A-Z]/.test(word) && !/[.:;!?]\s*$/.test(sentence.slice(0, start))) return false
    if (/\b(?:is|are|was|were|be|been|being|that|which)\s+$/i.test(sentence.slice(Math.max(0, start - 12), start)) && /ed$/i.test(word)) return false
    return true
  }
  if (!verb) return true
  if (rule.needsPurpose && !hasPurpose(sentence.slice(verbStart + verb.length, verbStart + verb.length + 140))) return false
  const raw = sentence.slice(verbStart, verbStart + verb.length)
  // The object of "to" must be an action ("to cooperate", "to supporting"), not a noun ("to democracy") ...
  if (/^[a-z]/.test(raw) && verbLemma(verb) !== null) return true
  if (rule.verbByFrame && /^[a-z]+$/.test(raw) && canBeVerb(raw)) return true
  // ... or a verb the lexicon lacks, known by the object that follows it ("intend to layer new technology").
  if (
    /^[a-z]+$/.test(raw) &&
    !/^(?:be|have|become)$/.test(raw) &&
    !NOUN_ENDINGS.test(raw) &&
    canBeVerb(raw) &&
    OBJECT_AFTER.test(sentence.slice(verbStart + raw.length))
  )
    return true
  // ... or a nominal pledge: "reaffirmed their commitment to a free and open Indo-Pacific".
  if (
    rule.nounObject?.test(head) &&
    /\bcommitment\s+(?:to|towards|toward)\s+$/i.test(sentence.slice(start, verbStart)) &&
    /^(?:the\s+|an?\s+|[A-Z]|[a-z]+\s)/.test(sentence.slice(verbStart))
  ) {
    return isActionNounPhrase(sentence.slice(verbStart), true)
  }
  // ... except where a pledge takes a noun phrase: "we commit to a shared ambition", "the unwavering
  // commitment of the United States to the defense of Japan", "committed to greater nuclear energy collaboration".
  if (!(NP_TAKERS.test(whole) || (rule.kind === 'noun' && /\b(?:commitment|dedication)/i.test(sentence.slice(start, verbStart))))) return false
  if (isActionNounPhrase(sentence.slice(verbStart), rule.kind === 'pledge' && /^(?:commit|commits|pledge|pledges)$/i.test(head))) return true
  // ... or, after a past pledge verb, a noun phrase with a purpose: "The two Presidents committed to
  // regular consultations to resolve regional conflicts", "Leaders committed to a Trans-Tasman Roadmap
  // to 2035 to ensure ..." (not "are committed to X to ...", a stance).
  return (
    rule.kind === 'decision' &&
    PAST_PLEDGE.test(head) &&
    !NOT_NOUN_START.test(verb) &&
    !BE_BEFORE.test(sentence.slice(Math.max(0, start - 30), start)) &&
    hasNounPurpose(sentence.slice(verbStart + verb.length, verbStart + verb.length + 120))
  )
}

/** A form of "be" (and an adverb) before "committed": the adjective, a stance ("are committed to X to …"). */
const BE_BEFORE = new RegExp(`\\b${alt(BE_WORDS)}\\s+(?:[a-z]+\\s+)?$`, 'i')
/** Words after "committed to" that start no noun phrase: "the reforms we committed to in order to …", "committed to and supports …". */
const NOT_NOUN_START = /^(?:in|on|at|by|for|with|from|of|as|and|or|but|date)$/i

/** Past pledge verbs that take a noun phrase with a purpose. */
const PAST_PLEDGE = new RegExp(`^${alt(PAST_PLEDGE_VERBS)}$`, 'i')

/** True when a noun phrase is followed by its purpose: "to" + a base-form action verb. */
function hasNounPurpose(after: string): boolean {
  const m = NOUN_PURPOSE.exec(after)
  return m !== null && canBeVerb(m[1]!) && verbLemma(m[1]!) === m[1]
}

/**
 * An object of a dozen words or fewer, then "to" and a word: "new authorities from the Act to target".
 * A modal ends the object: "are monitoring the impact ... and will continue to calibrate" has no purpose.
 */
const PURPOSE = /^\s+(?:(?!(?:will|would|shall)\s)[^\s,;:.()]+\s+){1,12}?to\s+(?:[a-z]+ly\s+|better\s+)?([a-z]+)\b/

/** True when the words after an action verb reach a purpose: "to" + a base-form action verb. */
function hasPurpose(after: string): boolean {
  const m = PURPOSE.exec(after)
  return m !== null && canBeVerb(m[1]!) && verbLemma(m[1]!) === m[1]
}

/** A word right after "to" that starts an object: the word before it was a verb. */
const OBJECT_AFTER = /^\s+(?:the|a|an|our|their|its|this|these|those|new|further|greater|more|both|all)\s/
/** Endings of nouns, never of a base-form verb: "commitment to freedom", "to security". */
const NOUN_ENDINGS = /(?:tion|sion|ment|ity|ness|ship|ance|ence|ism|ists?|cy|ty|dom|hood|ure|ics|s)$/

const ACTION_NOUNS_RE = new RegExp(`^${alt(ACTION_NOUNS)}$`, 'i')

/** Words that end a noun phrase rather than modify the noun after them. */
const NOT_MODIFIERS: ReadonlySet<string> = new Set(NOT_NOUN_MODIFIERS)

/** True when a noun phrase names an action ("the defense of Japan", "greater nuclear energy collaboration"). */
function isActionNounPhrase(text: string, anyNoun: boolean): boolean {
  // Note: split with a limit, not the whole rest of the sentence (speed; the same seven words).
  const words = text.split(/[\s,;.]+/, 7)
  for (const [i, w] of words.entries()) {
    if (ACTION_NOUNS_RE.test(w)) return true
    // "the steady implementation of": one plain adjective right before the action noun.
    if (i > 0 && /^[a-z]+$/.test(w) && ACTION_NOUNS_RE.test(words[i + 1] ?? '') && /^(?:the|a|an|our|their|its)$/i.test(words[i - 1]!)) continue
    if (!DETERMINERS.test(w) && !/^[a-z-]+(?:ive|al|ic|ed|ous|ful|ent|ant|ar|ary|ing)$/.test(w)) {
      // A noun modifier before the action noun: "a holistic public health partnership", "further
      // commercial space collaboration" (a word of a phrase, no preposition or conjunction between).
      if (i > 0 && i < 5 && /^[a-z-]+$/.test(w) && !NOT_MODIFIERS.has(w) && ACTION_NOUNS_RE.test(words[i + 1] ?? '')) continue
      return anyNoun && /^[a-z]/i.test(w)
    }
  }
  return anyNoun
}
