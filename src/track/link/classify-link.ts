// What a later passage reports about an earlier pledge, by evidence in order: completion of the same
// action > progress > reaffirmed > mentioned; dropped only on explicit cues.
import type { Item } from '../../core/item.js'
import type { LinkKind } from '../../core/tracking.js'
import { ANTICIPATION_BEFORE_CUE, EVENT_WORDS, FUTURE_BEFORE_CUE, LINK_RULES, MENTION_RULE_ID } from './link-rules.js'
import { canonicalCountry } from '../../lexicon/countries.js'
import { stockLemmas, tokenize, type Token } from './normalize.js'

/** The kind of a link and why. */
export interface LinkClassification {
  kind: LinkKind
  /** Id of the rule that decided (`mentioned/no-cue` when no cue matched). */
  rule: string
  /** The cue as printed in the passage, or null. */
  cue: string | null
}

/** How far (characters) a cue may stand from the nearest word the passage shares with the item. */
export const CUE_WINDOW = 120

/** How far (characters) a completion cue may stand from a word of the pledge's own object. */
export const OBJECT_WINDOW = 80

// Note: compiled once; matchAll copies a global pattern, so sharing them is safe.
const GLOBAL_PATTERNS = LINK_RULES.map((r) => new RegExp(r.pattern.source, 'g'))

interface CueMatch {
  index: number
  0: string
  future: boolean
}
const matchCache = new Map<string, CueMatch[][]>()

/** Every cue of every rule in a lower-cased passage (cached: a passage is classified for many pledges). */
function cueMatches(lower: string): CueMatch[][] {
  let hit = matchCache.get(lower)
  if (!hit) {
    hit = GLOBAL_PATTERNS.map((re) => [...lower.matchAll(re)].map((m) => ({ index: m.index, 0: m[0], future: isFuture(lower, m.index) })))
    if (matchCache.size >= 20_000) matchCache.clear()
    matchCache.set(lower, hit)
  }
  return hit
}

function isFuture(lower: string, at: number): boolean {
  return FUTURE_BEFORE_CUE.test(lower.slice(Math.max(0, at - 60), at)) || ANTICIPATION_BEFORE_CUE.test(lower.slice(Math.max(0, at - 100), at))
}

const countryCache = new Map<string, boolean>()
function isCountry(word: string): boolean {
  let hit = countryCache.get(word)
  if (hit === undefined) {
    hit = canonicalCountry(word) !== null && canonicalCountry(word) !== undefined
    if (countryCache.size < 50_000) countryCache.set(word, hit)
  }
  return hit
}

/** A pledge to do something again and again: completing it once is progress. */
export const RECURRING = /\b(?:annual(?:ly)?|every year|each year|once a year|regular(?:ly)?|at least once|periodic(?:ally)?|routinely)\b/i

const HAS_DONE_LIST = 'progress-reported/has-done-list'
const HAS_DONE_ORDER = LINK_RULES.findIndex((r) => r.id === 'progress-reported/has-done')

/** A list's verb ("…, and improved …") counts when a "have …-ed" of the same sentence stands before it. */
function hasDoneBefore(matches: CueMatch[][], at: number): boolean {
  return (matches[HAS_DONE_ORDER] ?? []).some((m) => m.index < at && !m.future)
}

/** How far after "announced the" the pledge's object must start. */
const ANNOUNCED_WINDOW = 30

/** After a completion cue: the first of several ("completed the first SSN port visit"). */
const FIRST_INSTANCE = /^\s+(?:the|its|their|our) first\b(?! time)/

// Irregular past forms of verbs that pledges use ("hold a summit" → "held").
const IRREGULAR_PAST: Readonly<Record<string, readonly string[]>> = {
  begin: ['began', 'begun'],
  bring: ['brought'],
  build: ['built'],
  hold: ['held'],
  lead: ['led'],
  make: ['made'],
  meet: ['met'],
  seek: ['sought'],
  send: ['sent'],
  take: ['took', 'taken'],
}

// Verbs of ongoing effort: "we have strengthened ..." is progress, not the pledge done.
const ONGOING_VERBS = new Set([
  'advance',
  'bolster',
  'collaborate',
  'consult',
  'continue',
  'cooperate',
  'coordinate',
  'deepen',
  'engage',
  'enhance',
  'ensure',
  'expand',
  'maintain',
  'partner',
  'promote',
  'pursue',
  'remain',
  'seek',
  'strengthen',
  'support',
  'work',
  'explore',
  'consider',
  'discuss',
  'improve',
  'intensify',
])
const HOLD_VERBS = new Set(['hold', 'convene', 'host', 'meet', 'organize', 'organise'])

/** The pledge as the classifier reads it: its words, and its action (verb first). */
export type ClassifiedPledge = Pick<Item, 'text' | 'action'>

/**
 * Classifies what `passage` says about the pledge.
 * @example classifyLink(item, { text: 'The leaders welcomed the signing of the agreement.' }) // 'reported-done'
 */
export function classifyLink(item: ClassifiedPledge, passage: { text: string }): LinkKind {
  return explainLink(item, passage).kind
}

