// Search latency: p50/p95 of 20 representative searches (some with filters) over the whole corpus,
// on SQLite and PostgreSQL (target p95 < 50 ms). The corpus is ingested once into a cached store
// (node_modules/.cache/communique-bench/) and reused: ingest is idempotent. Run alone: npx tsx bench/search.ts
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { CORPUS, isMain, PG_URL, report } from './common.js'
import pg from 'pg'
import { collectInputs } from '../src/commands/collect-inputs.js'
import { ingestMany } from '../src/commands/ingest-many.js'
import { openStore } from '../src/store/open-store.js'
import type { Store } from '../src/store/store.js'
import type { Backend, ItemFilter } from '../src/store/types.js'

/** Figures of one back-end. */
export interface SearchFigures {
  backend: Backend
  paragraphs: number
  searches: number
  p50: number
  p95: number
  max: number
}

/** The searches: plain words, phrases, prefixes, OR, exclusions, and filters combined with the query. */
export const SEARCHES: Array<[string, ItemFilter]> = [
  ['cybersecurity', {}],
  ['climate change', {}],
  ['"South China Sea"', {}],
  ['nuclear weapons', {}],
  ['terrorism', {}],
  ['sustainable development', {}],
  ['Ukraine', {}],
  ['food security', {}],
  ['human rights', {}],
  ['cyber* OR space', {}],
  ['peacekeeping -Africa', {}],
  ['vaccine', {}],
  ['"supply chain"', {}],
  ['critical minerals', {}],
  ['Indo-Pacific', {}],
  ['refugees', { type: 'commitment' }],
  ['artificial intelligence', { party: 'Japan' }],
  ['maritime security', { type: 'commitment', party: 'United States' }],
  ['development', {}],
  ['energy', { status: 'not-started' }],
]

const CACHE = fileURLToPath(new URL('../node_modules/.cache/communique-bench/', import.meta.url))

async function ensureCorpus(store: Store, log: (l: string) => void): Promise<void> {
  const s = await ingestMany(collectInputs([CORPUS]), { store, actor: 'bench', now: new Date().toISOString() })
  if (s.added + s.newVersions > 0) await store.optimize()
  if (s.added + s.newVersions > 0) log(`search bench: ingested the corpus into ${store.location} (${s.added} documents, ${(s.ms / 1000).toFixed(1)} s)`)
}

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!

async function measure(store: Store, rounds: number): Promise<SearchFigures> {
  for (const [q, f] of SEARCHES) await store.search(q, f)
  const times: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const [q, f] of SEARCHES) {
      const t = performance.now()
      await store.search(q, f)
      times.push(performance.now() - t)
    }
  }
  times.sort((a, b) => a - b)
  return {
    backend: store.backend,
    paragraphs: (await store.stats()).paragraphs,
    searches: times.length,
    p50: pct(times, 50),
    p95: pct(times, 95),
    max: times[times.length - 1]!,
  }
}

/** Measures search latency on both back-ends (PostgreSQL when the server answers); prints and returns the figures. */
export async function benchSearch(options: { rounds?: number; log?: (line: string) => void } = {}): Promise<SearchFigures[]> {
  const log = options.log ?? console.log
  const rounds = options.rounds ?? 5
  const out: SearchFigures[] = []
  mkdirSync(CACHE, { recursive: true })
  const lite = await openStore({ path: `${CACHE}search.db` })
  try {
    await ensureCorpus(lite, log)
    out.push(await measure(lite, rounds))
  } finally {
    await lite.close()
  }
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 })
  try {
    await admin.connect()
    await admin.query('create schema if not exists communique_bench')
    const server = await openStore({ url: `${PG_URL}?options=${encodeURIComponent('-c search_path=communique_bench')}` })
    try {
      await ensureCorpus(server, log)
      out.push(await measure(server, rounds))
    } finally {
      await server.close()
    }
  } catch (error) {
    log(`search bench: PostgreSQL skipped (${(error as Error).message.split('\n')[0]})`)
  } finally {
    await admin.end().catch(() => undefined)
  }
  for (const f of out) {
    log(
      `search ${f.backend}: ${f.searches} searches over ${f.paragraphs.toLocaleString('en-US')} paragraphs: p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, max ${f.max.toFixed(1)} ms`,
    )
  }
  return out
}

if (isMain(import.meta.url)) {
  for (const f of await benchSearch()) {
    report(`search latency on ${f.backend} (20 representative searches)`, {
      paragraphs: f.paragraphs,
      searches: f.searches,
      'p50 ms': f.p50.toFixed(1),
      'p95 ms': f.p95.toFixed(1),
      'max ms': f.max.toFixed(1),
    })
  }
}
