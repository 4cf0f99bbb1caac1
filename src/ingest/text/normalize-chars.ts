// Character-level normalization shared by every loader: BOM, line ends and Unicode spaces.

/** Unicode spaces that become a plain space (same length, so offsets after them do not move). */
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g

/** Any character that normalization changes. */
const ANY = /[\r\f\v\t\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/

/** Characters that end a line besides LF (CR is handled first, because CRLF is one line end). */
const LINE_BREAKS = /[\f\v\u0085\u2028\u2029]/g

/**
 * Removes a leading BOM, turns CRLF/CR and other line separators into LF and Unicode spaces
 * (NBSP, ideographic space, tab ...) into a plain space. Curly quotes and dashes are kept.
 * @param raw decoded text
 * @returns the text with only those characters changed
 * @example normalizeChars('\uFEFFa\u00A0b\r\nc') // 'a b\nc'
 */
export function normalizeChars(raw: string): string {
  let s = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  if (!ANY.test(s)) return s
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n')
  return s.replace(LINE_BREAKS, '\n').replace(SPACES, ' ')
}

/**
 * Normalizes the text of one block built from markup: Unicode spaces become spaces, runs of
 * whitespace (line breaks included) become one space, and the ends are trimmed.
 * @example collapseWhitespace('  a \n  b ') // 'a b'
 */
export function collapseWhitespace(text: string): string {
  return normalizeChars(text).replace(/\s+/g, ' ').trim()
}
