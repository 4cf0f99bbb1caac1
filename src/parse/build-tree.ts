// Builds the statement tree from normalized text: one block per non-empty line, each a heading or
// a paragraph; paragraphs hold their sentences. Every node has a position into the text.
import { createLineIndex, type LineIndex } from '../core/line-index.js'
import type { BlockHint, SourceFile } from '../core/source-file.js'
import type { Block, Document, Paragraph, Sentence } from '../core/tree.js'
import { classifyBlock, looksLikeTitle } from './classify-block.js'
import { parseLabel } from './parse-label.js'
import { splitSentences } from './split-sentences.js'
import { splitInlineLabels } from './split-inline-labels.js'
import type { Span } from '../core/item.js'
import { joinBrokenLines } from './join-broken-lines.js'

/**
 * Builds the tree of a source file. Blocks are the non-empty lines of `file.value` without their
 * surrounding white space; `file.hints` say which are headings or list entries. A paragraph's
 * position includes its label; its sentences start after the label.
 * @param file a loaded source file (normalized text)
 * @param lines the line index of `file.value`, when the caller has one already
 * @returns the document node; JSON-safe
 */
export function buildTree(file: SourceFile, lines: LineIndex = createLineIndex(file.value)): Document {
  const text = file.value
  const hints = [...(file.hints ?? [])].sort((a, b) => a.start - b.start)
  let h = 0
  const children: Block[] = []
  let ordinal = 0
  const lineSpans: Span[] = []
  for (let lineStart = 0; lineStart <= text.length;) {
    const nl = text.indexOf('\n', lineStart)
    const lineEnd = nl === -1 ? text.length : nl
    let s = lineStart
    let e = lineEnd
    while (s < e && isBlank(text.charCodeAt(s))) s++
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--
    lineStart = lineEnd + 1
    if (s < e) lineSpans.push({ start: s, end: e })
  }
  // Note: plain text only; a format with markup says where its blocks are.
  const blockSpans = hints.length === 0 ? joinBrokenLines(text, lineSpans) : lineSpans
  for (const { start: s, end: e } of blockSpans) {
    while (h < hints.length && hints[h]!.end <= s) h++
    const hint: BlockHint['kind'] | undefined = h < hints.length && hints[h]!.start < e ? hints[h]!.kind : undefined
    const lineLabel = hint === 'heading' ? null : parseLabel(text.slice(s, e))
    const spans = hint === undefined ? splitInlineLabels(text, s, e, lineLabel?.kind === 'number' ? lineLabel.number : null) : [{ start: s, end: e }]
    for (const span of spans) {
      const line = text.slice(span.start, span.end)
      const label = hint === 'heading' ? null : span.start === s ? lineLabel : parseLabel(line)
      // Note: a block of joined lines is classified with its breaks read as spaces; its value stays the text.
      // (Most blocks are one line: no copy of them is made.)
      if (classifyBlock(line.includes('\n') ? line.replace(/\n/g, ' ') : line, label, hint) === 'heading') {
        children.push({ type: 'heading', value: line, position: lines.positionOf(span.start, span.end) })
        continue
      }
      const contentStart = span.start + (label?.contentStart ?? 0)
      const sentences: Sentence[] = splitSentences(text.slice(contentStart, span.end), contentStart).map((x) => ({
        type: 'sentence',
        value: text.slice(x.start, x.end),
        position: lines.positionOf(x.start, x.end),
      }))
      const paragraph: Paragraph = {
        type: 'paragraph',
        label: label?.label ?? null,
        labelKind: label?.kind ?? null,
        number: label?.number ?? null,
        ordinal: ++ordinal,
        position: lines.positionOf(span.start, span.end),
        children: sentences,
      }
      children.push(paragraph)
    }
  }
  // Ordinals count the paragraphs that remain after section titles became headings.
  let n = 0
  const nested = nestSections(children, text).map((b) => (b.type === 'paragraph' ? { ...(b as Paragraph), ordinal: ++n } : b))
  return { type: 'document', children: nested, position: lines.positionOf(0, text.length) }
}

/**
 * Numbered section titles with their own numbered paragraphs ("2. Japan-UK security and defence
 * co-operation", then "1. The Japanese side welcomed ..."): the title becomes a heading and the
 * paragraphs under it get distinct labels ("2.1"); their printed numbers stay.
 */
function nestSections(blocks: Block[], text: string): Block[] {
  let section: string | null = null
  let childKind: Paragraph['labelKind'] = null
  return blocks.map((b, i) => {
    if (b.type !== 'paragraph') return b
    const p = b as Paragraph
    if (p.labelKind !== 'number') return section && p.labelKind === childKind ? { ...p, label: `${section}.${p.label}` } : p
    // "3. The Ministers ..." after "(1)", "(2)" under "2.": the sections are over.
    if (childKind === 'paren-number') section = null
    const next = blocks.slice(i + 1).find((x) => x.type === 'paragraph') as Paragraph | undefined
    const content = text.slice(p.position.start.offset, p.position.end.offset).replace(/^\s*\d{1,3}\.\s*/, '')
    if (next?.number === 1 && p.number !== null && looksLikeTitle(content) && content.split(/\s+/).length <= 10) {
      section = p.label
      childKind = next.labelKind
      return { type: 'heading', value: text.slice(p.position.start.offset, p.position.end.offset), position: p.position }
    }
    return section ? { ...p, label: `${section}.${p.label}` } : p
  })
}

/** White space inside a line (the line break itself ends the line). */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x200b
}
