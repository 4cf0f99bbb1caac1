// Opens the embedded SQLite file: WAL journal, a busy timeout, foreign keys, migrations on open.
import { accessSync, constants, existsSync, statSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely } from 'kysely'
import { CommuniqueError } from '../../core/errors.js'
import { isUpToDate, migrate } from '../migrate.js'
import type { Database } from '../schema.js'
import { ImmediateSqliteDialect } from './immediate-dialect.js'

/** An open SQLite database with its Kysely instance. */
export interface OpenSqlite {
  db: Kysely<Database>
  raw: BetterSqlite3.Database
  path: string
  readOnly: boolean
}

/** How long a writer waits for another process's write lock before giving up (ms). */
export const BUSY_TIMEOUT_MS = 30_000

/**
 * Opens (creating when missing) a store file and applies pending migrations.
 * A file whose write bits are all cleared is opened read-only, even for root.
 * @throws CommuniqueError 'store-invalid' (not an SQLite database), 'read-only', 'store-unavailable'
 */
export async function openSqlite(path: string): Promise<OpenSqlite> {
  const full = resolve(path)
  if (existsSync(full) && statSync(full).isDirectory()) {
    throw new CommuniqueError('store-invalid', `${full} is a folder, not a store file; set COMMUNIQUE_DB to a file path`)
  }
  if (!existsSync(dirname(full))) {
    throw new CommuniqueError('store-unavailable', `cannot create the store ${full}: folder ${dirname(full)} does not exist`)
  }
  const readOnly = existsSync(full) && (statSync(full).mode & 0o222) === 0
  let raw: BetterSqlite3.Database
  try {
    raw = new BetterSqlite3(full, { readonly: readOnly })
    raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    // Note: any read of the header fails here when the file is not SQLite at all.
    raw.prepare('select count(*) from sqlite_schema').get()
    if (!readOnly) {
      raw.pragma('journal_mode = WAL')
      raw.pragma('synchronous = NORMAL')
    }
    raw.pragma('foreign_keys = ON')
    // Note: 64 MiB of page cache (the default is 2 MiB): with a register of thousands of documents,
    // joins that touch many document rows (search, listings) otherwise re-read pages all the time.
    raw.pragma(`cache_size = -${CACHE_KIB}`)
  } catch (error) {
    throw toSqliteError(error, full)
  }
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(raw) }) })
  try {
    if (readOnly) {
      if (!(await isUpToDate(db)))
        throw new CommuniqueError('read-only', `${full} is read-only and needs an upgrade of its schema; make it writable (chmod u+w) and run again`)
    } else if (!(await isUpToDate(db))) {
      // Note: only a store that needs it takes the write lock to migrate; readers open without waiting.
      await migrate(db, 'sqlite')
    }
  } catch (error) {
    await db.destroy()
    throw toSqliteError(error, full)
  }
  return { db, raw, path: full, readOnly }
}

/** Page cache of each connection, in KiB. */
const CACHE_KIB = 65_536

/** Prepared statements kept per connection (Kysely prepares every query it runs). */
const STATEMENTS_KEPT = 256

/**
 * The connection as Kysely sees it, with its prepared statements reused (the least recently used
 * dropped beyond STATEMENTS_KEPT): compiling the SQL cost as much as running it for small queries.
 * Safe because Kysely runs one query at a time on the connection and only `all`/`run`/`iterate`s.
 */
export function withStatementCache(raw: BetterSqlite3.Database): Pick<BetterSqlite3.Database, 'prepare' | 'close'> {
  const kept = new Map<string, BetterSqlite3.Statement>()
  return {
    prepare(source: string) {
      let stmt = kept.get(source)
      if (stmt) kept.delete(source)
      else stmt = raw.prepare(source)
      kept.set(source, stmt)
      if (kept.size > STATEMENTS_KEPT) kept.delete(kept.keys().next().value!)
      return stmt
    },
    close() {
      kept.clear()
      return raw.close()
    },
  } as Pick<BetterSqlite3.Database, 'prepare' | 'close'>
}

/**
 * Turns a SQLite driver error into a one-line CommuniqueError naming the file; other errors pass.
 */
export function toSqliteError(error: unknown, path: string, writable: (p: string) => boolean = canWrite): unknown {
  if (error instanceof CommuniqueError) return error
  const code = (error as { code?: string }).code ?? ''
  const message = error instanceof Error ? error.message : String(error)
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new CommuniqueError('store-invalid', `${path} is not a Communiqué store (not an SQLite database); point COMMUNIQUE_DB at another file`, {
      cause: error,
    })
  }
  if (code.startsWith('SQLITE_READONLY')) {
    // Note: SQLite writes its journal (-wal, -shm) beside the store, so a read-only folder fails the same way as a read-only file.
    const dir = dirname(path)
    if (code === 'SQLITE_READONLY_DIRECTORY' || (writable(path) && !writable(dir))) {
      return new CommuniqueError(
        'read-only',
        `the folder ${dir} is read-only, and SQLite must write its journal beside ${basename(path)}; make the folder writable (chmod u+w ${dir}) or move the store`,
        { cause: error },
      )
    }
    return new CommuniqueError('read-only', `${path} is read-only; make it writable (chmod u+w) or use another store`, { cause: error })
  }
  if (code.startsWith('SQLITE_BUSY')) {
    return new CommuniqueError('store-unavailable', `${path} is busy: another process held its write lock for over ${BUSY_TIMEOUT_MS / 1000} s; try again`, {
      cause: error,
    })
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_FULL') {
    return new CommuniqueError('store-unavailable', `cannot use the store ${path}: ${message}`, { cause: error })
  }
  return error
}

/** True when this process may write `path` (a file or a folder). */
function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK)
    return true
  } catch {
    return false
  }
}
