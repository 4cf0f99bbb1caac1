// Rebuilds the lines of a PDF page from its positioned text items.
import type { PdfItem, PdfPage } from './read-pdf.js'

/** One printed line of a page. */
export interface PdfLine {
  text: string
  /** Left edge and right edge of the line. */
  x: number
  xEnd: number
  /** Baseline, measured from the top of the page (grows downwards). */
  top: number
  /** Largest font size on the line. */
  size: number
  /** 0-based page number. */
  page: number
}

/**
 * Groups a page's items into lines: items whose baselines lie within 40% of the font size of
 * each other form one line, read left to right, with a space where a gap separates them.
 * @param page the page's items
 * @param pageIndex 0-based page number
 * @returns the lines from top to bottom
 */
export function pageLines(page: PdfPage, pageIndex: number): PdfLine[] {
  const items = page.items.filter((i) => i.text.trim() !== '' && i.size > 0).sort((a, b) => b.y - a.y || a.x - b.x)
  const groups: PdfItem[][] = []
  for (const item of items) {
    const group = groups.find((g) => Math.abs(g[0]!.y - item.y) <= 0.4 * Math.max(g[0]!.size, item.size))
    if (group) group.push(item)
    else groups.push([item])
  }
  return groups.map((g) => toLine(g, page.height, pageIndex)).sort((a, b) => a.top - b.top)
}

/** Joins the items of one line. */
function toLine(group: PdfItem[], pageHeight: number, page: number): PdfLine {
  group.sort((a, b) => a.x - b.x)
  let text = ''
  let end = -Infinity
  for (const item of group) {
    const gap = item.x - end
    if (text !== '' && gap > 0.15 * item.size && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' '
    text += item.text
    end = Math.max(end, item.x + item.width)
  }
  const size = Math.max(...group.map((i) => i.size))
  return { text: text.replace(/\s+/g, ' ').trim(), x: group[0]!.x, xEnd: end, top: pageHeight - group[0]!.y, size, page }
}
