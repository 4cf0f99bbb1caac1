// A fast sentence splitter written for diplomatic prose: one pass over the characters, no NLP
// library, abbreviations ("H.E.", "U.S.", "No. 5"), initials and decimals kept inside sentences.
import { INNER_ABBREVIATIONS, NUMBER_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS, WEAK_ABBREVIATIONS } from './abbreviations.js'

/** A half-open range of offsets: one sentence. */
export interface SentenceSpan {
  start: number
  end: number
}

const DOT = 46
const BANG = 33
const QUESTION = 63
const NEWLINE = 10

/**
 * Splits text into sentences. Full stops, "?" and "!" end a sentence when followed by white space
 * and a word that can open one; semicolons and colons never do. Quotes and brackets right after
 * the stop belong to the sentence (`.”`, `.)`). A blank line always ends a sentence. Leading and
 * trailing white space lies outside every span. Pure and allocation-light: it runs over millions
 * of words.
 * @param text the text to split (a paragraph, or any string)
 * @param offset added to every start/end, so spans point into the whole document
 * @returns the sentence spans in order
 * @example splitSentences('H.E. Mr. Kishida met Mr. Hammond. They agreed.')
 *   // [{ start: 0, end: 33 }, { start: 34, end: 46 }]
 */
export function splitSentences(text: string, offset = 0): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  const n = text.length
  let start = skipSpace(text, 0)
  for (let i = start; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === NEWLINE) {
      let q = i + 1
      while (q < n && isHorizontalSpace(text.charCodeAt(q))) q++
      if (q < n && text.charCodeAt(q) === NEWLINE) {
        const end = trimEnd(text, start, i)
        if (end > start) spans.push({ start: start + offset, end: end + offset })
        start = skipSpace(text, q)
        i = start - 1
      }
      continue
    }
    if (c !== DOT && c !== BANG && c !== QUESTION) continue
    let q = i + 1
    let single = true
    while (q < n && isTerminator(text.charCodeAt(q))) {
      q++
      single = false
    }
    while (q < n && isCloser(text.charCodeAt(q))) q++
    if (q >= n) break
    if (!isSpace(text.charCodeAt(q))) {
      // "by the end of 2023.The leaders": a source that lost the space between two sentences.
      if (c === DOT && single && q === i + 1 && isGluedBoundary(text, i)) {
        spans.push({ start: start + offset, end: q + offset })
        start = q
      }
      i = q - 1
      continue
    }
    const next = skipSpace(text, q)
    if (next >= n) break
    if (!canOpenSentence(text, next) || (c === DOT && single && keepsSentence(text, i, next))) {
      i = next - 1
      continue
    }
    spans.push({ start: start + offset, end: q + offset })
    start = next
    i = next - 1
  }
  const end = trimEnd(text, start, n)
  if (end > start) spans.push({ start: start + offset, end: end + offset })
  return spans
}

/** True when the full stop at `dot` belongs to an abbreviation or initial, not a sentence end. */
function keepsSentence(text: string, dot: number, next: number): boolean {
  let s = dot
  while (s > 0 && isWordOrDot(text.charCodeAt(s - 1))) s--
  if (s === dot) return false
  const token = text.slice(s, dot)
  if (TITLE_ABBREVIATIONS.has(token) || INNER_ABBREVIATIONS.has(token)) return true
  if (NUMBER_ABBREVIATIONS.has(token)) return isDigit(text.charCodeAt(next))
  // An initial: "John F. Kennedy", "Joseph R. Biden Jr.".
  if (token.length === 1) return isUpper(token.charCodeAt(0))
  // "Hon. Mohd. N. Rahman": an abbreviated given name after a title and before an initial.
  if (
    token.length <= 6 &&
    isUpper(token.charCodeAt(0)) &&
    isUpper(text.charCodeAt(next)) &&
    text.charCodeAt(next + 1) === DOT &&
    TITLE_ABBREVIATIONS.has(tokenBefore(text, s))
  )
    return true
  // A dotted initialism ("U.S.", "U.K.", "D.C.") or "Jr.": a break only before a typical opener.
  if (WEAK_ABBREVIATIONS.has(token) || isDottedInitialism(token)) return !SENTENCE_OPENERS.has(wordAt(text, next))
  return false
}

