// Pass 5: bullet or numbered paragraphs under a lead-in that ends with ":" ("The leaders will:").
import type { Paragraph } from '../../core/tree.js'
import type { ExtractContext } from '../context.js'
import type { Draft } from '../extract-items.js'
import { isActionVerb, isGerund, verbLemma } from '../verbs.js'

const ACTION_NOMINAL = /^(?:the|a|an|further|greater|continued|enhanced|joint|new)\s+(?:[a-z-]+\s+)?[a-z-]+(?:ment|tion|sion|ance|ence|ing|ure|al)\s+of\b/i

/** The pledge whose list of actions follows in the next paragraphs. */
export interface LeadIn {
  draft: Draft
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
  const word = /^(?:to\s+)?([\p{L}'’-]+)/iu.exec(first.value)?.[1] ?? ''
  // "- Expand cooperation on ...", "* the enhancement of security dialogues ...".
  if (!isActionVerb(word) && !isGerund(word) && !ACTION_NOMINAL.test(first.value)) return null
  const lead = leadIn.draft
  const start = first.position.start.offset
  // The entry is its first sentence ("Accelerate the expansion of clean energy supply chains."); the
  // sentences after it ("We intend to identify areas ...") are read as sentences of their own.
  let end = first.position.end.offset
  const text = ctx.text.slice(start, end)
  end -= text.length - text.replace(/[\s.;,]+$/, '').replace(/;?\s*and$/, '').length
  return [
    {
      ...lead,
      paragraph: ref,
      start,
      end,
      sentenceStart: start,
      tailEnd: first.position.end.offset,
      leadEnd: start,
      clause: { ...lead.clause, part: 'entry', verb: verbLemma(word) },
      strength: /^(?:explor|consider|stud|examin)/i.test(word) ? 'weak' : lead.strength,
    },
  ]
}
