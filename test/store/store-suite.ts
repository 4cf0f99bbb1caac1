// The store cases every back-end must pass; sqlite.test.ts and postgres.test.ts run them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CommuniqueError, EXIT } from '../../src/core/errors.js'
import type { Store } from '../../src/store/store.js'
import type { ItemKey, StoredItem } from '../../src/store/types.js'
import { rawExec } from './raw.js'
import { SEED_TEXT, seedDocument, sha256, thirdMeetingDocument } from './fixtures.js'
import type { Harness } from './harness.js'

const at = (n: number): string => `2026-02-0${n}T10:00:00.000Z`

/** Registers the shared store cases for one back-end. */
export function defineStoreSuite(name: string, makeHarness: () => Promise<Harness>): void {
  describe(`store on ${name}`, () => {
    let h: Harness
    let store: Store
    let items: StoredItem[]
    const item = (localId: string): StoredItem => items.find((i) => i.localId === localId && i.meetingDate === '2016-01-08')!

    beforeAll(async () => {
      h = await makeHarness()
      store = await h.open()
      await store.saveDocument(seedDocument())
      await store.saveDocument(thirdMeetingDocument())
      items = await store.listItems()
    })
    afterAll(async () => {
      await store?.close()
      await h?.cleanup()
    })

    it('applies every migration once, and reopening applies none again', async () => {
      const again = await h.open()
      expect((await again.stats()).documents).toBe(2)
      await again.close()
      const rows = await rawExec(h, 'select id from schema_migrations order by id')
      expect(rows.map((r) => r.id)).toEqual([
        '0001-core-tables',
        '0002-tracking-tables',
        '0003-full-text-search',
        '0004-append-only-history',
        '0005-links',
        '0006-review',
        '0007-accounts',
        '0008-link-reasons',
        '0009-listing-order-index',
        '0010-lexicons',
      ])
    })

    it('pages by keyset (after the last key, a limit at a time) in exactly the order of the whole listing', async () => {
      for (const filter of [{}, { trackableOnly: true }, { type: 'commitment' as const }]) {
        const all = (await store.listItems(filter)).map((i) => i.id)
        expect(new Set(all).size).toBe(all.length)
        const walked: number[] = []
        let after: ItemKey | undefined
        for (let guard = 0; guard < 100; guard++) {
          const page = await store.listItems({ ...filter, limit: 4, ...(after ? { after } : {}) })
          walked.push(...page.map((i) => i.id))
          if (page.length < 4) break
          const last = page[page.length - 1]!
          after = { meetingDate: last.meetingDate, meetingId: last.meetingId, start: last.start, id: last.id }
        }
        expect(walked).toEqual(all)
      }
      // Two meetings: the listing goes meeting by meeting, dated ones first, then by start in the text.
      const items = await store.listItems()
      expect(new Set(items.map((i) => i.meetingId)).size).toBe(2)
      const keys = items.map((i) => [i.meetingDate ?? '~', i.meetingId, i.start, i.id] as const)
      const cmp = (a: readonly [string, number, number, number], b: readonly [string, number, number, number]) =>
        a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2] || a[3] - b[3]
      expect([...keys].sort(cmp)).toEqual(keys)
    })

    it('stores the document with its meeting, paragraphs and items', async () => {
      const stats = await store.stats()
      expect(stats).toMatchObject({ documents: 2, meetings: 2, series: 1, paragraphs: 26, items: 40 })
      const seed = items.filter((i) => i.meetingDate === '2016-01-08')
      expect(seed).toHaveLength(39)
      for (const i of seed) expect(SEED_TEXT.slice(i.start, i.end)).toBe(i.text)
      const p3 = item('p3-1')
      expect(p3).toMatchObject({
        type: 'commitment',
        trackable: true,
        paragraph: 3,
        actors: ['Japan', 'United Kingdom'],
        entities: [
          { kind: 'country', name: 'Japan', text: 'Japan', start: 1155, end: 1160 },
          { kind: 'country', name: 'United Kingdom', text: 'the UK', start: 1165, end: 1171 },
        ],
      })
      expect(item('p13-1').topics).toEqual(['cyber'])
      expect(item('p3-2').tracking).toBeNull()
    })

    it('starts tracking at not-started, version 1, due at the deadline end', async () => {
      expect(item('p16-5').tracking).toMatchObject({ status: 'not-started', owner: null, due: '2016-12-31', version: 1, dueEdited: false })
      expect(item('p23-1').deadline).toMatchObject({ relative: 'next-meeting', end: null })
      expect(item('p23-1').tracking?.due).toBeNull()
    })

    it('adds nothing when the same text is saved again', async () => {
      const before = await store.stats()
      const result = await store.saveDocument(seedDocument({ ingestedAt: at(9) }))
      expect(result.outcome).toBe('unchanged')
      expect(await store.stats()).toEqual(before)
      expect(await store.findDocumentByHash(sha256(SEED_TEXT))).toMatchObject({ version: 1, isCurrent: true, paragraphCount: 23, itemCount: 39 })
    })

    it('gives meetings a readable slug and orders a series by date', async () => {
      const meetings = await store.meetingsOfSeries('japan-uk foreign and defence ministerial meeting')
      expect(meetings.map((m) => [m.slug, m.ordinal])).toEqual([
        ['japan-uk-foreign-and-defence-ministerial-meeting-2016-01-08', 2],
        ['japan-uk-foreign-and-defence-ministerial-meeting-2017-01-26', 3],
      ])
      const bySlug = await store.getMeeting('japan-uk-foreign-and-defence-ministerial-meeting-2016-01-08')
      expect(bySlug).toMatchObject({
        title: 'Second Japan-UK Foreign and Defence Ministerial Meeting',
        place: 'Tokyo',
        parties: ['Japan', 'United Kingdom'],
        itemCount: 39,
        trackableCount: 35,
      })
      expect(bySlug!.participants.map((p) => p.name)).toEqual(['Fumio Kishida', 'Philip Hammond'])
      expect(await store.getMeeting(bySlug!.id)).toEqual(bySlug)
      expect(await store.getMeeting('no-such-meeting')).toBeNull()
      expect(await store.listSeries()).toEqual([
        expect.objectContaining({ name: 'Japan-UK Foreign and Defence Ministerial Meeting', meetingCount: 2, firstDate: '2016-01-08', lastDate: '2017-01-26' }),
      ])
    })

    it('filters items by meeting, series, type, party, topic, due date, and combines filters', async () => {
      const ids = async (f: Parameters<Store['listItems']>[0]) => (await store.listItems(f)).map((i) => i.localId)
      expect(await ids({ type: 'directive' })).toEqual(['p7-3', 'p8-1', 'p14-1', 'p14-2', 'p23-1'])
      expect(await ids({ meeting: 'japan-uk-foreign-and-defence-ministerial-meeting-2017-01-26' })).toEqual(['p2-1'])
      expect((await store.listItems({ series: 'Japan-UK Foreign and Defence Ministerial Meeting' })).length).toBe(40)
      expect(await ids({ topic: 'cyber' })).toEqual(['p7-2', 'p13-1', 'p13-2', 'p2-1'])
      expect(await ids({ topic: 'cyber', type: 'commitment', dueBefore: '2019-01-01' })).toEqual(['p13-2', 'p2-1'])
      expect((await ids({ party: 'united kingdom' })).length).toBe(40)
      const japan = await ids({ party: 'Japan' })
      expect(japan).toContain('p3-1')
      expect(japan).not.toContain('p9-1')
      expect(await ids({ party: 'Japan', type: 'support' })).toEqual(['p20-1'])
      expect(await ids({ overdue: true, today: '2016-07-01' })).toEqual(['p7-1', 'p13-2'])
      expect(await ids({ overdue: true, today: '2017-01-01' })).toEqual(['p7-1', 'p13-2', 'p16-5', 'p16-6'])
      expect(await ids({ dueBefore: '2016-12-31' })).toEqual(['p7-1', 'p13-2', 'p16-5', 'p16-6'])
      await expect(store.listItems({ meeting: '999' })).rejects.toThrow(/no meeting "999"/)
      await expect(store.listItems({ series: 'Nope' })).rejects.toThrow(/no series "Nope"/)
    })

    it('applies a status change, bumps the version and appends history', async () => {
      const id = item('p7-1').id
      const r = await store.applyChange(id, { kind: 'status', status: 'in-progress' }, { actor: 'alice', at: at(1), expectedVersion: 1, note: 'seminar held' })
      expect(r.item.tracking).toMatchObject({ status: 'in-progress', version: 2, updatedBy: 'alice' })
      expect(r.entry).toMatchObject({ field: 'status', before: 'not-started', after: 'in-progress', actor: 'alice', version: 2, note: 'seminar held' })
      expect(await store.listItems({ status: 'in-progress' })).toHaveLength(1)
    })

    it('refuses a stale update with a conflict error and leaves the item unchanged', async () => {
      const id = item('p7-1').id
      const before = await store.getItemDetail(id)
      const error = await store.applyChange(id, { kind: 'status', status: 'done' }, { actor: 'bob', at: at(2), expectedVersion: 1 }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(CommuniqueError)
      expect((error as CommuniqueError).exitCode).toBe(EXIT.conflict)
      expect((error as CommuniqueError).message).toMatch(/^item \d+ changed since you read it \(now version 2, your change was based on 1\)/)
      expect(await store.getItemDetail(id)).toEqual(before)
    })

    it('records owner, due date, evidence, comments and assessments in rounds', async () => {
      const id = item('p16-5').id
      const cc = (n: number) => ({ actor: 'carol', at: at(n) })
      await store.applyChange(id, { kind: 'owner', owner: 'MOD Asia desk' }, cc(1))
      await store.applyChange(id, { kind: 'due', due: '2016-10-31' }, cc(2))
      await store.applyChange(id, { kind: 'evidence', date: '2016-10-20', url: 'https://example.org/typhoon', note: 'Typhoons visited Misawa' }, cc(3))
      await store.applyChange(id, { kind: 'comment', text: 'Confirmed by the embassy.' }, cc(4))
      await store.applyChange(id, { kind: 'assessment', party: 'Japan', score: 0, round: 'interim-2016', rationale: 'planned' }, cc(5))
      await store.applyChange(id, { kind: 'assessment', party: 'Japan', score: 1, round: 'final-2016', rationale: 'visit took place' }, cc(6))
      await store.applyChange(id, { kind: 'assessment', party: 'Japan', score: 1, round: 'interim-2016', rationale: 'revised' }, cc(7))
      const d = (await store.getItemDetail(id))!
      expect(d.tracking).toMatchObject({ owner: 'MOD Asia desk', due: '2016-10-31', dueEdited: true, version: 8 })
      expect(d.evidence).toEqual([
        expect.objectContaining({ date: '2016-10-20', url: 'https://example.org/typhoon', note: 'Typhoons visited Misawa', author: 'carol' }),
      ])
      expect(d.comments.map((c) => c.text)).toEqual(['Confirmed by the embassy.'])
      expect(d.assessments.map((a) => [a.party, a.round, a.score, a.rationale])).toEqual([
        ['Japan', 'interim-2016', 1, 'revised'],
        ['Japan', 'final-2016', 1, 'visit took place'],
      ])
      expect(d.history.map((e) => [e.field, e.version])).toEqual([
        ['owner', 2],
        ['due', 3],
        ['evidence', 4],
        ['comment', 5],
        ['assessment', 6],
        ['assessment', 7],
        ['assessment', 8],
      ])
      expect(d.history[1]).toMatchObject({ before: '2016-12-31', after: '2016-10-31' })
      expect(d.history[6]).toMatchObject({
        before: { party: 'Japan', round: 'interim-2016', score: 0, rationale: 'planned' },
        after: { score: 1, rationale: 'revised' },
      })
      expect((await store.listItems({ dueBefore: '2016-10-31' })).map((i) => i.id)).toContain(id)
    })

    it('refuses changes to unknown or untracked items and leaves the store unchanged', async () => {
      const before = await store.listHistory()
      await expect(store.applyChange(999_999, { kind: 'status', status: 'done' }, { actor: 'x', at: at(1) })).rejects.toMatchObject({
        code: 'not-found',
        message: expect.stringMatching(/^no item 999999 in the store/),
      })
      await expect(store.applyChange(item('p3-2').id, { kind: 'owner', owner: 'x' }, { actor: 'x', at: at(1) })).rejects.toMatchObject({
        code: 'invalid-input',
        message: expect.stringMatching(/is a support; only commitments and directives are tracked/),
      })
      expect(await store.listHistory()).toEqual(before)
      expect(await store.getItem(0)).toBeNull()
    })

    it('keeps history append-only in the database itself', async () => {
      await expect(rawExec(h, "update history set actor = 'mallory'")).rejects.toThrow(/append-only/)
      await expect(rawExec(h, 'delete from history')).rejects.toThrow(/append-only/)
      expect((await store.listHistory()).every((e) => e.actor !== 'mallory')).toBe(true)
    })

    it('finds paragraph 13 for "cybersecurity" with the word highlighted', async () => {
      const hits = await store.search('cybersecurity')
      const p13 = hits.find((x) => x.paragraph === 13 && x.meetingDate === '2016-01-08')
      expect(p13).toBeDefined()
      expect(p13!.snippet).toContain('**cybersecurity**')
      expect(p13!.itemIds).toEqual([item('p13-1').id, item('p13-2').id])
      expect(hits.map((x) => x.paragraph).sort((a, b) => a - b)).toEqual([2, 7, 13, 22])
      for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.rank).toBeGreaterThanOrEqual(hits[i]!.rank)
    })

    it('keeps user lexicons by name: saved, replaced by name, listed by name, removed (issue 11)', async () => {
      const a = { name: 'pacific', body: '{"pledgeVerbs":["covenant"]}', addedBy: 'ana', addedAt: at(1) }
      expect(await store.saveLexicon(a)).toBe(false)
      expect(await store.saveLexicon({ name: 'asean', body: '{"parties":[{"name":"Brunei"}]}', addedBy: 'ben', addedAt: at(2) })).toBe(false)
      expect((await store.listLexicons()).map((l) => l.name)).toEqual(['asean', 'pacific'])
      expect(await store.saveLexicon({ ...a, body: '{"pledgeVerbs":["undertake"]}', addedBy: 'cy', addedAt: at(3) })).toBe(true)
      const kept = await store.listLexicons()
      expect(kept).toHaveLength(2)
      expect(kept.find((l) => l.name === 'pacific')).toEqual({ name: 'pacific', body: '{"pledgeVerbs":["undertake"]}', addedBy: 'cy', addedAt: at(3) })
      expect(await store.removeLexicon('pacific')).toBe(true)
      expect(await store.removeLexicon('pacific')).toBe(false)
      expect(await store.removeLexicon('asean')).toBe(true)
      expect(await store.listLexicons()).toEqual([])
    })

    it('refreshes planner statistics without changing results', async () => {
      const before = await store.search('cybersecurity')
      await store.optimize()
      expect(await store.search('cybersecurity')).toEqual(before)
    })

    it('combines search filters with the query', async () => {
      expect((await store.search('cybersecurity', { type: 'directive' })).map((x) => x.paragraph)).toEqual([7])
      expect((await store.search('cybersecurity', { meeting: 'japan-uk-foreign-and-defence-ministerial-meeting-2017-01-26' })).map((x) => x.paragraph)).toEqual(
        [2],
      )
      expect((await store.search('cybersecurity', { status: 'in-progress' })).map((x) => x.paragraph)).toEqual([7])
      expect(await store.search('cybersecurity', { party: 'France' })).toEqual([])
      expect(await store.search('Typhoon aircraft', { topic: 'cyber' })).toEqual([])
      expect((await store.search('"RAF Typhoon" -Tottori')).map((x) => [x.meetingDate, x.paragraph])).toEqual([['2017-01-26', 3]])
      expect((await store.search('counter-ied OR amphibious')).map((x) => x.paragraph)).toEqual([16])
      expect((await store.search('cyber*')).length).toBeGreaterThanOrEqual(4)
      await expect(store.search('-only')).rejects.toThrow(/no word to look for/)
    })

    it('gives one search meaning on both back-ends: stop words and odd tokens (issue 13)', async () => {
      await expect(store.search('the')).rejects.toThrow(/no word to look for: common words \(the\)/)
      await expect(store.search('NOT of')).rejects.toThrow(/no word to look for/)
      const cyber = (await store.search('cybersecurity')).map((x) => x.paragraphId)
      expect(cyber.length).toBeGreaterThan(0)
      expect((await store.search('NOT cybersecurity')).map((x) => x.paragraphId)).toEqual(cyber)
      expect((await store.search('the cybersecurity')).map((x) => x.paragraphId)).toEqual(cyber)
      expect((await store.search('<cybersecurity>')).map((x) => x.paragraphId)).toEqual(cyber)
      expect((await store.search('cybersecurity; DROP TABLE items; --')).map((x) => x.paragraphId)).toEqual([])
      expect((await store.search('"Japan-UK"')).length).toBeGreaterThan(0)
      expect((await store.search('Japan-UK')).map((x) => x.paragraphId).sort()).toEqual((await store.search('"Japan UK"')).map((x) => x.paragraphId).sort())
    })

    it('keeps a new version of a source apart and shows only current items', async () => {
      const changed = SEED_TEXT.replace('23. The Ministers instructed', '23. The Ministers asked')
      const r = await store.saveDocument(seedDocument({ text: changed, ingestedAt: at(8) }))
      expect(r).toMatchObject({ outcome: 'new-version', version: 2, meetingId: item('p3-1').meetingId })
      const docs = await store.listDocuments()
      expect(docs.map((d) => [d.version, d.isCurrent])).toEqual([
        [1, false],
        [1, true],
        [2, true],
      ])
      expect((await store.listItems()).filter((i) => i.meetingDate === '2016-01-08')).toEqual([])
      expect((await store.listItems({ allVersions: true })).length).toBe(40)
      expect((await store.search('instructed')).map((x) => x.paragraph)).toEqual([8])
      expect((await store.search('asked')).map((x) => x.paragraph)).toEqual([23])
      expect(await store.getItem(item('p7-1').id)).toMatchObject({ tracking: { status: 'in-progress' } })
    })

    it('writes a document atomically: a failure part-way leaves nothing behind', async () => {
      const before = await store.stats()
      const broken = thirdMeetingDocument()
      broken.text = `${broken.text}4. An extra paragraph.\n`
      broken.contentHash = sha256(broken.text)
      broken.source = '/fixtures/broken.txt'
      broken.paragraphs = [...broken.paragraphs, { ordinal: 4, number: 4, label: '4', start: broken.text.indexOf('4. An'), end: broken.text.length - 1 }]
      broken.items = [{ ...broken.items[0]!, entities: [{ kind: null as unknown as 'country', name: 'X', text: 'X', start: 0, end: 1 }] }]
      await expect(store.saveDocument(broken)).rejects.toThrow()
      expect(await store.stats()).toEqual(before)
      expect(await store.findDocumentByHash(broken.contentHash)).toBeNull()
      expect((await store.search('extra paragraph')).length).toBe(0)
    })
  })
}
