// A loaded document: its normalized text with the diagnostics gathered while reading it.
import type { Position } from './tree.js'

/** Input formats the loaders understand. */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx'

/** Something noticed about a document, with where and by which rule. */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info'
  /** A whole sentence a desk officer can act on. */
  reason: string
  /** Stable id, e.g. 'parse/meeting-date'. */
  rule: string
  position?: Position
}

/** Facts read from outside the text (page metadata, PDF info), never given a position. */
export interface SourceMetadata {
  /** Title from <title>, og:title, <h1> or the PDF/DOCX properties. */
  title?: string
  /** Published date as an ISO date (YYYY-MM-DD). */
  date?: string
  /** Other key/value facts a loader found (site name, author ...). */
  [key: string]: string | undefined
}

/**
 * A loaded document. `value` is the normalized text: paragraphs separated by one blank line
 * ("\n\n"), no hard line breaks inside a paragraph, LF line ends, no BOM. All offsets point here.
 */
export interface SourceFile {
  /** Where it came from: a file path or URL. */
  path?: string
  format: SourceFormat
  value: string
  metadata: SourceMetadata
  diagnostics: Diagnostic[]
}
