// Review rules (pure): reject reasons, meeting review states, and finding the span a reviewer means
// (a quote of the document, or offsets) inside one paragraph. Messages name no CLI flag.
import { CommuniqueError } from '../core/errors.js'
import type { ItemType } from '../core/item.js'

/** Reasons a reviewer may give for rejecting an item. */
export const REJECT_REASONS = ['not-a-pledge', 'duplicate', 'wrong-span', 'other'] as const
export type RejectReasonName = (typeof REJECT_REASONS)[number]
/** Review states of a meeting, in the order they move. */
export const MEETING_REVIEW_STATES = ['unreviewed', 'in-review', 'reviewed'] as const
/** Item types a reviewer may give. */
export const ITEM_TYPES: readonly ItemType[] = ['commitment', 'directive', 'support', 'call', 'position']

/** One paragraph's span in the document text. */
export interface ParagraphSpan {
  /** The printed number, or null when unnumbered. */
  number: number | null
  ordinal: number
  start: number
  end: number
}

/** A span of the document, with the paragraph number items carry. */
export interface ResolvedSpan {
  start: number
  end: number
  text: string
  /** The printed paragraph number, or the ordinal when unnumbered (as items carry it). */
  paragraph: number
}

/** A place where an ambiguous quote occurs. */
export interface QuoteCandidate {
  paragraph: number
  start: number
  end: number
}

/**
 * Checks a reject reason (and that "other" comes with a note).
 * @throws CommuniqueError 'invalid-input'
 */
export function parseRejectReason(reason: string, note: string | null): RejectReasonName {
  const r = reason.trim().toLowerCase() as RejectReasonName
  if (!REJECT_REASONS.includes(r)) throw new CommuniqueError('invalid-input', `unknown reject reason "${reason}"; use one of ${REJECT_REASONS.join(', ')}`)
  if (r === 'other' && !note?.trim()) throw new CommuniqueError('invalid-input', 'the reason "other" needs a note saying why the item is rejected')
  return r
}

/**
 * Checks an item type.
 * @throws CommuniqueError 'invalid-input'
 */
export function parseItemType(type: string): ItemType {
  const t = type.trim().toLowerCase() as ItemType
  if (!ITEM_TYPES.includes(t)) throw new CommuniqueError('invalid-input', `unknown item type "${type}"; use one of ${ITEM_TYPES.join(', ')}`)
  return t
}

/**
 * Checks a meeting review state a person sets (not back to "unreviewed").
 * @throws CommuniqueError 'invalid-input'
 */
export function parseMeetingReviewState(state: string): 'in-review' | 'reviewed' {
  const s = state.trim().toLowerCase()
  if (s === 'in-review' || s === 'reviewed') return s
  throw new CommuniqueError('invalid-input', `unknown meeting review state "${state}"; use in-review or reviewed`)
}

const label = (p: ParagraphSpan): number => p.number ?? p.ordinal

/** The paragraph holding [start, end), or null when the span crosses a paragraph edge or lies outside all. */
export function paragraphOfSpan(paragraphs: readonly ParagraphSpan[], start: number, end: number): ParagraphSpan | null {
  return paragraphs.find((p) => start >= p.start && end <= p.end) ?? null
}

/**
 * The span given by offsets, checked: inside the text, not empty, within one paragraph.
 * @throws CommuniqueError 'invalid-span'
 */
export function spanFromOffsets(text: string, paragraphs: readonly ParagraphSpan[], start: number, end: number): ResolvedSpan {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new CommuniqueError(
      'invalid-span',
      `offsets ${start}-${end} are not a span of the document (it has ${text.length} characters; start must be below end)`,
    )
  }
  const p = paragraphOfSpan(paragraphs, start, end)
  if (!p)
    throw new CommuniqueError(
      'invalid-span',
      `offsets ${start}-${end} cross a paragraph boundary or lie outside every paragraph; an item stays within one paragraph`,
    )
  return { start, end, text: text.slice(start, end), paragraph: label(p) }
}

/** Whitespace and quote marks as reviewers type them: straight quotes match curly ones. */
function looseQuote(quote: string): RegExp {
  const esc = quote
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+')
    .replace(/['’‘]/g, "['’‘]")
    .replace(/["“”]/g, '["“”]')
  return new RegExp(esc, 'g')
}

/**
 * Finds a quote in the document (inside `within` when given, e.g. the item's paragraph).
 * @param paragraph only this printed paragraph number
 * @throws CommuniqueError 'quote-not-found'; 'ambiguous-quote' with `params.candidates` when it
 *   occurs more than once and no paragraph narrows it down; 'invalid-span' when it crosses paragraphs
 */
export function findQuote(
  text: string,
  paragraphs: readonly ParagraphSpan[],
  quote: string,
  options: { paragraph?: number; within?: { start: number; end: number } } = {},
): ResolvedSpan {
  if (!quote.trim()) throw new CommuniqueError('invalid-input', 'the quote is empty; give words of the document')
  const hits: QuoteCandidate[] = []
  for (const m of text.matchAll(looseQuote(quote))) {
    const start = m.index
    const end = start + m[0].length
    if (options.within && (start < options.within.start || end > options.within.end)) continue
    const p = paragraphOfSpan(paragraphs, start, end)
    if (options.paragraph !== undefined && (!p || label(p) !== options.paragraph)) continue
    hits.push({ paragraph: p ? label(p) : -1, start, end })
  }
  const short = quote.trim().length > 60 ? `${quote.trim().slice(0, 57)}...` : quote.trim()
  if (hits.length === 0) {
    const where = options.paragraph !== undefined ? ` in paragraph ${options.paragraph}` : options.within ? ' in that paragraph' : ''
    throw new CommuniqueError('quote-not-found', `the quote "${short}" is not in the document${where}; copy the words exactly as the document prints them`, {
      params: { quote },
    })
  }
  if (hits.length > 1) {
    const paras = [...new Set(hits.map((h) => h.paragraph))]
    throw new CommuniqueError(
      'ambiguous-quote',
      `the quote "${short}" occurs ${hits.length} times (paragraphs ${paras.join(', ')}); name the paragraph or quote more words`,
      { params: { quote, candidates: hits } },
    )
  }
  const hit = hits[0]!
  if (hit.paragraph === -1) throw new CommuniqueError('invalid-span', `the quote "${short}" crosses a paragraph boundary; an item stays within one paragraph`)
  return { start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), paragraph: hit.paragraph }
}
