// The report from a real store in a real browser: nothing fetched with the network blocked, and a
// PDF whose chart page really shows the charts (pdftoppm). Skips without Chromium unless CI=true.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH, renderPdf } from '../../src/commands/render-pdf.js'
import { DOC_URL, loadBlocked } from '../helpers/browser.js'
import { ok, seededStore, SEED_SERIES, type ReportStore } from './harness.js'

const CHROMIUM = process.env.COMMUNIQUE_CHROMIUM ?? DEFAULT_CHROMIUM_PATH
const has = (cmd: string): boolean => {
  try {
    execFileSync(cmd, ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
// In CI a missing browser or poppler is a failure, not a skip.
const ci = process.env.CI === 'true'
const skipBrowser = !existsSync(CHROMIUM) && !ci
const skipPoppler = skipBrowser || (!has('pdftoppm') && !ci)

describe.skipIf(skipBrowser)(`the report in Chromium${skipBrowser ? ` (skipped: ${CHROMIUM} is missing; apt-get install -y chromium)` : ''}`, () => {
  let s: ReportStore
  let browser: Browser
  beforeAll(async () => {
    s = await seededStore()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] })
  })
  afterAll(async () => {
    await browser?.close()
    s?.cleanup()
  })

  /** Every URL the page asked for besides the document itself. */
  const requestsOnLoad = async (html: string): Promise<string[]> => (await loadBlocked(browser, html)).requested.filter((u) => u !== DOC_URL)

  it('makes no external request when loading the meeting report or the series view', async () => {
    const report = (await ok(s, 'report')).out
    expect(await requestsOnLoad(report)).toEqual([])
    expect(await requestsOnLoad((await ok(s, 'report', '--series', SEED_SERIES)).out)).toEqual([])
    // Without its Content-Security-Policy the markup still points nowhere ...
    const withoutCsp = report.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    expect(withoutCsp).not.toBe(report)
    expect(await requestsOnLoad(withoutCsp)).toEqual([])
    // ... and, as a control, the harness does see a request such a page makes.
    expect(await requestsOnLoad(withoutCsp.replace('</main>', '<img src="http://images.invalid/a.png" alt=""></main>'))).toEqual([
      'http://images.invalid/a.png',
    ])
  })

  it.skipIf(skipPoppler)(
    `prints a PDF whose chart page shows the charts${skipPoppler ? ' (skipped: pdftoppm is missing; apt-get install -y poppler-utils)' : ''}`,
    async () => {
      const pdfPath = join(s.dir, 'report.pdf')
      const r = await ok(s, 'report', '--format', 'pdf', '--out', pdfPath)
      expect(r.err).toMatch(/^Wrote .*report\.pdf \(\d+ KB\): \d+ trackable items, \d+ overdue/)
      expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-')
      const page = chartPage(pdfPath)
      // Note: the print layout starts each part (summary, charts) on a new page: cover, summary, charts.
      expect(page).toBeLessThanOrEqual(3)
      // Text drawn by the SVG charts (compliance bar labels, axis titles) is in the PDF's text.
      const text = pdfText(pdfPath, page)
      expect(text).toMatch(/\(n = 1\)/)
      expect(text).toContain('Due date')
      // The ink on the chart page comes from the charts: the same report without its SVGs has far less.
      const ink = inkShare(pdfPath, page)
      const html = (await ok(s, 'report')).out
      const bare = join(s.dir, 'bare.pdf')
      writeFileSync(bare, await renderPdf(html.replace(/<svg[\s\S]*?<\/svg>/g, ''), { executablePath: CHROMIUM }))
      const bareInk = inkShare(bare, chartPage(bare))
      expect(ink.coloured).toBeGreaterThan(0.005)
      expect(bareInk.coloured).toBeLessThan(ink.coloured / 3)
      expect(bareInk.dark).toBeLessThan(ink.dark / 2)
    },
  )
})

/** The 1-based number of the page whose text holds the first chart's caption. */
function chartPage(pdf: string): number {
  for (let page = 1; page <= 6; page++) if (pdfText(pdf, page).includes('Status by topic.')) return page
  throw new Error(`no page of ${pdf} holds the chart captions`)
}

function pdfText(pdf: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' })
}

/** Shares of clearly coloured (not grey) and of non-white pixels of one page rendered at 40 dpi. */
function inkShare(pdf: string, page: number): { coloured: number; dark: number } {
  const ppm = execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '40', '-singlefile', pdf], { maxBuffer: 64 * 1024 * 1024 })
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))
  if (!header) throw new Error('pdftoppm did not give a P6 image')
  const pixels = ppm.subarray(header[0].length)
  let coloured = 0
  let dark = 0
  for (let i = 0; i + 2 < pixels.length; i += 3) {
    const r = pixels[i]!,
      g = pixels[i + 1]!,
      b = pixels[i + 2]!
    if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++
    if (Math.min(r, g, b) < 200) dark++
  }
  const all = Number(header[1]) * Number(header[2])
  return { coloured: coloured / all, dark: dark / all }
}
