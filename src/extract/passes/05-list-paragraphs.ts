// Pass 5: bullet or numbered paragraphs under a lead-in that ends with ":" ("The leaders will:").
import type { Paragraph } from '../../core/tree.js'
import type { ExtractContext } from '../context.js'
import type { Draft } from '../extract-items.js'
import { INTERVENING_WORDS } from '../lexicon/adverbs.js'
import { ENTRY_ADVERBS, ENTRY_CONDITION, NOUN_FOLLOWERS, STANCE_ENTRY, STATEMENT_ENTRY_VERBS } from '../lexicon/list-lead-in.js'
import { canBeVerb, isActionVerb, isGerund, isListGerund, verbLemma } from '../verbs.js'

const ACTION_NOMINAL = /^(?:the|a|an|further|greater|continued|enhanced|joint|new)\s+(?:[a-z-]+\s+)?[a-z-]+(?:ment|tion|sion|ance|ence|ing|ure|al)\s+of\b/i

/** A gerund that dates the sentence after it: "Beginning in 2023,", "Starting from next year,", "Following the review,". */
const TIME_GERUND = /^(?:Beginning|Starting|Commencing|Following)\b[^,;:]{1,60},\s+\S/

const STATEMENT_ENTRY = new Set(STATEMENT_ENTRY_VERBS)
const ENTRY_FIRST_VERB = new RegExp(`^(?:(?:${ENTRY_ADVERBS.map((a) => a.replace(/ /g, '\\s+')).join('|')})\\s+)*([\\p{L}]+)`, 'iu')

/** "note", "NOTE", "noting", "welcoming": a verb of STATEMENT_ENTRY_VERBS or its gerund. */
function isStatementEntry(word: string): boolean {
  return STATEMENT_ENTRY.has(word) || (word.endsWith('ing') && (STATEMENT_ENTRY.has(word.slice(0, -3)) || STATEMENT_ENTRY.has(`${word.slice(0, -3)}e`)))
}

