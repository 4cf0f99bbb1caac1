// The words before a time expression: leads ("by", "before", "since") and modifiers ("early", "the end of").
import type { LeadKind, Modifier } from './types.js'

/** A lead phrase and how it frames the expression after it. */
export interface LeadPhrase {
  /** Regex source of the words, lower case; matched case-insensitively. */
  words: string
  /** How the lead frames the expression. */
  kind: LeadKind
  /** False for words kept out of the deadline's text ("scheduled for spring 2016" → "spring 2016"). */
  inText?: false
}

/** Leads, one per line, each with a real phrase it exists for. */
export const LEADS: LeadPhrase[] = [
  { words: 'after', kind: 'from' },
  { words: 'ahead of', kind: 'before' },
  // "As early as 2027, the United States and United Kingdom plan to begin ...": no due date (gold-fit4 AUKUS)
  { words: 'as early as', kind: 'earliest' },
  // "supported the aim of the EU and Japan reaching agreement ... as early as possible in 2016"
  { words: 'as early as possible in', kind: 'in' },
  { words: 'as from', kind: 'from' },
  { words: 'as of', kind: 'from' },
  // "commit to submit aligned Nationally Determined Contributions (NDCs) as soon as possible ahead of COP26"
  { words: 'as soon as possible ahead of', kind: 'before' },
  { words: 'as soon as possible in', kind: 'in' },
  { words: 'at', kind: 'in' },
  { words: 'before', kind: 'before' },
  // "The United States plans to increase SSN port visits to Australia beginning in 2023": the start is due in 2023 (gold-fit4)
  { words: 'beginning(?: in| from)?', kind: 'begin' },
  { words: 'between', kind: 'in' },
  { words: 'by', kind: 'by' },
  // "to peak global GHG emissions immediately and by no later than 2025"
  { words: 'by no later than', kind: 'by' },
  // "with the intent of achieving concrete outcomes on these issues by the time of our next meeting"
  { words: 'by the time of', kind: 'by' },
  { words: 'during', kind: 'in' },
  // "beginning in FY 2023 and ending in FY 2029": the end of a programme is its limit
  { words: 'ending(?: in)?', kind: 'by' },
  { words: 'for', kind: 'in', inText: false },
  { words: 'from', kind: 'from' },
  { words: 'in', kind: 'in' },
  { words: 'in advance of', kind: 'before' },
  { words: 'in the lead[- ]up to', kind: 'before' },
  // "in the run up to the 2019 Rugby World Cup and 2020 Tokyo Olympics"
  { words: 'in the run[- ]up to', kind: 'before' },
  { words: 'leading up to', kind: 'before' },
  { words: 'no later than', kind: 'by' },
  { words: 'not later than', kind: 'by' },
  { words: 'on', kind: 'in' },
  // "to Coalition partners … on the margins of the United Nations General Assembly" (gold-fit3)
  { words: '(?:on|in) the (?:margins|sidelines) of', kind: 'in' },
  // "providing for one billion doses over the next year"
  { words: 'over', kind: 'in' },
  { words: 'prior to', kind: 'before' },
  { words: 'since', kind: 'since' },
  { words: 'starting(?: in| from)?', kind: 'begin' },
  // "the collective developed country goal of mobilising $100 billion annually through to 2025"
  { words: 'through to', kind: 'by' },
  { words: 'through(?:out)?', kind: 'in' },
  { words: 'till', kind: 'by' },
  { words: 'until', kind: 'by' },
  // "toward ensuring stable demand for additional U.S. LNG until at least 2030": how long, not by when (gold-fit5)
  { words: 'until at least', kind: 'earliest' },
  { words: 'up to', kind: 'by' },
  // "look forward to new commitments from others well ahead of COP26 in Glasgow"
  { words: 'well ahead of', kind: 'before' },
  { words: 'well before', kind: 'before' },
  { words: 'within', kind: 'in' },
]

/** A modifier phrase and the part of the period it names. */
export interface ModifierPhrase {
  /** Regex source of the words, lower case; matched case-insensitively. */
  words: string
  /** The part of the period the words name. */
  modifier: Modifier
}

