// Lays out the blocks read from a structured format as normalized text, one block per line, with hints.
import type { BlockHint, SourceFile, SourceFormat, SourceMetadata } from '../core/source-file.js'
import { collapseWhitespace } from './text/normalize-chars.js'

/** One block read from markup: a heading, a paragraph or a list entry (with its printed label). */
export interface TextBlock {
  kind: BlockHint['kind']
  /** The block's text; whitespace and line breaks inside are collapsed to single spaces. */
  text: string
}

/** Where the blocks came from. */
export interface BlockSourceInfo {
  path?: string
  format: SourceFormat
  metadata?: SourceMetadata
}

/**
 * Builds a SourceFile from blocks: each block becomes one line, blocks are separated by a blank
 * line, and every block gets a hint with its offsets. Empty blocks are dropped.
 * @param blocks blocks in reading order
 * @param info path, format and metadata of the source
 * @returns the source file with normalized text and hints
 */
export function blocksToSource(blocks: readonly TextBlock[], info: BlockSourceInfo): SourceFile {
  const parts: string[] = []
  const hints: BlockHint[] = []
  let offset = 0
  for (const block of blocks) {
    const text = collapseWhitespace(block.text)
    if (text === '') continue
    if (parts.length > 0) offset += 2
    hints.push({ kind: block.kind, start: offset, end: offset + text.length })
    parts.push(text)
    offset += text.length
  }
  return {
    ...(info.path === undefined ? {} : { path: info.path }),
    format: info.format,
    value: parts.join('\n\n'),
    metadata: info.metadata ?? {},
    hints,
    diagnostics: [],
  }
}
