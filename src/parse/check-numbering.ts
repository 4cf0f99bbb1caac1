// Diagnostics about paragraph numbering: no paragraphs, unnumbered paragraphs, gaps and repeats.
import { warn } from '../core/diagnostics.js'
import type { SourceFile } from '../core/source-file.js'
import type { Document, Paragraph } from '../core/tree.js'

/**
 * Reports on the file how the paragraphs are numbered: 'parse/no-paragraphs' when there are none,
 * 'parse/unnumbered-paragraphs' when none carries a number (items then use paragraph ordinals),
 * 'parse/paragraph-numbering' when a number skips ahead or repeats (a restart at 1 is a new list).
 * @param tree the statement tree
 * @param file the file to add diagnostics to
 */
export function checkNumbering(tree: Document, file: SourceFile): void {
  const paragraphs = tree.children.filter((b): b is Paragraph => b.type === 'paragraph')
  if (paragraphs.length === 0) {
    warn(file, 'The document has no paragraphs, only headings or nothing; check that the right file was given.', { rule: 'parse/no-paragraphs' })
    return
  }
  const numbered = paragraphs.filter((p) => p.labelKind === 'number' || p.labelKind === 'paren-number')
  if (numbered.length === 0) {
    warn(file, 'The paragraphs are not numbered; items will refer to paragraphs by their order (1, 2, 3 ...).', {
      rule: 'parse/unnumbered-paragraphs',
      position: paragraphs[0]!.position,
    })
    return
  }
  for (let k = 1; k < numbered.length; k++) {
    const prev = numbered[k - 1]!
    const p = numbered[k]!
    if (p.labelKind !== prev.labelKind || p.number === 1 || p.number === prev.number! + 1) continue
    warn(file, `Paragraph ${p.label} follows paragraph ${prev.label}: a paragraph may be missing or numbered twice.`, {
      rule: 'parse/paragraph-numbering',
      position: p.position,
    })
  }
}
