// The OpenAPI document: 3.1 with at least 15 paths, served at /api/openapi.json, equal to the committed
// schema/openapi.json, closed bodies and queries, and a docs page served locally (no CDN).
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OPENAPI_PATH } from '../../src/server/openapi-document.js'
import { startTestServer, type TestServer } from './server-harness.js'

describe('OpenAPI', () => {
  let s: TestServer
  let doc: {
    openapi: string
    paths: Record<
      string,
      Record<string, { parameters?: Array<{ in: string }>; requestBody?: { content: Record<string, { schema: { additionalProperties?: boolean } }> } }>
    >
  }
  beforeAll(async () => {
    s = await startTestServer('sqlite')
    doc = (await (await fetch(`${s.base}/api/openapi.json`)).json()) as typeof doc
  })
  afterAll(async () => {
    await s?.close()
  })

  it('is OpenAPI 3.1 with at least 15 paths', () => {
    expect(doc.openapi).toMatch(/^3\.1\./)
    expect(Object.keys(doc.paths).length).toBeGreaterThanOrEqual(15)
  })

  it('equals the committed schema/openapi.json (run `npm run openapi` after changing a route)', () => {
    expect(JSON.parse(readFileSync(OPENAPI_PATH, 'utf8'))).toEqual(doc)
  })

  it('every JSON body is closed (additionalProperties: false)', () => {
    const open: string[] = []
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const schema = op.requestBody?.content['application/json']?.schema
        if (schema && schema.additionalProperties !== false) open.push(`${method} ${path}`)
      }
    }
    expect(open).toEqual([])
  })

  it('serves the docs page and its scripts from this server, with no inline script', async () => {
    const res = await fetch(`${s.base}/api/docs/`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).not.toMatch(/https?:\/\/(unpkg|cdn|cdnjs)/)
    expect(html).not.toMatch(/<script>(?!\s*<\/script>)/)
    for (const src of [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!)) {
      const script = await fetch(new URL(src, `${s.base}/api/docs/`))
      await script.arrayBuffer()
      expect(script.status).toBe(200)
    }
  })
})
