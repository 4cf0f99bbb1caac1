// The unit of linking is one action: "meet regularly and exchange information and proposals" is two
// pledges, and a later passage about the second must not be credited to the first.
import type { Item } from '../../core/item.js'
import { ACTION_VERBS as BASE_VERBS } from '../../extract/lexicon/action-verbs.js'

/** One action of an item: a stretch of its text with its own verb. */
export interface ActionUnit {
  /** The item's id, or "<item id>/a<n>" (n from 1) when the item holds several actions. */
  id: string
  item: Item
  /** Offsets in the document's normalized text. */
  start: number
  end: number
  text: string
  /** The action's verb as printed ("exchange"), or null when none is known. */
  verb: string | null
  /** The action in a few words, verb first (the item's `action` for the first unit). */
  action: string
}

/**
 * Verbs that start a new action after "and" / "as well as" / ";" in a pledge (base forms). A
 * conjunction followed by one of these (or its -ing/-ed form) splits the item.
 */
export const ACTION_VERBS: readonly string[] = [
  'accelerate',
  'address',
  'adopt',
  'advance',
  'assess',
  'begin',
  'bolster',
  'build',
  'collaborate',
  'combat',
  'complete',
  'conclude',
  'conduct',
  'consider',
  'continue',
  'contribute',
  'convene',
  'cooperate',
  'coordinate',
  'counter',
  'create',
  'deepen',
  'deliver',
  'deploy',
  'develop',
  'discuss',
  'dispatch',
  'encourage',
  'engage',
  'enhance',
  'ensure',
  'establish',
  'exchange',
  'expand',
  'explore',
  'facilitate',
  'finalize',
  'follow',
  'foster',
  'help',
  'hold',
  'host',
  'identify',
  'implement',
  'improve',
  'increase',
  'intensify',
  'invest',
  'launch',
  'maintain',
  'meet',
  'mobilize',
  'open',
  'prevent',
  'promote',
  'protect',
  'provide',
  'pursue',
  'reduce',
  'reinforce',
  'report',
  'review',
  'send',
  'share',
  'sign',
  'start',
  'strengthen',
  'study',
  'support',
  'tackle',
  'train',
  'undertake',
  'visit',
  'work',
]

const VERB_FORMS = new Set(
  ACTION_VERBS.flatMap((v) => {
    const base = v.endsWith('e') ? v.slice(0, -1) : v
    return [v, `${v}s`, `${base}ed`, `${base}ing`]
  }),
)
// "and" (with an optional comma, "to", an adverb) before a verb; ";"; "as well as".
const JOINT = /(?:,?\s+and\s+(?:to\s+)?(?:(?:further|also|closely|jointly|then)\s+)?|;\s*(?:and\s+)?(?:to\s+)?|,?\s+as well as\s+)([A-Za-z]+)/g

/** Base forms of the extraction's action verbs (a list of actions: "respond to …, combat …, and address …"). */
const BASE_VERB_SET = new Set(BASE_VERBS)
// A comma before a word, not itself followed by a comma or a conjunction ("inclusive, free, and open" is a list of
// adjectives), nor by "for" / "of" (a noun: "respect for human rights").
const COMMA_WORD = /,\s+([a-z]+)(?=\s+(?!and\b|or\b|for\b|of\b)[A-Za-z])/g
// The end of a list of actions: "(,) and (to) VERB" with VERB in the base form.
const LIST_END = /,?\s+and\s+(?:to\s+)?(?:(?:further|also|closely|jointly|then)\s+)?([a-z]+)\s+[A-Za-z]/g

/**
 * Splits an item into its actions at a conjunction followed by an action verb, when both sides
 * have at least two words. An item with one action gives one unit whose id is the item's id.
 * @example splitActions(item('the Ministers directed their officials to meet regularly and exchange information')).map((u) => u.text)
 *   // ['the Ministers directed their officials to meet regularly', 'exchange information']
 */
