// The few DOM shapes the HTML loader uses (the project compiles without the DOM library types).
import { parseHTML } from 'linkedom'

/** A DOM node as linkedom provides it. */
export interface DomNode {
  nodeType: number
  nodeName: string
  textContent: string | null
  parentNode: DomNode | null
  childNodes: ArrayLike<DomNode>
}

/** A DOM element. */
export interface DomElement extends DomNode {
  tagName: string
  children: ArrayLike<DomElement>
  getAttribute(name: string): string | null
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
  remove(): void
}

/** A DOM document. */
export interface DomDocument {
  documentElement: DomElement
  body: DomElement | null
  title: string
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
}

/** Node type of elements. */
export const ELEMENT_NODE = 1
/** Node type of text. */
export const TEXT_NODE = 3

/**
 * Parses an HTML page into a linkedom document.
 * @param html the page's markup
 */
export function parseHtmlDocument(html: string): DomDocument {
  const doc = (parseHTML(html) as unknown as { document: DomDocument }).document
  // Note: linkedom builds no <html> element for markup without one (plain text, a lone <script>); a wrapper gives it one.
  return doc.documentElement?.tagName.toLowerCase() === 'html'
    ? doc
    : (parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`) as unknown as { document: DomDocument }).document
}

/** True when the node is an element. */
export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE
}

/** Deepest nesting of elements accepted in a page (browsers' parsers stop nesting at 512). */
export const MAX_DOM_DEPTH = 512

/**
 * How deep elements nest under `root` (root's children are at depth 1), counted without recursion;
 * stops counting once past `cap`.
 */
export function domDepth(root: DomElement, cap = MAX_DOM_DEPTH): number {
  let deepest = 0
  const stack: Array<[DomElement, number]> = [[root, 0]]
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!
    if (depth > deepest) deepest = depth
    if (deepest > cap) return deepest
    const children = el.children
    for (let i = 0; i < children.length; i++) stack.push([children[i]!, depth + 1])
  }
  return deepest
}
