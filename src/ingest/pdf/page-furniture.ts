// Removes running headers, running footers and page numbers from the lines of a PDF.
import type { PdfLine } from './pdf-lines.js'

/** A page number alone on a line: "2", "- 2 -", "— 2 —", "Page 2", "Page 2 of 3", "2/3", "ii". */
const PAGE_NUMBER = /^(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|[ivxlc]{1,6})$/i

/** How many lines at the top and at the bottom of a page may be furniture. */
const EDGE_LINES = 2

/**
 * Drops page furniture: page numbers among the first or last lines of a page, and lines at the
 * top or bottom of pages that repeat (digits aside) on two or more pages — running headers and
 * footers such as "Joint Statement - Second Japan-UK ..." or "15-29425 3/34".
 * @param pages the lines of each page, top to bottom
 * @returns the lines of each page without furniture
 */
export function removePageFurniture(pages: readonly PdfLine[][]): PdfLine[][] {
  const counts = new Map<string, number>()
  for (const lines of pages) {
    const seen = new Set<string>()
    for (const line of edgeLines(lines)) seen.add(furnitureKey(line.text))
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const repeated = pages.length >= 2 ? new Set([...counts].filter(([, n]) => n >= 2).map(([k]) => k)) : new Set<string>()
  return pages.map((lines) => {
    const edges = new Set(edgeLines(lines))
    return lines.filter((line) => !edges.has(line) || !(PAGE_NUMBER.test(line.text) || repeated.has(furnitureKey(line.text))))
  })
}

/** The first and last lines of a page, where headers, footers and page numbers stand. */
function edgeLines(lines: readonly PdfLine[]): PdfLine[] {
  if (lines.length <= 2 * EDGE_LINES) return [...lines]
  return [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)]
}

/** A line's text with numbers blanked, so "Page 2" and "Page 3" compare equal. */
function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()
}
