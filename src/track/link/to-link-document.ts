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
}

/**
 * Turns a parsed meeting into a LinkDocument: each sentence of each paragraph is a passage, with
 * the ids of the items that lie (mostly) inside it. Headings are left out: they name topics, not
 * what was done.
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
      if (!/[A-Za-z]/.test(sentence.value)) continue
      const itemIds = input.items.filter((it) => overlap(it, start, end) > (it.end - it.start) / 2).map((it) => it.id)
      passages.push({ paragraph: number, start, end, text: sentence.value, itemIds })
    }
  }
  return { meetingId: input.meetingId, date: input.date, items: input.items, passages }
}

function overlap(span: { start: number; end: number }, start: number, end: number): number {
  return Math.max(0, Math.min(span.end, end) - Math.max(span.start, start))
}