/**
 * True when the full stop at `dot` joins two sentences with no space: a word of three or more
 * letters (or a number) before it, not an abbreviation, and a capitalised word of three or more
 * letters after it ("2023.The", "Treaty.President"); never "U.S.President" or "e.g.The".
 */
function isGluedBoundary(text: string, dot: number): boolean {
  let s = dot
  while (s > 0 && (isLetter(text.charCodeAt(s - 1)) || isDigit(text.charCodeAt(s - 1)))) s--
  const before = text.slice(s, dot)
  if (before.length < 3 || (s > 0 && text.charCodeAt(s - 1) === DOT)) return false
  if (TITLE_ABBREVIATIONS.has(before) || INNER_ABBREVIATIONS.has(before) || WEAK_ABBREVIATIONS.has(before) || NUMBER_ABBREVIATIONS.has(before)) return false
  if (!isUpper(text.charCodeAt(dot + 1))) return false
  let e = dot + 2
  while (e < text.length && text.charCodeAt(e) >= 97 && text.charCodeAt(e) <= 122) e++
  return e - (dot + 2) >= 2 && (e >= text.length || !isLetter(text.charCodeAt(e)) || text.charCodeAt(e) === 32)
}

/** The word (without its full stop) that ends right before `at` and one space: "Hon" in "Hon. Mohd". */
function tokenBefore(text: string, at: number): string {
  let e = at - 1
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--
  if (e <= 0 || text.charCodeAt(e - 1) !== DOT) return ''
  let s = e - 1
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--
  return text.slice(s, e - 1)
}

/** "U.S", "U.K", "a.m": single letters joined by full stops. */
function isDottedInitialism(token: string): boolean {
  if (token.length < 3) return false
  for (let k = 0; k < token.length; k++) {
    const code = token.charCodeAt(k)
    if (k % 2 === 1 ? code !== DOT : !isLetter(code)) return false
  }
  return true
}

/** The word starting at `at`, after any opening quotes or brackets. */
function wordAt(text: string, at: number): string {
  let s = at
  while (s < text.length && isOpener(text.charCodeAt(s))) s++
  let e = s
  while (e < text.length && isLetter(text.charCodeAt(e))) e++
  return text.slice(s, e)
}

/** A sentence cannot open with a lower-case letter or with ",;:" and closing brackets. */
function canOpenSentence(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (c >= 97 && c <= 122) return false
  if (c === 44 || c === 59 || c === 58 || c === 41 || c === 93) return false
  if (c > 127) {
    const ch = text[at]!
    return ch === ch.toUpperCase() || ch.toLowerCase() === ch.toUpperCase()
  }
  return true
}

function skipSpace(text: string, from: number): number {
  let i = from
  while (i < text.length && isSpace(text.charCodeAt(i))) i++
  return i
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--
  return e
}

function isSpace(c: number): boolean {
  return c === 32 || c === NEWLINE || c === 9 || c === 13 || c === 0xa0 || c === 0x3000 || c === 0x2009 || c === 0x202f || c === 12 || c === 11
}

function isHorizontalSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0
}

function isTerminator(c: number): boolean {
  return c === DOT || c === BANG || c === QUESTION
}

/**
 * Quotes and brackets that may follow a full stop inside the sentence: `.”`, `.)`, `."`; and the
 * invisible zero-width space, word joiner and BOM that web pages leave after a stop ("technologies.\u200b\u200b We will").
 */
function isCloser(c: number): boolean {
  return (
    c === 34 ||
    c === 39 ||
    c === 41 ||
    c === 93 ||
    c === 0x201d ||
    c === 0x2019 ||
    c === 0xbb ||
    c === 0x2032 ||
    c === 42 ||
    c === 0x200b ||
    c === 0x2060 ||
    c === 0xfeff
  )
}

function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 0x201c || c === 0x2018 || c === 0xab
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 0xbf && c !== 0xd7 && c !== 0xf7 && c < 0x2000)
}

function isWordOrDot(c: number): boolean {
  return c === DOT || isLetter(c)
}
