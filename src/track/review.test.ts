import { describe, expect, it } from 'vitest'
import type { CommuniqueError } from '../core/errors.js'
import { findQuote, parseMeetingReviewState, parseRejectReason, spanFromOffsets, type ParagraphSpan } from './review.js'

const text = '1. Japan’s partners would meet.\n2. The UK would meet  again in 2016.\n3. Japan would meet.'
const paragraphs: ParagraphSpan[] = text.split('\n').reduce<{ out: ParagraphSpan[]; at: number }>(
  (acc, line, i) => {
    acc.out.push({ number: i + 1, ordinal: i + 1, start: acc.at, end: acc.at + line.length })
    acc.at += line.length + 1
    return acc
  },
  { out: [], at: 0 },
).out

const codeOf = (fn: () => unknown): string => {
  try {
    fn()
  } catch (e) {
    return (e as CommuniqueError).code
  }
  return 'none'
}

describe('findQuote', () => {
  it("finds a quote typed with straight quotes and other spacing, and returns the document's words", () => {
    const s = findQuote(text, paragraphs, "Japan's partners would")
    expect(s).toEqual({ start: 3, end: 25, text: 'Japan’s partners would', paragraph: 1 })
    expect(findQuote(text, paragraphs, 'would meet again').text).toBe('would meet  again')
  })
  it('asks for the paragraph when a quote occurs twice, and narrows it down with one', () => {
    let error: CommuniqueError | null = null
    try {
      findQuote(text, paragraphs, 'would meet.')
    } catch (e) {
      error = e as CommuniqueError
    }
    expect(error?.code).toBe('ambiguous-quote')
    expect((error?.params?.candidates as Array<{ paragraph: number }>).map((c) => c.paragraph)).toEqual([1, 3])
    expect(findQuote(text, paragraphs, 'would meet.', { paragraph: 3 }).paragraph).toBe(3)
  })
  it('refuses a quote that is not there, or only outside the given paragraph, or across paragraphs', () => {
    expect(codeOf(() => findQuote(text, paragraphs, 'would fly'))).toBe('quote-not-found')
    expect(codeOf(() => findQuote(text, paragraphs, 'The UK', { paragraph: 1 }))).toBe('quote-not-found')
    expect(codeOf(() => findQuote(text, paragraphs, 'meet. 2. The UK'))).toBe('invalid-span')
    expect(codeOf(() => findQuote(text, paragraphs, '  '))).toBe('invalid-input')
  })
})

describe('spanFromOffsets', () => {
  it('accepts offsets inside one paragraph and refuses the rest', () => {
    expect(spanFromOffsets(text, paragraphs, 3, 8)).toEqual({ start: 3, end: 8, text: 'Japan', paragraph: 1 })
    expect(codeOf(() => spanFromOffsets(text, paragraphs, 3, 40))).toBe('invalid-span')
    expect(codeOf(() => spanFromOffsets(text, paragraphs, 5, 5))).toBe('invalid-span')
    expect(codeOf(() => spanFromOffsets(text, paragraphs, -1, 5))).toBe('invalid-span')
    expect(codeOf(() => spanFromOffsets(text, paragraphs, 0, text.length + 1))).toBe('invalid-span')
  })
})

describe('reasons and states', () => {
  it('reads reject reasons, asking for a note with "other"', () => {
    expect(parseRejectReason(' Duplicate ', null)).toBe('duplicate')
    expect(codeOf(() => parseRejectReason('other', ' '))).toBe('invalid-input')
    expect(parseRejectReason('other', 'quoted from 2015')).toBe('other')
    expect(codeOf(() => parseRejectReason('boring', null))).toBe('invalid-input')
  })
  it('moves a meeting only forward to in-review or reviewed', () => {
    expect(parseMeetingReviewState('reviewed')).toBe('reviewed')
    expect(codeOf(() => parseMeetingReviewState('unreviewed'))).toBe('invalid-input')
  })
})
