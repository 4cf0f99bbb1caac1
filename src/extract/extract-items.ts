// Tree → items: runs the extraction passes over every sentence of a parsed statement.
import type { Document } from '../core/tree.js'
import type { Item } from '../core/item.js'
import type { MeetingRecord } from '../core/meeting.js'
import type { SourceFile } from '../core/source-file.js'

/** What extraction reads: the normalized text, its tree and the meeting record. */
export interface ExtractInput {
  file: SourceFile
  tree: Document
  meeting: MeetingRecord
}

/**
 * Extracts every commitment, directive, support, call and position of a parsed statement.
 * Pure: no I/O, no clock.
 * @param input the output of parseStatement()
 * @returns items in text order; `text === file.value.slice(start, end)` for each
 */
export function extractItems(input: ExtractInput): Item[] {
  void input
  return []
}
