// The authorization matrix, generated from the route table: every route, called anonymously and with
// each role's API token, answers 401 / 403 / neither exactly as its rule says. Every /api route
// Fastify knows must come from the table (so a route without a rule fails here).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RULE_ROLES } from '../../src/commands/authorize.js'
import { ROUTES } from '../../src/server/routes/index.js'
import type { Role } from '../../src/store/accounts.js'
import { Client, ROLE_NAMES, startTestServer, type TestServer } from './server-harness.js'

/** Routes served without the table: the OpenAPI document and the docs page (public by design). */
const OUTSIDE_TABLE = /^\/api\/(openapi\.json|docs)(\/|$)/

/** Who may call each route: the "who" column of docs/api-contract.md. A route added or changed without updating this fails. */
const POLICY: Record<string, string> = {
  'GET /api/health': 'anyone',
  'POST /api/session': 'anyone',
  'GET /api/session': 'signed-in',
  'DELETE /api/session': 'signed-in',
  'GET /api/work': 'signed-in',
  'GET /api/search': 'viewer',
  'GET /api/compliance': 'viewer',
  'GET /api/export': 'viewer',
  'GET /api/series': 'viewer',
  'GET /api/series/:slug': 'viewer',
  'GET /api/meetings': 'viewer',
  'GET /api/meetings/:id': 'viewer',
  'GET /api/meetings/:id/review': 'viewer',
  'GET /api/meetings/:id/document': 'viewer',
  'GET /api/meetings/:id/report.:format': 'viewer',
  'GET /api/meetings/:id/charts': 'viewer',
  'GET /api/items': 'viewer',
  'GET /api/items/:id': 'viewer',
  'GET /api/items/:id/history': 'viewer',
  'PATCH /api/items/:id': 'editor',
  'POST /api/items/:id/evidence': 'editor',
  'POST /api/items/:id/comments': 'editor',
  'POST /api/items/:id/assessments': 'assessor',
  'POST /api/items/:id/accept': 'editor',
  'POST /api/items/:id/reject': 'editor',
  'POST /api/items/:id/restore': 'editor',
  'PATCH /api/items/:id/fields': 'editor',
  'POST /api/meetings/:id/items': 'editor',
  'POST /api/items/:id/split': 'editor',
  'POST /api/items/merge': 'editor',
  'PUT /api/meetings/:id/review': 'editor',
  'GET /api/items/:id/links': 'viewer',
  'POST /api/links/:id/confirm': 'editor',
  'POST /api/links/:id/reject': 'editor',
  'POST /api/documents': 'admin',
  'POST /api/documents/url': 'admin',
  'GET /api/users': 'admin',
  'POST /api/users': 'admin',
  'PATCH /api/users/:name': 'admin',
  'GET /api/users/:name/tokens': 'admin',
  'POST /api/users/:name/tokens': 'admin',
  'DELETE /api/users/:name/tokens/:id': 'admin',
  'GET /api/lexicons': 'signed-in',
  'PUT /api/lexicons/:name': 'admin',
  'DELETE /api/lexicons/:name': 'admin',
}

function pathOf(url: string): string {
  return url.replace(':id', '1').replace(':slug', 'no-such-series').replace(':name', 'nobody').replace(':format', 'json')
}

describe('authorization matrix (from the route table)', () => {
  let s: TestServer
  const registered: Array<{ method: string; url: string }> = []
  beforeAll(async () => {
    s = await startTestServer('sqlite', {
      allowUrlIngest: true,
      lookup: async () => ['93.184.215.14'],
      onRoute: (r) => {
        for (const m of [r.method].flat()) registered.push({ method: m, url: r.url })
      },
    })
  })
  afterAll(async () => {
    await s?.close()
  })

  it('every /api route Fastify registered is in the table with a rule', () => {
    const table = new Set(ROUTES.map((r) => `${r.method} ${r.url}`))
    const missing = registered.filter(
      (r) => r.url.startsWith('/api') && !OUTSIDE_TABLE.test(r.url) && r.method !== 'HEAD' && !table.has(`${r.method} ${r.url}`),
    )
    expect(missing).toEqual([])
    for (const r of ROUTES) expect(RULE_ROLES[r.rule], `${r.method} ${r.url}`).toBeDefined()
    expect(ROUTES.length).toBeGreaterThanOrEqual(25)
  })

  it("every route's rule is the contract's", () => {
    expect(Object.fromEntries(ROUTES.map((r) => [`${r.method} ${r.url}`, r.rule]))).toEqual(POLICY)
  })

  for (const who of ['anonymous', ...ROLE_NAMES] as const) {
    it(`${who}: 401 / 403 / allowed on every route as its rule says`, async () => {
      const c = new Client(s.base, who === 'anonymous' ? undefined : s.tokens[who])
      const wrong: string[] = []
      for (const r of ROUTES) {
        const body = r.method === 'GET' || r.method === 'DELETE' ? undefined : r.multipart ? new FormData() : {}
        const res = await c.req(r.method, pathOf(r.url), { body })
        const status = res.status
        await res.arrayBuffer()
        const expected = r.rule === 'anyone' ? 'allowed' : who === 'anonymous' ? 401 : RULE_ROLES[r.rule].includes(who as Role) ? 'allowed' : 403
        const ok = expected === 'allowed' ? status !== 401 && status !== 403 && status < 500 : status === expected
        if (!ok) wrong.push(`${r.method} ${r.url}: ${status}, expected ${expected}`)
      }
      expect(wrong).toEqual([])
    })
  }
})
