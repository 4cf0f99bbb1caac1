// The review cases every back-end must pass (issue 8); sqlite.test.ts and postgres.test.ts run them.
// Store tests use the hand-made seed document (test/store/fixtures.ts); re-extraction injects its
// own extractor so that the rules change between two runs; the done-when case runs the real one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestStatement, type Pipeline } from '../../src/commands/ingest-statement.js'
import { exportGold, evaluateStore, reextractStored } from '../../src/commands/review-gold.js'
import {
  accept,
  acceptAllProposed,
  addItem,
  editItem,
  meetingReviewSummary,
  mergeItems,
  reject,
  restore,
  setMeetingReview,
  splitItem,
  type ReviewOptions,
} from '../../src/commands/review-items.js'
import { setStatus } from '../../src/commands/track-item.js'
import { CommuniqueError } from '../../src/core/errors.js'
import type { Item } from '../../src/core/item.js'
import type { SourceFile } from '../../src/core/source-file.js'
import type { Document } from '../../src/core/tree.js'
import { assertGoldDocument, scoreDocument } from '../../src/eval/index.js'
import type { Store } from '../../src/store/store.js'
import type { StoredItem } from '../../src/store/types.js'
import { SEED_PATH, SEED_TEXT, seedDocument, seedItems, seedMeeting } from '../store/fixtures.js'
import type { Harness } from '../store/harness.js'

const NATURAL =
  'Japan and the UK see each other as natural partners to pursue further opportunities and deepen what is a historic relationship for the long term'

/** Everything a refused change must leave as it was: items with their versions, and the history. */
async function snapshot(store: Store): Promise<string> {
  const items = await store.listItems({ allVersions: true })
  return JSON.stringify([items, await store.listHistory(), await store.listMeetings()])
}

async function refused(store: Store, code: string, run: () => Promise<unknown>): Promise<CommuniqueError> {
  const before = await snapshot(store)
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  )
  expect(error, `expected a '${code}' error`).toBeInstanceOf(CommuniqueError)
  expect((error as CommuniqueError).code).toBe(code)
  expect((error as CommuniqueError).message).not.toMatch(/\n|--[a-z]/)
  expect(await snapshot(store)).toBe(before)
  return error as CommuniqueError
}

/** An extractor that returns the given items for the seed text (the "rules" of one run). */
function fakePipeline(items: () => Item[]): Pipeline {
  const file: SourceFile = { path: SEED_PATH, format: 'text', value: SEED_TEXT, metadata: {}, diagnostics: [] }
  return {
    load: async () => file,
    parse: () => ({ file, tree: { type: 'document', children: [] } as unknown as Document, meeting: seedMeeting() }),
    extract: () => items(),
  }
}

