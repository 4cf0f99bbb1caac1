import { describe, expect, it } from 'vitest'
import { detectFormat } from '../detect-format.js'
import { isUrl } from '../is-url.js'
import { looksLikeMarkdown } from './looks-like-markdown.js'

const wrap = (s: string): string =>
  `${s}\nThe leaders met in Washington to review cooperation on migration and to\nadvance joint efforts to promote development in Southern Mexico and the\nNorthern Triangle of Central America. Building on their conversation, the\ntwo Presidents reaffirmed the enduring partnership between both countries.\n`

describe('looksLikeMarkdown', () => {
  it.each([
    ['pandoc escapes', 'Text.\n\n\\###\n'],
    ['entities', 'Issued in Tokyo\n&#x25cf;\n'],
    ['links', 'See [the fact sheet](https://example.org/x).'],
    ['html comments', '- a\n\n<!-- -->\n\n1. b'],
    ['wrapped text with bold', wrap('**Bilateral Cooperation**\n')],
    ['wrapped text with a hard break', wrap('September 29, 2021  \nPittsburgh')],
  ])('is true for %s', (_name, text) => {
    expect(looksLikeMarkdown(text)).toBe(true)
  })

  it.each([
    [
      'one paragraph per line with bold and ### headings',
      `### I. Opening\n${'The **Millennium Summit** in 2000 proclaimed the goal of freeing peoples from war. '.repeat(4)}\n${'Second paragraph of the speech goes on. '.repeat(5)}`,
    ],
    ['wrapped text without markup', wrap('')],
    ['a plain statement', 'Japan-United Kingdom Relations\n\nJanuary 8, 2016\n\n1. The Ministers met.'],
  ])('is false for %s', (_name, text) => {
    expect(looksLikeMarkdown(text)).toBe(false)
  })
})

describe('detectFormat', () => {
  const bytes = (s: string): Uint8Array => Buffer.from(s)
  it.each([
    ['%PDF-1.7 ...', {}, 'pdf'],
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', { path: 'page.txt' }, 'html'],
    ['Some text', { contentType: 'text/html; charset=utf-8' }, 'html'],
    ['Some text', { path: 'notes.md' }, 'markdown'],
    ['Some text', { path: 'https://example.org/a.htm?x=1' }, 'html'],
    ['Some text', { path: 'seed.txt' }, 'text'],
    ['Text.\n\n\\###\n', { path: 'wh.txt' }, 'markdown'],
  ] as const)('reads %j with %j as %s', (content, hint, expected) => {
    expect(detectFormat(bytes(content), hint)).toBe(expected)
  })

  it('refuses images and other archives', () => {
    expect(() => detectFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), { path: 'photo.txt' })).toThrow(/photo.txt: this is a JPEG image/)
    expect(() => detectFormat(Buffer.from('PK\x03\x04xl/workbook.xml'), { path: 'a.zip' })).toThrow(/ZIP archive/)
  })
})

describe('isUrl', () => {
  it.each([
    ['https://www.mofa.go.jp/a.html', true],
    ['http://127.0.0.1:8080/', true],
    ['examples/seed.txt', false],
    ['ftp://x/y', false],
    ['C:\\docs\\a.pdf', false],
  ])('%s → %s', (input, expected) => {
    expect(isUrl(input)).toBe(expected)
  })
})
