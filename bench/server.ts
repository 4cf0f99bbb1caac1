// Server throughput: `communique serve` (a child process) over the UN General Debate speeches, loaded
// by autocannon with a mix of list 60 % (one of the first 20 pages) / item 25 % / search 10 % /
// status change 5 % (PATCH with If-Match), on SQLite and PostgreSQL. Prints req/s, p50, p99 and
// errors, then checks that every applied status change is in the item's history exactly once.
// Knobs (environment): BENCH_SERVER_SECONDS (default 60), BENCH_SERVER_CONNECTIONS (200),
// BENCH_SERVER_FILES (how many UN speeches to load; default all 1,938).
// Run alone: npm run build && npx tsx bench/server.ts
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import pg from 'pg'
import { addUser, createApiToken } from '../src/commands/accounts.js'
import { collectInputs } from '../src/commands/collect-inputs.js'
import { ingestMany } from '../src/commands/ingest-many.js'
import { openStore, type OpenStoreOptions } from '../src/store/open-store.js'
import type { Store } from '../src/store/store.js'
import { isMain, PG_URL, report, unFiles } from './common.js'

const SECONDS = Number(process.env.BENCH_SERVER_SECONDS ?? 60)
const CONNECTIONS = Number(process.env.BENCH_SERVER_CONNECTIONS ?? 200)
const FILES = process.env.BENCH_SERVER_FILES ? Number(process.env.BENCH_SERVER_FILES) : undefined
const CACHE = fileURLToPath(new URL('../node_modules/.cache/communique-bench/', import.meta.url))
const BIN = fileURLToPath(new URL('../bin/communique.js', import.meta.url))
const STATUSES = ['in progress', 'partially done', 'done', 'stalled', 'not started']
const QUERIES = ['climate change', 'nuclear weapons', 'sustainable development', 'terrorism', 'human rights', 'food security', 'peacekeeping', 'refugees']
const USER = 'bench-admin'

/** Figures of one back-end. */
export interface ServerFigures {
  backend: string
  items: number
  seconds: number
  connections: number
  reqPerSec: number
  p50: number
  p99: number
  errors: number
  timeouts: number
  statuses: Record<string, number>
  applied: number
  historyCheck: string
}

async function prepare(store: Store, log: (l: string) => void): Promise<{ token: string; itemIds: number[] }> {
  const files = unFiles().slice(0, FILES)
  const s = await ingestMany(collectInputs(files), { store, actor: 'bench', now: new Date().toISOString() })
  if (s.added + s.newVersions > 0) {
    await store.optimize()
    log(`server bench: loaded ${s.added} UN speeches into ${store.location} (${(s.ms / 1000).toFixed(1)} s)`)
  }
  if (!(await store.accounts.getUser(USER)))
    await addUser(store, { name: USER, role: 'admin', password: 'bench-password-not-secret' }, new Date().toISOString())
  const { token } = await createApiToken(store, USER, new Date().toISOString())
  const itemIds = (await store.listItems({ trackableOnly: true })).map((i) => i.id)
  return { token, itemIds }
}

function serve(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--log-level', 'silent', '--pool-size', '10'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString()
  })
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /serving .* at (http:\/\/\S+)/.exec(out)
      if (m) resolve({ child, base: m[1]! })
    })
    child.on('exit', (code) => reject(new Error(`serve exited (${code}): ${err || out}`)))
  })
}

interface Pending {
  kind: 'list' | 'item' | 'search' | 'patch'
  id?: number
  status?: string
  ifVersion?: number
}

/** The cursors of the first `pages` pages of GET /api/items (keyset cursors are opaque: follow nextCursor). */
async function pageCursors(base: string, token: string, pages: number): Promise<string[]> {
  const out = ['']
  while (out.length < pages) {
    const r = await fetch(`${base}/api/items?limit=50${out[out.length - 1] ? `&cursor=${out[out.length - 1]}` : ''}`, {
      headers: { authorization: `Bearer ${token}` },
    })
    const next = ((await r.json()) as { nextCursor: string | null }).nextCursor
    if (!next) break
    out.push(next)
  }
  return out
}

