// The review actions over real HTTP (issue 8 wired into issue 9's API), run on each back-end by
// review-sqlite.test.ts and review-postgres.test.ts: each route's happy path with the signed-in user
// in history, 403 for a viewer and for another party's editor, 412 on a stale If-Match and 428
// without one, an ambiguous quote answered with its candidates, a rejected item leaving the report,
// and the real review state in meeting, document, list and "my work" answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addUser, createApiToken } from '../../src/commands/accounts.js'
import type { Backend, StoredItem } from '../../src/store/types.js'
import { SEED_TEXT } from '../store/fixtures.js'
import { Client, startTestServer, type Json, type TestServer } from './server-harness.js'

/** Defines the suite for one back-end. */
export function defineReviewApiSuite(backend: Backend): void {
  describe(`review API over HTTP (${backend})`, () => {
    let s: TestServer
    let admin: Client
    let editor: Client
    let viewer: Client
    let assessor: Client
    /** An editor whose party (France) undertakes no item of the seed. */
    let paris: Client
    /** An editor whose party (Japan) undertakes the seed's joint items. */
    let tokyo: Client
    let items: StoredItem[]
    const byLocal = (localId: string) => items.find((i) => i.localId === localId)!
    const get = async (c: Client, path: string): Promise<Json> => {
      const res = await c.req('GET', path)
      expect(res.status, path).toBe(200)
      return res.json2()
    }

    beforeAll(async () => {
      s = await startTestServer(backend)
      const now = new Date().toISOString()
      await addUser(s.store, { name: 'paris', role: 'editor', party: 'France', password: 'password-paris' }, now)
      await addUser(s.store, { name: 'tokyo', role: 'editor', party: 'Japan', password: 'password-tokyo' }, now)
      admin = new Client(s.base, s.tokens.admin)
      editor = new Client(s.base, s.tokens.editor)
      viewer = new Client(s.base, s.tokens.viewer)
      assessor = new Client(s.base, s.tokens.assessor)
      paris = new Client(s.base, (await createApiToken(s.store, 'paris', now)).token)
      tokyo = new Client(s.base, (await createApiToken(s.store, 'tokyo', now)).token)
      items = await s.store.listItems()
    })
    afterAll(async () => {
      await s?.close()
    })

    it('starts with every item proposed and the meeting unreviewed, in every answer', async () => {
      const meeting = await get(viewer, '/api/meetings/1')
      expect(meeting.review).toEqual({ state: 'unreviewed', by: null, at: null, counts: { proposed: items.length, accepted: 0, rejected: 0 } })
      const review = await get(viewer, '/api/meetings/1/review')
      expect(review).toMatchObject({ state: 'unreviewed', counts: { proposed: items.length, accepted: 0, rejected: 0 } })
      expect(review.next).toMatchObject({ id: byLocal('p3-1').id, paragraph: 3 })
      const doc = await get(viewer, '/api/meetings/1/document')
      expect(doc.items.every((i: Json) => i.review?.state === 'proposed')).toBe(true)
      const item = await viewer.req('GET', `/api/items/${byLocal('p3-1').id}`)
      expect(item.headers.get('etag')).toBe(`"${byLocal('p3-1').version}"`)
      expect((await item.json2()).version).toBe(byLocal('p3-1').version)
    })

    it("accept: a viewer and an assessor get 403, another party's editor 403, an editor 200 with a new ETag; history names the editor", async () => {
      const id = byLocal('p3-1').id
      for (const c of [viewer, assessor, paris]) {
        const res = await c.req('POST', `/api/items/${id}/accept`)
        expect(res.status).toBe(403)
        expect((await res.json2()).code).toBe('forbidden')
      }
      expect((await s.store.getItem(id))!.review.state).toBe('proposed')
      const res = await editor.req('POST', `/api/items/${id}/accept`, { headers: { 'if-match': `"${byLocal('p3-1').version}"` } })
      expect(res.status).toBe(200)
      const item = await res.json2()
      expect(item.review).toMatchObject({ state: 'accepted', by: 'editor' })
      expect(res.headers.get('etag')).toBe(`"${item.version}"`)
      expect(item.version).toBe(byLocal('p3-1').version + 1)
      const history = (await get(viewer, `/api/items/${id}/history`)).history
      expect(history.at(-1)).toMatchObject({ field: 'review', before: 'proposed', after: 'accepted', actor: 'editor' })
      // An editor of the item's party may review it.
      const p51 = byLocal('p5-1')
      expect(p51.actors).toContain('Japan')
      expect((await tokyo.req('POST', `/api/items/${p51.id}/accept`)).status).toBe(200)
    })

    it('accept with a stale If-Match is 412 with the current item and changes nothing', async () => {
      const id = byLocal('p3-1').id
      const res = await editor.req('POST', `/api/items/${id}/accept`, { headers: { 'if-match': `"${byLocal('p3-1').version}"` } })
      expect(res.status).toBe(412)
      const problem = await res.json2()
      expect(problem.code).toBe('conflict')
      expect(problem.params.current).toMatchObject({ id, review: { state: 'accepted' } })
      expect(problem.params.current.version).toBe(byLocal('p3-1').version + 1)
    })

    it('reject with a reason and note; the item leaves the report; restore brings it back; the list filters by review', async () => {
      const target = byLocal('p7-2')
      const inReport = async () =>
        (await (await viewer.req('GET', '/api/meetings/1/report.json?asOf=2016-06-30')).text()).includes(`"localId": "${target.localId}"`)
      expect(await inReport()).toBe(true)
      expect((await viewer.req('POST', `/api/items/${target.id}/reject`, { body: { reason: 'duplicate' } })).status).toBe(403)
      expect((await editor.req('POST', `/api/items/${target.id}/reject`, { body: { reason: 'boring' } })).status).toBe(400)
      expect((await editor.req('POST', `/api/items/${target.id}/reject`, { body: { reason: 'duplicate', extra: 1 } })).status).toBe(400)
      const res = await editor.req('POST', `/api/items/${target.id}/reject`, { body: { reason: 'duplicate', note: 'same as ¶6' } })
      expect(res.status).toBe(200)
      expect((await res.json2()).review).toMatchObject({ state: 'rejected', reason: 'duplicate', note: 'same as ¶6', by: 'editor' })
      expect(await inReport()).toBe(false)
      const rejected = (await get(viewer, '/api/items?meeting=1&review=rejected')).items
      expect(rejected.map((i: Json) => i.id)).toEqual([target.id])
      const shown = (await get(viewer, '/api/items?meeting=1&review=proposed,accepted&limit=200')).items
      expect(shown.length).toBe(items.length - 1)
      expect(shown.some((i: Json) => i.id === target.id)).toBe(false)
      expect((await viewer.req('GET', '/api/items?review=bogus')).status).toBe(400)
      const accepted = (await get(viewer, '/api/items?meeting=1&review=accepted')).items
      expect(accepted.map((i: Json) => i.id).sort()).toEqual([byLocal('p3-1').id, byLocal('p5-1').id].sort())
      const meeting = await get(viewer, '/api/meetings/1')
      expect(meeting.review.counts).toEqual({ proposed: items.length - 3, accepted: 2, rejected: 1 })
      const listed = (await get(viewer, '/api/meetings')).meetings.find((m: Json) => m.id === 1)
      expect(listed.review.counts).toEqual(meeting.review.counts)
      const doc = await get(viewer, '/api/meetings/1/document')
      expect(doc.items.find((i: Json) => i.id === target.id).review).toMatchObject({ state: 'rejected', reason: 'duplicate' })
      // Restore, with a stale version first.
      expect((await editor.req('POST', `/api/items/${target.id}/restore`, { headers: { 'if-match': `"${target.version}"` } })).status).toBe(412)
      const restored = await editor.req('POST', `/api/items/${target.id}/restore`)
      expect(restored.status).toBe(200)
      expect((await restored.json2()).review.state).toBe('proposed')
      expect(await inReport()).toBe(true)
    })

    it('PATCH fields: If-Match required (428), stale 412, viewer 403; actors, type and deadline corrected with history', async () => {
      const id = byLocal('p8-1').id
      const got = await editor.req('GET', `/api/items/${id}`)
      const etag = got.headers.get('etag')!
      expect((await editor.req('PATCH', `/api/items/${id}/fields`, { body: { actors: ['Japan'] } })).status).toBe(428)
      expect((await viewer.req('PATCH', `/api/items/${id}/fields`, { body: { actors: ['Japan'] }, headers: { 'if-match': etag } })).status).toBe(403)
      expect((await editor.req('PATCH', `/api/items/${id}/fields`, { body: { actors: ['Japan'], colour: 'red' }, headers: { 'if-match': etag } })).status).toBe(
        400,
      )
      const ok = await editor.req('PATCH', `/api/items/${id}/fields`, {
        body: { actors: ['Japan', 'UK', 'France'], topics: ['Maritime security'] },
        headers: { 'if-match': etag },
      })
      expect(ok.status).toBe(200)
      const item = await ok.json2()
      expect(item.actors).toEqual(['Japan', 'United Kingdom', 'France'])
      expect(item.topics).toEqual(['maritime security'])
      expect(item.review.edited).toBe(true)
      expect(ok.headers.get('etag')).not.toBe(etag)
      const stale = await editor.req('PATCH', `/api/items/${id}/fields`, { body: { type: 'directive' }, headers: { 'if-match': etag } })
      expect(stale.status).toBe(412)
      expect((await stale.json2()).params.current.actors).toEqual(['Japan', 'United Kingdom', 'France'])
      const bad = await editor.req('PATCH', `/api/items/${id}/fields`, {
        body: { deadline: 'when pigs fly' },
        headers: { 'if-match': ok.headers.get('etag')! },
      })
      expect(bad.status).toBe(400)
      expect((await bad.json2()).code).toBe('invalid-input')
      const history = (await get(viewer, `/api/items/${id}/history`)).history as Json[]
      expect(history.filter((h) => h.field === 'actors' || h.field === 'topics').map((h) => [h.field, h.actor])).toEqual([
        ['actors', 'editor'],
        ['topics', 'editor'],
      ])
    })

    it('adds an item by quote: ambiguous quote 409 with candidates, a missing quote 422, another party 403, then 201', async () => {
      const amb = await editor.req('POST', '/api/meetings/1/items', { body: { quote: 'Japan and the UK would', type: 'commitment' } })
      expect(amb.status).toBe(409)
      expect(amb.headers.get('content-type')).toMatch(/^application\/problem\+json/)
      const problem = await amb.json2()
      expect(problem.code).toBe('ambiguous-quote')
      expect(problem.params.candidates.map((c: Json) => c.paragraph)).toEqual([3, 6, 11, 16])
      expect(problem.params.candidates[0]).toMatchObject({ start: expect.any(Number), end: expect.any(Number) })
      const missing = await editor.req('POST', '/api/meetings/1/items', { body: { quote: 'the Ministers agreed to annex the Moon', type: 'commitment' } })
      expect(missing.status).toBe(422)
      expect((await missing.json2()).code).toBe('quote-not-found')
      expect((await viewer.req('POST', '/api/meetings/1/items', { body: { quote: 'Japan and the UK would', type: 'commitment', paragraph: 6 } })).status).toBe(
        403,
      )
      expect((await paris.req('POST', '/api/meetings/1/items', { body: { quote: 'Japan and the UK would', type: 'commitment', paragraph: 6 } })).status).toBe(
        403,
      )
      const count = (await s.store.listItems()).length
      const res = await editor.req('POST', '/api/meetings/1/items', { body: { quote: 'Japan and the UK would', type: 'commitment', paragraph: 6 } })
      expect(res.status).toBe(201)
      const added = await res.json2()
      expect(added).toMatchObject({
        paragraph: 6,
        type: 'commitment',
        actors: ['Japan', 'United Kingdom'],
        proposal: null,
        review: { origin: 'added', by: 'editor' },
      })
      expect(SEED_TEXT.slice(added.start, added.end)).toBe('Japan and the UK would')
      expect(res.headers.get('etag')).toBe(`"${added.version}"`)
      expect((await s.store.listItems()).length).toBe(count + 1)
      expect((await get(viewer, `/api/items/${added.id}/history`)).history[0]).toMatchObject({ field: 'added', actor: 'editor' })
      expect((await admin.req('POST', '/api/meetings/no-such-meeting/items', { body: { quote: 'Japan', type: 'commitment' } })).status).toBe(404)
    })

    it('splits an item by quotes and merges the parts again; viewer 403, stale 412', async () => {
      const item = byLocal('p16-7')
      const quotes = ['The Ministers decided to explore possible cooperation', 'between Japan, the UK and other regional partners']
      expect((await viewer.req('POST', `/api/items/${item.id}/split`, { body: { quotes } })).status).toBe(403)
      expect((await editor.req('POST', `/api/items/${item.id}/split`, { body: { quotes: [quotes[0]] } })).status).toBe(400)
      expect((await editor.req('POST', `/api/items/${item.id}/split`, { body: { quotes }, headers: { 'if-match': `"${item.version + 3}"` } })).status).toBe(412)
      const split = await editor.req('POST', `/api/items/${item.id}/split`, { body: { quotes } })
      expect(split.status).toBe(200)
      const parts = (await split.json2()).items as Json[]
      expect(parts.map((p) => p.text)).toEqual(quotes)
      expect(parts[0].id).toBe(item.id)
      expect((await viewer.req('POST', '/api/items/merge', { body: { ids: parts.map((p) => p.id) } })).status).toBe(403)
      expect((await editor.req('POST', '/api/items/merge', { body: { ids: [item.id] } })).status).toBe(400)
      const merged = await editor.req('POST', '/api/items/merge', { body: { ids: parts.map((p) => p.id) } })
      expect(merged.status).toBe(200)
      const m = await merged.json2()
      expect(m.id).toBe(item.id)
      expect(m.text).toBe(SEED_TEXT.slice(parts[0].start, parts[1].end))
      expect((await get(viewer, `/api/items/${parts[1].id}`)).review).toMatchObject({ state: 'rejected', reason: 'duplicate' })
      const across = await editor.req('POST', '/api/items/merge', { body: { ids: [byLocal('p5-1').id, byLocal('p8-1').id] } })
      expect(across.status).toBe(422)
      expect((await across.json2()).code).toBe('invalid-span')
    })

    it('a rejected item refuses edits with item-rejected (409)', async () => {
      const item = (await s.store.getItem(byLocal('p16-1').id))!
      expect((await editor.req('POST', `/api/items/${item.id}/reject`, { body: { reason: 'not-a-pledge' } })).status).toBe(200)
      const res = await editor.req('POST', `/api/items/${item.id}/accept`)
      expect(res.status).toBe(409)
      expect((await res.json2()).code).toBe('item-rejected')
    })

    it('PUT meeting review: viewer 403, bad state 400, editor moves it on with who and when; my work lists what awaits review', async () => {
      const work = await get(tokyo, '/api/work')
      expect(work.awaitingReview.length).toBeGreaterThan(0)
      expect(work.awaitingReview.every((i: Json) => i.review.state === 'proposed' && i.actors.includes('Japan'))).toBe(true)
      expect((await viewer.req('PUT', '/api/meetings/1/review', { body: { state: 'reviewed' } })).status).toBe(403)
      expect((await editor.req('PUT', '/api/meetings/1/review', { body: { state: 'unreviewed' } })).status).toBe(400)
      // An editor of a party that did not attend may not move the meeting's review; one of a party that did may.
      const foreign = await paris.req('PUT', '/api/meetings/1/review', { body: { state: 'in-review' } })
      expect(foreign.status).toBe(403)
      expect((await foreign.json2()).detail).toContain('France is not a party of meeting 1')
      expect((await tokyo.req('PUT', '/api/meetings/1/review', { body: { state: 'in-review' } })).status).toBe(200)
      const res = await editor.req('PUT', '/api/meetings/1/review', { body: { state: 'in-review' } })
      expect(res.status).toBe(200)
      expect(await res.json2()).toMatchObject({ state: 'in-review', by: 'editor', counts: { accepted: expect.any(Number) } })
      const reviewed = await admin.req('PUT', '/api/meetings/1/review', { body: { state: 'reviewed' } })
      expect((await reviewed.json2()).state).toBe('reviewed')
      expect((await get(viewer, '/api/meetings/1')).review).toMatchObject({ state: 'reviewed', by: 'admin' })
      expect((await get(viewer, '/api/meetings')).meetings[0].review.state).toBe('reviewed')
    })

    it("a tracking PATCH and a review action share one version (the item's own)", async () => {
      const id = byLocal('p5-1').id
      const got = await editor.req('GET', `/api/items/${id}`)
      const etag = got.headers.get('etag')!
      const patched = await editor.req('PATCH', `/api/items/${id}`, { body: { status: 'in progress' }, headers: { 'if-match': etag } })
      expect(patched.status).toBe(200)
      const after = patched.headers.get('etag')!
      expect((await editor.req('POST', `/api/items/${id}/restore`, { headers: { 'if-match': etag } })).status).toBe(412)
      const restored = await editor.req('POST', `/api/items/${id}/restore`, { headers: { 'if-match': after } })
      expect(restored.status).toBe(200)
      expect((await editor.req('PATCH', `/api/items/${id}`, { body: { status: 'done' }, headers: { 'if-match': after } })).status).toBe(412)
    })
  })
}
