// Decides how to read an input: from its magic number, then its Content-Type, then its name, then its content.
import type { SourceFormat } from '../core/source-file.js'
import { inputError } from './errors.js'
import { binaryKind, isDocx, isPdf, isZip } from './sniff-binary.js'
import { looksLikeMarkdown } from './text/looks-like-markdown.js'

/** What is known about an input besides its bytes. */
export interface FormatHint {
  /** File path or URL; its extension is used when the content does not decide. */
  path?: string
  /** Content-Type of an HTTP response, e.g. "text/html; charset=utf-8". */
  contentType?: string
}

const BY_TYPE: Record<string, SourceFormat> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
}

const BY_EXTENSION: Record<string, SourceFormat> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  pdf: 'pdf',
  docx: 'docx',
}

/**
 * Detects the format of an input. A PDF or DOCX is known by its bytes whatever its name; a
 * Content-Type or extension naming HTML, Markdown, PDF or DOCX decides next; otherwise the text
 * is sniffed: an HTML document, Markdown (see looksLikeMarkdown) or plain text.
 * @param bytes the input's bytes (the first 200 KB are enough)
 * @param hint path and Content-Type, when known
 * @returns the format to read it as
 * @throws CommuniqueError 'binary-input' for images, archives and other binary files
 * @example detectFormat(bytes, { path: 'statement.txt' }) // 'text' or 'markdown'
 */
export function detectFormat(bytes: Uint8Array, hint: FormatHint): SourceFormat {
  const known = formatFromHints(bytes, hint)
  if (known) return known
  const head = new TextDecoder(textEncoding(bytes)).decode(bytes.length > 200_000 ? bytes.subarray(0, 200_000) : bytes)
  return sniffTextFormat(head)
}

/**
 * The format given by the bytes' magic number, the Content-Type or the extension, or null when
 * only the text itself can tell (then see sniffTextFormat).
 * @throws CommuniqueError 'binary-input' for images, archives and other binary files
 */
export function formatFromHints(bytes: Uint8Array, hint: FormatHint): SourceFormat | null {
  if (isPdf(bytes)) return 'pdf'
  if (isDocx(bytes)) return 'docx'
  const where = hint.path ?? '<input>'
  const kind = binaryKind(bytes) ?? (isZip(bytes) ? 'a ZIP archive' : null)
  if (kind?.includes('legacy Word')) throw inputError('unsupported-format', where, `this is ${kind} (.doc); save it as .docx or PDF and load that`)
  if (kind) throw inputError('binary-input', where, `this is ${kind}, not a text document; give a .txt, .md, .html, .pdf or .docx file`)
  const type = hint.contentType?.split(';')[0]?.trim().toLowerCase()
  if (type && BY_TYPE[type]) return BY_TYPE[type]
  const ext = /\.([a-z0-9]+)$/i.exec(stripQuery(hint.path ?? ''))?.[1]?.toLowerCase()
  if (ext && BY_EXTENSION[ext]) return BY_EXTENSION[ext]
  return null
}

/**
 * Tells HTML, Markdown and plain text apart by content.
 * @param text decoded text (a prefix is enough)
 */
export function sniffTextFormat(text: string): SourceFormat {
  if (/^\s*(?:<!doctype html|<html[\s>]|<head[\s>])/i.test(text.replace(/^\uFEFF/, '').slice(0, 1000))) return 'html'
  return looksLikeMarkdown(text) ? 'markdown' : 'text'
}

/** Drops the query and fragment of a URL so that its path's extension shows. */
function stripQuery(path: string): string {
  return path.replace(/[?#].*$/, '')
}

/** The encoding named by a UTF-16 BOM, else UTF-8. */
function textEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return 'utf-8'
}
