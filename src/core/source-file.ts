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

/** What a structured format says a block is (an HTML <h2>, a Markdown "#", a DOCX heading style). */
export interface BlockHint {
  kind: 'heading' | 'paragraph' | 'list-item'
  /** Offsets of the block in the normalized text. */
  start: number
  end: number
}

/**
 * A loaded document. `value` is the normalized text: LF line ends, no BOM, non-breaking and
 * ideographic spaces turned into plain spaces; every non-empty line is one block (a heading or a
 * paragraph), hard-wrapped lines are already joined, and blocks may be separated by blank lines.
 * All offsets point here. A plain-text file that is already laid out this way is kept as is.
 */
export interface SourceFile {
  /** Where it came from: a file path or URL. */
  path?: string
  format: SourceFormat
  value: string
  metadata: SourceMetadata
  /** Block kinds known from the format's markup; absent for plain text. */
  hints?: BlockHint[]
  diagnostics: Diagnostic[]
}
