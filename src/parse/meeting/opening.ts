// The opening of a statement: the sentences of its first paragraphs, where the meeting is named.
import type { Document, Paragraph } from '../../core/tree.js'
import type { GlueRepairer } from '../repair-glued.js'

/** A piece of the normalized text with its offsets. */
export interface TextSpan {
  text: string
  start: number
  end: number
  /** When `text` was repaired (glued words split): offset in `text` → offset from `start` in the original. */
  map?: Int32Array
}

const repairers = new WeakMap<Document, GlueRepairer>()

/** Reads the opening of this tree with glued words split (see repair-glued.ts). */
export function useRepairer(tree: Document, repair: GlueRepairer): void {
  repairers.set(tree, repair)
}

/** The offset in the original text of offset `i` of a span's text. */
export function spanOffset(s: TextSpan, i: number): number {
  return s.start + (s.map ? s.map[Math.min(Math.max(i, 0), s.map.length - 1)]! : i)
}

/** Sentences that tell of the meeting itself: "met", "held", "convened", "visit", "summit". */
export const MEETING_CUE =
  /\b(?:met|meet|meets|meeting|held|convened|convene|gathered|hosted|hosts?|visit|visited|visits|summit|talks|jointly declared|received)\b/i

/** How many paragraphs count as the opening. */
export const OPENING_PARAGRAPHS = 2

/**
 * The sentences of the first paragraphs of a statement.
 * @param tree the statement tree
 * @param count how many paragraphs to take
 */
export function openingSentences(tree: Document, count = OPENING_PARAGRAPHS): TextSpan[] {
  const spans: TextSpan[] = []
  let seen = 0
  for (const block of tree.children) {
    if (block.type !== 'paragraph') continue
    if (++seen > count) break
    const repair = repairers.get(tree)
    for (const s of (block as Paragraph).children) {
      const fixed = repair?.(s.value)
      spans.push({ text: fixed ? fixed.text : s.value, start: s.position.start.offset, end: s.position.end.offset, ...(fixed ? { map: fixed.map } : {}) })
    }
  }
  return spans
}

/** The opening sentences that tell of the meeting (see MEETING_CUE). */
export function meetingSentences(tree: Document, count = OPENING_PARAGRAPHS): TextSpan[] {
  return openingSentences(tree, count).filter((s) => MEETING_CUE.test(s.text))
}
