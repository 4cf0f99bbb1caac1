import { describe, expect, it } from 'vitest'
import { removePageFurniture } from './page-furniture.js'
import type { PdfLine } from './pdf-lines.js'
import { pdfParagraphs } from './pdf-paragraphs.js'

/** Lays out lines 14 pt apart from `top`, full width unless `short`. */
function page(n: number, texts: Array<string | [string, Partial<PdfLine>]>, top = 100): PdfLine[] {
  let y = top
  return texts.map((t) => {
    const [text, extra] = typeof t === 'string' ? [t, {}] : t
    const line: PdfLine = { text, x: 72, xEnd: 520, top: y, size: 11, page: n, ...extra }
    y = line.top + 14
    return line
  })
}

describe('removePageFurniture', () => {
  it('drops running headers and page numbers, keeps the text', () => {
    const pages = [
      page(0, [['Joint Statement - Meeting', { top: 40, size: 8 }], ['Body one.', { top: 100 }], 'Body two.', ['- 1 -', { top: 800 }]]),
      page(1, [['Joint Statement - Meeting', { top: 40, size: 8 }], ['Body three.', { top: 100 }], 'Body four.', ['Page 2 of 2', { top: 800 }]]),
    ]
    expect(removePageFurniture(pages).map((p) => p.map((l) => l.text))).toEqual([
      ['Body one.', 'Body two.'],
      ['Body three.', 'Body four.'],
    ])
  })

  it('keeps a lone first line that does not repeat', () => {
    expect(removePageFurniture([page(0, ['Title', 'Text.'])])[0]!.map((l) => l.text)).toEqual(['Title', 'Text.'])
  })
})

describe('pdfParagraphs', () => {
  it('splits at labels, gaps, font changes and page breaks, and joins wrapped lines', () => {
    const lines = [
      ...page(0, [
        ['Second Meeting', { size: 15, xEnd: 400 }],
        ['January 8, 2016', { top: 122, xEnd: 300 }],
      ]),
      ...page(
        0,
        [
          '1. The Ministers welcomed progress in defence and secu-',
          'rity co-operation over the year.',
          ['2. They noted the importance of a stable', { top: 178 }],
        ],
        150,
      ),
      ...page(1, ['environment for prosperity.', ['3. Short closing paragraph.', { xEnd: 250 }], ['A plain paragraph after a gap.', { top: 160 }]], 100),
    ]
    expect(pdfParagraphs(lines)).toEqual([
      { kind: 'heading', text: 'Second Meeting' },
      { kind: 'paragraph', text: 'January 8, 2016' },
      { kind: 'list-item', text: '1. The Ministers welcomed progress in defence and security co-operation over the year.' },
      { kind: 'list-item', text: '2. They noted the importance of a stable environment for prosperity.' },
      { kind: 'list-item', text: '3. Short closing paragraph.' },
      { kind: 'paragraph', text: 'A plain paragraph after a gap.' },
    ])
  })
})