/** Modifiers, one per line: each names a part of the period that follows. */
export const MODIFIERS: ModifierPhrase[] = [
  { words: '(?:the )?(?:beginning|start) of', modifier: 'early' },
  { words: 'earlier(?: in)?', modifier: 'earlier' },
  // "plan to hold their fifth U.S.-France Cyber Dialogue in early 2023"
  { words: 'early(?: in)?', modifier: 'early' },
  { words: 'end-', modifier: 'late' },
  // "an international legally binding instrument on plastic pollution of the highest ambition possible by the end of 2024"
  { words: '(?:the )?end of', modifier: 'late' },
  { words: 'late(?: in)?', modifier: 'late' },
  // "President Biden ... conveyed an invitation for him to visit the United States later this year"
  { words: 'later(?: in)?', modifier: 'later' },
  { words: '(?:the )?latter part of', modifier: 'late' },
  { words: 'mid-?', modifier: 'mid' },
  { words: '(?:the )?middle of', modifier: 'mid' },
  { words: 'towards? the end of', modifier: 'late' },
]

/** What was read before an expression. */
export interface Before<T> {
  /** What the words say. */
  value: T
  /** Offset in the text where the words start. */
  start: number
  /** False when the words stay out of the deadline's text. */
  inText: boolean
}

const LOOKBACK = 48

const byLength = <T extends { words: string }>(list: T[]): T[] => [...list].sort((a, b) => b.words.length - a.words.length)

const leadList = byLength(LEADS)
const leadPattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${leadList.map((l) => `(${l.words})`).join('|')})\\s+(?:the\\s+)?$`, 'iu')
const modifierList = byLength(MODIFIERS)
// Note: "mid-2016" and "end-2016" join with a hyphen; the other modifiers need a space.
const modifierPattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${modifierList.map((m) => `(${m.words})`).join('|')})(?:(?<=-)|\\s+)$`, 'iu')

/** The index of the first defined capture group after the whole-alternation group. */
function whichGroup(m: RegExpExecArray): number {
  for (let i = 2; i < m.length; i++) if (m[i] !== undefined) return i - 2
  return -1
}

/**
 * The lead that ends right before `index` ("by", "in the run up to the"), or null.
 * @example readLead('due by 2030', 7) // { value: 'by', start: 4, inText: true }
 */
export function readLead(text: string, index: number): Before<LeadKind> | null {
  const from = Math.max(0, index - LOOKBACK)
  const m = leadPattern.exec(text.slice(from, index))
  if (!m) return null
  const lead = leadList[whichGroup(m)]!
  return { value: lead.kind, start: from + m.index + m[0].indexOf(m[1]!), inText: lead.inText !== false }
}

/** The modifier that ends right before `index` ("early", "the end of"), or null. */
export function readModifier(text: string, index: number): Before<Modifier> | null {
  const from = Math.max(0, index - LOOKBACK)
  const m = modifierPattern.exec(text.slice(from, index))
  if (!m) return null
  const found = modifierList[whichGroup(m)]!
  return { value: found.modifier, start: from + m.index + m[0].indexOf(m[1]!), inText: true }
}

/**
 * Leads that may stand before an event's full name when the event is matched by the abbreviation in
 * brackets after it: "Ahead of the 15th Conference of the Parties ... (CBD COP15), the 26th UN Climate
 * Change Conference of the Parties (UNFCCC COP26)", "at the ongoing 28th Session of the Conference of
 * the Parties ... (UNFCCC-COP 28)", "in view of the 28th UN Climate Change Conference of the Parties (COP28)".
 */
export const NAME_LEADS: string[] = [
  'ahead of',
  'at',
  'before',
  'by',
  'during',
  'in advance of',
  'in the (?:run|lead)[- ]up to',
  'in view of',
  'on the (?:margins|sidelines) of',
  'prior to',
]

const NAME_LEAD_BACK = 400
/** The name before the brackets: "the" (with "ongoing", "upcoming" …) and its words, up to the bracket (names and connectors only). */
const NAME_RUN =
  /\b[Tt]he\s+(?:(?:ongoing|upcoming|forthcoming|coming|next|current)\s+)?(?:(?:[\p{Lu}\d][^\s()]*|\([^()]*\),?|,|of|on|and|for|in|to|the)\s+)*$/u
const nameLeadPattern = new RegExp(`\\b(?:${NAME_LEADS.join('|')})\\s+$`, 'iu')

/**
 * True when the event at `index` is an abbreviation in brackets ("(COP28)") and a lead stands right
 * before the full name it abbreviates ("at the 28th UN Climate Change Conference (COP28)"), also
 * across a list of such names; not a lead further back ("work at the local level to support the aims
 * of the 28th … (COP28)").
 */
export function hasLeadBeforeName(text: string, index: number): boolean {
  if (text.charCodeAt(index - 1) !== 40) return false
  const before = text.slice(Math.max(0, index - 1 - NAME_LEAD_BACK), index - 1)
  const run = NAME_RUN.exec(before)
  return run !== null && nameLeadPattern.test(before.slice(0, run.index))
}
