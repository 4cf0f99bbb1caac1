// Walks the DOM of a page's main content and turns every <p>, <li>, <h1-6> (and loose text) into a block.
import type { TextBlock } from '../blocks.js'
import { collapseWhitespace } from '../text/normalize-chars.js'
import { isElement, TEXT_NODE, type DomElement, type DomNode } from './dom.js'

/** Elements whose content is never document text. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'img',
  'picture',
  'video',
  'audio',
  'iframe',
  'object',
  'embed',
  'canvas',
  'figcaption',
  'button',
  'select',
  'input',
  'textarea',
  'head',
  'title',
  'meta',
  'link',
])

/** Elements that start a new block. */
const BLOCK = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'div',
  'section',
  'article',
  'main',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'dl',
  'dt',
  'dd',
  'figure',
  'header',
  'footer',
  'nav',
  'aside',
  'form',
  'pre',
  'hr',
  'address',
  'center',
  'details',
  'summary',
  'fieldset',
  'body',
  'html',
])

/** Marks a <br> inside inline text until lines are split. */
const BR = '\u2028'

/** A printed label at the start of a list entry's text: "1.", "(a)", "iv)". */
const HAS_LABEL = /^\s*(?:\d{1,3}[.)]|\(\w{1,4}\)|[a-zA-Z][.)]|[ivxlcdmIVXLCDM]{1,6}[.)]|[-•●▪])\s/

/**
 * Turns an element's content into blocks: headings, paragraphs and list entries. An <ol>'s
 * entries get their rendered numbers as labels ("1. ", honouring start/type/value) unless the
 * text already begins with one; <ul> entries get "• ". A <br> ends a block unless the next line
 * goes on in lower case. Images, captions, scripts and forms give nothing.
 * @param root the element holding the content (a page's main content or a DOCX body)
 * @returns blocks in reading order
 */
export function htmlBlocks(root: DomElement): TextBlock[] {
  const out: TextBlock[] = []
  walk(root, out)
  return out
}

/** Collects the blocks of an element's children, gathering loose inline text into paragraphs. */
function walk(el: DomElement, out: TextBlock[]): void {
  let inline = ''
  const flush = (): void => {
    pushLines(out, 'paragraph', inline)
    inline = ''
  }
  const children = Array.from(el.childNodes)
  for (const node of children) {
    if (!isElement(node)) {
      if (node.nodeType === TEXT_NODE) inline += node.textContent ?? ''
      continue
    }
    const tag = node.tagName.toLowerCase()
    if (SKIP.has(tag)) continue
    if (!BLOCK.has(tag)) {
      inline += inlineText(node)
      continue
    }
    flush()
    if (/^h[1-6]$/.test(tag)) pushLines(out, 'heading', inlineText(node), true)
    else if (tag === 'li') pushListItem(node, out)
    else if ((tag === 'p' || tag === 'dt' || tag === 'dd') && !hasBlockChild(node)) pushLines(out, 'paragraph', inlineText(node))
    else walk(node, out)
  }
  flush()
}

/** Adds a list entry (with its label) and then the blocks of any nested lists or paragraphs. */
function pushListItem(li: DomElement, out: TextBlock[]): void {
  let text = ''
  const nested: DomElement[] = []
  for (const node of Array.from(li.childNodes)) {
    if (isElement(node) && BLOCK.has(node.tagName.toLowerCase())) nested.push(node)
    else if (isElement(node)) text += SKIP.has(node.tagName.toLowerCase()) ? '' : inlineText(node)
    else if (node.nodeType === TEXT_NODE) text += node.textContent ?? ''
  }
  // An entry whose text sits in a <p> (as Word and some CMSs write it) takes that first block.
  const first = nested[0]
  if (collapseWhitespace(text) === '' && first && first.tagName.toLowerCase() === 'p') {
    text = inlineText(first)
    nested.shift()
  }
  const clean = collapseWhitespace(text.replaceAll(BR, ' '))
  if (clean !== '') out.push({ kind: 'list-item', text: HAS_LABEL.test(clean) ? clean : listLabel(li) + clean })
  for (const child of nested) {
    const tag = child.tagName.toLowerCase()
    if (tag === 'p') pushLines(out, 'paragraph', inlineText(child))
    else walk(child, out)
  }
}

/** The label a browser renders for a list entry: "3. ", "c. ", "iv. " or "• ". */
function listLabel(li: DomElement): string {
  const list = li.parentNode
  if (!list || !isElement(list) || list.tagName.toLowerCase() !== 'ol') return '• '
  let n = Number.parseInt(list.getAttribute('start') ?? '1', 10)
  if (Number.isNaN(n)) n = 1
  for (const sibling of Array.from(list.children)) {
    if (sibling === li) break
    if (sibling.tagName.toLowerCase() === 'li') n++
  }
  const value = Number.parseInt(li.getAttribute('value') ?? '', 10)
  if (!Number.isNaN(value)) n = value
  const type = list.getAttribute('type') ?? '1'
  if (type === 'a' || type === 'A') {
    const letter = String.fromCharCode(96 + ((n - 1) % 26) + 1)
    return `${type === 'A' ? letter.toUpperCase() : letter}. `
  }
  if (type === 'i' || type === 'I') return `${type === 'I' ? toRoman(n) : toRoman(n).toLowerCase()}. `
  return `${n}. `
}

/** Roman numerals for list labels. */
function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ]
  let s = ''
  for (const [v, r] of table)
    while (n >= v) {
      s += r
      n -= v
    }
  return s
}

/** True when an element holds block-level elements (then it is walked, not read as one block). */
function hasBlockChild(el: DomElement): boolean {
  return Array.from(el.children).some((c) => BLOCK.has(c.tagName.toLowerCase()))
}

/** The text of inline content, with <br> kept as a line mark and skipped elements left out (walked without recursion). */
function inlineText(node: DomNode): string {
  let s = ''
  // Note: a string on the stack is text to append once an element's children are done (its closing space).
  const stack: Array<DomNode | string> = [node]
  while (stack.length > 0) {
    const next = stack.pop()!
    if (typeof next === 'string') {
      s += next
      continue
    }
    if (!isElement(next)) {
      if (next.nodeType === TEXT_NODE) s += next.textContent ?? ''
      continue
    }
    const tag = next.tagName.toLowerCase()
    if (tag === 'br') {
      s += BR
      continue
    }
    if (SKIP.has(tag)) continue
    const block = BLOCK.has(tag)
    if (block) {
      s += ' '
      stack.push(' ')
    }
    const children = Array.from(next.childNodes)
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
  }
  return s
}

/**
 * Adds the lines of a text as blocks: a <br> starts a new block unless the next line goes on in
 * lower case (a line broken inside a sentence).
 */
function pushLines(out: TextBlock[], kind: TextBlock['kind'], text: string, oneBlock = false): void {
  const lines = oneBlock ? [text.replaceAll(BR, ' ')] : text.split(BR)
  let current = ''
  for (const line of lines) {
    const clean = collapseWhitespace(line)
    if (clean === '') continue
    if (current !== '' && /^[a-z]/.test(clean)) current += ` ${clean}`
    else {
      if (current !== '') out.push({ kind, text: current })
      current = clean
    }
  }
  if (current !== '') out.push({ kind, text: current })
}
