// The API over real HTTP, run on each back-end by sqlite.test.ts and postgres.test.ts: the done-when
// points of issue 9 (401/200, ETag, If-Match 403/200/412/428, history names the user, sign-in cookie),
// CSRF and Origin, session expiry and sign-out, lockout, uploads, SSRF and the OpenAPI document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../src/store/types.js'
import { SEED_TEXT } from '../store/fixtures.js'
import { Client, startTestServer, type TestServer } from './server-harness.js'

/** Defines the suite for one back-end. */
export function defineApiSuite(backend: Backend): void {
  describe(`API over HTTP (${backend})`, () => {
    let s: TestServer
    let tracked: number
    let untracked: number
    beforeAll(async () => {
      s = await startTestServer(backend, { maxUploadBytes: 64 * 1024 })
      const items = await s.store.listItems()
      tracked = items.find((i) => i.tracking && i.actors.length > 0)!.id
      untracked = items.find((i) => !i.tracking)!.id
    })
    afterAll(async () => {
      await s?.close()
    })

    it('GET /api/items: anonymous 401 (problem+json), admin token 200', async () => {
      const anon = await new Client(s.base).req('GET', '/api/items')
      expect(anon.status).toBe(401)
      expect(anon.headers.get('content-type')).toMatch(/^application\/problem\+json/)
      expect((await anon.json2()).code).toBe('unauthenticated')
      const admin = await new Client(s.base, s.tokens.admin).req('GET', '/api/items?limit=3')
      expect(admin.status).toBe(200)
      const body = await admin.json2()
      expect(body.items).toHaveLength(3)
      expect(typeof body.nextCursor).toBe('string')
      const next = await (await new Client(s.base, s.tokens.admin).req('GET', `/api/items?limit=3&cursor=${body.nextCursor}`)).json2()
      expect(next.items[0].id).not.toBe(body.items[0].id)
    })

    it('GET /api/items pages with keyset cursors: following nextCursor walks the whole listing once, with and without filters the store cannot apply; a forged cursor is 400', async () => {
      const c = new Client(s.base, s.tokens.admin)
      for (const [query, filter] of [
        ['', {}],
        ['&type=commitment', { type: 'commitment' as const }],
      ] as const) {
        const all = (await s.store.listItems(filter)).map((i) => i.id)
        for (const extra of ['', '&q=the']) {
          const want = extra ? (await s.store.listItems(filter)).filter((i) => i.text.toLowerCase().includes('the')).map((i) => i.id) : all
          const walked: number[] = []
          let cursor: string | null = null
          for (let guard = 0; guard < 200; guard++) {
            const body = await (await c.req('GET', `/api/items?limit=4${query}${extra}${cursor ? `&cursor=${cursor}` : ''}`)).json2()
            walked.push(...body.items.map((i: { id: number }) => i.id))
            cursor = body.nextCursor
            if (!cursor) break
          }
          expect(walked).toEqual(want)
        }
      }
      const forged = await c.req('GET', `/api/items?cursor=${Buffer.from('o:50').toString('base64url')}`)
      expect(forged.status).toBe(400)
      expect((await forged.json2()).code).toBe('invalid-input')
    })

    it('rejects unknown query fields and bad limits (additionalProperties: false)', async () => {
      const c = new Client(s.base, s.tokens.admin)
      expect((await c.req('GET', '/api/items?bogus=1')).status).toBe(400)
      expect((await c.req('GET', '/api/items?limit=500')).status).toBe(400)
      expect((await c.req('PATCH', `/api/items/${tracked}`, { body: { status: 'done', extra: 1 }, headers: { 'if-match': '"1"' } })).status).toBe(400)
    })

    it('GET /api/items/{id} sends an ETag; PATCH with If-Match: viewer 403, admin 200, old ETag 412, none 428; history names the user', async () => {
      const admin = new Client(s.base, s.tokens.admin)
      const viewer = new Client(s.base, s.tokens.viewer)
      const got = await admin.req('GET', `/api/items/${tracked}`)
      expect(got.status).toBe(200)
      const etag = got.headers.get('etag')!
      expect(etag).toMatch(/^"\d+"$/)
      const item = await got.json2()
      expect(item.paragraphText).toContain(item.text.slice(0, 20))
      expect((await viewer.req('PATCH', `/api/items/${tracked}`, { body: { status: 'in progress' }, headers: { 'if-match': etag } })).status).toBe(403)
      expect((await admin.req('PATCH', `/api/items/${tracked}`, { body: { status: 'in progress' } })).status).toBe(428)
      const ok = await admin.req('PATCH', `/api/items/${tracked}`, { body: { status: 'in progress', owner: 'MOFA' }, headers: { 'if-match': etag } })
      expect(ok.status).toBe(200)
      const newTag = ok.headers.get('etag')
      expect(newTag).not.toBe(etag)
      expect((await ok.json2()).tracking.status).toBe('in-progress')
      const stale = await admin.req('PATCH', `/api/items/${tracked}`, { body: { status: 'done' }, headers: { 'if-match': etag } })
      expect(stale.status).toBe(412)
      const problem = await stale.json2()
      expect(problem.code).toBe('conflict')
      expect(problem.params.current.tracking.status).toBe('in-progress')
      const history = (await (await viewer.req('GET', `/api/items/${tracked}/history`)).json2()).history as Array<{
        actor: string
        field: string
        after: unknown
      }>
      expect(history.map((h) => [h.actor, h.field, h.after])).toEqual([
        ['admin', 'status', 'in-progress'],
        ['admin', 'owner', 'MOFA'],
      ])
    })

    it('PATCH applies all its fields or none', async () => {
      const admin = new Client(s.base, s.tokens.admin)
      const got = await admin.req('GET', `/api/items/${tracked}`)
      const etag = got.headers.get('etag')!
      const before = (await got.json2()).tracking
      const bad = await admin.req('PATCH', `/api/items/${tracked}`, { body: { owner: 'Someone else', status: 'bogus' }, headers: { 'if-match': etag } })
      expect(bad.status).toBe(400)
      expect((await bad.json2()).params).toMatchObject({ field: 'status', value: 'bogus' })
      const after = await admin.req('GET', `/api/items/${tracked}`)
      expect(after.headers.get('etag')).toBe(etag)
      expect((await after.json2()).tracking.owner).toBe(before.owner)
    })

    it('PATCH of an untracked item says so (400) and of a missing item 404', async () => {
      const admin = new Client(s.base, s.tokens.admin)
      const etag = (await admin.req('GET', `/api/items/${untracked}`)).headers.get('etag')!
      expect(etag).toMatch(/^"[1-9]\d*"$/)
      expect((await admin.req('PATCH', `/api/items/${untracked}`, { body: { status: 'done' }, headers: { 'if-match': etag } })).status).toBe(400)
      expect((await admin.req('GET', '/api/items/999999')).status).toBe(404)
    })

    it('POST /api/session: wrong password 401; right one 200 with an HttpOnly SameSite=Strict cookie; GET/DELETE session', async () => {
      const c = new Client(s.base)
      const wrong = await c.signIn('editor', 'not-the-password')
      expect(wrong.status).toBe(401)
      expect(wrong.headers.get('set-cookie')).toBeNull()
      const right = await c.signIn('editor', 'password-editor')
      expect(right.status).toBe(200)
      const cookie = right.headers.get('set-cookie')!
      expect(cookie).toMatch(/communique_session=/)
      expect(cookie).toMatch(/HttpOnly/i)
      expect(cookie).toMatch(/SameSite=Strict/i)
      expect((await right.json2()).user).toEqual({ name: 'editor', role: 'editor', party: null })
      const me = await (await c.req('GET', '/api/session')).json2()
      expect(me.user.name).toBe('editor')
      expect(me.csrfToken).toBe(c.csrf)
      const out = await c.change('DELETE', '/api/session')
      expect(out.status).toBe(204)
      expect((await c.req('GET', '/api/session')).status).toBe(401)
    })

    it('a signed-out cookie stays dead (the session is revoked in the store, not just cleared)', async () => {
      const c = new Client(s.base)
      await c.signIn('viewer', 'password-viewer')
      const saved = c.cookie
      await c.change('DELETE', '/api/session')
      c.cookie = saved
      expect((await c.req('GET', '/api/items')).status).toBe(401)
    })

    it('cookie mutations need X-CSRF-Token and, when sent, our own Origin', async () => {
      const c = new Client(s.base)
      await c.signIn('admin', 'password-admin')
      const etag = (await c.req('GET', `/api/items/${tracked}`)).headers.get('etag')!
      const noCsrf = await c.req('POST', `/api/items/${tracked}/comments`, { body: { text: 'hi' } })
      expect(noCsrf.status).toBe(403)
      const wrongCsrf = await c.req('POST', `/api/items/${tracked}/comments`, { body: { text: 'hi' }, headers: { 'x-csrf-token': 'x'.repeat(43) } })
      expect(wrongCsrf.status).toBe(403)
      const foreign = await c.change('POST', `/api/items/${tracked}/comments`, { body: { text: 'hi' }, headers: { origin: 'https://evil.example' } })
      expect(foreign.status).toBe(403)
      const ok = await c.change('POST', `/api/items/${tracked}/comments`, { body: { text: 'hi' }, headers: { origin: s.base } })
      expect(ok.status).toBe(201)
      expect(etag).toMatch(/^"\d+"$/)
    })

    it('a session expires after 12 hours', async () => {
      const c = new Client(s.base)
      await c.signIn('viewer', 'password-viewer')
      expect((await c.req('GET', '/api/series')).status).toBe(200)
      s.advance(12 * 3600_000 + 1000)
      try {
        expect((await c.req('GET', '/api/series')).status).toBe(401)
      } finally {
        s.advance(-(12 * 3600_000 + 1000))
      }
    })

    it('a sign-in deletes sessions that expired or were signed out, and attempts older than 30 days', async () => {
      const dead = new Client(s.base)
      await dead.signIn('viewer', 'password-viewer')
      const out = new Client(s.base)
      await out.signIn('viewer', 'password-viewer')
      expect((await out.change('DELETE', '/api/session')).status).toBe(204)
      const live = new Client(s.base)
      s.advance(12 * 3600_000 + 1000)
      try {
        await live.signIn('editor', 'password-editor')
        // The sign-in above purged: nothing is left to delete at this moment.
        const at = new Date(Date.now() + 12 * 3600_000 + 1000).toISOString()
        expect(await s.store.accounts.purgeExpired(at, '2000-01-01T00:00:00.000Z')).toEqual({ sessions: 0, attempts: 0 })
        expect((await live.req('GET', '/api/series')).status).toBe(200)
        expect((await dead.req('GET', '/api/series')).status).toBe(401)
        // Every attempt so far is younger than 30 days; a purge as of 31 days on deletes them, not the live session.
        const later = new Date(Date.now() + 31 * 24 * 3600_000).toISOString()
        const purged = await s.store.accounts.purgeExpired(at, later)
        expect(purged.sessions).toBe(0)
        expect(purged.attempts).toBeGreaterThanOrEqual(3)
        expect((await live.req('GET', '/api/series')).status).toBe(200)
      } finally {
        s.advance(-(12 * 3600_000 + 1000))
      }
    })

    it('locks a user name after 5 failures (429, even with the right password), and an address after 20', async () => {
      await s.store.accounts.addUser({
        name: 'victim',
        role: 'viewer',
        party: null,
        passwordHash: (await s.store.accounts.getUser('viewer'))!.passwordHash,
        at: new Date().toISOString(),
      })
      const c = new Client(s.base)
      for (let i = 0; i < 5; i++) expect((await c.signIn('victim', `guess-${i}`)).status).toBe(401)
      const locked = await c.signIn('victim', 'password-viewer')
      expect(locked.status).toBe(429)
      expect(locked.headers.get('retry-after')).toBe('900')
      // Other names from the same address still work until the address has 20 failures.
      expect((await c.signIn('viewer', 'password-viewer')).status).toBe(200)
      for (let i = 0; i < 15; i++) await c.signIn(`nobody-${i}`, 'x')
      expect((await c.signIn('editor', 'password-editor')).status).toBe(429)
    })

    it('uploads: preview saves nothing, a real upload adds a meeting, too large 413, no file 400', async () => {
      const admin = new Client(s.base, s.tokens.admin)
      // The seed with a changed first line: a new text (new hash) that the extractor knows how to read.
      const text = SEED_TEXT.replace(/^[^\n]*/, 'Joint Statement of the Ruritania-Freedonia Dialogue')
      const form = () => {
        const f = new FormData()
        f.set('series', 'Ruritania-Freedonia Dialogue')
        f.set('file', new Blob([text], { type: 'text/plain' }), 'ruritania.txt')
        return f
      }
      const before = (await s.store.listMeetings()).length
      const preview = await admin.req('POST', '/api/documents?preview=true', { body: form() })
      expect(preview.status).toBe(200)
      const p = await preview.json2()
      expect(p.items.length).toBeGreaterThan(0)
      expect((await s.store.listMeetings()).length).toBe(before)
      const saved = await admin.req('POST', '/api/documents', { body: form() })
      expect(saved.status).toBe(201)
      expect((await saved.json2()).meeting.series).toBe('Ruritania-Freedonia Dialogue')
      expect((await s.store.listMeetings()).length).toBe(before + 1)
      const big = new FormData()
      big.set('file', new Blob(['x '.repeat(40 * 1024)], { type: 'text/plain' }), 'big.txt')
      expect((await admin.req('POST', '/api/documents', { body: big })).status).toBe(413)
      const none = new FormData()
      none.set('title', 'no file')
      expect((await admin.req('POST', '/api/documents', { body: none })).status).toBe(400)
      expect((await new Client(s.base, s.tokens.editor).req('POST', '/api/documents', { body: form() })).status).toBe(403)
    })

    it('uploads read the lexicons kept in the store (communique lexicon add)', async () => {
      const admin = new Client(s.base, s.tokens.admin)
      const text =
        'Joint Statement of Tuvalu and Kiribati\n\n1. Tuvalu and Kiribati met in Funafuti on 3 March 2025.\n2. Tuvalu and Kiribati covenant to build a joint tuna monitoring centre by 2026.\n'
      const preview = async () => {
        const f = new FormData()
        f.set('file', new Blob([text], { type: 'text/plain' }), 'tuvalu.txt')
        const res = await admin.req('POST', '/api/documents?preview=true', { body: f })
        expect(res.status).toBe(200)
        return ((await res.json2()).items as Array<{ text: string }>).map((i) => i.text)
      }
      expect(await preview()).not.toContain('Tuvalu and Kiribati covenant to build a joint tuna monitoring centre by 2026')
      // A bad lexicon is refused naming the field; nothing is kept.
      const bad = await admin.req('PUT', '/api/lexicons/pacific', { body: { lexicon: { pledgeVerb: ['covenant'] } } })
      expect(bad.status).toBe(400)
      expect((await bad.json2()).detail).toMatch(/field pledgeVerb is not a lexicon field/)
      expect(await s.store.listLexicons()).toEqual([])
      expect((await admin.req('PUT', '/api/lexicons/pacific', { body: { lexicon: { pledgeVerbs: ['covenant'] } } })).status).toBe(201)
      try {
        expect(await preview()).toContain('Tuvalu and Kiribati covenant to build a joint tuna monitoring centre by 2026')
        const listed = await new Client(s.base, s.tokens.viewer).req('GET', '/api/lexicons')
        expect((await listed.json2()).lexicons).toMatchObject([{ name: 'pacific', adds: '1 pledge verb', addedBy: 'admin' }])
      } finally {
        expect((await admin.req('DELETE', '/api/lexicons/pacific')).status).toBe(204)
      }
      expect((await admin.req('DELETE', '/api/lexicons/pacific')).status).toBe(404)
      // The text of a YAML file is read as the CLI reads it; a bad one names its line and field.
      expect((await admin.req('PUT', '/api/lexicons/pacific', { body: { text: 'pledgeVerbs: [a]', lexicon: {} } })).status).toBe(400)
      const yamlBad = await admin.req('PUT', '/api/lexicons/pacific', { body: { text: 'pledgeVerbs:\n  - covenant\nagency:\n  - x\n' } })
      expect(yamlBad.status).toBe(400)
      expect((await yamlBad.json2()).detail).toMatch(/^lexicon pacific:3: field agency is not a lexicon field/)
      const yamlOk = await admin.req('PUT', '/api/lexicons/pacific', { body: { text: 'pledgeVerbs:\n  - covenant\n' } })
      expect(yamlOk.status).toBe(201)
      expect((await yamlOk.json2()).adds).toBe('1 pledge verb')
      expect((await admin.req('DELETE', '/api/lexicons/pacific')).status).toBe(204)
      expect(await preview()).not.toContain('Tuvalu and Kiribati covenant to build a joint tuna monitoring centre by 2026')
    })

    it('URL ingest is off unless the server allows it', async () => {
      const res = await new Client(s.base, s.tokens.admin).req('POST', '/api/documents/url', { body: { url: 'http://127.0.0.1/' } })
      expect(res.status).toBe(403)
      expect((await res.json2()).params.option).toBe('--allow-url-ingest')
    })

    it('search answers segments, never HTML markers; reports and charts render', async () => {
      const c = new Client(s.base, s.tokens.viewer)
      const r = await (await c.req('GET', '/api/search?q=cooperation&limit=3')).json2()
      expect(r.hits.length).toBeGreaterThan(0)
      const segs = r.hits[0].segments as Array<{ text: string; match: boolean }>
      expect(segs.some((x) => x.match)).toBe(true)
      const joined = segs.map((x) => x.text).join('')
      expect(joined.includes('\u0002') || joined.includes('\u0003')).toBe(false)
      expect(joined).not.toMatch(/\*\*|<b>/)
      const meeting = (await s.store.listMeetings())[0]!
      const md = await c.req('GET', `/api/meetings/${meeting.id}/report.md?asOf=2016-06-30`)
      expect(md.status).toBe(200)
      expect(md.headers.get('content-type')).toMatch(/text\/markdown/)
      const charts = await (await c.req('GET', `/api/meetings/${meeting.id}/charts?asOf=2016-06-30`)).json2()
      expect(charts.charts[0].svg).toMatch(/^<svg/)
    })

    it('serves security headers and a page at / without the web build', async () => {
      const res = await fetch(`${s.base}/some/spa/route`)
      expect(res.status).toBe(200)
      const csp = res.headers.get('content-security-policy')!
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toMatch(/script-src 'self'(;|$)/)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect((await fetch(`${s.base}/api/nothing-here`)).status).toBe(404)
    })

    it('admin manages users and tokens; a revoked token stops working', async () => {
      const admin = new Client(s.base, s.tokens.admin)
      expect((await admin.req('POST', '/api/users', { body: { name: 'carol', role: 'editor', party: 'Japan', password: 'carol-password-1' } })).status).toBe(
        201,
      )
      expect((await admin.req('POST', '/api/users', { body: { name: 'carol', role: 'editor', password: 'carol-password-1' } })).status).toBe(409)
      const t = await (await admin.req('POST', '/api/users/carol/tokens')).json2()
      const carol = new Client(s.base, t.token)
      expect((await carol.req('GET', '/api/work')).status).toBe(200)
      expect((await admin.req('DELETE', `/api/users/carol/tokens/${t.id}`)).status).toBe(204)
      expect((await carol.req('GET', '/api/work')).status).toBe(401)
      const users = (await (await admin.req('GET', '/api/users')).json2()).users as Array<{ name: string; party: string | null }>
      expect(users.find((u) => u.name === 'carol')?.party).toBe('Japan')
      expect(JSON.stringify(users)).not.toMatch(/argon2|hash/i)
    })

    it("an editor with a party changes only that party's items", async () => {
      const admin = new Client(s.base, s.tokens.admin)
      await admin.req('POST', '/api/users', { body: { name: 'ed-fr', role: 'editor', party: 'France', password: 'ed-fr-password' } })
      const t = await (await admin.req('POST', '/api/users/ed-fr/tokens')).json2()
      const res = await new Client(s.base, t.token).req('POST', `/api/items/${tracked}/comments`, { body: { text: 'not ours' } })
      expect(res.status).toBe(403)
      expect((await res.json2()).params.party).toBe('France')
    })
  })
}
