// The unit of linking is one action: "meet regularly and exchange information and proposals" is two
// pledges, and a later passage about the second must not be credited to the first.
import type { Item } from '../../core/item.js'

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
    cuts.push({ at, resume, verb: word })
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
  return units.map((u, i) => ({ ...u, id: `${item.id}/a${i + 1}`, action: i === 0 ? item.action.split(/\s+and\s+/)[0]! : u.text }))
}

// Note: verb forms only ("cooperate", "cooperating"), never the noun ("cooperation").
function isVerbForm(word: string): boolean {
  return VERB_FORMS.has(word)
}

function wordCount(s: string): number {
  return (s.match(/[A-Za-z]+/g) ?? []).length
}
