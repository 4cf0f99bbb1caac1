// Loading HTML in Chromium with the network blocked, for the report tests.
import type { Browser } from 'playwright-core'

/** The fake address the HTML is served at. */
export const DOC_URL = 'http://report.invalid/report.html'

/**
 * Serves `html` at DOC_URL, blocks every other request, and returns every URL the page asked for
 * (DOC_URL first) and whether the page scrolls sideways at that viewport.
 */
export async function loadBlocked(
  browser: Browser,
  html: string,
  viewport = { width: 1280, height: 800 },
): Promise<{ requested: string[]; sideways: boolean }> {
  const context = await browser.newContext({ viewport })
  const requested: string[] = []
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    requested.push(url)
    if (url === DOC_URL) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
    else await route.abort()
  })
  const page = await context.newPage()
  await page.goto(DOC_URL, { waitUntil: 'load' })
  const sideways = (await page.evaluate('document.documentElement.scrollWidth > document.documentElement.clientWidth')) as boolean
  await context.close()
  return { requested, sideways }
}
