// Acceptance 4: 50 concurrent status updates on one item from 50 processes (one connection each),
// on each back-end: every update is applied or refused as stale, history holds exactly the
// applied ones in order, and the final state equals the last applied one.
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STATUSES } from '../../src/core/tracking.js'
import { bundleForNode } from './bundle.js'
import { seedDocument } from './fixtures.js'
import { harnessFor, postgresUnavailable, type Harness } from './harness.js'

const WORKERS = 50
const pgSkip = await postgresUnavailable()

interface Result {
  outcome: 'applied' | 'stale' | 'error'
  status: string
  note: string
  version?: number
  message?: string
}

/** Starts every worker, waits until all have opened the store, then releases them at once. */
async function race(entry: string, env: Record<string, string>, itemId: number): Promise<Result[]> {
  const children = Array.from({ length: WORKERS }, (_, i) =>
    spawn(process.execPath, [entry, String(itemId), STATUSES[i % STATUSES.length]!, `w${i}`], {
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    }),
  )
  const outputs = children.map((c) => {
    let out = ''
    let err = ''
    c.stdout.on('data', (d: Buffer) => {
      out += d.toString()
    })
    c.stderr.on('data', (d: Buffer) => {
      err += d.toString()
    })
    return {
      ready: new Promise<void>((resolve, reject) => {
        const timer = setInterval(() => {
          if (out.includes('ready')) {
            clearInterval(timer)
            resolve()
          }
        }, 20)
        c.on('exit', (code) => {
          clearInterval(timer)
          if (!out.includes('ready')) reject(new Error(`worker exited (${code}) before ready: ${err}`))
        })
      }),
      // Note: 'close', not 'exit': at 'exit' the child's stdout may still hold its last line (the result).
      done: new Promise<{ out: string; err: string; code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        c.on('close', (code, signal) => resolve({ out, err, code, signal })),
      ),
    }
  })
  await Promise.all(outputs.map((o) => o.ready))
  for (const c of children) c.stdin.end('go\n')
  const ends = await Promise.all(outputs.map((o) => o.done))
  return ends.map((e, i) => {
    const last = e.out.trim().split('\n').pop()!
    // Note: a worker that dies after "ready" (a crash, a kill) says how, instead of a JSON parse error.
    if (!last.startsWith('{')) throw new Error(`worker ${i} ended (code ${e.code}, signal ${e.signal}) without a result; stderr: ${e.err.trim() || '(empty)'}`)
    return JSON.parse(last) as Result
  })
}

for (const backend of ['sqlite', 'postgres'] as const) {
  const skip = backend === 'postgres' ? pgSkip : null
  describe.skipIf(skip !== null)(`50 concurrent status updates on ${backend}${skip ? ` (${skip})` : ''}`, () => {
    let h: Harness
    let entry: string
    beforeAll(async () => {
      h = await harnessFor(backend)()
      const store = await h.open()
      await store.saveDocument(seedDocument())
      await store.close()
      entry = await bundleForNode('./update-worker.ts')
    })
    afterAll(async () => {
      await h?.cleanup()
      if (entry) rmSync(dirname(entry), { recursive: true, force: true })
    })

    it('applies or refuses each update, and history holds exactly the applied ones in order', async () => {
      const store = await h.open()
      const item = (await store.listItems({ type: 'directive' }))[0]!
      await store.close()
      const results = await race(entry, h.env, item.id)
      expect(results.filter((r) => r.outcome === 'error')).toEqual([])
      const applied = results.filter((r) => r.outcome === 'applied').sort((a, b) => a.version! - b.version!)
      const stale = results.filter((r) => r.outcome === 'stale')
      expect(applied.length + stale.length).toBe(WORKERS)
      expect(applied.length).toBeGreaterThan(0)
      for (const s of stale) expect(s.message).toMatch(/changed since you read it|changed while your update was written/)
      const after = await h.open()
      const history = await after.history(item.id)
      const final = await after.getItem(item.id)
      await after.close()
      expect(history.map((e) => [e.version, e.after, e.note])).toEqual(applied.map((a) => [a.version, a.status, a.note]))
      expect(applied.map((a) => a.version)).toEqual(applied.map((_, i) => i + 2))
      const last = applied[applied.length - 1]!
      expect(final!.tracking).toMatchObject({ status: last.status, version: last.version })
      console.log(`${backend}: ${applied.length} applied, ${stale.length} refused as stale`)
    }, 240_000)
  })
}
