// The web workspace in a real browser against the real server: sign in, my work, tracking and its
// history, the stale-save conflict view, a viewer without edit controls, a statement full of script
// payloads that run nothing, axe-core on every page, one origin only, and the first-load weight.
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS } from '../../src/commands/render-pdf.js'
import {
  CHROMIUM,
  PAYLOAD_COMMENT,
  PAYLOAD_OWNER,
  SEED_TITLE,
  axeViolations,
  gzipBytes,
  newContext,
  signIn,
  signedInPage,
  startServer,
  webTestsUnavailable,
  type WebServer,
} from './harness.js'

const unavailable = webTestsUnavailable()
if (unavailable) console.warn(unavailable)

describe.skipIf(unavailable !== null)('web workspace in Chromium', () => {
  let server: WebServer
  let browser: Browser
  beforeAll(async () => {
    server = await startServer()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  /** A signed-in page of a fresh context, with what it saw. */
  const session = (name: string, viewport?: { width: number; height: number }) => signedInPage(browser, server.origin, name, viewport)

  it('signs in through the labelled form, shows user, role and party, and lists the seed meeting; first load stays under 150 KB gzip from the server alone', async () => {
    const { context, watch } = await newContext(browser, server.origin)
    const page = await context.newPage()
    const assets: Buffer[] = []
    page.on('response', (response) => {
      const type = response.request().resourceType()
      if (type === 'script' || type === 'stylesheet') void response.body().then((body) => assets.push(body))
    })
    await page.goto('/')
    await expect.poll(() => page.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true)
    const firstLoad = gzipBytes(assets)
    expect(assets.length).toBeGreaterThan(0)
    expect(firstLoad).toBeLessThanOrEqual(150 * 1024)
    await page.getByLabel('Username').fill('admin')
    await page.getByLabel('Password').fill('wrong-password-here')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toBeTruthy()
    await signIn(page, 'admin')
    expect(await page.getByTestId('role').textContent()).toBe('admin')
    await expect.poll(() => page.getByText(SEED_TITLE).first().isVisible()).toBe(true)
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true)
    expect(watch.requests.every((url) => url.startsWith(`${server.origin}/`))).toBe(true)
    expect(watch.dialogs).toEqual([])
    await context.close()
  })

  it('changes a status and shows the change in the history', async () => {
    const { context, page, watch } = await session('editor')
    await page.goto(`/items/${server.seedItemId}`)
    await page.getByLabel('Status').selectOption('in-progress')
    await page.getByRole('button', { name: 'Save tracking' }).click()
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Saved')
    const history = page.locator('ol.history')
    await expect.poll(() => history.textContent()).toContain('in-progress')
    await expect.poll(() => history.textContent()).toContain('editor')
    expect(watch.requests.every((url) => url.startsWith(`${server.origin}/`))).toBe(true)
    await context.close()
  })

  it('shows the second of two editors the conflict view, and re-applies their change on request', async () => {
    const a = await session('editor')
    const b = await session('editor2')
    const url = `/items/${server.seedItemId}`
    await a.page.goto(url)
    await b.page.goto(url)
    await a.page.getByLabel('Status').selectOption('stalled')
    await b.page.getByLabel('Owner').fill('Desk B')
    await a.page.getByRole('button', { name: 'Save tracking' }).click()
    await expect.poll(() => a.page.locator('ol.history').textContent()).toContain('stalled')
    await b.page.getByRole('button', { name: 'Save tracking' }).click()
    const conflict = b.page.locator('.conflict')
    await expect.poll(() => conflict.isVisible()).toBe(true)
    expect(await conflict.textContent()).toContain('Someone changed this item')
    expect(await conflict.textContent()).toContain('stalled')
    expect(await conflict.textContent()).toContain('Desk B')
    await b.page.getByRole('button', { name: 'Re-apply my change' }).click()
    await expect.poll(() => b.page.locator('ol.history').textContent()).toContain('Desk B')
    const item = await server.store.getItem(server.seedItemId)
    expect(item?.tracking).toMatchObject({ status: 'stalled', owner: 'Desk B' })
    await a.context.close()
    await b.context.close()
  })

  it('shows a viewer no edit controls, and the API refuses a viewer edit anyway', async () => {
    const { context, page } = await session('viewer')
    await page.goto(`/items/${server.seedItemId}`)
    await expect.poll(() => page.locator('.item-panel').isVisible()).toBe(true)
    await expect.poll(() => page.locator('ol.history, .history + p, p.muted').first().isVisible()).toBe(true)
    expect(await page.locator('.item-panel form').count()).toBe(0)
    expect(await page.locator('.item-panel button').count()).toBe(0)
    await page.goto(`/meetings/${server.seedMeetingId}`)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(SEED_TITLE)
    expect(await page.getByRole('link', { name: 'Review mode' }).count()).toBe(0)
    expect(await page.getByRole('link', { name: 'Upload' }).count()).toBe(0)
    expect(await page.getByRole('link', { name: 'Users' }).count()).toBe(0)
    const status = await page.evaluate(async (id) => {
      const session = (await (await fetch('/api/session')).json()) as { csrfToken: string }
      const item = await fetch(`/api/items/${id}`)
      const response = await fetch(`/api/items/${id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken, 'If-Match': item.headers.get('etag') ?? '"1"' },
        body: JSON.stringify({ status: 'done' }),
      })
      return response.status
    }, server.seedItemId)
    expect(status).toBe(403)
    await context.close()
  })

  it('opens the payload statement, its report and item without running a script, opening a dialog or offering a javascript: link', async () => {
    const { context, page, watch } = await session('admin')
    const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)
    const noJsLinks = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('a[href], [src], [action], [formaction]')].filter((e) =>
            /^\s*javascript:/i.test(e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? e.getAttribute('formaction') ?? ''),
          ).length,
      )
    for (const path of [
      `/meetings/${server.payloadMeetingId}`,
      `/meetings/${server.payloadMeetingId}/statement`,
      `/meetings/${server.payloadMeetingId}/statement?item=${server.payloadItemId}`,
      `/items/${server.payloadItemId}`,
      '/meetings',
      '/',
      '/search?q=payload',
    ]) {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
      expect(await pwned(), path).toBeNull()
      expect(await noJsLinks(), path).toBe(0)
    }
    await page.goto(`/items/${server.payloadItemId}`)
    await expect.poll(() => page.locator('.item-panel').textContent()).toContain(PAYLOAD_OWNER)
    expect(await page.locator('.item-panel').textContent()).toContain(PAYLOAD_COMMENT)
    expect(await page.locator('.item-panel img, .item-panel svg, .item-panel script').count()).toBe(0)
    await page.waitForTimeout(200)
    expect(await pwned()).toBeNull()
    expect(watch.dialogs).toEqual([])
    expect(watch.errors.filter((e) => /pwned|alert/i.test(e))).toEqual([])
    expect(watch.requests.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith('data:'))).toEqual([])
    await context.close()
  })

  it('has no serious or critical axe-core violation on any page', async () => {
    const { context, page } = await session('admin')
    const m = server.seedMeetingId
    const pages = [
      '/',
      '/meetings',
      '/items',
      `/meetings/${m}`,
      `/meetings/${m}/statement`,
      `/meetings/${m}/statement?item=${server.seedItemId}`,
      `/meetings/${m}/review`,
      `/items/${server.seedItemId}`,
      '/search?q=cyber',
      '/upload',
      '/admin/users',
      '/lexicons',
    ]
    const found: Record<string, string[]> = {}
    for (const path of pages) {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
      const violations = await axeViolations(page)
      if (violations.length) found[path] = violations
    }
    await context.close()
    const signedOut = await newContext(browser, server.origin)
    const p2: Page = await signedOut.context.newPage()
    await p2.goto('/')
    await p2.waitForLoadState('networkidle')
    const signInViolations = await axeViolations(p2)
    if (signInViolations.length) found['/ (sign in)'] = signInViolations
    await signedOut.context.close()
    expect(found).toEqual({})
  })

  it('is usable on a phone: no sideways scrolling on the meeting and item pages', async () => {
    const { context, page } = await session('editor', { width: 375, height: 740 })
    for (const path of [`/meetings/${server.seedMeetingId}`, `/items/${server.seedItemId}`, `/meetings/${server.seedMeetingId}/statement`]) {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
      expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth), path).toBe(false)
    }
    await context.close()
  })
})
