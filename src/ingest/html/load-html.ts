// Loads an HTML page: metadata, main content via Readability, furniture removed, one block per line.
import { Readability } from '@mozilla/readability'
import type { SourceFile } from '../../core/source-file.js'
import { blocksToSource, type TextBlock } from '../blocks.js'
import { inputError } from '../errors.js'
import { collapseWhitespace } from '../text/normalize-chars.js'
import { captionTexts, dropFurnitureBlocks, removeFurniture } from './boilerplate.js'
import { domDepth, parseHtmlDocument, MAX_DOM_DEPTH, type DomDocument, type DomElement } from './dom.js'
import { htmlBlocks } from './html-blocks.js'
import { htmlMetadata } from './html-metadata.js'

/**
 * Loads an HTML page. Metadata (title, published date) is read first from the whole page; then
 * menus, breadcrumbs, captions and share bars are removed, Readability finds the main content
 * (the cleaned body is used when it finds none), and every paragraph, list entry and heading
 * becomes one line. The page's <h1> is kept as the first line when Readability dropped it.
 * @param html the page's markup
 * @param where path or URL, for messages
 * @param path recorded on the source file
 * @throws CommuniqueError 'no-text' when the page has no body text, 'unreadable' when elements nest over 512 deep
 */
export function loadHtml(html: string, where: string, path?: string): SourceFile {
  const doc = parseHtmlDocument(html)
  assertShallow(doc, where, 'page')
  const metadata = htmlMetadata(doc)
  const captions = captionTexts(doc)
  const h1 = collapseWhitespace(doc.querySelector('h1')?.textContent ?? '')
  removeFurniture(doc)
  const fallback = doc.body ? htmlBlocks(doc.body) : []
  let blocks = mainContentBlocks(doc) ?? fallback
  if (blocks.length === 0) blocks = fallback
  blocks = dropFurnitureBlocks(blocks, captions)
  if (h1 && !blocks.some((b) => collapseWhitespace(b.text) === h1)) blocks.unshift({ kind: 'heading', text: h1 })
  const file = blocksToSource(blocks, { ...(path === undefined ? {} : { path }), format: 'html', metadata })
  if (file.value.trim() === '')
    throw inputError('no-text', where, 'the page has no body text (only navigation, scripts or images); give the statement page itself or save its text')
  return file
}

/** The blocks of the main content as Readability sees it, or null when it finds none. */
function mainContentBlocks(doc: DomDocument): TextBlock[] | null {
  // Note: Readability changes the document it is given; the fallback blocks are taken before.
  const reader = new Readability<DomElement>(doc as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: 100,
    serializer: (node) => node as unknown as DomElement,
  })
  let article: ReturnType<typeof reader.parse>
  try {
    article = reader.parse()
  } catch {
    // Note: Readability throws on some malformed trees (found by fuzzing); the whole cleaned body is used then.
    return null
  }
  if (!article?.content) return null
  return htmlBlocks(article.content)
}

/**
 * Refuses a document whose elements nest deeper than browsers build them (512): the readers walk
 * the tree, and no statement nests more than a few dozen levels.
 * @param what "page" or "Word document", for the message
 * @throws CommuniqueError 'unreadable'
 */
export function assertShallow(doc: DomDocument, where: string, what: string): void {
  // Note: counted from the document, not its <html>: linkedom keeps markup after </html> beside it.
  const depth = domDepth(doc as unknown as DomElement, MAX_DOM_DEPTH + 1) - 1
  if (depth > MAX_DOM_DEPTH) {
    throw inputError(
      'unreadable',
      where,
      `the ${what} nests elements more than ${MAX_DOM_DEPTH} deep, which no statement does; save the statement's text and give that instead`,
    )
  }
}
