// The web workspace's browser tests: the real server (buildServer) on 127.0.0.1 at a random port,
// over a temporary SQLite store holding the seed statement and a statement full of payloads,
// with one user per role; Chromium limited to the server's origin.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { addUser } from '../../src/commands/accounts.js'
import { ingestStatement } from '../../src/commands/ingest-statement.js'
import { DEFAULT_CHROMIUM_PATH } from '../../src/commands/render-pdf.js'
import { buildServer } from '../../src/server/app.js'
import type { RouteDef } from '../../src/server/route.js'
import { openStore } from '../../src/store/open-store.js'
import type { Store } from '../../src/store/store.js'
import { ROOT } from '../helpers/paths.js'

export const CHROMIUM = process.env.COMMUNIQUE_CHROMIUM ?? DEFAULT_CHROMIUM_PATH
export const WEB_INDEX = join(ROOT, 'dist/web/index.html')
export const SEED = join(ROOT, 'examples/japan-uk-2plus2-2016-01-08.txt')
export const SEED_TITLE = 'Second Japan-UK Foreign and Defence Ministerial Meeting'
export const PASSWORD = 'correct-horse-battery'
export const NOW = '2016-06-30T09:00:00.000Z'

/** Every script payload the statement carries; none of them may run. */
export const PAYLOAD_TITLE = `Payload <script>window.__pwned = 'title'</script> "><svg onload=window.__pwned='svg'> summit`
export const PAYLOAD_TEXT = `Joint Statement of the Payload Summit

1. The Ministers will publish <script>window.__pwned = 'text'</script> a joint plan on payload safety by 2017.

2. The Ministers will convene <img src=x onerror="window.__pwned='img'"> an expert group on "><svg onload=window.__pwned='svg2'> filtering before the end of 2016.

3. The Ministers will review javascript:window.__pwned='js' links in the report by March 2017.
`
export const PAYLOAD_OWNER = `<img src=x onerror="window.__pwned='owner'">`
export const PAYLOAD_URL = `javascript:window.__pwned='url'`
export const PAYLOAD_COMMENT = `"><svg onload=window.__pwned='comment'><script>window.__pwned='comment2'</script>`

/**
 * Why the browser tests cannot run (no Chromium, no web build), or null. Under CI=true a missing
 * Chromium or build is an error: the tests are required there.
 */
export function webTestsUnavailable(): string | null {
  const reason = !existsSync(CHROMIUM)
    ? `web browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`
    : !existsSync(WEB_INDEX)
      ? 'web browser tests skipped: dist/web is not built (npm run build:web)'
      : null
  if (reason && process.env.CI === 'true') throw new Error(`${reason}; they are required when CI=true`)
  return reason
}

export interface WebServer {
  origin: string
  store: Store
  seedMeetingId: number
  payloadMeetingId: number
  /** A trackable seed item and the payload item carrying the owner, evidence and comment payloads. */
  seedItemId: number
  payloadItemId: number
  /** The seed item with a suggested link. */
  linkedItemId: number
  close: () => Promise<void>
}

