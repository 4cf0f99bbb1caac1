// Opens a fresh store on each back-end for a test file: a temp SQLite file, or a PostgreSQL schema
// of its own on 127.0.0.1:5432 (dropped afterwards). PostgreSQL is required when CI=true.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { openStore } from '../../src/store/open-store.js'
import type { Store } from '../../src/store/store.js'
import type { Backend } from '../../src/store/types.js'

/** The server the PostgreSQL tests use (database `test`, trust auth). */
export const PG_BASE_URL = process.env.COMMUNIQUE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test'

/** Where a fresh store lives: open it as often as needed, clean up once. */
export interface Harness {
  backend: Backend
  /** openStore options (also what a child process needs: DATABASE_URL or COMMUNIQUE_DB). */
  location: { url?: string; path?: string }
  /** Environment variables that point a CLI at this store. */
  env: Record<string, string>
  open(): Promise<Store>
  cleanup(): Promise<void>
}

/** A temp SQLite file. */
export function sqliteHarness(): Harness {
  const dir = mkdtempSync(join(tmpdir(), 'communique-store-'))
  const path = join(dir, 'test.db')
  return {
    backend: 'sqlite',
    location: { path },
    env: { COMMUNIQUE_DB: path, DATABASE_URL: '' },
    open: () => openStore({ path }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  }
}

/** A fresh schema on the test server; its URL sets the search_path. */
export async function postgresHarness(): Promise<Harness> {
  const schema = `cq_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
  const admin = new pg.Client({ connectionString: PG_BASE_URL, connectionTimeoutMillis: 3000 })
  await admin.connect()
  await admin.query(`create schema ${schema}`)
  await admin.end()
  const sep = PG_BASE_URL.includes('?') ? '&' : '?'
  const url = `${PG_BASE_URL}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`
  return {
    backend: 'postgres',
    location: { url },
    env: { DATABASE_URL: url },
    open: () => openStore({ url }),
    cleanup: async () => {
      const c = new pg.Client({ connectionString: PG_BASE_URL })
      await c.connect()
      await c.query(`drop schema if exists ${schema} cascade`)
      await c.end()
    },
  }
}

/**
 * Why PostgreSQL tests cannot run here (server unreachable), or null when they can.
 * @throws Error when CI=true and the server is unreachable: CI requires these tests
 */
export async function postgresUnavailable(): Promise<string | null> {
  const c = new pg.Client({ connectionString: PG_BASE_URL, connectionTimeoutMillis: 2000 })
  try {
    await c.connect()
    await c.end()
    return null
  } catch (error) {
    const reason = `PostgreSQL tests skipped: no server at ${PG_BASE_URL} (${(error as Error).message})`
    if (process.env.CI === 'true') throw new Error(`${reason}; they are required when CI=true`)
    console.warn(reason)
    return reason
  }
}

/** The harness factory of a back-end. */
export function harnessFor(backend: Backend): () => Promise<Harness> {
  return backend === 'sqlite' ? async () => sqliteHarness() : postgresHarness
}