async function load(base: string, token: string, itemIds: number[]) {
  const cursors = await pageCursors(base, token, 20)
  const versions = new Map<number, number>()
  const applied: Array<{ id: number; version: number }> = []
  const statuses: Record<string, number> = {}
  const pick = <T>(a: readonly T[]): T => a[Math.floor(Math.random() * a.length)]!
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 30,
    headers: { authorization: `Bearer ${token}` },
    requests: [
      {
        setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
          const r = Math.random()
          const id = pick(itemIds)
          let p: Pending
          const cursor = pick(cursors)
          if (r < 0.6) {
            p = { kind: 'list' }
            Object.assign(req, { method: 'GET', path: `/api/items?limit=50${cursor ? `&cursor=${cursor}` : ''}`, body: undefined })
          } else if (r < 0.85) {
            p = { kind: 'item', id }
            Object.assign(req, { method: 'GET', path: `/api/items/${id}`, body: undefined })
          } else if (r < 0.95) {
            p = { kind: 'search' }
            Object.assign(req, { method: 'GET', path: `/api/search?q=${encodeURIComponent(pick(QUERIES))}&limit=20`, body: undefined })
          } else {
            const status = pick(STATUSES)
            p = { kind: 'patch', id, status, ifVersion: versions.get(id) ?? 1 }
            Object.assign(req, {
              method: 'PATCH',
              path: `/api/items/${id}`,
              body: JSON.stringify({ status }),
              headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': `"${p.ifVersion}"` },
            })
          }
          context.pending = p
          return req
        },
        onResponse: (status: number, body: string, context: Record<string, unknown>) => {
          const p = context.pending as Pending
          statuses[`${p.kind} ${status}`] = (statuses[`${p.kind} ${status}`] ?? 0) + 1
          if (p.kind === 'item' && status === 200) versions.set(p.id!, (JSON.parse(body) as { version: number }).version)
          if (p.kind === 'patch' && status === 200) {
            const v = (JSON.parse(body) as { version: number }).version
            versions.set(p.id!, v)
            // A status equal to the current one changes nothing (no version, no history entry).
            if (v > p.ifVersion!) applied.push({ id: p.id!, version: v })
          }
          if (p.kind === 'patch' && status === 412) versions.set(p.id!, (JSON.parse(body) as { params: { version: number } }).params.version)
        },
      },
    ],
  })
  return { result, applied, statuses }
}

async function check(store: Store, applied: Array<{ id: number; version: number }>): Promise<string> {
  const ids = [...new Set(applied.map((a) => a.id))]
  const history = (await store.listHistory(ids)).filter((h) => h.actor === USER && h.field === 'status')
  const count = new Map<string, number>()
  for (const h of history) count.set(`${h.itemId}@${h.version}`, (count.get(`${h.itemId}@${h.version}`) ?? 0) + 1)
  const bad = applied.filter((a) => count.get(`${a.id}@${a.version}`) !== 1)
  // Note: history of earlier runs on the cached store holds more entries; only this run's changes must each be there once.
  return bad.length === 0
    ? `ok: all ${applied.length} applied changes in history exactly once`
    : `FAILED: ${bad.length} of ${applied.length} applied changes not in history exactly once`
}

async function benchOne(
  backend: 'sqlite' | 'postgres',
  where: OpenStoreOptions,
  env: Record<string, string>,
  log: (l: string) => void,
): Promise<ServerFigures> {
  const store = await openStore(where)
  try {
    const { token, itemIds } = await prepare(store, log)
    const { child, base } = await serve(env)
    try {
      log(`server bench ${backend}: ${itemIds.length} trackable items, ${CONNECTIONS} connections for ${SECONDS} s ...`)
      const { result, applied, statuses } = await load(base, token, itemIds)
      return {
        backend,
        items: itemIds.length,
        seconds: SECONDS,
        connections: CONNECTIONS,
        reqPerSec: Math.round(result.requests.average),
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors,
        timeouts: result.timeouts,
        statuses,
        applied: applied.length,
        historyCheck: await check(store, applied),
      }
    } finally {
      child.kill('SIGTERM')
    }
  } finally {
    await store.close()
  }
}

/** Runs the server benchmark on both back-ends (PostgreSQL when the server answers). */
export async function benchServer(log: (l: string) => void = console.log): Promise<ServerFigures[]> {
  mkdirSync(CACHE, { recursive: true })
  const suffix = FILES === undefined ? 'all' : String(FILES)
  const path = `${CACHE}server-un-${suffix}.db`
  const out = [await benchOne('sqlite', { path }, { COMMUNIQUE_DB: path, DATABASE_URL: '' }, log)]
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 })
  try {
    await admin.connect()
    const schema = `communique_bench_server_${suffix}`
    await admin.query(`create schema if not exists ${schema}`)
    const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`
    out.push(await benchOne('postgres', { url }, { DATABASE_URL: url }, log))
  } catch (error) {
    log(`server bench: PostgreSQL skipped (${(error as Error).message.split('\n')[0]})`)
  } finally {
    await admin.end().catch(() => undefined)
  }
  return out
}

if (isMain(import.meta.url)) {
  for (const f of await benchServer((l) => process.stderr.write(`${l}\n`))) {
    report(`server on ${f.backend} (${f.items} items, ${f.connections} connections, ${f.seconds} s; list 60 / item 25 / search 10 / status 5)`, {
      'req/s': f.reqPerSec,
      'p50 ms': f.p50,
      'p99 ms': f.p99,
      errors: f.errors,
      timeouts: f.timeouts,
      'applied changes': f.applied,
      history: f.historyCheck,
      answers: Object.entries(f.statuses)
        .sort()
        .map(([k, v]) => `${k}: ${v}`)
        .join(', '),
    })
    if (f.historyCheck.startsWith('FAILED')) process.exitCode = 1
  }
}
