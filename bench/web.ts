// Web workspace: first-load weight (JS + CSS gzip, target ≤ 150 KB), the largest meeting's page
// (G7 Apulia 2024) from navigation start until summary and every item are rendered in headless Chromium (median of 5, target
// < 1 s), and long tasks while scrolling and paging the item list over the UN corpus (target: none
// over 50 ms). Ingest is not timed. Needs `npm run build` and Chromium. Run alone: npx tsx bench/web.ts
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium, type Page } from 'playwright-core'
import { addUser } from '../src/commands/accounts.js'
import { collectInputs } from '../src/commands/collect-inputs.js'
import { ingestMany } from '../src/commands/ingest-many.js'
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH } from '../src/commands/render-pdf.js'
import { buildServer } from '../src/server/app.js'
import { openStore } from '../src/store/open-store.js'
import { CORPUS, isMain, report, unFiles } from './common.js'

const WEB = fileURLToPath(new URL('../dist/web/', import.meta.url))
const WH = join(CORPUS, 'wh-briefings-outcome-docs')
const CHROMIUM = process.env.COMMUNIQUE_CHROMIUM ?? DEFAULT_CHROMIUM_PATH
const PASSWORD = 'bench-password-long'

/** Gzip bytes of the JS and CSS that index.html loads. */
export function firstLoadBytes(): { files: number; raw: number; gzip: number } {
  const html = readFileSync(join(WEB, 'index.html'), 'utf8')
  const assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!)
  let raw = 0
  let gzip = 0
  for (const a of assets) {
    const body = readFileSync(join(WEB, a))
    raw += body.length
    gzip += gzipSync(body, { level: 9 }).length
  }
  return { files: assets.length, raw, gzip }
}

async function signIn(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`)
  await page.getByLabel('Username').fill('bench')
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByTestId('user').waitFor()
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`

export async function benchWeb(log: (line: string) => void = console.log): Promise<void> {
  if (!existsSync(join(WEB, 'index.html'))) throw new Error('dist/web is not built: run `npm run build` first')
  const load = firstLoadBytes()
  log(`web bench: first load ${load.files} files, ${kb(load.raw)} raw, ${kb(load.gzip)} gzip`)
  if (!existsSync(CHROMIUM) || !existsSync(WH)) {
    report('web workspace', {
      'first load JS+CSS gzip': `${kb(load.gzip)} (${load.files} files, ${kb(load.raw)} raw; target ≤ 150 KB)`,
      'browser figures': `skipped (${existsSync(CHROMIUM) ? 'no corpus' : 'no Chromium'})`,
    })
    return
  }
  const dir = mkdtempSync(join(tmpdir(), 'communique-bench-web-'))
  const store = await openStore({ path: join(dir, 'bench.db') })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] })
  try {
    const now = new Date().toISOString()
    const apulia = readdirSync(WH).find((f) => f.startsWith('wh-2024-06-14-g7-leaders-statement'))
    if (!apulia) throw new Error(`no G7 Apulia statement in ${WH}`)
    await ingestMany(collectInputs([join(WH, apulia)], [join(WH, 'MANIFEST.tsv')]), { store, actor: 'bench', now })
    await addUser(store, { name: 'bench', role: 'admin', password: PASSWORD }, now)
    const meeting = (await store.listMeetings()).sort((a, b) => b.itemCount - a.itemCount)[0]!
    const app = await buildServer({ store, chromiumPath: CHROMIUM })
    const origin = (await app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1')
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      const page = await context.newPage()
      await signIn(page, origin)
      const times: number[] = []
      // Measured in the page: ms from the navigation's start until the summary and every item are
      // rendered (checked on each animation frame).
      // (A function, not a string: the server's CSP forbids eval.)
      type Doc = { querySelectorAll(s: string): { length: number }; querySelector(s: string): unknown; body: { textContent: string | null } }
      const done = (count: number): boolean => {
        const doc = (globalThis as unknown as { document: Doc }).document
        return (
          doc.querySelectorAll('.item-row').length === count && doc.querySelector('.figure-grid') !== null && /items match/.test(doc.body.textContent ?? '')
        )
      }
      for (let run = 0; run < 5; run++) {
        await page.goto(`${origin}/meetings/${meeting.id}`, { waitUntil: 'commit' })
        await page.waitForFunction(done, meeting.itemCount, { polling: 'raf', timeout: 60_000 })
        times.push((await page.evaluate('performance.now()')) as number)
      }
      const median = [...times].sort((a, b) => a - b)[2]!
      if (process.env.BENCH_WEB_DEBUG)
        log(
          String(
            await page.evaluate(
              `performance.getEntriesByType('resource').map((e) => e.name.replace(location.origin, '') + ' ' + Math.round(e.startTime) + '+' + Math.round(e.duration)).join('\\n')`,
            ),
          ),
        )
      log(
        `web bench: ${meeting.slug} (${meeting.itemCount} items) on screen in ${median.toFixed(0)} ms (median of 5; runs ${times.map((x) => x.toFixed(0)).join(', ')} ms)`,
      )

      // The item list over the UN corpus: page through and scroll, recording long tasks.
      let scroll = 'skipped (no UN corpus)'
      const un = existsSync(join(CORPUS, 'ungdc-2015-2024')) && !process.env.BENCH_WEB_DEBUG ? unFiles() : []
      if (un.length) {
        const t0 = performance.now()
        await ingestMany(collectInputs(un), { store, actor: 'bench', now })
        const total = (await store.stats()).items
        log(`web bench: ingested ${un.length} UN speeches in ${((performance.now() - t0) / 1000).toFixed(1)} s (not timed); ${total} items in the store`)
        await page.goto(`${origin}/items`)
        await page.locator('table.items tbody tr').first().waitFor()
        await page.evaluate(
          `window.__longTasks = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration) }).observe({ type: 'longtask' })`,
        )
        let rows = 0
        const scrolling: number[] = []
        const paging: number[] = []
        const take = async () => (await page.evaluate('window.__longTasks.splice(0)')) as number[]
        for (let p = 0; p < 5; p++) {
          for (let s = 0; s < 20; s++) {
            await page.mouse.wheel(0, 600)
            await page.waitForTimeout(30)
          }
          await page.waitForTimeout(100)
          scrolling.push(...(await take()))
          rows += await page.locator('table.items tbody tr').count()
          await page.getByRole('button', { name: 'Next page' }).click()
          await page.getByText(`Items ${(p + 1) * 100 + 1}–`).waitFor()
          await page.waitForTimeout(100)
          paging.push(...(await take()))
        }
        const worst = (list: number[]) => (list.length ? Math.max(...list) : 0).toFixed(0)
        scroll =
          `${scrolling.filter((d) => d > 50).length} long tasks over 50 ms while scrolling ${rows} rows (worst ${worst(scrolling)} ms); ` +
          `${paging.filter((d) => d > 50).length} on 5 page changes (worst ${worst(paging)} ms); ${total} items in the store, 100 a page`
        log(`web bench: ${scroll}`)
      }
      report('web workspace (headless Chromium)', {
        'first load JS+CSS gzip': `${kb(load.gzip)} (${load.files} files, ${kb(load.raw)} raw; target ≤ 150 KB)`,
        'largest meeting page': `${median.toFixed(0)} ms until summary and ${meeting.itemCount} items are rendered, from navigation start (${meeting.slug}; median of 5; target < 1 s)`,
        'item list scrolling': scroll,
      })
      await context.close()
    } finally {
      await app.close()
    }
  } finally {
    await browser.close()
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

if (isMain(import.meta.url)) await benchWeb()