/**
 * Classifies what `passage` says about the pledge, with the rule and cue. Cues are tried in the
 * order of LINK_RULES (dropped, done, progress, reaffirmed). A cue counts only within CUE_WINDOW
 * characters of a word the passage shares with the pledge; cues of done and progress only when not
 * put in the future ("will be signed"). A completion cue must also stand within OBJECT_WINDOW of a
 * word of the pledge's own object ("launched the Quad Fellowship" for "inaugurate the Quad
 * Fellowship"), and "held/convened/hosted" completes only a pledge to hold an event. The past of
 * the pledge's own verb ("train" → "trained") also reports it done. No cue: `mentioned`.
 */
export function explainLink(item: ClassifiedPledge, passage: { text: string }): LinkClassification {
  const lower = passage.text.toLowerCase()
  const hits = sharedWordOffsets(item.text, passage.text)
  const objectHits = sharedWordOffsets(objectOf(item.action), passage.text, true)
  const verb = /^[a-z]+/.exec(item.action.trim().toLowerCase())?.[0] ?? ''
  const isEvent = HOLD_VERBS.has(verb) || EVENT_WORDS.test(item.action)
  const near = (at: number, length: number, list: number[], window: number): boolean => list.some((h) => h >= at - window && h <= at + length + window)
  const future = (at: number): boolean => isFuture(lower, at)

  const candidates: Array<LinkClassification & { order: number }> = []
  const matches = cueMatches(lower)
  LINK_RULES.forEach((rule, order) => {
    for (const m of matches[order]!) {
      if (rule.pastOnly && m.future) continue
      if (rule.id === HAS_DONE_LIST && !hasDoneBefore(matches, m.index)) continue
      if (hits.length > 0 && !near(m.index, m[0].length, hits, CUE_WINDOW)) continue
      const cue = passage.text.slice(m.index, m.index + m[0].length)
      if (rule.kind === 'reported-done') {
        if (!near(m.index, m[0].length, objectHits, OBJECT_WINDOW)) continue
        if (rule.id === 'reported-done/held' && !isEvent) continue
        // "announced the pathway": the pledge's object right after the cue, not anything announced.
        if (rule.id === 'reported-done/announced' && !objectHits.some((h) => h >= m.index + m[0].length && h <= m.index + m[0].length + ANNOUNCED_WINDOW))
          continue
        // "completed the first SSN port visit": one instance of a recurring action is progress.
        if (!HOLD_VERBS.has(verb) && FIRST_INSTANCE.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 20))) {
          candidates.push({
            kind: 'progress-reported',
            rule: 'progress-reported/first-instance',
            cue,
            order: LINK_RULES.findIndex((r) => r.kind === 'progress-reported'),
          })
          break
        }
      }
      candidates.push({ kind: rule.kind, rule: rule.id, cue, order })
      break
    }
  })
  const pastVerb = pastOfPledgedVerb(verb, lower)
  if (pastVerb && !future(pastVerb.at) && near(pastVerb.at, pastVerb.word.length, objectHits, OBJECT_WINDOW)) {
    const order = LINK_RULES.findIndex((r) => r.kind === 'progress-reported')
    candidates.push({
      kind: 'reported-done',
      rule: 'reported-done/past-of-pledged-verb',
      cue: passage.text.slice(pastVerb.at, pastVerb.at + pastVerb.word.length),
      order: order - 0.5,
    })
  }
  candidates.sort((a, b) => a.order - b.order)
  let best = candidates[0]
  // A standing or recurring pledge ("meet at least once a year") is never done: one more instance is progress.
  if (best?.kind === 'reported-done' && RECURRING.test(item.text)) {
    best = { ...best, kind: 'progress-reported', rule: 'progress-reported/recurring' }
  }
  return best ? { kind: best.kind, rule: best.rule, cue: best.cue } : { kind: 'mentioned', rule: MENTION_RULE_ID, cue: null }
}

/** The action without its verb: "launch the Quad Fellowship" → "the Quad Fellowship". */
function objectOf(action: string): string {
  return action.trim().replace(/^[A-Za-z]+\s*/, '')
}

/**
 * Offsets in the passage of words whose stems are content stems of the text. For the pledge's
 * object (`specific`), country names and stock-phrase words are left out: "Japan" or "cooperation"
 * near "entry into force" says nothing about which agreement entered into force.
 */
function sharedWordOffsets(text: string, passageText: string, specific = false): number[] {
  const stock = specific ? stockLemmas() : null
  const keep = (t: Token): boolean => t.content && (!stock || (!stock.has(t.stem) && !isCountry(t.text)))
  const stems = new Set(
    tokenize(text)
      .filter(keep)
      .map((t) => t.stem),
  )
  return tokenize(passageText)
    .filter((t) => keep(t) && stems.has(t.stem))
    .map((t) => t.start)
}

/** The past of the pledge's verb in the passage ("hold" → "held"), unless it is a verb of ongoing effort. */
function pastOfPledgedVerb(verb: string, lowerPassage: string): { word: string; at: number } | null {
  if (verb.length < 3 || ONGOING_VERBS.has(verb)) return null
  const forms = IRREGULAR_PAST[verb] ?? [verb.endsWith('e') ? `${verb}d` : `${verb}ed`]
  for (const form of forms) {
    const m = new RegExp(`\\b${form}\\b`).exec(lowerPassage)
    if (m) return { word: form, at: m.index }
  }
  return null
}
