// The store commands end to end, in-process, on each back-end: ingest, list, show, status, owner,
// due, evidence, comment, assess, compliance, history, search, meetings, export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { harnessFor, postgresUnavailable, type Harness } from '../store/harness.js'
import { SEED_PATH } from '../store/fixtures.js'
import { runCli, snapshot } from './run-cli.js'

const pgSkip = await postgresUnavailable()

for (const backend of ['sqlite', 'postgres'] as const) {
  const skip = backend === 'postgres' ? pgSkip : null
  describe.skipIf(skip !== null)(`store commands on ${backend}${skip ? ` (${skip})` : ''}`, () => {
    let h: Harness
    let env: Record<string, string>
    let itemId: number
    const cli = (...args: string[]) => runCli(args, env)

    beforeAll(async () => {
      h = await harnessFor(backend)()
      env = { ...h.env, COMMUNIQUE_TODAY: '2016-07-01' }
    })
    afterAll(async () => {
      await h?.cleanup()
    })

    it('ingests the seed, and a second ingest adds nothing and says so', async () => {
      const first = await cli('ingest', SEED_PATH)
      expect(first.code).toBe(0)
      expect(first.out).toMatch(/\[1\/1\] added .*japan-uk-2plus2-2016-01-08\.txt: 23 paragraphs, \d+ items/)
      expect(first.out).toMatch(/ingested 1 document in .* 1 added, 0 new versions, 0 unchanged, 0 failed/)
      const before = await snapshot(env)
      const second = await cli('ingest', SEED_PATH)
      expect(second.code).toBe(0)
      expect(second.out).toMatch(/nothing new: all 1 document was already in the store/)
      expect(await snapshot(env)).toBe(before)
    })

    it('lists meetings with their slug and items as JSON and CSV', async () => {
      const meetings = JSON.parse((await cli('meetings', '--json')).out) as Array<{ slug: string; date: string; ordinal: number }>
      expect(meetings).toEqual([
        expect.objectContaining({ slug: 'japan-uk-foreign-and-defence-ministerial-meeting-2016-01-08', date: '2016-01-08', ordinal: 2 }),
      ])
      const list = await cli('list', '--json', '--meeting', 'japan-uk-foreign-and-defence-ministerial-meeting-2016-01-08')
      const items = JSON.parse(list.out) as Array<{ id: number; trackable: boolean; tracking: { version: number } }>
      // Extraction quality is not under test here; the seed has pledges, so the extractor must find some.
      expect(items.length).toBeGreaterThan(0)
      expect(items.every((i) => i.trackable && i.tracking.version === 1)).toBe(true)
      itemId = items[0]!.id
      const csv = await cli('list', '--csv', '--meeting', '1')
      expect(csv.out.split('\r\n')[0]).toBe('id,meeting,date,para,local,type,status,owner,due,actors,topics,text')
    })

    it('finds paragraph 13 for "cybersecurity" with the word highlighted, and filters combine', async () => {
      const r = await cli('search', 'cybersecurity')
      expect(r.code).toBe(0)
      expect(r.out).toMatch(/¶13/)
      expect(r.out).toContain('**cybersecurity**')
      const json = JSON.parse((await cli('search', 'cybersecurity', '--json')).out) as Array<{ paragraph: number; snippet: string }>
      expect(json.map((x) => x.paragraph)).toContain(13)
      expect((await cli('search', 'cybersecurity', '--party', 'France')).out.trim()).toBe('(nothing found)')
      expect(JSON.parse((await cli('search', 'cybersecurity', '--meeting', '1', '--json')).out)).toHaveLength(json.length)
    })

    it('changes status, owner, due date, evidence, comments and assessments, with history', async () => {
      const id = String(itemId)
      expect((await cli('status', id, 'in progress', '--note', 'talks started', '--as', 'alice')).out).toMatch(
        new RegExp(`^item ${id} v2: status: not-started → in-progress \\(by alice\\)`),
      )
      expect((await cli('owner', id, 'MOFA Security Policy Division')).code).toBe(0)
      expect((await cli('due', id, '2016-03-31')).code).toBe(0)
      expect((await cli('evidence', id, '--url', 'https://example.org/e', '--note', 'meeting held', '--date', '2016-03-01')).code).toBe(0)
      expect((await cli('comment', id, 'Waiting', 'for', 'the', 'minutes')).code).toBe(0)
      expect((await cli('assess', id, '--party', 'Japan', '--score', '0', '--rationale', 'under way', '--round', 'interim-2016')).code).toBe(0)
      expect((await cli('assess', id, '--party', 'UK', '--score', '+1', '--rationale', 'done', '--round', 'final-2016')).code).toBe(0)
      const show = (await cli('show', id)).out
      expect(show).toMatch(/Status: in-progress \| Owner: MOFA Security Policy Division \| Due: 2016-03-31 \(edited\) \| Version: 8/)
      expect(show).toMatch(/\[final-2016\] United Kingdom: \+1 \(done\)/)
      expect(show).toMatch(/Compliance \(latest per party\): Japan 50 %, United Kingdom 100 %/)
      const history = JSON.parse((await cli('history', id, '--json')).out) as Array<{ field: string; actor: string; version: number }>
      expect(history.map((e) => e.field)).toEqual(['status', 'owner', 'due', 'evidence', 'comment', 'assessment', 'assessment'])
      expect(history[0]!.actor).toBe('alice')
      expect(history[1]!.actor).toBe('tester')
      expect((await cli('list', '--overdue', '--json')).out).toContain(`"id": ${id},`)
      const comp = await cli('compliance', '--by', 'party', '--csv')
      expect(comp.out.split('\r\n').slice(0, 3)).toEqual(['party,assessments,items,mean,percent', 'Japan,1,1,0.00,50 %', 'United Kingdom,1,1,1.00,100 %'])
      expect((await cli('compliance', '--round', 'interim-2016', '--json')).out).toContain('"percent": 50')
    })

    it('refuses a stale update with exit 3 and one line, leaving the store unchanged', async () => {
      const before = await snapshot(env)
      const r = await cli('status', String(itemId), 'done', '--if-version', '1')
      expect(r.code).toBe(3)
      expect(r.err.trim().split('\n')).toEqual([
        `communique: error: item ${itemId} changed since you read it (now version 8, your change was based on 1); run \`communique show ${itemId}\` and try again`,
      ])
      expect(await snapshot(env)).toBe(before)
    })

    it('gives one clear line, a non-zero exit and no change for each bad input', async () => {
      const before = await snapshot(env)
      const cases: Array<[string[], number, RegExp]> = [
        [['show', '999999'], 1, /^communique: error: no item 999999 in the store; run `communique list` to see item ids$/],
        [['status', '999999', 'done'], 1, /^communique: error: no item 999999 in the store/],
        [['status', 'abc', 'done'], 2, /^communique: error: ITEM must be an item id/],
        [
          ['status', String(itemId), 'finished'],
          2,
          /^communique: error: invalid status "finished"; use one of not-started, in-progress, partially-done, done, stalled, dropped$/,
        ],
        [['assess', String(itemId), '--party', 'Japan', '--score', '2', '--rationale', 'x'], 2, /^communique: error: invalid score "2"; use -1/],
        [
          ['assess', String(itemId), '--party', 'France', '--score', '1', '--rationale', 'x'],
          2,
          /^communique: error: "France" is not a party of item \d+; assess one of: Japan, United Kingdom$/,
        ],
        [['due', String(itemId), '31/12/2016'], 2, /^communique: error: the due date expects a date as YYYY-MM-DD/],
        [['list', '--meeting', 'nope'], 1, /^communique: error: no meeting "nope" in the store/],
        [['search', '--', '-only'], 2, /^communique: error: the search "-only" has no word to look for/],
      ]
      for (const [args, code, message] of cases) {
        const r = await cli(...args)
        expect({ args, code: r.code }).toEqual({ args, code })
        expect(r.err.trim().split('\n')).toHaveLength(1)
        expect(r.err.trim()).toMatch(message)
      }
      expect(await snapshot(env)).toBe(before)
    })
  })
}
