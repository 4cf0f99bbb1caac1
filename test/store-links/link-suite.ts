// The link cases every back-end must pass, end to end through the CLI: ingest the U.S.–Japan series,
// `link`, `links`, `link confirm|reject` (with --apply), re-runs. sqlite.test.ts and postgres.test.ts run them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SeriesLinkResult } from '../../src/commands/link-series.js'
import { CommuniqueError } from '../../src/core/errors.js'
import type { HistoryEntry, LinkReview } from '../../src/core/tracking.js'
import type { Store } from '../../src/store/store.js'
import { RERANKER } from '../../src/track/link/index.js'
import type { StoredItem, StoredLink } from '../../src/store/types.js'
import { runCli } from '../cli-store/run-cli.js'
import type { Harness } from '../store/harness.js'
import { rawExec } from '../store/raw.js'
import { ingestArgs, SERIES } from './us-japan.js'
import { HAS_SHARED, NO_SHARED } from '../helpers/paths.js'

const ALL: LinkReview[] = ['suggested', 'confirmed', 'rejected']
const LATER = ['2022-05-23', '2023-01-13', '2024-04-10', '2025-02-07']

/** Registers the link cases for one back-end. */
export function defineLinkSuite(name: string, makeHarness: () => Promise<Harness>): void {
  describe.skipIf(!HAS_SHARED)(`links on ${name}${NO_SHARED}`, () => {
    let h: Harness
    let env: Record<string, string>
    let store: Store
    let items: StoredItem[]
    let first: SeriesLinkResult
    const used = new Set<string>()
    const cli = (...args: string[]) => runCli(args, env)
    const allLinks = (): Promise<StoredLink[]> => store.listLinks({ review: ALL })
    const historyOf = async (itemId: string): Promise<HistoryEntry[]> => store.history(Number(itemId))
    /** A suggested link of an item no other case has touched. */
    const pick = async (test: (l: StoredLink) => boolean): Promise<StoredLink> => {
      const found = (await store.listLinks({ review: ['suggested'] })).find((l) => !used.has(l.itemId) && test(l))
      if (!found) throw new Error('no suggested link fits this case')
      used.add(found.itemId)
      return found
    }

    beforeAll(async () => {
      h = await makeHarness()
      env = { ...h.env }
      const ingest = await cli(...ingestArgs())
      if (ingest.code !== 0) throw new Error(`ingest failed: ${ingest.err}`)
      const linked = await cli('link', '--series', SERIES, '--json')
      if (linked.code !== 0) throw new Error(`link failed: ${linked.err}`)
      first = (JSON.parse(linked.out) as SeriesLinkResult[])[0]!
      console.log(`link on ${name}: ${first.links} links in ${first.ms} ms (first run, load and save included)`)
      store = await h.open()
      items = await store.listItems({ series: SERIES })
    })
    afterAll(async () => {
      await store?.close()
      await h?.cleanup()
    })

    it('records migration 0005-links', async () => {
      expect(await rawExec(h, "select id from schema_migrations where id = '0005-links'")).toEqual([{ id: '0005-links' }])
    })

    it('links items of 2021 to passages of every later meeting, with exact offsets', async () => {
      expect(first).toMatchObject({ series: SERIES, skipped: [], inserted: first.suggestions, updated: 0, removed: 0 })
      expect(first.meetings.map((s) => s.slice(-10))).toEqual(['2021-04-16', ...LATER])
      const early = items.filter((i) => i.meetingDate === '2021-04-16' && i.trackable)
      const links = await store.listLinks({ itemIds: early.map((i) => i.id) })
      expect(links.length).toBeGreaterThan(20)
      expect([...new Set(links.map((l) => l.meetingDate))].sort()).toEqual(LATER)
      const meetings = await store.meetingsOfSeries(SERIES)
      const texts = new Map((await store.listDocumentTexts(meetings.map((m) => m.id))).map((t) => [meetings.find((m) => m.id === t.meetingId)!.slug, t.text]))
      const byId = new Map(items.map((i) => [String(i.id), i]))
      for (const l of links) {
        expect(texts.get(l.meetingId)!.slice(l.start, l.end)).toBe(l.passage)
        expect(l).toMatchObject({ review: 'suggested', meetingTitle: expect.any(String) })
        expect(l.score).toBeGreaterThanOrEqual(RERANKER.threshold)
        if (l.targetItemId) expect(byId.get(l.targetItemId)!.meetingSlug).toBe(l.meetingId)
      }
      // docs/linking.md: the Myanmar pledge of 2021 is restated in 2022 ¶8.
      const myanmar = early.find((i) => /immediate cessation of violence/.test(i.text))!
      expect(links.filter((l) => l.itemId === String(myanmar.id) && l.meetingDate === '2022-05-23').map((l) => [l.kind, l.paragraph])).toContainEqual([
        'reaffirmed',
        8,
      ])
    })

    it('prints counts that agree with the store', async () => {
      const visible = await store.listLinks({ itemIds: items.map((i) => i.id) })
      expect(first.links).toBe(visible.length)
      expect(first.suggestions).toBe(visible.length)
      expect(first.itemsLinked).toBe(new Set(visible.map((l) => l.itemId)).size)
      expect(Object.values(first.byKind).reduce((a, b) => a + b, 0)).toBe(first.links)
      expect(first.pairs).toHaveLength(10)
      expect(first.pairs.reduce((n, p) => n + p.links, 0)).toBe(first.links)
      expect(first.trackable).toBe(items.filter((i) => i.trackable && i.meetingDate !== '2025-02-07').length)
    })

    it('changes nothing when run again', async () => {
      const before = await allLinks()
      const r = await cli('link')
      expect(r.code).toBe(0)
      expect(r.out).toMatch(/^U\.S\.-Japan Leaders' Summit: 5 meetings; \d+ of \d+ trackable items of the earlier meetings linked \(\d+ %\)$/m)
      expect(r.out).toMatch(/this run: \d+ suggestions, nothing changed/)
      expect(r.out).toMatch(/^ {2}2021-04-16 → 2022-05-23 {2}\d+ links$/m)
      expect(await allLinks()).toEqual(before)
    })

    it('confirms a link: the link row and a history entry by the acting user; twice changes nothing', async () => {
      const link = await pick((l) => l.kind !== 'reported-done')
      const r = await cli('link', 'confirm', String(link.id), '--note', 'same pledge', '--as', 'alice')
      expect(r.code).toBe(0)
      expect(r.out.trim()).toMatch(
        new RegExp(
          `^link ${link.id} \\(${link.kind} link to ${link.meetingDate} ¶${link.paragraph}\\): suggested → confirmed; item ${link.itemId} v2 \\(by alice\\)$`,
        ),
      )
      expect((await store.getLink(link.id))!.review).toBe('confirmed')
      const history = await historyOf(link.itemId)
      expect(history).toEqual([
        expect.objectContaining({
          field: 'link',
          before: 'suggested',
          after: 'confirmed',
          actor: 'alice',
          version: 2,
          note: `link ${link.id}: ${link.kind}, ${link.meetingId} ¶${link.paragraph}; same pledge`,
        }),
      ])
      const again = await cli('link', 'confirm', String(link.id))
      expect(again.out.trim()).toMatch(/is already confirmed; nothing changed$/)
      expect(await historyOf(link.itemId)).toHaveLength(1)
      expect((await store.getItem(Number(link.itemId)))!.tracking!.status).toBe('not-started')
    })

    it('refuses --apply on a link that is not reported-done with one line and exit 2, writing nothing', async () => {
      const link = await pick((l) => l.kind === 'reaffirmed')
      const r = await cli('link', 'confirm', String(link.id), '--apply')
      expect(r.code).toBe(2)
      expect(r.err.trim().split('\n')).toEqual([
        expect.stringMatching(new RegExp(`^communique: error: --apply applies only to reported-done links, and link ${link.id} is a reaffirmed link;`)),
      ])
      expect((await store.getLink(link.id))!.review).toBe('suggested')
      expect(await historyOf(link.itemId)).toEqual([])
    })

    it('applies a confirmed reported-done link: status done, the passage as evidence, in history', async () => {
      const link = await pick((l) => l.kind === 'reported-done')
      const r = await cli('link', 'confirm', String(link.id), '--apply', '--json')
      expect(r.code).toBe(0)
      const result = JSON.parse(r.out) as { before: string; entries: HistoryEntry[]; item: StoredItem }
      expect(result.before).toBe('suggested')
      expect(result.entries.map((e) => [e.field, e.version])).toEqual([
        ['link', 2],
        ['status', 3],
        ['evidence', 4],
      ])
      const detail = (await store.getItemDetail(Number(link.itemId)))!
      expect(detail.tracking).toMatchObject({ status: 'done', version: 4, updatedBy: 'tester' })
      expect(detail.evidence).toEqual([expect.objectContaining({ date: link.meetingDate, url: null, author: 'tester' })])
      expect(detail.evidence[0]!.note).toBe(`Reported done in ${link.meetingTitle} (${link.meetingDate}), ¶${link.paragraph}: "${link.passage}"`)
      expect(detail.history.map((e) => [e.field, e.before, e.after])).toEqual([
        ['link', 'suggested', 'confirmed'],
        ['status', 'not-started', 'done'],
        ['evidence', null, expect.objectContaining({ date: link.meetingDate })],
      ])
      const again = await cli('link', 'confirm', String(link.id), '--apply')
      expect(again.out.trim()).toMatch(/is already confirmed; nothing changed$/)
      expect((await store.getItemDetail(Number(link.itemId)))!.evidence).toHaveLength(1)
    })

    it('hides a rejected link unless --all, and a re-run does not suggest it again', async () => {
      const link = await pick(() => true)
      const r = await cli('link', 'reject', String(link.id), '--note', 'another summit')
      expect(r.code).toBe(0)
      expect(r.out).toMatch(new RegExp(`^link ${link.id} .*: suggested → rejected; item ${link.itemId} v2 \\(by tester\\)`))
      expect((await historyOf(link.itemId)).map((e) => [e.field, e.before, e.after, e.actor])).toEqual([['link', 'suggested', 'rejected', 'tester']])
      const shown = JSON.parse((await cli('links', link.itemId, '--json')).out) as StoredLink[]
      expect(shown.map((l) => l.id)).not.toContain(link.id)
      expect((await cli('links', link.itemId)).out).toMatch(/\(1 rejected link hidden; --all shows it\)/)
      const every = JSON.parse((await cli('links', link.itemId, '--all', '--json')).out) as StoredLink[]
      expect(every.find((l) => l.id === link.id)).toMatchObject({ review: 'rejected' })
      expect(every.map((l) => l.score)).toEqual([...every.map((l) => l.score)].sort((a, b) => b - a))
      const rerun = (JSON.parse((await cli('link', '--series', SERIES, '--json')).out) as SeriesLinkResult[])[0]!
      expect(rerun).toMatchObject({ inserted: 0, updated: 0, removed: 0 })
      expect(rerun.byReview).toEqual({ suggested: first.links - 3, confirmed: 2, rejected: 1 })
      const same = (await allLinks()).filter((l) => l.itemId === link.itemId && l.meetingId === link.meetingId && l.start === link.start)
      expect(same.map((l) => [l.id, l.review])).toEqual([[link.id, 'rejected']])
      expect((await store.listLinks({ itemIds: [Number(link.itemId)] })).map((l) => l.id)).not.toContain(link.id)
    })

    it('replaces suggestions when run with another threshold, keeping reviewed links', async () => {
      const reviewed = (await allLinks()).filter((l) => l.review !== 'suggested')
      const strict = (JSON.parse((await cli('link', '--series', SERIES, '--threshold', '0.85', '--json')).out) as SeriesLinkResult[])[0]!
      expect(strict.removed).toBeGreaterThan(0)
      expect(strict.inserted).toBe(0)
      const left = await allLinks()
      expect(left.filter((l) => l.review === 'suggested').every((l) => l.score >= 0.85)).toBe(true)
      expect(left.filter((l) => l.review !== 'suggested')).toEqual(reviewed)
      const back = (JSON.parse((await cli('link', '--series', SERIES, '--json')).out) as SeriesLinkResult[])[0]!
      expect(back.inserted).toBe(strict.removed)
      expect(back.links).toBe(first.links - 1)
    })

    it('replaces a suggestion whose passage changed at the same offsets (a new document version)', async () => {
      const link = await pick(() => true)
      await rawExec(h, `update links set passage = 'older words', kind = 'dropped' where id = ${link.id}`)
      const rerun = (JSON.parse((await cli('link', '--series', SERIES, '--json')).out) as SeriesLinkResult[])[0]!
      expect(rerun).toMatchObject({ inserted: 1, updated: 0, removed: 1 })
      const now = (await allLinks()).filter((l) => l.itemId === link.itemId && l.meetingId === link.meetingId && l.start === link.start)
      expect(now).toEqual([{ ...link, id: expect.any(Number) }])
      expect(now[0]!.id).not.toBe(link.id)
    })

    it('never lets a plan computed before a review overwrite it', async () => {
      const confirmed = (await store.listLinks({ review: ['confirmed'] }))[0]!
      const { id, meetingTitle, meetingDate, ...rest } = confirmed
      void meetingTitle
      void meetingDate
      const result = await store.saveLinkPlan(
        { insert: [{ ...rest, review: 'suggested' }], update: [{ id, kind: 'dropped', score: 0.99 }], remove: [id] },
        '2026-03-01T00:00:00.000Z',
      )
      expect(result).toEqual({ inserted: 0, updated: 0, removed: 0 })
      expect(await store.getLink(id)).toEqual(confirmed)
    })

    it('refuses a review based on a stale item version (exit 3), writing nothing', async () => {
      const link = await pick(() => true)
      const error = await store
        .reviewLink(link.id, { review: 'rejected' }, { actor: 'x', at: '2026-03-01T00:00:00.000Z', expectedVersion: 7 })
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(CommuniqueError)
      expect(error).toMatchObject({ code: 'conflict', exitCode: 3 })
      expect(await store.getLink(link.id)).toEqual(link)
      expect(await historyOf(link.itemId)).toEqual([])
    })

    it('filters by later meeting and review state', async () => {
      const last = (await store.meetingsOfSeries(SERIES)).at(-1)!
      const toLast = await store.listLinks({ meetingId: last.id })
      expect(toLast.length).toBeGreaterThan(0)
      expect(toLast.every((l) => l.meetingId === last.slug && l.meetingDate === '2025-02-07')).toBe(true)
      expect(await store.listLinks({ itemIds: [] })).toEqual([])
      expect((await store.listLinks({ review: ['rejected'] })).map((l) => l.review)).toEqual(['rejected'])
      expect((await store.listLinks()).some((l) => l.review === 'rejected')).toBe(false)
    })

    it('confirms several links at once, and writes nothing when one id is unknown', async () => {
      const two = (await store.listLinks({ review: ['suggested'] })).slice(0, 2)
      expect(two).toHaveLength(2)
      const bad = await cli('link', 'confirm', String(two[0]!.id), '999999')
      expect(bad.code).toBe(1)
      expect(bad.err.trim()).toMatch(/no link 999999 in the store; .*\(nothing was written\)$/)
      expect((await store.getLink(two[0]!.id))!.review).toBe('suggested')
      const ok = await cli('link', 'confirm', String(two[0]!.id), String(two[1]!.id), '--note', 'both checked')
      expect(ok.code).toBe(0)
      expect(ok.out.trim().split('\n')).toHaveLength(2)
      for (const l of two) expect((await store.getLink(l.id))!.review).toBe('confirmed')
    })

    it('lists what one meeting says about earlier pledges, unconfirmed only, best first, with reasons', async () => {
      const last = (await store.meetingsOfSeries(SERIES)).at(-1)!
      const r = await cli('links', '--meeting', last.slug, '--unconfirmed', '--json')
      expect(r.code).toBe(0)
      const rows = JSON.parse(r.out) as Array<StoredLink & { itemText: string }>
      expect(rows.length).toBeGreaterThan(0)
      expect(rows.every((l) => l.review === 'suggested' && l.meetingId === last.slug && typeof l.itemText === 'string')).toBe(true)
      expect(rows.map((l) => l.score)).toEqual([...rows.map((l) => l.score)].sort((a, b) => b - a))
      expect(rows.every((l) => typeof l.reason === 'string' && l.reason.includes('→'))).toBe(true)
      const text = await cli('links', '--meeting', String(last.id), '--unconfirmed')
      expect(text.out).toMatch(/why: /)
      const none = await cli('links')
      expect(none.code).toBe(2)
    })

    it('keeps the fields of links ITEM --json (kind, score, passage, paragraph, meetingDate, review) and adds the reason', async () => {
      const link = await pick(() => true)
      const rows = JSON.parse((await cli('links', link.itemId, '--json')).out) as StoredLink[]
      expect(rows.length).toBeGreaterThan(0)
      for (const k of ['kind', 'score', 'passage', 'paragraph', 'meetingDate', 'review', 'reason']) expect(rows[0]).toHaveProperty(k)
    })

    it('reports unknown links, items, series and bad values with one line', async () => {
      const cases: Array<[string[], number, RegExp]> = [
        [['link', 'confirm', '999999'], 1, /^communique: error: no link 999999 in the store; run `communique links ITEM` to see the link ids of an item$/],
        [['link', 'reject', 'abc'], 2, /^communique: error: LINK must be a link id/],
        [['links', '999999'], 1, /^communique: error: no item 999999 in the store/],
        [['link', '--series', 'No Such Series'], 1, /^communique: error: no series "No Such Series" in the store/],
        [['link', '--threshold', '1.5'], 2, /^communique: error: --threshold expects a score between 0 and 1/],
      ]
      for (const [args, code, message] of cases) {
        const r = await cli(...args)
        expect({ args, code: r.code }).toEqual({ args, code })
        expect(r.err.trim().split('\n')).toHaveLength(1)
        expect(r.err.trim()).toMatch(message)
      }
    })
  })
}
