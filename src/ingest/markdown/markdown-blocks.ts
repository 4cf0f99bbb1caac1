// Splits Markdown (pandoc style, hard-wrapped) into blocks: headings, paragraphs and list entries with their labels.
import type { TextBlock } from '../blocks.js'
import { collapseWhitespace, normalizeChars } from '../text/normalize-chars.js'
import { isDecoration, isEmphasizedHeading, markdownInline } from './markdown-inline.js'

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
/** A list marker: bullet, "1." / "1)", "(1)", "(a)", "a." / "iv)" and the spaces after it. */
const MARKER = /^( *)([-*+•]|\d{1,3}[.)]|\(\d{1,3}\)|\([a-zA-Z]{1,4}\)|[a-zA-Z][.)]|[ivxlcdmIVXLCDM]{1,5}[.)])( +)(\S.*)$/

/** A block being built from one or more lines. */
interface Pending {
  kind: TextBlock['kind']
  label: string
  lines: string[]
}

/**
 * Reads Markdown into blocks. Wrapped lines (lazy or indented continuations) are joined, each
 * list entry becomes its own block that keeps its label ("1. ", "- "), a hard line break (two
 * trailing spaces or a backslash) ends a block unless the next line goes on in lower case,
 * HTML comments, rules and decoration-only lines (`\###`, `&#x25cf;`) are dropped, and a short
 * paragraph that is wholly bold counts as a heading.
 * @param markdown the decoded Markdown text
 * @returns the blocks in reading order, inline markup removed and whitespace collapsed
 */
export function markdownBlocks(markdown: string): TextBlock[] {
  const text = normalizeChars(markdown.replace(/\t/g, '    ')).replace(/<!--[\s\S]*?-->/g, '')
  const blocks: TextBlock[] = []
  let pending: Pending | null = null
  let prevBlank = true
  let hardBreak = false

  const flush = (): void => {
    if (pending) blocks.push(finish(pending))
    pending = null
  }

  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/^ {0,3}(?:> ?)+/, '')
    if (line.trim() === '') {
      flush()
      prevBlank = true
      hardBreak = false
      continue
    }
    const current = pending as Pending | null
    const atx = ATX.exec(line)
    const marker = MARKER.exec(line)
    if (current && !prevBlank && current.kind === 'paragraph' && current.lines.length > 0 && SETEXT.test(line)) {
      current.kind = 'heading'
      flush()
    } else if (RULE.test(line) || (line.trim().length <= 16 && isDecoration(markdownInline(line)))) {
      flush()
    } else if (atx) {
      flush()
      blocks.push({ kind: 'heading', text: collapseWhitespace(markdownInline(atx[2] ?? '')) })
    } else if (marker && startsItem(marker, current, prevBlank)) {
      flush()
      pending = { kind: 'list-item', label: toLabel(marker[2]!), lines: [marker[4]!] }
    } else if (current && !prevBlank && !(hardBreak && !/^\s*[a-z]/.test(line))) {
      current.lines.push(line.trim())
    } else {
      flush()
      pending = { kind: 'paragraph', label: '', lines: [line.trim()] }
    }
    hardBreak = / {2,}$|\\$/.test(rawLine)
    if (hardBreak && pending) {
      const p: Pending = pending
      p.lines[p.lines.length - 1] = p.lines[p.lines.length - 1]!.replace(/\\$/, '')
    }
    prevBlank = false
  }
  flush()
  return blocks.filter((b) => !isDecoration(b.text))
}

/**
 * Decides whether a marker line starts a new list entry rather than continuing a wrapped line:
 * after a blank line, inside a list, or when the marker is padded to a tab stop as pandoc does.
 */
function startsItem(m: RegExpExecArray, current: Pending | null, prevBlank: boolean): boolean {
  const marker = m[2]!
  const padded = m[3]!.length >= 2
  if (/^[a-zA-Z]/.test(marker) || marker.startsWith('(')) return padded || (prevBlank && /^[a-z]\)|^\(/.test(marker))
  return prevBlank || padded || current?.kind === 'list-item'
}

/** The label as printed in the output: bullets "*" and "+" render as "-". */
function toLabel(marker: string): string {
  return marker === '*' || marker === '+' ? '- ' : `${marker} `
}

/** Joins a block's lines and removes inline markup. */
function finish(p: Pending): TextBlock {
  const joined = p.lines.join(' ')
  if (p.kind === 'paragraph' && isEmphasizedHeading(joined)) return { kind: 'heading', text: collapseWhitespace(markdownInline(joined)) }
  return { kind: p.kind, text: p.label + collapseWhitespace(markdownInline(joined)) }
}
