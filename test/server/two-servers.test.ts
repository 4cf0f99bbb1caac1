// Two `communique serve` processes on one PostgreSQL store: a session opened on one works on the
// other (sessions live in the store), concurrent PATCHes with the same If-Match apply exactly once
// across both, history holds that one change, and SIGTERM stops each cleanly (exit 0).
// Runs the built CLI (npm run build).
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDocument } from '../store/fixtures.js'
import { postgresHarness, postgresUnavailable, type Harness } from '../store/harness.js'
import { Client } from './server-harness.js'

const BIN = fileURLToPath(new URL('../../bin/communique.js', import.meta.url))
const skip = await postgresUnavailable()

interface Proc {
  child: ChildProcess
  base: string
  exit: Promise<number | null>
}

async function serve(env: Record<string, string>, args: string[], stdin?: string): Promise<Proc> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--log-level', 'silent', ...args], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  child.stdin!.end(stdin ?? '')
  let out = ''
  let err = ''
  const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)))
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /serving .* at (http:\/\/\S+)/.exec(out)
      if (m) resolve(m[1]!)
    })
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString()
    })
    void exit.then((code) => reject(new Error(`serve exited (${code}): ${err || out}`)))
  })
  return { child, base, exit }
}

describe.skipIf(skip)('two server processes on one PostgreSQL store', () => {
  let h: Harness
  const procs: Proc[] = []
  let itemId = 0
  beforeAll(async () => {
    h = await postgresHarness()
    const store = await h.open()
    await store.saveDocument(seedDocument())
    itemId = (await store.listItems({ trackableOnly: true }))[0]!.id
    await store.close()
    procs.push(await serve(h.env, ['--admin', 'admin', '--password-stdin'], 'admin-password-1\n'))
    procs.push(await serve(h.env, []))
  })
  afterAll(async () => {
    for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGTERM')
    await h?.cleanup()
  })

  it('shares sessions, applies a contested change once, and stops on SIGTERM', async () => {
    const a = new Client(procs[0]!.base)
    expect((await a.signIn('admin', 'admin-password-1')).status).toBe(200)
    const b = new Client(procs[1]!.base)
    b.cookie = a.cookie
    b.csrf = a.csrf
    const got = await b.req('GET', `/api/items/${itemId}`)
    expect(got.status).toBe(200)
    const etag = got.headers.get('etag')!
    await got.arrayBuffer()
    const statuses = ['in progress', 'done', 'stalled', 'dropped']
    const answers = await Promise.all(
      Array.from({ length: 16 }, async (_, i) => {
        const res = await (i % 2 ? b : a).change('PATCH', `/api/items/${itemId}`, {
          body: { status: statuses[i % statuses.length] },
          headers: { 'if-match': etag },
        })
        await res.arrayBuffer()
        return res.status
      }),
    )
    expect(answers.filter((s) => s === 200)).toHaveLength(1)
    expect(answers.filter((s) => s === 412)).toHaveLength(15)
    const history = (await (await a.req('GET', `/api/items/${itemId}/history`)).json2()).history as Array<{ actor: string }>
    expect(history).toHaveLength(1)
    expect(history[0]!.actor).toBe('admin')
    for (const p of procs) p.child.kill('SIGTERM')
    expect(await Promise.all(procs.map((p) => p.exit))).toEqual([0, 0])
  })
})