/** Starts the server over a fresh store with the seed, the payload statement and one user per role. */
export async function startServer(options: { routes?: readonly RouteDef[] } = {}): Promise<WebServer> {
  const dir = mkdtempSync(join(tmpdir(), 'communique-web-'))
  const store = await openStore({ path: join(dir, 'web.db') })
  const seed = await ingestStatement(SEED, { store, actor: 'test', now: NOW })
  const payloadFile = join(dir, 'payload.txt')
  writeFileSync(payloadFile, PAYLOAD_TEXT)
  const payload = await ingestStatement(payloadFile, {
    store,
    actor: 'test',
    now: NOW,
    overrides: { title: PAYLOAD_TITLE, date: '2016-02-01', parties: ['Japan', 'United Kingdom'] },
  })
  const seedItems = await store.listItems({ meeting: String(seed.meetingId), trackableOnly: true })
  const payloadItems = await store.listItems({ meeting: String(payload.meetingId), trackableOnly: true })
  const seedItem = seedItems[0]
  const payloadItem = payloadItems[0]
  if (!seedItem || !payloadItem) throw new Error('the seed or the payload statement gave no trackable item')
  const ctx = { actor: 'test', at: NOW }
  await store.applyChange(payloadItem.id, { kind: 'owner', owner: PAYLOAD_OWNER }, ctx)
  await store.applyChange(payloadItem.id, { kind: 'evidence', date: '2016-03-01', url: PAYLOAD_URL, note: `<script>window.__pwned='note'</script>` }, ctx)
  await store.applyChange(payloadItem.id, { kind: 'comment', text: PAYLOAD_COMMENT }, ctx)
  // A suggested link from a seed item to the payload meeting, for the confirm / reject controls.
  const payloadMeeting = await store.getMeeting(payload.meetingId)
  const linkedItem = seedItems[1] ?? seedItem
  await store.saveLinkPlan(
    {
      insert: [
        {
          itemId: String(linkedItem.id),
          kind: 'progress-reported',
          score: 0.8,
          meetingId: payloadMeeting!.slug,
          paragraph: 1,
          passage: 'The Ministers will publish a joint plan.',
          start: 0,
          end: 10,
          review: 'suggested',
          targetItemId: null,
        },
      ],
      update: [],
      remove: [],
    },
    NOW,
  )
  for (const role of ['admin', 'editor', 'assessor', 'viewer'] as const) await addUser(store, { name: role, role, password: PASSWORD }, NOW)
  await addUser(store, { name: 'editor2', role: 'editor', password: PASSWORD }, NOW)
  await addUser(store, { name: 'desk-japan', role: 'editor', party: 'Japan', password: PASSWORD }, NOW)
  const app = await buildServer({ store, now: () => new Date().toISOString(), today: () => '2016-06-30', chromiumPath: CHROMIUM, routes: options.routes ?? [] })
  const address = await app.listen({ host: '127.0.0.1', port: 0 })
  return {
    origin: address.replace('localhost', '127.0.0.1'),
    store,
    seedMeetingId: seed.meetingId,
    payloadMeetingId: payload.meetingId,
    seedItemId: seedItem.id,
    payloadItemId: payloadItem.id,
    linkedItemId: linkedItem.id,
    close: async () => {
      await app.close()
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** What a browser context saw: every requested URL, dialogs, console errors and page errors. */
export interface Watch {
  requests: string[]
  dialogs: string[]
  errors: string[]
}

/** A context whose network reaches only `origin`; everything else is aborted and recorded. */
export async function newContext(
  browser: Browser,
  origin: string,
  viewport = { width: 1280, height: 900 },
): Promise<{ context: BrowserContext; watch: Watch }> {
  const context = await browser.newContext({ viewport, baseURL: origin })
  const watch: Watch = { requests: [], dialogs: [], errors: [] }
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    watch.requests.push(url)
    if (url.startsWith(`${origin}/`) || url.startsWith('data:')) await route.continue()
    else await route.abort()
  })
  context.on('page', (page) => watchPage(page, watch))
  return { context, watch }
}

function watchPage(page: Page, watch: Watch): void {
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text())
  })
  page.on('pageerror', (error) => watch.errors.push(error.message))
}

/** Signs in through the labelled form. */
export async function signIn(page: Page, name: string, password = PASSWORD): Promise<void> {
  await page.goto('/')
  await page.getByLabel('Username').fill(name)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByTestId('user').getByText(name, { exact: true }).waitFor()
}

/** A signed-in page of a fresh context, with what it saw. */
export async function signedInPage(
  browser: Browser,
  origin: string,
  name: string,
  viewport?: { width: number; height: number },
): Promise<{ context: BrowserContext; page: Page; watch: Watch }> {
  const { context, watch } = await newContext(browser, origin, viewport)
  const page = await context.newPage()
  await signIn(page, name)
  return { context, page, watch }
}

/** Selects the whole of statement paragraph `paragraph` as a reader's mouse would, which offers "Add item". */
export async function selectParagraph(page: Page, paragraph: number): Promise<void> {
  await page.evaluate((n) => {
    const para = document.querySelector(`.statement [data-paragraph="${n}"]`)!
    const range = document.createRange()
    range.selectNodeContents(para)
    window.getSelection()!.removeAllRanges()
    window.getSelection()!.addRange(range)
    para.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
  }, paragraph)
}

/** Serious and critical axe-core violations on the current page (rule id and the first target). */
export async function axeViolations(page: Page): Promise<string[]> {
  // The server's CSP forbids inline scripts, which addScriptTag would add; evaluating the source
  // through the DevTools protocol is not subject to the page's CSP.
  await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'))
  const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as {
    violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[]; failureSummary?: string }> }>
  }
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.length} nodes, e.g. ${v.nodes[0]?.target.join(' ')} ${v.nodes[0]?.failureSummary ?? ''}`)
}

/** Gzip size in bytes of the JS and CSS a page load fetched from the server. */
export function gzipBytes(bodies: Buffer[]): number {
  return bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0)
}
