// Reads the bytes of a document of any supported format into a SourceFile.
import type { SourceFile, SourceFormat } from '../core/source-file.js'
import { declaredCharset, decodeText } from './decode-text.js'
import { formatFromHints, sniffTextFormat } from './detect-format.js'
import { DEFAULT_MAX_BYTES, inputError } from './errors.js'
import type { LoadBytesOptions } from './load-options.js'
import { loadMarkdown } from './markdown/load-markdown.js'
import { isDocx } from './sniff-binary.js'
import { loadText } from './text/load-text.js'

/**
 * Loads a document from its bytes: detects the format (or takes `options.format`), decodes it
 * and returns the normalized text with metadata and block hints.
 * @param bytes the whole document
 * @param options path (for messages and extension), format override, Content-Type
 * @returns the loaded source file
 * @throws CommuniqueError 'empty-input', 'binary-input', 'unreadable', 'no-text', 'unsupported-format'
 * @example const file = await loadBytes(readFileSync('seed.txt'), { path: 'seed.txt' })
 */
export async function loadBytes(bytes: Uint8Array, options: LoadBytesOptions): Promise<SourceFile> {
  const where = options.path ?? '<input>'
  if (bytes.length === 0) throw inputError('empty-input', where, 'the file is empty; give a document with text')
  const path = options.path
  const known: SourceFormat | null = options.format ?? formatFromHints(bytes, options)
  // Note: the PDF, DOCX and HTML readers (pdfjs, mammoth, linkedom) load on first use, so plain text starts fast.
  if (known === 'pdf') return (await import('./pdf/load-pdf.js')).loadPdf(bytes, where, path)
  if (known === 'docx') {
    if (!isDocx(bytes)) throw inputError('unreadable', where, 'this is not a Word (.docx) document; check the file or pass the right --format')
    return (await import('./docx/load-docx.js')).loadDocx(bytes, where, path, options.maxBytes ?? DEFAULT_MAX_BYTES)
  }
  const text = decodeText(bytes, where, declaredCharset(bytes, options.contentType))
  if (text.replace(/^\uFEFF/, '').trim() === '') throw inputError('empty-input', where, 'the file holds only whitespace; give a document with text')
  const format = known ?? sniffTextFormat(text)
  if (format === 'html') return (await import('./html/load-html.js')).loadHtml(text, where, path)
  if (format === 'markdown') return loadMarkdown(text, path)
  return loadText(text, path)
}
