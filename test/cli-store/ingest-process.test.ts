// Ingest as whole processes: idempotent over the corpus, safe against SIGKILL part-way, and a CLI
// process sharing the SQLite file with a long-running process loses no writes.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { harnessFor, postgresUnavailable, type Harness } from '../store/harness.js'
import { rawExec } from '../store/raw.js'
import { HAS_SHARED, NO_SHARED } from '../helpers/paths.js'
import { SEED_PATH, SHARED } from '../store/fixtures.js'
import { runCli } from './run-cli.js'

const CORPUS = `${SHARED}corpus`
const WH = `${CORPUS}/wh-briefings-outcome-docs`
const PH = `${CORPUS}/dutertetimes-ph-reposts`
const FULL = process.env.CI === 'true' || process.env.COMMUNIQUE_FULL_CORPUS === '1'
const pgSkip = await postgresUnavailable()
const entry = (name: string) => fileURLToPath(new URL(name, import.meta.url))

/** Starts the CLI (from source) in a child process. */
function spawnCli(args: string[], env: Record<string, string>) {
  return spawn(process.execPath, ['--import', 'tsx', entry('./cli-entry.ts'), ...args], {
    env: { ...process.env, COMMUNIQUE_USER: 'tester', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

async function count(h: Harness, sql: string): Promise<number> {
  return Number((await rawExec(h, sql))[0]?.n ?? 0)
}

/** Every stored document has all its paragraphs, items and tracking rows. */
async function incompleteDocuments(h: Harness): Promise<number> {
  return count(
    h,
    `select count(*) as n from documents d where
    paragraph_count <> (select count(*) from paragraphs p where p.document_id = d.id) or
    item_count <> (select count(*) from items i where i.document_id = d.id) or
    (select count(*) from items i where i.document_id = d.id and i.trackable = 1) <> (select count(*) from tracking t join items i on i.id = t.item_id where i.document_id = d.id)`,
  )
}

describe.skipIf(!HAS_SHARED)(
  `ingest of the corpus twice into a fresh SQLite store (${FULL ? 'whole corpus' : 'White House and Philippine folders; the whole corpus when CI=true or COMMUNIQUE_FULL_CORPUS=1'})${NO_SHARED}`,
  () => {
    let h: Harness
    beforeAll(async () => {
      h = await harnessFor('sqlite')()
    })
    afterAll(async () => {
      await h?.cleanup()
    })

    it('adds every document once, then adds nothing and says so', async () => {
      const inputs = FULL ? [CORPUS] : [WH, PH]
      const first = await runCli(['ingest', ...inputs], h.env)
      expect(first.code).toBe(0)
      const total = FULL ? 2141 : 203
      expect(first.out).toMatch(
        new RegExp(
          `ingested ${total.toLocaleString('en-US')} documents in [\\d.]+ s .*: ${total.toLocaleString('en-US')} added, 0 new versions, 0 unchanged, 0 failed`,
        ),
      )
      const docs = await count(h, 'select count(*) as n from documents')
      const items = await count(h, 'select count(*) as n from items')
      expect(docs).toBe(total)
      // The corpus has pledges, so the extractor finds items (how many is the extractor's business).
      expect(items).toBeGreaterThan(0)
      const second = await runCli(['ingest', ...inputs], h.env)
      expect(second.code).toBe(0)
      expect(second.out.trim().split('\n').pop()).toMatch(new RegExp(`^nothing new: all ${total.toLocaleString('en-US')} documents were already in the store`))
      expect(await count(h, 'select count(*) as n from documents')).toBe(docs)
      expect(await count(h, 'select count(*) as n from items')).toBe(items)
      expect(await incompleteDocuments(h)).toBe(0)
    }, 900_000)
  },
)

for (const backend of ['sqlite', 'postgres'] as const) {
  const skip = backend === 'postgres' ? pgSkip : null
  describe.skipIf(skip !== null || !HAS_SHARED)(`an ingest killed with SIGKILL part-way on ${backend}${skip ? ` (${skip})` : NO_SHARED}`, () => {
    let h: Harness
    beforeAll(async () => {
      h = await harnessFor(backend)()
    })
    afterAll(async () => {
      await h?.cleanup()
    })

    it('leaves only complete documents, and a re-run completes the rest without duplicates', async () => {
      const child = spawnCli(['ingest', WH], h.env)
      let stderr = ''
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString()
      })
      let ended = false
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('exit', (_code, signal) => {
          ended = true
          resolve(signal)
        }),
      )
      const deadline = Date.now() + 120_000
      let stored = 0
      while (Date.now() < deadline && !ended) {
        await new Promise((r) => setTimeout(r, 50))
        stored = await count(h, 'select count(*) as n from documents').catch(() => 0)
        if (stored >= 8) break
      }
      child.kill('SIGKILL')
      expect(await exited, stderr).toBe('SIGKILL')
      const atKill = await count(h, 'select count(*) as n from documents')
      expect(atKill).toBeGreaterThanOrEqual(8)
      expect(atKill).toBeLessThan(200)
      expect(await incompleteDocuments(h)).toBe(0)
      if (backend === 'sqlite') {
        expect(await rawExec(h, 'pragma integrity_check')).toEqual([{ integrity_check: 'ok' }])
        await rawExec(h, "insert into paragraphs_fts(paragraphs_fts) values('integrity-check')")
      }
      const rerun = await runCli(['ingest', WH], h.env)
      expect(rerun.code).toBe(0)
      expect(rerun.out).toMatch(new RegExp(`: ${200 - atKill} added, 0 new versions, ${atKill} unchanged, 0 failed`))
      expect(await count(h, 'select count(*) as n from documents')).toBe(200)
      expect(await count(h, 'select count(distinct content_hash) as n from documents')).toBe(200)
      expect(await count(h, 'select count(distinct source) as n from documents')).toBe(200)
      expect(await incompleteDocuments(h)).toBe(0)
    }, 300_000)
  })
}

describe('a CLI process and a long-running process sharing one SQLite file', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harnessFor('sqlite')()
    expect((await runCli(['ingest', SEED_PATH], h.env)).code).toBe(0)
  })
  afterAll(async () => {
    await h?.cleanup()
  })

  it('loses no write from either', async () => {
    const store = await h.open()
    const item = (await store.listItems({ trackableOnly: true }))[0]!
    const child = spawn(process.execPath, ['--import', 'tsx', entry('./cli-loop.ts'), String(item.id), '30'], {
      env: { ...process.env, ...h.env, COMMUNIQUE_USER: 'cli' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
    })
    const done = new Promise<void>((resolve) => child.on('exit', () => resolve()))
    let serverWrites = 0
    let finished = false
    void done.then(() => {
      finished = true
    })
    // The long-running process keeps writing until the CLI process is done (at least 30 times).
    while (!finished || serverWrites < 30) {
      await store.applyChange(item.id, { kind: 'comment', text: `server ${serverWrites}` }, { actor: 'server', at: new Date().toISOString() })
      serverWrites++
      await new Promise((r) => setTimeout(r, 5))
    }
    await done
    expect(JSON.parse(out.trim())).toEqual({ failures: 0 })
    const comments = await store.listComments([item.id])
    const history = await store.history(item.id)
    await store.close()
    expect(comments.filter((c) => c.author === 'cli')).toHaveLength(30)
    expect(comments.filter((c) => c.author === 'server')).toHaveLength(serverWrites)
    expect(history.map((e) => e.version)).toEqual(Array.from({ length: 30 + serverWrites }, (_, i) => i + 2))
  }, 120_000)
})
