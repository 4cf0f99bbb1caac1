// `communique serve` as a process on SQLite: --example and --admin print a password once, the server
// answers, SIGTERM exits 0; a port in use is one line and exit 2. Runs the built CLI (npm run build).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const BIN = fileURLToPath(new URL('../../bin/communique.js', import.meta.url))

function run(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  const io = { out: '', err: '' }
  child.stdout.on('data', (d: Buffer) => {
    io.out += d.toString()
  })
  child.stderr.on('data', (d: Buffer) => {
    io.err += d.toString()
  })
  const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)))
  return { child, io, exit }
}

describe('communique serve (process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-serve-'))
  const env = { COMMUNIQUE_DB: join(dir, 's.db'), DATABASE_URL: '' }
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('starts on the example with a first admin, answers, and stops on SIGTERM', async () => {
    const p = run(['serve', '--example', '--admin', 'admin', '--port', '0', '--log-level', 'silent'], env)
    const base = await new Promise<string>((resolve, reject) => {
      const t = setInterval(() => {
        const m = /serving .* at (http:\/\/\S+)/.exec(p.io.out)
        if (m) {
          clearInterval(t)
          resolve(m[1]!)
        }
      }, 50)
      void p.exit.then((c) => {
        clearInterval(t)
        reject(new Error(`exited ${c}: ${p.io.err}`))
      })
    })
    const password = /password: (\S+)/.exec(p.io.out)![1]!
    const res = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    })
    expect(res.status).toBe(200)
    await res.arrayBuffer()
    p.child.kill('SIGTERM')
    expect(await p.exit).toBe(0)
  })

  it('says in one line that the port is in use (exit 2)', async () => {
    const holder = createServer()
    await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r))
    const port = (holder.address() as { port: number }).port
    try {
      const p = run(['serve', '--port', String(port), '--log-level', 'silent'], env)
      expect(await p.exit).toBe(2)
      expect(p.io.err.trim()).toBe(`communique: error: port ${port} on 127.0.0.1 is in use; stop what runs there or pick another with --port`)
    } finally {
      holder.close()
    }
  })
})
