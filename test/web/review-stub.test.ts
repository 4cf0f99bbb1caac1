// The review UI's requests, checked against stand-in routes while the server has no review routes
// (issue 8 is built on another branch): j/k/a/r/e, split, merge, "Mark reviewed" and "Add item"
// send what the contract says (body, If-Match, CSRF) and show the answer. Once the real routes are
// merged this file skips and pages.test.ts runs the same steps against them.
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS } from '../../src/commands/render-pdf.js'
import type { RouteDef } from '../../src/server/route.js'
import { ROUTES } from '../../src/server/routes/index.js'
import { CHROMIUM, selectParagraph, signedInPage, startServer, webTestsUnavailable, type WebServer } from './harness.js'

const unavailable = webTestsUnavailable()
const routesExist = ROUTES.some((r) => r.url === '/api/items/:id/accept')

interface Call {
  method: string
  url: string
  ifMatch: string | null
  csrf: boolean
  body: unknown
}

describe.skipIf(unavailable !== null || routesExist)('review UI against stand-in review routes', () => {
  let server: WebServer
  let browser: Browser
  const calls: Call[] = []
  const reviews = new Map<number, string>()
  const stub = (method: RouteDef['method'], url: string, answer: (id: number, body: Record<string, unknown>, server: WebServer) => Promise<unknown>): RouteDef => ({
    method,
    url,
    rule: 'editor',
    summary: 'stand-in for issue 8',
    tags: ['test'],
    schema: {},
    handler: async (req, reply) => {
      const params = req.params as { id?: string }
      calls.push({ method, url: req.raw.url, ifMatch: (req.raw.headers['if-match'] as string | undefined) ?? null, csrf: typeof req.raw.headers['x-csrf-token'] === 'string', body: req.body ?? null })
      const value = await answer(Number(params.id), (req.body ?? {}) as Record<string, unknown>, server)
      return reply.status(url.endsWith('/items') && method === 'POST' ? 201 : 200).send(value)
    },
  })
  const itemWith = async (id: number, state: string, extra: Record<string, unknown> = {}) => {
    reviews.set(id, state)
    const item = await server.store.getItem(id)
    return { ...item, ...extra, version: 7, review: { state, reason: null, note: null, origin: 'extracted', edited: false, by: 'editor', at: null } }
  }
  beforeAll(async () => {
    const routes = [
      stub('POST', '/api/items/:id/accept', (id) => itemWith(id, 'accepted')),
      stub('POST', '/api/items/:id/reject', (id) => itemWith(id, 'rejected')),
      stub('PATCH', '/api/items/:id/fields', (id, body) => itemWith(id, 'accepted', body)),
      stub('POST', '/api/items/:id/split', async () => ({ items: [] })),
      stub('POST', '/api/items/merge', async () => ({})),
      stub('PUT', '/api/meetings/:id/review', async (_id, body) => ({ state: body.state, by: 'editor', at: null })),
      stub('POST', '/api/meetings/:id/items', async () => ({ id: 9999 })),
    ]
    server = await startServer({ routes })
    browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('sends accept, reject with a reason, an edit of the actors, split, merge and "mark reviewed" as the contract says', async () => {
    const { context, page } = await signedInPage(browser, server.origin, 'editor')
    await page.goto(`/meetings/${server.seedMeetingId}/review`)
    await page.getByText(/Item 1 of \d+/).waitFor()
    await page.keyboard.press('a')
    await page.getByText('Accepted.').waitFor()
    await page.getByText(/Item 2 of/).waitFor()
    expect(await page.locator('progress#review-progress').getAttribute('value')).toBe('1')
    await page.keyboard.press('r')
    await page.getByLabel('Reason').selectOption('duplicate')
    await page.getByLabel('Note').fill('same as 1')
    await page.getByRole('button', { name: 'Reject item' }).click()
    await page.getByText('Rejected.').waitFor()
    await page.keyboard.press('k')
    await page.getByText(/Item 2 of/).waitFor()
    await page.keyboard.press('e')
    await page.getByLabel('Actors').fill('Japan; United Kingdom; France')
    await page.getByRole('button', { name: 'Save fields' }).click()
    await page.getByText('Fields saved.').waitFor()
    await page.locator('.review-current').getByText('Japan, United Kingdom, France').waitFor()
    await page.getByRole('button', { name: 'Split…' }).click()
    await page.getByLabel('One quote per line').fill('first half\nsecond half')
    await page.getByRole('button', { name: 'Split item' }).click()
    await page.getByText('Item split.').waitFor()
    await page.getByRole('button', { name: 'Merge with next' }).click()
    await page.getByText('Items merged.').waitFor()
    await page.getByRole('button', { name: 'Mark reviewed' }).click()
    await page.getByText('The meeting is marked reviewed.').waitFor()
    const [accept, reject, fields, split, merge, review] = calls
    expect(accept).toMatchObject({ method: 'POST', ifMatch: expect.stringMatching(/^"\d+"$/), csrf: true })
    expect(accept!.url).toMatch(/^\/api\/items\/\d+\/accept$/)
    expect(reject).toMatchObject({ method: 'POST', body: { reason: 'duplicate', note: 'same as 1' }, csrf: true })
    expect(fields).toMatchObject({ method: 'PATCH', body: { actors: ['Japan', 'United Kingdom', 'France'] }, ifMatch: expect.stringMatching(/^"\d+"$/) })
    expect(split).toMatchObject({ method: 'POST', body: { quotes: ['first half', 'second half'] } })
    expect(merge).toMatchObject({ method: 'POST', url: '/api/items/merge', body: { ids: [expect.any(Number), expect.any(Number)] } })
    expect(review).toMatchObject({ method: 'PUT', body: { state: 'reviewed' } })
    await context.close()
  })

  it('adds an item from selected text with its quote, type and paragraph', async () => {
    calls.length = 0
    const { context, page } = await signedInPage(browser, server.origin, 'editor')
    await page.goto(`/meetings/${server.seedMeetingId}/statement`)
    await page.locator('.statement .hl').first().waitFor()
    await selectParagraph(page, 22)
    await page.getByRole('button', { name: 'Add item' }).click()
    await page.getByLabel('Type').selectOption('directive')
    await page.getByRole('button', { name: 'Save item' }).click()
    await page.getByText('Item #9999 added.').waitFor()
    expect(calls[0]).toMatchObject({ method: 'POST', url: `/api/meetings/${server.seedMeetingId}/items`, body: { type: 'directive', paragraph: 22, quote: expect.stringContaining('22.') }, csrf: true })
    await context.close()
  })
})
