// What a later passage reports about an earlier item: reaffirmed, progress, done or dropped, by cue rules.
import type { Item } from '../../core/item.js'
import type { LinkKind } from '../../core/tracking.js'
import { ANTICIPATION_BEFORE_CUE, FUTURE_BEFORE_CUE, LINK_RULES, MENTION_RULE_ID } from './link-rules.js'
import { tokenize } from './normalize.js'

/** The kind of a link and why. */
export interface LinkClassification {
  kind: LinkKind
  /** Id of the rule that decided (`reaffirmed/mentioned` when no cue matched). */
  rule: string
  /** The cue as printed in the passage, or null. */
  cue: string | null
}

/** How far (characters) a cue may stand from the nearest word the passage shares with the item. */
export const CUE_WINDOW = 120

// Irregular past forms of verbs that pledges use ("hold a summit" → "held").
const IRREGULAR_PAST: Readonly<Record<string, readonly string[]>> = {
  begin: ['began', 'begun'], bring: ['brought'], build: ['built'], hold: ['held'], lead: ['led'],
  make: ['made'], meet: ['met'], seek: ['sought'], send: ['sent'], take: ['took', 'taken'],
}

// Verbs of ongoing effort: "we have strengthened ..." is progress, not the pledge done.
const ONGOING_VERBS = new Set([
  'advance', 'bolster', 'collaborate', 'consult', 'continue', 'cooperate', 'coordinate', 'deepen',
  'engage', 'enhance', 'ensure', 'expand', 'maintain', 'partner', 'promote', 'pursue', 'remain',
  'seek', 'strengthen', 'support', 'work',
])

/**
 * Classifies what `passage` says about `item`.
 * @example classifyLink(item, { text: 'The leaders welcomed the signing of the agreement.' }) // 'reported-done'
 */
export function classifyLink(item: Pick<Item, 'text' | 'action'>, passage: { text: string }): LinkKind {
  return explainLink(item, passage).kind
}

/**
 * Classifies what `passage` says about `item`, with the rule and cue. Cues are tried in the order of
 * LINK_RULES (dropped, done, progress, reaffirmed); a cue counts only when it lies within
 * CUE_WINDOW characters of a word the passage shares with the item, and cues of done and progress
 * only when not put in the future ("will be signed", "look forward to the next ... hosted by"). The past tense of the item's own verb
 * ("hold" → "held") also reports it done. No cue: `reaffirmed/mentioned`.
 */
export function explainLink(item: Pick<Item, 'text' | 'action'>, passage: { text: string }): LinkClassification {
  const lower = passage.text.toLowerCase()
  const hits = sharedWordOffsets(item.text, passage.text)
  const near = (at: number, length: number): boolean =>
    hits.length === 0 || hits.some((h) => h >= at - CUE_WINDOW && h <= at + length + CUE_WINDOW)
  const future = (at: number): boolean =>
    FUTURE_BEFORE_CUE.test(lower.slice(Math.max(0, at - 60), at)) || ANTICIPATION_BEFORE_CUE.test(lower.slice(Math.max(0, at - 100), at))

  const candidates: Array<LinkClassification & { order: number }> = []
  LINK_RULES.forEach((rule, order) => {
    for (const m of lower.matchAll(new RegExp(rule.pattern.source, 'g'))) {
      if (rule.pastOnly && future(m.index)) continue
      if (!near(m.index, m[0].length)) continue
      candidates.push({ kind: rule.kind, rule: rule.id, cue: passage.text.slice(m.index, m.index + m[0].length), order })
      break
    }
  })
  const pastVerb = pastOfPledgedVerb(item.action, lower)
  if (pastVerb && !future(pastVerb.at) && near(pastVerb.at, pastVerb.word.length)) {
    const order = LINK_RULES.findIndex((r) => r.kind === 'progress-reported')
    candidates.push({ kind: 'reported-done', rule: 'reported-done/past-of-pledged-verb', cue: passage.text.slice(pastVerb.at, pastVerb.at + pastVerb.word.length), order: order - 0.5 })
  }
  candidates.sort((a, b) => a.order - b.order)
  const best = candidates[0]
  return best ? { kind: best.kind, rule: best.rule, cue: best.cue } : { kind: 'reaffirmed', rule: MENTION_RULE_ID, cue: null }
}

/** Offsets in the passage of words whose stems are content stems of the item. */
function sharedWordOffsets(itemText: string, passageText: string): number[] {
  const stems = new Set(tokenize(itemText).filter((t) => t.content).map((t) => t.stem))
  return tokenize(passageText).filter((t) => t.content && stems.has(t.stem)).map((t) => t.start)
}

/** The item's action starts with its verb ("hold a summit"); find that verb in the past in the passage. */
function pastOfPledgedVerb(action: string, lowerPassage: string): { word: string; at: number } | null {
  const verb = /^[a-z]+/.exec(action.trim().toLowerCase())?.[0]
  if (!verb || verb.length < 3 || ONGOING_VERBS.has(verb)) return null
  const forms = IRREGULAR_PAST[verb] ?? [verb.endsWith('e') ? `${verb}d` : `${verb}ed`]
  for (const form of forms) {
    const m = new RegExp(`\\b${form}\\b`).exec(lowerPassage)
    if (m) return { word: form, at: m.index }
  }
  return null
}
