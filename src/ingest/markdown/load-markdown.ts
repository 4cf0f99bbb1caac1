// Loads a Markdown document into a SourceFile of one block per line.
import type { SourceFile } from '../../core/source-file.js'
import { blocksToSource } from '../blocks.js'
import { markdownBlocks } from './markdown-blocks.js'

/**
 * Reads Markdown text (pandoc style included) into normalized text with block hints.
 * @param markdown the decoded Markdown
 * @param path where it came from
 * @returns the source file; its first heading, if any, is the metadata title
 */
export function loadMarkdown(markdown: string, path?: string): SourceFile {
  const blocks = markdownBlocks(markdown)
  const title = blocks[0]?.kind === 'heading' ? blocks[0].text : undefined
  return blocksToSource(blocks, { ...(path === undefined ? {} : { path }), format: 'markdown', metadata: title ? { title } : {} })
}
