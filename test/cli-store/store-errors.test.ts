// Bad stores and bad manifests: one clear line, a non-zero exit, and nothing changed.
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SEED_PATH } from '../store/fixtures.js'
import { runCli, snapshot } from './run-cli.js'

describe('store and manifest errors', () => {
  let dir: string
  let db: string
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'communique-errors-'))
    db = join(dir, 'store.db')
    expect((await runCli(['ingest', SEED_PATH], { COMMUNIQUE_DB: db })).code).toBe(0)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('names the host of an unreachable DATABASE_URL and fails fast', async () => {
    const started = Date.now()
    const r = await runCli(['list'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test' })
    expect(r.code).toBe(1)
    expect(r.err.trim().split('\n')).toEqual([
      expect.stringMatching(/^communique: error: cannot reach PostgreSQL at 127\.0\.0\.1:1 \(ECONNREFUSED\); check DATABASE_URL or start the server$/),
    ])
    expect(Date.now() - started).toBeLessThan(6000)
  })

  it('gives up after about 5 s on a server that accepts the connection but never answers', async () => {
    const sockets: Socket[] = []
    const silent = createServer((socket) => {
      sockets.push(socket)
    })
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const port = (silent.address() as { port: number }).port
    const started = Date.now()
    try {
      const r = await runCli(['list'], { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/test` })
      expect(r.code).toBe(1)
      expect(r.err.trim().split('\n')).toEqual([
        expect.stringMatching(
          new RegExp(`^communique: error: cannot reach PostgreSQL at 127\\.0\\.0\\.1:${port} \\(.*timeout.*\\); check DATABASE_URL or start the server$`),
        ),
      ])
      expect(Date.now() - started).toBeGreaterThanOrEqual(4500)
      expect(Date.now() - started).toBeLessThan(9000)
    } finally {
      for (const s of sockets) s.destroy()
      await new Promise((resolve) => silent.close(resolve))
    }
  }, 20_000)

  it('refuses a DATABASE_URL that is not a PostgreSQL URL', async () => {
    const r = await runCli(['list'], { DATABASE_URL: 'mysql://localhost/x' })
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^communique: error: DATABASE_URL must start with postgres:\/\/ or postgresql:\/\//)
  })

  it('refuses a data file that is not a database, and leaves it as it was', async () => {
    const bogus = join(dir, 'notes.db')
    writeFileSync(bogus, 'these are my notes, not a database\n'.repeat(200))
    const before = readFileSync(bogus)
    const r = await runCli(['list'], { COMMUNIQUE_DB: bogus })
    expect(r.code).toBe(1)
    expect(r.err.trim().split('\n')).toEqual([
      `communique: error: ${bogus} is not a Communiqué store (not an SQLite database); point COMMUNIQUE_DB at another file`,
    ])
    expect(readFileSync(bogus).equals(before)).toBe(true)
  })

  it('reads a read-only store but refuses to write to it, leaving it unchanged', async () => {
    const ro = join(dir, 'readonly.db')
    copyFileSync(db, ro)
    chmodSync(ro, 0o444)
    const env = { COMMUNIQUE_DB: ro }
    const before = await snapshot(env)
    const bytes = readFileSync(ro)
    const list = JSON.parse((await runCli(['list', '--json'], env)).out) as Array<{ id: number }>
    expect(list.length).toBeGreaterThan(0)
    const r = await runCli(['status', String(list[0]!.id), 'done'], env)
    expect(r.code).toBe(1)
    expect(r.err.trim().split('\n')).toEqual([`communique: error: ${ro} is read-only; make it writable (chmod u+w) or use another store`])
    // A document the store does not hold yet, so that ingest must write.
    const fresh = join(dir, 'new-statement.txt')
    writeFileSync(fresh, `${readFileSync(SEED_PATH, 'utf8')}\n24. The Ministers decided to meet again in 2017.\n`)
    const ing = await runCli(['ingest', fresh], env)
    expect(ing.code).toBe(1)
    expect(ing.err).toMatch(/is read-only; make it writable/)
    expect(readFileSync(ro).equals(bytes)).toBe(true)
    expect(await snapshot(env)).toBe(before)
  })

  it('says which row and column of a manifest is wrong, and ingests nothing', async () => {
    const env = { COMMUNIQUE_DB: db }
    const before = await snapshot(env)
    const manifest = join(dir, 'MANIFEST.tsv')
    copyFileSync(SEED_PATH, join(dir, 'seed.txt'))
    writeFileSync(manifest, 'file\ttitle\tdate\tparties\nseed.txt\tSecond meeting\t2016-13-08\tJapan; United Kingdom\n')
    let r = await runCli(['ingest', join(dir, 'seed.txt'), '--manifest', manifest], env)
    expect(r.code).toBe(1)
    expect(r.err.trim().split('\n')).toEqual([`communique: error: ${manifest}:2: column date: "2016-13-08" is not a date; use YYYY-MM-DD, YYYY-MM or YYYY`])
    writeFileSync(manifest, 'file\ttitle\tdate\nseed.txt\tSecond meeting\n')
    r = await runCli(['ingest', dir], env)
    expect(r.err.trim()).toBe(`communique: error: ${manifest}:2: expected 3 tab-separated fields as in the header, found 2`)
    writeFileSync(manifest, 'name\ttitle\nseed.txt\tx\n')
    r = await runCli(['ingest', dir], env)
    expect(r.err.trim()).toMatch(/MANIFEST\.tsv:1: the manifest has no "file" column/)
    expect(await snapshot(env)).toBe(before)
  })
})