/** Registers the shared review cases for one back-end. */
export function defineReviewSuite(name: string, makeHarness: () => Promise<Harness>): void {
  describe(`review on ${name}`, () => {
    let h: Harness
    let store: Store
    let t = 0
    const as = (actor: string, extra: Partial<ReviewOptions> = {}): ReviewOptions => ({
      store,
      actor,
      now: `2026-03-01T10:${String(t++ % 60).padStart(2, '0')}:00.000Z`,
      ...extra,
    })
    const byLocal = async (localId: string): Promise<StoredItem> => (await store.listItems({ allVersions: true })).find((i) => i.localId === localId)!

    beforeAll(async () => {
      h = await makeHarness()
      store = await h.open()
      await store.saveDocument(seedDocument())
    })
    afterAll(async () => {
      await store?.close()
      await h?.cleanup()
    })

    it('starts every item proposed with version 1 and the meeting unreviewed', async () => {
      const items = await store.listItems()
      expect(items.every((i) => i.review.state === 'proposed' && i.review.origin === 'extracted' && !i.review.edited && i.version === 1)).toBe(true)
      const s = await meetingReviewSummary(1, store)
      expect(s.review).toMatchObject({ state: 'unreviewed', by: null, counts: { proposed: items.length, accepted: 0, rejected: 0 } })
      expect(s.next?.localId).toBe('p3-1')
    })

    it('accepts, rejects with a reason and restores, each with who and when in the history', async () => {
      const [a] = await accept([(await byLocal('p3-1')).id], as('akiko'))
      expect(a!.review).toMatchObject({ state: 'accepted', by: 'akiko' })
      expect(a!.version).toBe(2)
      expect(a!.tracking!.version).toBe(2)
      // The first review action starts the meeting's review.
      expect((await store.getMeeting(1))!.review).toMatchObject({ state: 'in-review', by: 'akiko' })
      const b = await byLocal('p12-3')
      const [r] = await reject([b.id], { reason: 'not-a-pledge', note: 'a list of places' }, as('ben'))
      expect(r!.review).toMatchObject({ state: 'rejected', reason: 'not-a-pledge', note: 'a list of places', by: 'ben' })
      const back = await restore(b.id, as('akiko'))
      expect(back.review.state).toBe('proposed')
      const history = await store.history(b.id)
      expect(history.map((e) => [e.field, e.before, e.after, e.actor])).toEqual([
        ['review', 'proposed', 'rejected', 'ben'],
        ['review', 'rejected', 'proposed', 'akiko'],
      ])
      expect(history[0]!.note).toBe('not-a-pledge: a list of places')
      // A tracking change after a review goes on from the item's version.
      const tracked = await setStatus(a!.id, 'in progress', { store, actor: 'akiko', now: '2026-03-01T11:00:00.000Z' })
      expect(tracked.entry.version).toBe(3)
      expect(tracked.item.version).toBe(3)
    })

    it('edits type, span by a quote of its paragraph, actors, deadline and topics; keeps the proposal', async () => {
      const item = await byLocal('p16-5')
      const edited = await editItem(
        item.id,
        { type: 'directive', quote: 'pursue the visit of RAF Typhoon aircraft to Japan in 2016', actors: ['UK'], deadline: 'in 2016', topics: ['defence'] },
        as('carla'),
      )
      expect(edited).toMatchObject({
        type: 'directive',
        text: 'pursue the visit of RAF Typhoon aircraft to Japan in 2016',
        actors: ['United Kingdom'],
        topics: ['defence'],
      })
      expect(edited.deadline).toMatchObject({ text: 'in 2016', end: '2016-12-31' })
      expect(SEED_TEXT.slice(edited.start, edited.end)).toBe(edited.text)
      expect(edited.review).toMatchObject({ edited: true, origin: 'extracted', state: 'proposed' })
      expect(edited.proposal).toMatchObject({ type: 'commitment', text: item.text, start: item.start, actors: item.actors, rule: 'test/gold' })
      const fields = (await store.history(item.id)).map((e) => e.field)
      expect(fields).toEqual(expect.arrayContaining(['type', 'span', 'actors', 'deadline', 'topics']))
      expect((await store.history(item.id)).every((e) => e.actor === 'carla')).toBe(true)
      const byOffsets = await editItem(item.id, { start: item.start, end: item.end }, as('carla'))
      expect(byOffsets.text).toBe(item.text)
      const dated = await editItem(item.id, { deadline: '2017-03-31' }, as('carla'))
      expect(dated.deadline).toMatchObject({ text: '2017-03-31', end: '2017-03-31' })
      expect(dated.tracking!.due).toBe('2017-03-31')
      expect((await editItem(item.id, { deadline: 'none', type: 'commitment' }, as('carla'))).tracking).toMatchObject({ due: null, status: 'not-started' })
      expect((await editItem(item.id, { deadline: 'in 2016' }, as('carla'))).tracking!.due).toBe('2016-12-31')
      await refused(store, 'invalid-input', () => editItem(item.id, { deadline: 'someday soon' }, as('carla')))
      await refused(store, 'invalid-input', () => editItem(item.id, { deadline: '2017-02-30' }, as('carla')))
    })

    it('adds an item from a quote, asking for the paragraph when the quote occurs twice', async () => {
      const amb = await refused(store, 'ambiguous-quote', () => addItem(1, { quote: 'Japan and the UK would', type: 'commitment' }, as('dana')))
      expect((amb.params!.candidates as Array<{ paragraph: number }>).map((c) => c.paragraph)).toEqual([3, 6, 11, 16])
      const added = await addItem(1, { quote: 'Japan and the UK would', type: 'commitment', paragraph: 6 }, as('dana'))
      expect(added).toMatchObject({ paragraph: 6, type: 'commitment', actors: ['Japan', 'United Kingdom'], proposal: null })
      expect(added.review).toMatchObject({ origin: 'added', state: 'accepted', by: 'dana' })
      expect(added.tracking).toMatchObject({ status: 'not-started' })
      expect(SEED_TEXT.slice(added.start, added.end)).toBe('Japan and the UK would')
      expect((await store.history(added.id))[0]).toMatchObject({ field: 'added', actor: 'dana' })
    })

    it('refuses bad input with one line naming the problem, leaving the store unchanged', async () => {
      const item = await byLocal('p7-2')
      await refused(store, 'quote-not-found', () => addItem(1, { quote: 'the Ministers agreed to annex the Moon', type: 'commitment' }, as('eve')))
      await refused(store, 'quote-not-found', () =>
        editItem(item.id, { quote: 'Japan and the UK would cooperate to tackle global security challenges' }, as('eve')),
      )
      await refused(store, 'invalid-span', () => editItem(item.id, { start: 0, end: SEED_TEXT.length + 5 }, as('eve')))
      await refused(store, 'invalid-span', () => editItem(item.id, { start: item.start, end: seedItems().find((i) => i.id === 'p8-1')!.end }, as('eve')))
      await refused(store, 'invalid-input', () => reject([item.id], { reason: 'boring' }, as('eve')))
      await refused(store, 'invalid-input', () => reject([item.id], { reason: 'other' }, as('eve')))
      await refused(store, 'conflict', () => accept([item.id], as('eve', { ifVersion: item.version + 5 })))
      await refused(store, 'conflict', () => editItem(item.id, { type: 'directive' }, as('eve', { ifVersion: item.version + 1 })))
      await reject([item.id], { reason: 'wrong-span', note: null }, as('eve'))
      await refused(store, 'item-rejected', () => editItem(item.id, { type: 'directive' }, as('eve')))
      await refused(store, 'item-rejected', () => accept([item.id], as('eve')))
      // One refused item in a batch refuses the batch.
      const p81 = (await byLocal('p8-1')).id
      await refused(store, 'not-found', () => accept([p81, 99999], as('eve')))
      await restore(item.id, as('eve'))
      expect((await editItem(item.id, { type: 'directive' }, as('eve'))).type).toBe('directive')
    })

    it('splits an item by quotes and merges items into one', async () => {
      const item = await byLocal('p16-7')
      const parts = await splitItem(
        item.id,
        ['The Ministers decided to explore possible cooperation', 'between Japan, the UK and other regional partners'],
        as('fay'),
      )
      expect(parts).toHaveLength(2)
      expect(parts[0]!.id).toBe(item.id)
      expect(parts.map((p) => p.text)).toEqual(['The Ministers decided to explore possible cooperation', 'between Japan, the UK and other regional partners'])
      expect(parts[0]!.review.edited).toBe(true)
      expect(parts[1]!.review.origin).toBe('added')
      const merged = await mergeItems(
        parts.map((p) => p.id),
        as('fay'),
      )
      expect(merged.id).toBe(item.id)
      expect(merged.text).toBe(SEED_TEXT.slice(parts[0]!.start, parts[1]!.end))
      const other = (await store.getItem(parts[1]!.id))!
      expect(other.review).toMatchObject({ state: 'rejected', reason: 'duplicate', note: `merged into item ${item.id}` })
      const across = [(await byLocal('p3-1')).id, (await byLocal('p5-1')).id]
      await refused(store, 'invalid-span', () => mergeItems(across, as('fay')))
    })

    it('moves the meeting unreviewed → in-review → reviewed, and counts by state', async () => {
      expect((await setMeetingReview(1, 'in-review', as('gus'))).review).toMatchObject({ state: 'in-review', by: 'gus' })
      await refused(store, 'invalid-input', () => setMeetingReview(1, 'finished', as('gus')))
      const s = await meetingReviewSummary(1, store)
      expect(s.review.counts.accepted).toBeGreaterThan(0)
      expect(s.review.counts.added).toBe(2)
      expect(s.review.counts.proposed + s.review.counts.accepted + s.review.counts.rejected).toBe(s.review.counts.total)
      expect(s.next?.review.state).toBe('proposed')
      const all = await acceptAllProposed(1, as('gus'))
      expect(all.length).toBe(s.review.counts.proposed)
      expect((await meetingReviewSummary(1, store)).next).toBeNull()
    })

    it("re-extraction after a rule change keeps people's work and merges new proposals", async () => {
      // A fresh store: the first run's proposals are the gold items; people review some.
      const h2 = await makeHarness()
      const s2 = await h2.open()
      try {
        await s2.saveDocument(seedDocument())
        const o = (actor: string): ReviewOptions => ({ store: s2, actor, now: '2026-03-02T09:00:00.000Z' })
        const get = async (localId: string): Promise<StoredItem> => (await s2.listItems({ allVersions: true })).find((i) => i.localId === localId)!
        const accepted = await get('p3-1')
        await accept([accepted.id], o('akiko'))
        const rejectedItem = await get('p12-3')
        await reject([rejectedItem.id], { reason: 'not-a-pledge' }, o('ben'))
        const editedItem = await get('p16-1')
        await editItem(editedItem.id, { actors: ['Japan'] }, o('carla'))
        const added = await addItem(1, { quote: NATURAL, type: 'commitment' }, o('dana'))
        // A span a person corrected still claims the proposal it came from (no duplicate proposal).
        const respanned = await get('p16-5')
        await editItem(respanned.id, { quote: 'pursue the visit of RAF Typhoon aircraft' }, o('carla'))
        const tracked = await get('p22-2')
        await setStatus(tracked.id, 'done', { store: s2, actor: 'eve', now: '2026-03-02T09:30:00.000Z' })
        const dropped = await get('p9-1')
        const retyped = await get('p13-2')
        // The second run's rules: no longer p3-1 (accepted), p9-1 (untouched) or p22-2 (tracked);
        // p13-2 becomes a support; p16-1 gets a longer span; one new proposal in paragraph 17.
        const gold = seedItems()
        const newText = 'The Ministers renewed their determination'
        const start17 = SEED_TEXT.indexOf(newText)
        const second = (): Item[] =>
          gold
            .filter((i) => !['p3-1', 'p9-1', 'p22-2'].includes(i.id))
            .map((i) => {
              if (i.id === 'p13-2') return { ...i, type: 'support' as const, rule: 'rules-v2/support' }
              if (i.id === 'p16-1') return { ...i, rule: 'rules-v2/longer' }
              return { ...i, rule: 'rules-v2' }
            })
            .concat([
              { ...gold.find((i) => i.id === 'p17-1')!, id: 'p17-1', text: newText, start: start17, end: start17 + newText.length, rule: 'rules-v2/new' },
            ])
        const outcome = await ingestStatement(SEED_PATH, { store: s2, actor: 'robot', now: '2026-03-03T00:00:00.000Z', pipeline: fakePipeline(second) })
        expect(outcome.outcome).toBe('unchanged')
        expect(outcome.reextract).toMatchObject({ added: 1, withdrawn: 1 })
        expect(outcome.reextract!.kept).toBeGreaterThanOrEqual(5)
        const after = await s2.listItems()
        const find = (id: number): StoredItem | undefined => after.find((i) => i.id === id)
        expect(find(accepted.id)).toMatchObject({ review: { state: 'accepted' }, rule: 'test/gold' })
        expect(find(rejectedItem.id)).toMatchObject({ review: { state: 'rejected', reason: 'not-a-pledge' }, rule: 'test/gold' })
        expect(find(editedItem.id)).toMatchObject({ actors: ['Japan'], review: { edited: true }, rule: 'test/gold' })
        expect(find(added.id)).toMatchObject({ text: NATURAL, review: { origin: 'added', state: 'accepted' } })
        expect(find(respanned.id)).toMatchObject({ text: 'pursue the visit of RAF Typhoon aircraft', review: { edited: true } })
        expect(after.filter((i) => i.text === respanned.text)).toEqual([])
        expect(find(tracked.id)?.tracking?.status).toBe('done')
        expect(find(dropped.id)).toBeUndefined()
        expect((await s2.getItem(dropped.id))?.localId).toBe('p9-1')
        expect(find(retyped.id)).toMatchObject({ type: 'support', tracking: null, rule: 'rules-v2/support', review: { state: 'proposed' } })
        const fresh = after.find((i) => i.rule === 'rules-v2/new')!
        expect(fresh).toMatchObject({ text: newText, review: { state: 'proposed', origin: 'extracted' } })
        expect(fresh.localId).not.toBe('p17-1')
        // The history shows the proposal and every correction with its user.
        expect((await s2.history(editedItem.id)).map((e) => [e.field, e.actor])).toEqual([['actors', 'carla']])
        expect((await s2.history(retyped.id)).map((e) => [e.field, e.actor])).toEqual([['reextract', 'robot']])
        expect((await s2.getItem(editedItem.id))!.proposal).toMatchObject({ actors: ['Japan', 'United Kingdom'], rule: 'test/gold' })
        // The same rules again change nothing; `--reextract` of the stored text behaves the same.
        const before = await snapshot(s2)
        const again = await ingestStatement(SEED_PATH, { store: s2, actor: 'robot', now: '2026-03-04T00:00:00.000Z', pipeline: fakePipeline(second) })
        expect(again.reextract).toMatchObject({ added: 0, updated: 0, withdrawn: 0 })
        const stored = await reextractStored({ store: s2, meeting: '1', actor: 'robot', now: '2026-03-05T00:00:00.000Z', pipeline: fakePipeline(second) })
        expect(stored[0]).toMatchObject({ added: 0, updated: 0, withdrawn: 0 })
        expect(await snapshot(s2)).toBe(before)
        // Back to the first rules: the withdrawn proposal returns.
        await ingestStatement(SEED_PATH, { store: s2, actor: 'robot', now: '2026-03-06T00:00:00.000Z', pipeline: fakePipeline(() => gold) })
        expect((await s2.listItems()).find((i) => i.id === dropped.id)).toMatchObject({ localId: 'p9-1', review: { state: 'proposed' } })
        // Withdrawn again by the second rules, then accepted by a person: back in view, and it stays.
        await ingestStatement(SEED_PATH, { store: s2, actor: 'robot', now: '2026-03-07T00:00:00.000Z', pipeline: fakePipeline(second) })
        expect((await s2.listItems()).find((i) => i.id === dropped.id)).toBeUndefined()
        await accept([dropped.id], o('akiko'))
        await ingestStatement(SEED_PATH, { store: s2, actor: 'robot', now: '2026-03-08T00:00:00.000Z', pipeline: fakePipeline(second) })
        expect((await s2.listItems()).find((i) => i.id === dropped.id)).toMatchObject({ review: { state: 'accepted' } })
      } finally {
        await s2.close()
        await h2.cleanup()
      }
    })

    it('done when: 2 rejected, 1 added, the same file again → gold export scores 2 extra, 1 missed, the rest matched', async () => {
      const h3 = await makeHarness()
      const s3 = await h3.open()
      try {
        const o: ReviewOptions = { store: s3, actor: 'akiko', now: '2026-03-07T09:00:00.000Z' }
        await ingestStatement(SEED_PATH, { store: s3, actor: 'akiko', now: o.now })
        const commitments = await s3.listItems({ type: 'commitment' })
        const rejected = [commitments[3]!, commitments[10]!]
        await reject(
          rejected.map((i) => i.id),
          { reason: 'not-a-pledge' },
          o,
        )
        await addItem(1, { quote: NATURAL, type: 'commitment' }, o)
        const again = await ingestStatement(SEED_PATH, { store: s3, actor: 'akiko', now: '2026-03-07T10:00:00.000Z' })
        expect(again.reextract).toMatchObject({ added: 0, updated: 0, withdrawn: 0, kept: 3 })
        const gold = assertGoldDocument(JSON.parse(JSON.stringify(await exportGold(s3, 1))), 'export')
        expect(gold.document).toBe('japan-uk-2plus2-2016-01-08.txt')
        const { analyzeDocument } = await import('../../src/commands/analyze-document.js')
        const predicted = (await analyzeDocument(SEED_PATH)).items
        const score = scoreDocument('seed', gold, predicted, null)
        expect(score.fp.map((p) => p.text).sort()).toEqual(rejected.map((i) => i.text).sort())
        expect(score.fn.map((g) => g.quote)).toEqual([NATURAL])
        const trackable = gold.items.filter((i) => i.type === 'commitment' || i.type === 'directive').length
        expect(score.tp).toBe(trackable - 1)
        await setMeetingReview(1, 'reviewed', o)
        const store = await evaluateStore(s3)
        expect(store.summary).toMatchObject({ documents: 1, tp: trackable - 1, fp: 2, fn: 1 })
      } finally {
        await s3.close()
        await h3.cleanup()
      }
    })
  })
}