/** The entry's first word, lower-cased, past "further" or "also" ("FURTHER REAFFIRM that …" gives "reaffirm"; "Welcoming …" gives "welcoming"). */
function firstEntryVerb(text: string): string {
  return (ENTRY_FIRST_VERB.exec(text)?.[1] ?? '').toLowerCase()
}

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
  // "- To the extent practicable …, consult or coordinate on …": the verb after an opening condition.
  const opening = ENTRY_CONDITION.exec(first.value)?.[0].length ?? 0
  const value = opening > 0 ? first.value.slice(opening) : first.value
  const plain = /^(?:to\s+)?([\p{L}'’-]+)/iu.exec(value)?.[1] ?? ''
  const past = ENTRY_VERB.exec(value)?.[1] ?? ''
  const word = past !== plain && isActionVerb(past) ? past : plain
  // "- Expand cooperation on ...", "* the enhancement of security dialogues ...".
  // "- robust information sharing on …;" after gerund entries under "commit to:": an entry closed by
  // ";" (or "; and") in a list of actions already begun stands in it although it opens with a noun
  // (a list that opens with nouns, "advance the following points: - modernisation of …", is not one).
  // "- Beginning in 2023, Australian military and civilian personnel will embed …": a gerund of time
  // opens an entry with its own subject; it is read as a sentence of its own (gold-fit4: Australia alone).
  if (TIME_GERUND.test(first.value)) return null
  // "- Building partnerships during …" after gerund entries: an -ing noun with its object is a gerund here.
  const action =
    isActionVerb(word) ||
    isGerund(word) ||
    ACTION_NOMINAL.test(value) ||
    ((leadIn.entries ?? 0) > 0 && isListGerund(word, /^\S+\s+([\p{L}-]+)/u.exec(value)?.[1] ?? ''))
  if (!action && !((leadIn.entries ?? 0) > 0 && LIST_CLOSE.test(first.value))) return null
  leadIn.entries = (leadIn.entries ?? 0) + 1
  // "1. NOTE the … Resolution …": an entry of the list that states a view; read as a sentence of its own.
  // ("Welcoming and supporting the dialogue …" names an action too: an entry of the lead-in's.)
  const paired = /^(?:[\p{L}]+\s+){1,2}and\s+([\p{L}]+)/u.exec(value)?.[1] ?? ''
  if (isStatementEntry(firstEntryVerb(value)) && !(isActionVerb(paired) && !isStatementEntry(paired.toLowerCase()))) return []
  const lead = leadIn.draft
  const start = first.position.start.offset
  // The entry is its first sentence ("Accelerate the expansion of clean energy supply chains."); the
  // sentences after it ("We intend to identify areas ...") are read as sentences of their own.
  let end = first.position.end.offset
  const text = ctx.text.slice(start, end)
  end -= text.length - text.replace(/[\s.;,]+$/, '').replace(/;?\s*and$/, '').length
  // "- Agree to the full implementation of …; to resolve differences peacefully; and to work towards …":
  // each ";" part with its own "to" + action is an entry of its own (ANNOTATION.md, Splitting).
  // "EXPAND cooperation on …; strengthen capacity to …; protect …; and improve …": each ";" part that
  // opens with a verb of the entry's own form (a bare verb after a bare verb, a gerund after a gerund)
  // is an action of its own; a ";" part with another start (a noun, "; support for …") stays in it.
  const parts: Array<{ start: number; end: number; verb: string }> = []
  let from = start
  let verb = word
  const gerund = /ing$/i.test(word)
  const body = ctx.text.slice(start, end)
  for (const m of body.matchAll(ENTRY_PART)) {
    const next = m[1]!
    const prefix = ENTRY_PART_PREFIX.exec(m[0])![0]
    const ownTo = /to\s+$/.test(prefix)
    if (!isActionVerb(next) || (!ownTo && (isGerund(next) !== gerund || !canBeVerb(next) || ENTRY_PART_NOT_VERB.has(m[2] ?? '')))) continue
    parts.push({ start: from, end: trimEntryEnd(ctx.text, start, start + m.index), verb })
    from = start + m.index + prefix.replace(/to\s+$/, '').length
    verb = next
  }
  parts.push({ start: from, end, verb })
  // "10. Strengthen cooperation on low carbon energy transformation … . Explore collaboration on digital
  // solutions …;": a later sentence of the entry that opens with a bare verb of the entry's own form
  // is a second action of the list (session 13, gold-fit12); other sentences are read on their own.
  if (!gerund) {
    for (const later of paragraph.children.slice(1)) {
      const m = LATER_ACTION.exec(later.value)
      if (!m || !isActionVerb(m[1]!) || !canBeVerb(m[1]!) || isGerund(m[1]!) || isStatementEntry(m[1]!.toLowerCase()) || ENTRY_PART_NOT_VERB.has(m[2] ?? ''))
        continue
      const laterStart = later.position.start.offset
      parts.push({ start: laterStart, end: trimEntryEnd(ctx.text, laterStart, later.position.end.offset), verb: m[1]!.toLowerCase() })
    }
  }
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

/** A capitalised bare verb opening a later sentence of an entry, and the word after it. */
const LATER_ACTION = /^(\p{Lu}[a-z]+)\s+([a-z]+)/u

/**
 * A ";" part of an entry and its first verb: with its own "to" ("; to resolve …", "; and to work …")
 * or bare ("; strengthen capacity …", "; and improve …"); the word after the verb in group 2.
 */
const ENTRY_PART = /;\s*(?:and\s+)?(?:to\s+)?([a-z]+)\b(?:\s+([a-z]+))?/g

const ENTRY_PART_PREFIX = /^;\s*(?:and\s+)?(?:to\s+)?/

/** A word after a ";" part's first word that shows that word is a noun: "; support for …", "; progress is …". */
const ENTRY_PART_NOT_VERB = new Set(NOUN_FOLLOWERS)

/** The end of a ";" part: before the ";" and any spaces. */
function trimEntryEnd(text: string, start: number, end: number): number {
  let e = end
  while (e > start && /[\s;,]/.test(text[e - 1]!)) e--
  return e
}
