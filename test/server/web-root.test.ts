// The web build is served at / with SPA fallback to index.html; /api stays JSON; behind a proxy
// that says https (and --trust-proxy), the session cookie is Secure.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Client, startTestServer, type TestServer } from './server-harness.js'

describe('web build and proxy', () => {
  const root = mkdtempSync(join(tmpdir(), 'communique-web-'))
  let s: TestServer
  beforeAll(async () => {
    mkdirSync(join(root, 'assets'))
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title><script type="module" src="/assets/app.js"></script>')
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
    s = await startTestServer('sqlite', { webRoot: root, trustProxy: true })
  })
  afterAll(async () => {
    await s?.close()
    rmSync(root, { recursive: true, force: true })
  })

  it('serves files, falls back to index.html for app routes, and keeps /api JSON', async () => {
    const asset = await fetch(`${s.base}/assets/app.js`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('content-type')).toMatch(/javascript/)
    expect(await asset.text()).toBe('console.log(1)')
    const page = await fetch(`${s.base}/meetings/3?tab=report`)
    expect(await page.text()).toContain('<title>app</title>')
    const api = await fetch(`${s.base}/api/nope`)
    expect(api.status).toBe(404)
    expect(api.headers.get('content-type')).toMatch(/problem\+json/)
    await api.arrayBuffer()
  })

  it('sets a Secure cookie when the proxy says https', async () => {
    const res = await new Client(s.base).req('POST', '/api/session', {
      body: { username: 'viewer', password: 'password-viewer' },
      headers: { 'x-forwarded-proto': 'https' },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/i)
    await res.arrayBuffer()
  })
})
