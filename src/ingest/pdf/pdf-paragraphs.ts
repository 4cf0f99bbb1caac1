// Rejoins the lines of a PDF into paragraphs: by vertical gaps, indentation, font size and paragraph labels.
import type { TextBlock } from '../blocks.js'
import { collectWords, endsWithBreakHyphen, joinHyphenated } from './dehyphenate.js'
import type { PdfLine } from './pdf-lines.js'

/** A label that opens a numbered paragraph or list entry: "3.", "(3)", "3)", "IV.", "(a)", "•". */
const LABEL = /^(?:\d{1,3}[.)]|\(\d{1,3}\)|\([a-z]{1,4}\)|[a-z]\)|[IVXLC]{1,6}\.|[-•●▪–])\s/

/** Text that ends a sentence (so the next line may start a new paragraph). */
const SENTENCE_END = /[.!?:;]["'”’)\]]*$/

/**
 * Groups lines into blocks. A new block starts when the gap above a line is clearly larger than
 * the usual line spacing, when the font size changes, when a line is indented against the
 * text's left edge, or when a line starts with a paragraph label or follows a short line that
 * ends a sentence. Line-end hyphens are resolved with a word check (see joinHyphenated).
 * Blocks set in a clearly larger font than the body are headings.
 * @param lines all lines of the document in reading order, furniture removed
 */
export function pdfParagraphs(lines: readonly PdfLine[]): TextBlock[] {
  if (lines.length === 0) return []
  const body = median(lines.map((l) => l.size))
  const spacing = median(gaps(lines).filter((g) => g > 0 && g < 3 * body)) || 1.2 * body
  const left = Math.min(...lines.filter((l) => Math.abs(l.size - body) < 0.5).map((l) => l.x))
  const right = Math.max(...lines.map((l) => l.xEnd))
  const words = collectWords(lines.map((l) => l.text))
  const blocks: Array<{ size: number; lines: string[] }> = []
  let prev: PdfLine | null = null
  for (const line of lines) {
    const current = blocks[blocks.length - 1]
    if (!prev || !current || startsBlock(prev, line, { spacing, left, right })) blocks.push({ size: line.size, lines: [line.text] })
    else current.lines.push(line.text)
    prev = line
  }
  return blocks.map((b) => ({
    kind: b.size > 1.15 * body ? 'heading' : LABEL.test(b.lines[0]!) ? 'list-item' : 'paragraph',
    text: joinLines(b.lines, words),
  }))
}

/** Page geometry the paragraph rules compare against. */
interface Layout {
  spacing: number
  left: number
  right: number
}

/** True when `line` opens a new block after `prev`. */
function startsBlock(prev: PdfLine, line: PdfLine, layout: Layout): boolean {
  if (Math.abs(prev.size - line.size) > 0.5) return true
  const prevShort = prev.xEnd < layout.right - 0.12 * (layout.right - layout.left)
  const prevEnds = SENTENCE_END.test(prev.text)
  if (line.page !== prev.page) return /^[\p{Ll}]/u.test(line.text) ? false : LABEL.test(line.text) || (prevShort && prevEnds)
  if (line.top - prev.top > 1.35 * layout.spacing) return true
  if (LABEL.test(line.text) && (prevEnds || prevShort)) return true
  if (line.x - layout.left > 8 && prev.x - layout.left < 3 && prevEnds) return true
  return prevShort && prevEnds && /^[\p{Lu}\p{N}“"‘(]/u.test(line.text)
}

/** Joins a block's lines with spaces, undoing line-end hyphenation. */
function joinLines(lines: readonly string[], words: ReadonlySet<string>): string {
  let text = lines[0]!
  for (const line of lines.slice(1)) text = endsWithBreakHyphen(text) ? joinHyphenated(text, line, words) : `${text} ${line}`
  return text
}

/** Vertical distances between consecutive lines of the same page. */
function gaps(lines: readonly PdfLine[]): number[] {
  const out: number[] = []
  for (let i = 1; i < lines.length; i++) if (lines[i]!.page === lines[i - 1]!.page) out.push(lines[i]!.top - lines[i - 1]!.top)
  return out
}

/** The median of a list of numbers (0 for none). */
function median(values: readonly number[]): number {
  if (values.length === 0) return 0
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}
