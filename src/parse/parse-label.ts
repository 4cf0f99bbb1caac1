// Reads the printed label at the start of a block: "1.", "(1)", "1)", "(a)", "a)", "IV.", "-", "•".
import type { LabelKind } from '../core/tree.js'

/** A label found at the start of a line. */
export interface ParsedLabel {
  /** The label without its punctuation: "3" for "3.", "b" for "(b)", "•" for a bullet. */
  label: string
  kind: LabelKind
  /** The number as an integer ("IV." → 4), or null for letters and bullets. */
  number: number | null
  /** Offset in the line where the content after the label (and its white space) starts. */
  contentStart: number
}

const BULLETS = '-*•·–—●◦▪■►‣∙○'

// "1." "12." | "1)" | "(1)" | "(a)" "(iv)" | "a)" "iv)" | "a." "IV." — each followed by white space.
const NUMBER_DOT = /^(\d{1,3})\.(?:[ \t\u00a0]+|(?=[A-Z“"‘]))/
const PAREN = /^\((\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})\)[ \t\u00a0]+/
const CLOSE_PAREN = /^(\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})\)[ \t\u00a0]+/
const ROMAN_DOT = /^([IVXLC]{1,6}|[ivxlc]{2,6})\.[ \t\u00a0]+/
const LETTER_DOT = /^([a-zA-Z])\.[ \t\u00a0]+(?=\S)/
const ROMAN = /^(?=[ivxlc])(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i

/**
 * Reads the label at the start of a line (the line should not start with white space).
 * Years ("2016 was ...") and initialisms ("U.S. and Japan ...") are not labels; neither are
 * decimals ("2.5 million"). Single letters other than i, v and x are letters, not roman numerals.
 * @param line one block of the normalized text
 * @returns the label, or null when the line has none
 * @example parseLabel('(iv) To promote ...') // { label: 'iv', kind: 'roman', number: 4, contentStart: 5 }
 */
export function parseLabel(line: string): ParsedLabel | null {
  const first = line[0]
  if (first === undefined) return null
  if (BULLETS.includes(first)) {
    const m = /^.[ \t\u00a0]+(?=\S)/u.exec(line)
    // "**Bold**" and "--" are not bullets; a bullet stands alone before white space.
    return m ? { label: first, kind: 'bullet', number: null, contentStart: m[0].length } : null
  }
  let m = NUMBER_DOT.exec(line)
  if (m) return { label: m[1]!, kind: 'number', number: Number(m[1]), contentStart: m[0].length }
  m = PAREN.exec(line) ?? CLOSE_PAREN.exec(line)
  if (m) return fromToken(m[1]!, m[0].length, true)
  m = ROMAN_DOT.exec(line)
  if (m && romanValue(m[1]!) !== null) return fromToken(m[1]!, m[0].length, false)
  m = LETTER_DOT.exec(line)
  if (m && isLetterLabel(line, m[0].length)) return fromToken(m[1]!, m[0].length, false)
  return null
}

/**
 * The integer value of a roman numeral up to 399 ("IV" → 4), or null when it is not one.
 * @example romanValue('xiv') // 14
 */
export function romanValue(token: string): number | null {
  if (!ROMAN.test(token)) return null
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 }
  let total = 0
  const lower = token.toLowerCase()
  for (let k = 0; k < lower.length; k++) {
    const v = values[lower[k]!]!
    const nextValue = values[lower[k + 1] ?? ''] ?? 0
    total += v < nextValue ? -v : v
  }
  return total
}

function fromToken(token: string, contentStart: number, paren: boolean): ParsedLabel {
  if (/^\d+$/.test(token)) return { label: token, kind: paren ? 'paren-number' : 'number', number: Number(token), contentStart }
  // Note: a single letter is a letter unless it is i, v or x ("(i)" opens roman lists far more often).
  const roman = token.length > 1 || /^[ivxIVX]$/.test(token) ? romanValue(token) : null
  if (roman !== null) return { label: token, kind: 'roman', number: roman, contentStart }
  return { label: token, kind: 'letter', number: null, contentStart }
}

/** "A. The first point" is a label; "A. Smith said" (an initial) is not: the content must look like a sentence. */
function isLetterLabel(line: string, contentStart: number): boolean {
  const rest = line.slice(contentStart, contentStart + 40)
  // An initial is followed by a capitalised surname and then usually lower-case words or a comma.
  if (/^[A-Z][a-z]+(?:,|\s+(?:said|says|and|of)\b)/.test(rest) && /^[A-Z]\./.test(line)) return false
  return true
}
