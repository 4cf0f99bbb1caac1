// The report in a real browser: nothing fetched on load, no sideways scrolling on a phone, and the PDF edge.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CommuniqueError } from '../../src/core/errors.js'
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH, renderPdf } from '../../src/commands/render-pdf.js'
import { buildReport, buildSeriesReport, renderReportHtml, renderSeriesHtml } from '../../src/report/index.js'
import { DOC_URL, loadBlocked } from '../helpers/browser.js'
import { seedInput, seriesInput } from './helpers.js'

const hasChromium = existsSync(DEFAULT_CHROMIUM_PATH)
// In CI a missing browser is a failure, not a skip.
const skip = !hasChromium && process.env.CI !== 'true'
const title = skip ? `in Chromium (skipped: ${DEFAULT_CHROMIUM_PATH} is missing; apt-get install -y chromium)` : 'in Chromium'
const hasPdftoppm = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

describe('renderPdf without a browser', () => {
  it('says how to install Chromium when it is not there', async () => {
    const error = await renderPdf('<p>x</p>', { executablePath: '/nonexistent/chromium' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CommuniqueError)
    expect(error).toMatchObject({ code: 'chromium-missing' })
    expect((error as Error).message).toBe(
      'Chromium is not installed: run `sudo apt-get install -y chromium` (Debian/Ubuntu) or set COMMUNIQUE_CHROMIUM=/path/to/chrome',
    )
  })
})

describe.skipIf(skip)(title, () => {
  let browser: Browser
  let reportHtml: string
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: DEFAULT_CHROMIUM_PATH, args: [...CHROMIUM_ARGS] })
    reportHtml = await renderReportHtml(buildReport(seedInput()))
  })
  afterAll(async () => {
    await browser?.close()
  })

  const requestsOnLoad = (html: string, viewport?: { width: number; height: number }): ReturnType<typeof loadBlocked> => loadBlocked(browser, html, viewport)

  it('loads the report with no request besides the document itself', async () => {
    expect((await requestsOnLoad(reportHtml)).requested).toEqual([DOC_URL])
  })

  it('makes no request even without its Content-Security-Policy (the markup itself points nowhere)', async () => {
    const withoutCsp = reportHtml.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    expect(withoutCsp).not.toBe(reportHtml)
    expect((await requestsOnLoad(withoutCsp)).requested).toEqual([DOC_URL])
    // Control: the harness does see a fetched image.
    const withImage = withoutCsp.replace('</main>', '<img src="http://images.invalid/a.png" alt=""></main>')
    expect((await requestsOnLoad(withImage)).requested).toEqual([DOC_URL, 'http://images.invalid/a.png'])
  })

  it('does not scroll sideways on a phone', async () => {
    expect((await requestsOnLoad(reportHtml, { width: 360, height: 740 })).sideways).toBe(false)
    const series = await renderSeriesHtml(buildSeriesReport(seriesInput()))
    expect(await requestsOnLoad(series, { width: 360, height: 740 })).toEqual({ requested: [DOC_URL], sideways: false })
  })

  it('prints the report to an A4 PDF whose first page is not blank', async () => {
    const pdf = await renderPdf(reportHtml)
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
    expect(pdf.byteLength).toBeGreaterThan(20_000)
    if (!hasPdftoppm) return
    const dir = mkdtempSync(join(tmpdir(), 'communique-pdf-'))
    try {
      writeFileSync(join(dir, 'r.pdf'), pdf)
      execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '30', '-png', '-singlefile', join(dir, 'r.pdf'), join(dir, 'p1')])
      expect(readFileSync(join(dir, 'p1.png')).subarray(1, 4).toString('latin1')).toBe('PNG')
      // Count dark pixels on a grey rendering of the same page: a blank page has none.
      execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '30', '-gray', '-singlefile', join(dir, 'r.pdf'), join(dir, 'g1')])
      const pgm = readFileSync(join(dir, 'g1.pgm'))
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!
      const pixels = pgm.subarray(header[0].length)
      expect(pixels.length).toBe(Number(header[1]) * Number(header[2]))
      const dark = pixels.filter((v) => v < 160).length
      expect(dark / pixels.length).toBeGreaterThan(0.01)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
