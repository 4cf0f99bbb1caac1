// Builds the linker's view of a meeting from its statement tree and items: one passage per sentence.
import type { Item } from '../../core/item.js'
import type { Document, Paragraph, Sentence } from '../../core/tree.js'
import type { LinkDocument, LinkPassage } from './types.js'

/** What toLinkDocument needs about one meeting. */
export interface LinkDocumentInput {
  /** The store's id of the meeting. */
  meetingId: string
  /** ISO date of the meeting. */
  date: string
  /** The statement tree from parseStatement (paragraphs with sentences and offsets). */
  tree: Document
  /** The document's items from extractItems. */
  items: Item[]
  /** The meeting's parties (Meeting.parties), when known. */
  parties?: readonly string[]
}

/**
 * The meeting's own framing sentence: in its first paragraphs, someone met, convened or held the
 * meeting ("… met in Tokyo on 8 January 2016 for the Second Japan-UK Foreign and Defence
 * Ministerial Meeting", "We, the leaders …, convened today in person as “the Quad”").
 */
export const FRAMING_SENTENCE =
  /\b(?:met|meet|convened|gathered|held|hosted|came together)\b[^.]*\b(?:meeting|summit|dialogue|2\s?\+\s?2|today|in person|for the (?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time)\b/i

/** How many of a document's first passages may be its framing sentence. */
export const FRAMING_SCAN = 3

/**
 * A caption or a title line, not a sentence: no closing punctuation, and short or mostly capitalised
 * ("Second Japan-UK Foreign and Defence Ministerial Meeting 1").
 */
export function isCaption(text: string): boolean {
  if (/[.!?;:"”’)]\s*$/.test(text)) return false
  const words = text.match(/[A-Za-z]+/g) ?? []
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length
  return words.length < 6 || capitalised >= 0.6 * words.length
}

/**
 * Turns a parsed meeting into a LinkDocument: each sentence of each paragraph is a passage, with
 * the ids of the items that lie (mostly) inside it. Headings and captions are left out: they name
 * topics, not what was done. The meeting's framing sentence is marked (see FRAMING_SENTENCE).
 */
export function toLinkDocument(input: LinkDocumentInput): LinkDocument {
  const passages: LinkPassage[] = []
  for (const block of input.tree.children) {
    if (block.type !== 'paragraph') continue
    const paragraph = block as Paragraph
    const number = paragraph.number ?? paragraph.ordinal
    for (const sentence of paragraph.children as Sentence[]) {
      const start = sentence.position.start.offset
      const end = sentence.position.end.offset
      if (!/[A-Za-z]/.test(sentence.value) || isCaption(sentence.value)) continue
      const itemIds = input.items.filter((it) => overlap(it, start, end) > (it.end - it.start) / 2).map((it) => it.id)
      const framing = passages.length < FRAMING_SCAN && !passages.some((p) => p.framing) && FRAMING_SENTENCE.test(sentence.value)
      passages.push({ paragraph: number, start, end, text: sentence.value, itemIds, ...(framing ? { framing: true } : {}) })
    }
  }
  return { meetingId: input.meetingId, date: input.date, items: input.items, passages, ...(input.parties?.length ? { parties: [...input.parties] } : {}) }
}

function overlap(span: { start: number; end: number }, start: number, end: number): number {
  return Math.max(0, Math.min(span.end, end) - Math.max(span.start, start))
}