export function splitActions(item: Item): ActionUnit[] {
  const text = item.text
  const cuts: Array<{ at: number; resume: number; verb: string }> = []
  for (const m of text.matchAll(JOINT)) {
    const word = m[1]!
    const lower = word.toLowerCase()
    if (!isVerbForm(lower)) continue
    const at = m.index
    const resume = m.index + m[0].length - word.length
    const prevEnd = cuts.length ? cuts[cuts.length - 1]!.resume : 0
    if (wordCount(text.slice(prevEnd, at)) < 2) continue
    // Note: "an inclusive, free, and open Indo-Pacific": one word between commas is a list of adjectives, not an action.
    if (/,\s*[A-Za-z]+$/.test(text.slice(0, at)) && m[0].startsWith(',')) continue
    if (verbPairBefore(text, at)) continue
    cuts.push({ at, resume, verb: word })
  }
  // Note: a list of actions in the base form, "respond to …, combat climate change, and address …": each
  // comma before a base verb cuts too, when the list ends with "and" before a base verb (session 8).
  const ends = [...text.matchAll(LIST_END)].filter((m) => BASE_VERB_SET.has(m[1]!)).map((m) => m.index)
  if (ends.length > 0) {
    for (const m of text.matchAll(COMMA_WORD)) {
      const word = m[1]!
      if (!BASE_VERB_SET.has(word) || !ends.some((e) => e > m.index)) continue
      if (cuts.some((c) => c.at === m.index) || verbPairBefore(text, m.index)) continue
      cuts.push({ at: m.index, resume: m.index + m[0].length - word.length, verb: word })
    }
    cuts.sort((a, b) => a.at - b.at)
    for (let i = 1; i < cuts.length; i++) if (wordCount(text.slice(cuts[i - 1]!.resume, cuts[i]!.at)) < 2) cuts.splice(i--, 1)
    if (cuts.length > 0 && wordCount(text.slice(0, cuts[0]!.at)) < 2) cuts.shift()
  }
  const firstVerb = /^[A-Za-z]+/.exec(item.action.trim())?.[0] ?? null
  const units: ActionUnit[] = []
  let from = 0
  let verb = firstVerb
  const push = (to: number, next: string | null): void => {
    const raw = text.slice(from, to)
    const lead = raw.length - raw.trimStart().length
    const body = raw.trim().replace(/[,;]\s*$/, '')
    if (body) units.push({ id: '', item, start: item.start + from + lead, end: item.start + from + lead + body.length, text: body, verb, action: '' })
    verb = next
  }
  for (const c of cuts) {
    if (wordCount(text.slice(c.resume)) < 2) break
    push(c.at, c.verb)
    from = c.resume
  }
  push(text.length, null)
  if (units.length <= 1) return [{ id: item.id, item, start: item.start, end: item.end, text, verb: firstVerb, action: item.action }]
  // Note: the first action ends where the second begins ("respond to …, combat …"; "follow up the
  // results and report …"), not at its first "and" ("the economic and health impacts").
  const cut = item.action.indexOf(units[1]!.text.slice(0, 24))
  const first =
    cut > 0
      ? item.action.slice(0, cut).replace(/(?:[,;]?\s+(?:and|as well as)(?:\s+(?:to|further|also|closely|jointly|then))*|[,;])?\s*$/, '')
      : item.action.split(/\s+and\s+/)[0]!
  return units.map((u, i) => ({ ...u, id: `${item.id}/a${i + 1}`, action: i === 0 ? first : u.text }))
}

// "to / will / , / and" and a verb right before a conjunction: verbs that share one object.
const VERB_BEFORE = /(?:\bto|\bwill|,|\band)\s+([a-z]+)$/

/**
 * The words before a cut end with a verb that has no object of its own ("to intensify and expand
 * coordinated efforts", "to prevent, prepare for, and respond to …", "conserve and enhance …"):
 * the verbs share the object that follows, one action.
 */
function verbPairBefore(text: string, at: number): boolean {
  const m = VERB_BEFORE.exec(text.slice(Math.max(0, at - 40), at))
  return m !== null && BASE_VERB_SET.has(m[1]!)
}

// Note: verb forms only ("cooperate", "cooperating"), never the noun ("cooperation").
function isVerbForm(word: string): boolean {
  return VERB_FORMS.has(word)
}

function wordCount(s: string): number {
  return (s.match(/[A-Za-z]+/g) ?? []).length
}
