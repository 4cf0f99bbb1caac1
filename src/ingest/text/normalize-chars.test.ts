import { describe, expect, it } from 'vitest'
import { collapseWhitespace, normalizeChars } from './normalize-chars.js'
import { normalizePlainText } from './normalize-plain-text.js'

describe('normalizeChars', () => {
  it.each([
    ['\uFEFFTitle', 'Title'],
    ['a\r\nb\rc', 'a\nb\nc'],
    ['H.E.\u00A0Mr.\u3000Kishida\u2009and\u202Fthe', 'H.E. Mr. Kishida and the'],
    ['“Proactive Contribution to Peace” – Abe’s', '“Proactive Contribution to Peace” – Abe’s'],
    ['page one\fpage two', 'page one\npage two'],
  ])('normalizes %j', (input, expected) => {
    expect(normalizeChars(input)).toBe(expected)
  })

  it('keeps the length when only spaces change, so offsets do not move', () => {
    const text = '1.\u00A0The Ministers\u3000met.'
    expect(normalizeChars(text)).toHaveLength(text.length)
  })
})

describe('collapseWhitespace', () => {
  it('joins lines and runs of spaces into single spaces', () => {
    expect(collapseWhitespace('  The   Ministers\n  met\u00A0 today. ')).toBe('The Ministers met today.')
  })
})

describe('normalizePlainText', () => {
  it('keeps a one-paragraph-per-line text as it is', () => {
    const text = `Japan-United Kingdom Relations\n\nJanuary 8, 2016\n\n1. ${'The Ministers met in Tokyo. '.repeat(12).trim()}\n\n2. ${'They agreed. '.repeat(20).trim()}`
    expect(normalizePlainText(text)).toBe(text)
  })
})
