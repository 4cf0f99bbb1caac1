// Picks and opens a back-end: a PostgreSQL server when a URL is given, else the SQLite file.
import { CommuniqueError } from '../core/errors.js'
import { createKyselyStore } from './kysely-store.js'
import type { Store } from './store.js'

/** Where the store is. The CLI fills these from DATABASE_URL and COMMUNIQUE_DB; the store reads no env. */
export interface OpenStoreOptions {
  /** A postgres:// URL; wins over `path`. */
  url?: string
  /** Path of the SQLite file (default ./communique.db). */
  path?: string
  /** PostgreSQL pool size (default 4). */
  poolSize?: number
}

/** The default SQLite file name, relative to the working directory. */
export const DEFAULT_DB_PATH = 'communique.db'

/**
 * Opens the store, creating and migrating it as needed.
 * @example const store = await openStore({ path: 'communique.db' })
 * @throws CommuniqueError 'store-unavailable', 'store-invalid' or 'read-only' with one line naming the store
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const url = options.url?.trim()
  if (url) {
    if (!/^postgres(ql)?:\/\//i.test(url)) {
      throw new CommuniqueError(
        'store-unavailable',
        `DATABASE_URL must start with postgres:// or postgresql:// (got "${url.split(':')[0]}:..."); unset it to use the SQLite file`,
      )
    }
    // Note: each driver is loaded only when its back-end is used (pg or the native SQLite module).
    const { openPostgres, toPostgresError } = await import('./postgres/open-postgres.js')
    const pg = await openPostgres(url, { max: options.poolSize })
    return createKyselyStore(pg.db, 'postgres', pg.location, (e) => toPostgresError(e, pg.location))
  }
  const { openSqlite, toSqliteError } = await import('./sqlite/open-sqlite.js')
  const lite = await openSqlite(options.path ?? DEFAULT_DB_PATH)
  return createKyselyStore(
    lite.db,
    'sqlite',
    lite.path,
    (e) => toSqliteError(e, lite.path),
    () => {
      // Note: keeps the query planner's statistics fresh after bulk ingest (cheap; SQLite's advice at close).
      try {
        lite.raw.pragma('analysis_limit = 400')
        lite.raw.pragma('optimize')
      } catch {
        // a read-only or busy store keeps its old statistics
      }
    },
  )
}
