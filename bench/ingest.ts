// Ingest throughput: documents/s and words/s into a fresh SQLite file and a fresh PostgreSQL schema,
// over the 1,938 UN General Debate speeches (target: under 60 s into SQLite), then the same ingest
// again (must add nothing). Prints figures; asserts no timings. Run alone: npx tsx bench/ingest.ts
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CORPUS, isMain, peakRssMb, PG_URL, report } from './common.js'
import pg from 'pg'
import { collectInputs } from '../src/commands/collect-inputs.js'
import { ingestMany } from '../src/commands/ingest-many.js'
import { defaultPipeline, type Pipeline } from '../src/commands/ingest-statement.js'
import { openStore } from '../src/store/open-store.js'
import type { Backend } from '../src/store/types.js'

/** Figures of one back-end. */
export interface IngestFigures {
  backend: Backend
  documents: number
  words: number
  items: number
  seconds: number
  documentsPerSecond: number
  wordsPerSecond: number
  /** Share of the time spent loading, parsing and extracting (the rest is the store). */
  pipelineSeconds: number
  /** The second, idempotent run. */
  rerunSeconds: number
  rerunAdded: number
}

/** The UN speeches folder (with its MANIFEST.tsv). */
export const UN_SPEECHES = `${CORPUS}ungdc-2015-2024`

/** The real pipeline with a stopwatch around each stage. */
async function timedPipeline(): Promise<{ pipeline: Pipeline; seconds: () => number }> {
  const real = await defaultPipeline()
  let ms = 0
  const time =
    <A extends unknown[], R>(fn: (...a: A) => R) =>
    (...a: A): R => {
      const t = performance.now()
      const r = fn(...a)
      if (r instanceof Promise)
        return r.finally(() => {
          ms += performance.now() - t
        }) as R
      ms += performance.now() - t
      return r
    }
  return { pipeline: { load: time(real.load), parse: time(real.parse), extract: time(real.extract) }, seconds: () => ms / 1000 }
}

async function measure(backend: Backend, location: { url?: string; path?: string }, folder: string): Promise<IngestFigures> {
  const docs = collectInputs([folder])
  const store = await openStore(location)
  try {
    const timed = await timedPipeline()
    const first = await ingestMany(docs, { store, actor: 'bench', now: new Date().toISOString(), pipeline: timed.pipeline })
    await store.optimize()
    const second = await ingestMany(docs, { store, actor: 'bench', now: new Date().toISOString() })
    const seconds = first.ms / 1000
    return {
      backend,
      documents: first.documents,
      words: first.words,
      items: first.items,
      seconds,
      documentsPerSecond: first.documents / seconds,
      wordsPerSecond: first.words / seconds,
      pipelineSeconds: timed.seconds(),
      rerunSeconds: second.ms / 1000,
      rerunAdded: second.added + second.newVersions,
    }
  } finally {
    await store.close()
  }
}

/**
 * Ingests `folder` (default: the UN speeches) into a fresh SQLite file and, when the server answers,
 * a fresh PostgreSQL schema; prints and returns the figures.
 */
export async function benchIngest(options: { folder?: string; log?: (line: string) => void } = {}): Promise<IngestFigures[]> {
  const folder = options.folder ?? UN_SPEECHES
  const log = options.log ?? console.log
  const out: IngestFigures[] = []
  const dir = mkdtempSync(join(tmpdir(), 'communique-bench-'))
  try {
    out.push(await measure('sqlite', { path: join(dir, 'bench.db') }, folder))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const schema = `cq_bench_${process.pid}`
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 })
  try {
    await admin.connect()
    await admin.query(`create schema ${schema}`)
    try {
      out.push(await measure('postgres', { url: `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}` }, folder))
    } finally {
      await admin.query(`drop schema ${schema} cascade`)
    }
  } catch (error) {
    log(`ingest bench: PostgreSQL skipped (${(error as Error).message.split('\n')[0]})`)
  } finally {
    await admin.end().catch(() => undefined)
  }
  for (const f of out) {
    log(
      `ingest ${f.backend}: ${f.documents} documents, ${f.words.toLocaleString('en-US')} words, ${f.items.toLocaleString('en-US')} items in ${f.seconds.toFixed(1)} s` +
        ` = ${f.documentsPerSecond.toFixed(1)} documents/s, ${Math.round(f.wordsPerSecond).toLocaleString('en-US')} words/s` +
        ` (load+parse+extract ${f.pipelineSeconds.toFixed(1)} s, store ${(f.seconds - f.pipelineSeconds).toFixed(1)} s);` +
        ` re-run ${f.rerunSeconds.toFixed(1)} s, added ${f.rerunAdded}`,
    )
  }
  return out
}

if (isMain(import.meta.url)) {
  for (const f of await benchIngest()) {
    report(`ingest of the UN speeches into ${f.backend}`, {
      documents: f.documents,
      words: f.words,
      items: f.items,
      seconds: f.seconds.toFixed(1),
      'documents/s': Math.round(f.documentsPerSecond),
      'words/s': Math.round(f.wordsPerSecond),
      'parse+extract s (in it)': f.pipelineSeconds.toFixed(1),
      'same ingest again s': f.rerunSeconds.toFixed(1),
      'added by the re-run': f.rerunAdded,
      'peak RSS MB': peakRssMb(),
    })
  }
}
