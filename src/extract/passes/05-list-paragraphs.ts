// Pass 5: bullet or numbered paragraphs under a lead-in that ends with ":" ("The leaders will:").
import type { Paragraph } from '../../core/tree.js'
import type { ExtractContext } from '../context.js'
import type { Draft } from '../extract-items.js'
import { INTERVENING_WORDS } from '../lexicon/adverbs.js'
import { STANCE_ENTRY } from '../lexicon/list-lead-in.js'
import { isActionVerb, isGerund, verbLemma } from '../verbs.js'

const ACTION_NOMINAL = /^(?:the|a|an|further|greater|continued|enhanced|joint|new)\s+(?:[a-z-]+\s+)?[a-z-]+(?:ment|tion|sion|ance|ence|ing|ure|al)\s+of\b/i

/** A gerund that dates the sentence after it: "Beginning in 2023,", "Starting from next year,", "Following the review,". */
const TIME_GERUND = /^(?:Beginning|Starting|Commencing|Following)\b[^,;:]{1,60},\s+\S/

const LIST_CLOSE = /;(?:\s*and)?\s*$/

/** The entry's first verb, after an optional "to" and adverbs: "to further bolster" gives "bolster". */
const ENTRY_VERB = new RegExp(`^(?:to\\s+(?:(?:${INTERVENING_WORDS.join('|')}|[a-z]+ly)\\s+)*)?([\\p{L}'’-]+)`, 'iu')

/** The pledge whose list of actions follows in the next paragraphs. */
export interface LeadIn {
  draft: Draft
  /** Entries read so far under this lead-in (set while reading the list). */
  entries?: number
}

/**
 * The item for one list paragraph under a lead-in (its first sentence), or null when the paragraph
 * is not an entry of that list (not labelled, or not starting with an action), which ends the list.
 * @param paragraph the paragraph after the lead-in
 * @param ref its paragraph number for items
 */
export function listEntryItems(paragraph: Paragraph, ref: number, leadIn: LeadIn, ctx: ExtractContext): Draft[] | null {
  if (paragraph.labelKind === null) return null
  const first = paragraph.children[0]
  if (!first) return null
  // "(a) to strengthen ...": the entry's action after its "to".
  // "(2) To further bolster their defense …": an adverb between "to" and the verb is passed over
  // (but "To further implementation of …" has "further" as its verb).
  const plain = /^(?:to\s+)?([\p{L}'’-]+)/iu.exec(first.value)?.[1] ?? ''
  const past = ENTRY_VERB.exec(first.value)?.[1] ?? ''
  const word = past !== plain && isActionVerb(past) ? past : plain
  // "- Expand cooperation on ...", "* the enhancement of security dialogues ...".
  // "- robust information sharing on …;" after gerund entries under "commit to:": an entry closed by
  // ";" (or "; and") in a list of actions already begun stands in it although it opens with a noun
  // (a list that opens with nouns, "advance the following points: - modernisation of …", is not one).
  // "- Beginning in 2023, Australian military and civilian personnel will embed …": a gerund of time
  // opens an entry with its own subject; it is read as a sentence of its own (gold-fit4: Australia alone).
  if (TIME_GERUND.test(first.value)) return null
  const action = isActionVerb(word) || isGerund(word) || ACTION_NOMINAL.test(first.value)
  if (!action && !((leadIn.entries ?? 0) > 0 && LIST_CLOSE.test(first.value))) return null
  leadIn.entries = (leadIn.entries ?? 0) + 1
  const lead = leadIn.draft
  const start = first.position.start.offset
  // The entry is its first sentence ("Accelerate the expansion of clean energy supply chains."); the
  // sentences after it ("We intend to identify areas ...") are read as sentences of their own.
  let end = first.position.end.offset
  const text = ctx.text.slice(start, end)
  end -= text.length - text.replace(/[\s.;,]+$/, '').replace(/;?\s*and$/, '').length
  // "- Agree to the full implementation of …; to resolve differences peacefully; and to work towards …":
  // each ";" part with its own "to" + action is an entry of its own (ANNOTATION.md, Splitting).
  const parts: Array<{ start: number; end: number; verb: string }> = []
  let from = start
  let verb = word
  // "EXPAND cooperation on …; strengthen capacity to combat …; protect …; and improve …": after an
  // entry that opens with a base verb, each ";" part that opens with one is an action of its own (session 11).
  const series = !/^to\s/i.test(first.value) && !isGerund(word) ? ENTRY_VERB_SERIES : ENTRY_TO
  for (const m of ctx.text.slice(start, end).matchAll(series)) {
    const v = m.groups!.verb!
    if (!isActionVerb(v) || isGerund(v)) continue
    parts.push({ start: from, end: start + m.index, verb })
    from = start + m.indices!.groups!.part![0]
    verb = v
  }
  parts.push({ start: from, end, verb })
  const stance = STANCE_ENTRY.test(first.value)
  return parts.map((part) => ({
    ...lead,
    ...(stance ? { type: 'position' as const, actorRole: 'parties' as const } : {}),
    paragraph: ref,
    start: part.start,
    end: part.end,
    sentenceStart: start,
    tailEnd: first.position.end.offset,
    leadEnd: start,
    clause: { ...lead.clause, part: 'entry', verb: verbLemma(part.verb) },
    strength: /^(?:explor|consider|stud|examin)/i.test(part.verb) ? 'weak' : lead.strength,
  }))
}

/** A ";" part of an entry with its own "to" + verb: "; to resolve …", "; and to work …". */
const ENTRY_TO = /;\s*(?:and\s+)?(?<part>to\s+(?<verb>[a-z]+))\b/dg
/** A ";" part of an entry that opens with its own base verb: "; strengthen capacity …", "; and improve …" (the "and" kept in the part). */
const ENTRY_VERB_SERIES = /;\s*(?:and\s+(?=to\s))?(?<part>(?:and\s+)?(?:to\s+)?(?<verb>[a-z]+))\b/dg
