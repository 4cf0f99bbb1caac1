// Loads a PDF: text lines rebuilt from positions, page furniture removed, paragraphs rejoined.
import type { SourceFile, SourceMetadata } from '../../core/source-file.js'
import { blocksToSource } from '../blocks.js'
import { inputError } from '../errors.js'
import { parseDate } from '../parse-date.js'
import { removePageFurniture } from './page-furniture.js'
import { pageLines } from './pdf-lines.js'
import { pdfParagraphs } from './pdf-paragraphs.js'
import { readPdf } from './read-pdf.js'

/**
 * Loads a PDF into normalized text: one line per paragraph, heading or list entry, running
 * headers, footers and page numbers removed, line-end hyphenation undone. The Info dictionary's
 * Title and CreationDate go to metadata.
 * @param bytes the PDF file
 * @param where path or URL, for messages
 * @param path recorded on the source file
 * @throws CommuniqueError 'unreadable' (encrypted, truncated, corrupt) or 'no-text' (scanned images only)
 */
export async function loadPdf(bytes: Uint8Array, where: string, path?: string): Promise<SourceFile> {
  const { pages, info } = await readPdf(bytes, where)
  const lines = removePageFurniture(pages.map((p, i) => pageLines(p, i))).flat()
  const file = blocksToSource(pdfParagraphs(lines), { ...(path === undefined ? {} : { path }), format: 'pdf', metadata: pdfMetadata(info) })
  if (file.value.trim() === '') {
    throw inputError('no-text', where, 'the PDF has no text layer (scanned pages?); run it through OCR or give the text another way')
  }
  return file
}

/** Title, author, dates of the Info dictionary. */
function pdfMetadata(info: Record<string, string>): SourceMetadata {
  const meta: SourceMetadata = {}
  if (info.Title) meta.title = info.Title.trim()
  if (info.Author) meta.author = info.Author.trim()
  const created = info.CreationDate ? parseDate(info.CreationDate) : null
  if (created) meta.date = created
  const modified = info.ModDate ? parseDate(info.ModDate) : null
  if (modified) meta.modified = modified
  return meta
}
