// The PDF edge: prints report HTML to A4 PDF with headless Chromium (Debian's chromium + playwright-core).
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { CommuniqueError } from '../core/errors.js'

/** Where Debian and Ubuntu install Chromium. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium'

/** Flags for a quiet, offline, throw-away browser. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Options of renderPdf. */
export interface RenderPdfOptions {
  /** Chromium executable; the CLI passes COMMUNIQUE_CHROMIUM here. Default /usr/bin/chromium. */
  executablePath?: string
}

const MISSING = 'Chromium is not installed: run `sudo apt-get install -y chromium` (Debian/Ubuntu) or set COMMUNIQUE_CHROMIUM=/path/to/chrome'

/**
 * Prints a self-contained HTML document to an A4 PDF (backgrounds printed). The page gets no
 * network: every request it would make is aborted, and a fresh profile is used and removed.
 * @param html a complete HTML document, e.g. from renderReportHtml()
 * @returns the PDF bytes (they start with "%PDF")
 * @throws CommuniqueError (chromium-missing) when the browser is not at the given path or cannot start
 */
export async function renderPdf(html: string, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const executablePath = options.executablePath ?? DEFAULT_CHROMIUM_PATH
  if (!existsSync(executablePath)) throw new CommuniqueError('chromium-missing', MISSING)
  // Note: playwright-core is loaded here, not at start-up, so commands that print no PDF stay quick.
  const { chromium } = await import('playwright-core')
  const profile = await mkdtemp(join(tmpdir(), 'communique-chromium-'))
  let context: BrowserContext
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: [...CHROMIUM_ARGS], offline: true })
  } catch (error) {
    await rm(profile, { recursive: true, force: true })
    throw new CommuniqueError('chromium-missing', `${MISSING} (it failed to start from ${executablePath})`, { cause: error })
  }
  try {
    await context.route('**/*', (route) => route.abort())
    const page = await context.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
  } finally {
    await context.close()
    await rm(profile, { recursive: true, force: true })
  }
}
