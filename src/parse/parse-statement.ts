// The parse stage: normalized text → statement tree with positions + the meeting record.
import type { MeetingOverrides, MeetingRecord } from '../core/meeting.js'
import type { SourceFile } from '../core/source-file.js'
import type { Document } from '../core/tree.js'
import { buildTree } from './build-tree.js'
import { checkNumbering } from './check-numbering.js'
import { readMeeting } from './meeting/read-meeting.js'
import { createLineIndex } from '../core/line-index.js'

/** A parsed outcome document: the file it came from, its tree and its meeting. */
export interface ParsedStatement {
  file: SourceFile
  tree: Document
  meeting: MeetingRecord
}

/** Options of parseStatement. */
export interface ParseOptions {
  /** Meeting fields supplied by the user; they win over what the text says. */
  overrides?: MeetingOverrides
}

/**
 * Parses a loaded outcome document: headings and paragraphs (with printed labels and numbers),
 * sentences, and the meeting record. Pure and synchronous; warnings about the document (no date,
 * unnumbered paragraphs ...) are added to `file.diagnostics`.
 * @param file a source file from loadSource() (or built by hand: `{ format: 'text', value, metadata: {}, diagnostics: [] }`)
 * @param options meeting overrides
 * @returns the file, the tree and the meeting
 * @throws TypeError when `file` is not a source file with a string value (a caller's bug)
 * @example parseStatement(file).meeting.date // '2016-01-08'
 */
export function parseStatement(file: SourceFile, options: ParseOptions = {}): ParsedStatement {
  if (typeof file?.value !== 'string' || !Array.isArray(file.diagnostics)) {
    throw new TypeError('parseStatement: expected a SourceFile with a string `value` and a `diagnostics` array. Load it with loadSource().')
  }
  file.metadata ??= {}
  const lines = createLineIndex(file.value)
  const tree = buildTree(file, lines)
  checkNumbering(tree, file)
  const meeting = readMeeting(tree, file, options.overrides, lines)
  return { file, tree, meeting }
}
