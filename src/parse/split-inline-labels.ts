// Splits a line that holds several numbered paragraphs run together ("… in Kuala Lumpur. 2. We had
// a productive deliberation … ASEAN COMMUNITY BUILDING 3. We welcomed …"), as PDF copies and some
// reposts print them, into one block per paragraph (and one per heading between them). Offsets are
// kept: the blocks are spans of the line, the text is not changed.
import type { Span } from '../core/item.js'

// "2. We", "3. “The", "12. In": a paragraph number with a dot and a capital (or an opening quote) after it.
const INLINE_LABEL = /(?<![\p{L}\p{N}.,’'-])(\d{1,3})\.[ \t\u00a0]+(?=[“"‘(]?\p{Lu})/gu

/** A digit, a full stop and white space: where an inline label may stand (the quick test before INLINE_LABEL). */
const INLINE_NUMBER_HINT = /\d\.\s/

/** Sentence-final punctuation, perhaps with closing quotes or brackets, just before a label. */
const SENTENCE_END_BEFORE = /[.!?;:][”"’')\]]*\s+$/u
/** A run of words without lower-case letters (a heading in capitals: "ASEAN COMMUNITY BUILDING") just before a label. */
const CAPITALS_BEFORE = /(?:^|(?<=[.!?;:][”"’')\]]*[ \t\u00a0]+))(?:[\p{Lu}\p{N}&,’'()\-–]+[ \t\u00a0]+)+$/u
/** A short line of words after a sentence's end, just before a label: a heading in sentence case ("… via video conference. Our shared strategic vision on the Indo-Pacific and beyond 2. We reaffirm"). */
const HEADING_BEFORE = /(?<=[.!?;:][”"’')\]]*\s+)\p{Lu}[^.!?;:“”"]{0,100}?\s+$/u
/** How many words a heading in sentence case between two paragraphs may have. */
const MAX_HEADING_WORDS = 12

/** Closing quotes or brackets just before a label, as after a slogan: "“OUR PEOPLE, OUR VISION” 1. We". */
const CLOSER_BEFORE = /[”"’)\]]\s+$/u
/** Any word just before a label: only the chain's first label may follow one ("FINAL Joint Communiqué … 1. We"). */
const WORD_BEFORE = /\S\s+$/u

/** How far back before a label the context is read. */
const CONTEXT = 200

interface Candidate {
  /** Offset of the label's first digit in the line. */
  at: number
  number: number
  /** Offset in the line where a heading in capitals before the label starts, if there is one. */
  headingAt: number | null
  /** How the label is preceded: a sentence's end, a heading in capitals, a closer, any word. */
  kind: 'end' | 'capitals' | 'heading' | 'closer' | 'word'
}

/**
 * The blocks of one line: the line itself, or, where it holds a chain of consecutive paragraph
 * numbers (at least two, the first 1 or the number the line opens with), one block per paragraph,
 * a block for the words before the first number and one for each heading in capitals between a
 * paragraph's last sentence and the next number. A number that follows a sentence's end, a heading
 * in capitals or a closing quote is a label; only the chain's first may follow any word.
 * @param text the normalized text
 * @param start offset of the line's first non-blank character
 * @param end offset after its last non-blank character
 * @param openingNumber the number of the label the line opens with, if any
 * @returns the spans of the blocks, in order, covering the line's words
 * @example splitInlineLabels('1. We met. 2. We agreed.', 0, 24, 1) // [{start: 0, end: 10}, {start: 11, end: 24}]
 */
export function splitInlineLabels(text: string, start: number, end: number, openingNumber: number | null): Span[] {
  // Note: a quick exit for the common line: one paragraph with no inline number at all. Tried on the
  // text itself (a line break is white space as the space that replaces it is), before any copy is made.
  if (!INLINE_NUMBER_HINT.test(text.slice(start + 1, end))) return [{ start, end }]
  const line = text.slice(start, end).replace(/\n/g, ' ')
  const candidates: Candidate[] = []
  INLINE_LABEL.lastIndex = 1
  for (let m = INLINE_LABEL.exec(line); m; m = INLINE_LABEL.exec(line)) {
    const before = line.slice(Math.max(0, m.index - CONTEXT), m.index)
    const n = Number(m[1])
    if (SENTENCE_END_BEFORE.test(before)) candidates.push({ at: m.index, number: n, headingAt: null, kind: 'end' })
    else if (CAPITALS_BEFORE.test(before)) {
      const h = CAPITALS_BEFORE.exec(before)!
      const headingAt = m.index - before.length + h.index
      // "… Vision (2009-2015), the …": at least two letters in capitals, no lower case.
      const words = h[0].trim()
      candidates.push({ at: m.index, number: n, headingAt: /\p{Lu}{2}/u.test(words) && headingAt > 0 ? headingAt : null, kind: 'capitals' })
    } else if (HEADING_BEFORE.test(before) && HEADING_BEFORE.exec(before)![0].trim().split(/\s+/).length <= MAX_HEADING_WORDS) {
      const h = HEADING_BEFORE.exec(before)!
      candidates.push({ at: m.index, number: n, headingAt: m.index - before.length + h.index, kind: 'heading' })
    } else if (CLOSER_BEFORE.test(before)) candidates.push({ at: m.index, number: n, headingAt: null, kind: 'closer' })
    else if (WORD_BEFORE.test(before)) candidates.push({ at: m.index, number: n, headingAt: null, kind: 'word' })
  }
  const chain = longestChain(candidates, openingNumber)
  if (chain.length === 0) return [{ start, end }]
  const spans: Span[] = []
  let from = 0
  for (const c of chain) {
    const cut = c.headingAt ?? c.at
    pushSpan(spans, line, start, from, cut)
    if (c.headingAt !== null) pushSpan(spans, line, start, c.headingAt, c.at)
    from = c.at
  }
  pushSpan(spans, line, start, from, line.length)
  return spans
}

/**
 * The longest run of candidates numbered n, n+1, n+2 … in order, starting at 1 or right after the
 * line's opening number; every label but the run's first must follow a sentence's end, a heading in
 * capitals or a closer. Empty when the line's own labels and the run make fewer than two.
 */
function longestChain(candidates: Candidate[], openingNumber: number | null): Candidate[] {
  let best: Candidate[] = []
  for (let i = 0; i < candidates.length; i++) {
    const first = candidates[i]!
    const startsRight = openingNumber !== null ? first.number === openingNumber + 1 : first.number === 1
    if (!startsRight) continue
    // A line that opens with a label: its first inline number must end a sentence too.
    if (openingNumber !== null && first.kind === 'word') continue
    const chain = [first]
    for (let k = i + 1; k < candidates.length; k++) {
      const c = candidates[k]!
      if (c.number === chain[chain.length - 1]!.number + 1 && c.kind !== 'word') chain.push(c)
    }
    if (chain.length > best.length) best = chain
    if (openingNumber !== null) break
  }
  const labels = best.length + (openingNumber !== null ? 1 : 0)
  // "as Article 1. The Ministers …": a first number after any word needs a longer run to be a label.
  return labels >= (best[0]?.kind === 'word' ? 3 : 2) ? best : []
}

/** Adds the trimmed span [a, b) of the line (offsets from `base`), when it holds any word. */
function pushSpan(spans: Span[], line: string, base: number, a: number, b: number): void {
  while (a < b && /\s/.test(line[a]!)) a++
  while (b > a && /\s/.test(line[b - 1]!)) b--
  if (a < b) spans.push({ start: base + a, end: base + b })
}
