// Decides whether a block (one line of normalized text) is a heading or a paragraph.
import type { BlockHint } from '../core/source-file.js'
import type { ParsedLabel } from './parse-label.js'
import { readDateline } from './meeting/dateline.js'
import { CAPTION_CUES, CHROME_STARTS, NEWS_LEAD, NEWS_REPORTING, PUBLISHED_UNDER, REPOST_POINTER } from './lexicon/furniture.js'

/** Kind of a block in the tree. */
export type BlockKind = 'heading' | 'paragraph'

/** Headings are short: longer unpunctuated lines are paragraphs that lost their full stop. */
const MAX_HEADING_WORDS = 24

/**
 * Classifies one block. A block is a heading when hinted as one, when it is a separator, a
 * "Back to ..." link, a date line or a dateline ("Issued in Tokyo, 26 October 2016"), or when it
 * is short and has no sentence-final punctuation (titles, section headings, photo captions).
 * List entries and blocks that start with a number or bullet label stay paragraphs, except
 * short roman-numbered section titles ("I. Strategic Partnership").
 * @param text the block's text (no surrounding white space)
 * @param label the label at the block's start, if any
 * @param hint what the source format says the block is, if anything
 */
export function classifyBlock(text: string, label: ParsedLabel | null, hint?: BlockHint['kind']): BlockKind {
  if (hint === 'heading') return 'heading'
  if (hint === 'list-item') return 'paragraph'
  if (isSeparator(text) || /^#{1,6}\s/.test(text) || /^Back to\b/i.test(text)) return 'heading'
  if (text.length < 80 && readDateline(text)) return 'heading'
  if (isFurniture(label ? text.slice(label.contentStart) : text, label)) return 'heading'
  if (label && label.kind !== 'roman') return 'paragraph'
  return looksLikeTitle(label ? text.slice(label.contentStart) : text) ? 'heading' : 'paragraph'
}

/** `\###`, `***`, `* * *`, `---`, `●`, `&#x25cf;`: lines with no words. */
function isSeparator(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text.includes('&#') ? text.replace(/&#x?[0-9a-f]+;/gi, '') : text)
}

/**
 * The text without Markdown emphasis marks (`**`, `__`). Note: most blocks have none, and are not
 * copied nor read again by a regex (speed).
 */
function withoutEmphasis(text: string): string {
  return text.includes('**') || text.includes('__') ? text.replace(/\*\*|__/g, '') : text
}

export function looksLikeTitle(text: string): boolean {
  const plain = withoutEmphasis(text).trim()
  if (plain === '') return true
  // "HELD AT NATO HEADQUARTERS, BRUSSELS,": a headline line in capitals that breaks after a comma.
  if (plain.endsWith(',') && !/\p{Ll}/u.test(plain) && /\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(plain)) return countWords(plain, MAX_HEADING_WORDS) <= MAX_HEADING_WORDS
  // Lead-ins ("the two leaders state the following:") and salutations ("Mr. President,") are prose.
  if (endsWithPunctuation(plain)) return false
  // A line that starts in lower case continues prose.
  if (/^[\p{Ll}]/u.test(plain)) return false
  return countWords(plain, MAX_HEADING_WORDS) <= MAX_HEADING_WORDS
}

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const CLOSERS = new Set(['”', '"', '’', "'", ')', ']'])
/** Punctuation that ends prose rather than a title. */
const FINAL_PUNCTUATION = new Set(['.', '!', '?', ';', ':', ','])

/**
 * True when a text ends with punctuation, perhaps followed by closing quotes or brackets: what
 * /[.!?;:,][”"’')\]]*$/ tests, read from the end rather than tried at every character.
 */
function endsWithPunctuation(text: string): boolean {
  let i = text.length
  while (i > 0 && CLOSERS.has(text[i - 1]!)) i--
  return i > 0 && FINAL_PUNCTUATION.has(text[i - 1]!)
}

/** The number of words of a text, counted up to one more than `max` (a paragraph is not read to its end: speed). */
function countWords(text: string, max: number): number {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32
    if (!space && !inWord && ++count > max) break
    inWord = !space
  }
  return count
}

/**
 * Page furniture (src/parse/lexicon/furniture.ts): site chrome, publication lines, captions, a
 * news introduction, a pointer to the reposted text, and short bulleted metadata ("• Issued on
 * 11 Jul. 2018", "• |").
 */
export function isFurniture(text: string, label: ParsedLabel | null): boolean {
  const plain = withoutEmphasis(text).trim()
  const words = countWords(plain, 12)
  if (words <= 12 && CHROME_STARTS.some((re) => re.test(plain))) return true
  if (PUBLISHED_UNDER.test(plain) || REPOST_POINTER.test(plain)) return true
  if (CAPTION_CUES.test(plain)) return true
  if (NEWS_LEAD.test(plain) && NEWS_REPORTING.test(plain)) return true
  // "• 11 Jul. 2018 -", "• |": a bullet that holds only a date or no words.
  if (label?.kind === 'bullet' && words <= 6 && (!/\p{L}/u.test(plain) || (/^\d/.test(plain) && /\b(?:19|20)\d\d\b/.test(plain)))) return true
  return false
}
