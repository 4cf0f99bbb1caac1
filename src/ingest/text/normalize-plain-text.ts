// The normalization of a plain-text document: characters first, then hard-wrapped lines joined.
import { normalizeChars } from './normalize-chars.js'
import { unwrapLines } from './unwrap-lines.js'

/**
 * Normalizes a plain-text document: no BOM, LF line ends, Unicode spaces as plain spaces,
 * hard-wrapped lines joined so that every non-empty line is one block. A file that is already
 * one block per line comes back unchanged apart from those characters.
 * @param raw the decoded file text
 * @returns the normalized text that every offset points into
 * @example normalizePlainText('Title\r\n\r\n1. First\u00A0paragraph.') // 'Title\n\n1. First paragraph.'
 */
export function normalizePlainText(raw: string): string {
  return unwrapLines(normalizeChars(raw))
}
