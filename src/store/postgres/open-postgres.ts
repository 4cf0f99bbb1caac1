// Connects to a PostgreSQL server (DATABASE_URL): fails fast when unreachable, migrates on open.
import pg from 'pg'
import { Kysely, PostgresDialect } from 'kysely'
import { CommuniqueError } from '../../core/errors.js'
import { isUpToDate, migrate } from '../migrate.js'
import type { Database } from '../schema.js'

/** An open PostgreSQL pool with its Kysely instance. */
export interface OpenPostgres {
  db: Kysely<Database>
  pool: pg.Pool
  /** The URL without its password. */
  location: string
}

/** How long to wait for a connection before saying the server is unreachable (ms). */
export const CONNECT_TIMEOUT_MS = 5_000

/**
 * Opens a pool on `url`, checks the server answers, and applies pending migrations.
 * @param options.max pool size (default 4)
 * @throws CommuniqueError 'store-unavailable' naming the host when the server cannot be reached
 */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<OpenPostgres> {
  const location = redactUrl(url)
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, max: options.max ?? 4 })
  // Note: an idle client that loses its server emits 'error' on the pool; without a listener Node exits.
  pool.on('error', () => undefined)
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  try {
    const { rows } = await pool.query<{ schema: string | null; path: string }>("select current_schema() as schema, current_setting('search_path') as path")
    // Note: a search_path naming only schemas that do not exist leaves nowhere to create the tables (SQLSTATE 3F000).
    if (!rows[0]?.schema) throw new CommuniqueError('store-unavailable', missingSchema(hostOf(location), rows[0]?.path ?? ''))
    if (!(await isUpToDate(db))) await migrate(db, 'postgres')
  } catch (error) {
    await db.destroy().catch(() => undefined)
    throw toPostgresError(error, location)
  }
  return { db, pool, location }
}

/** The URL with any password replaced by `***`. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return '<invalid DATABASE_URL>'
  }
}

function hostOf(location: string): string {
  try {
    const u = new URL(location)
    return `${u.hostname || 'localhost'}:${u.port || '5432'}`
  } catch {
    return location
  }
}

/** Turns a connection-level PostgreSQL error into a one-line CommuniqueError; others pass through. */
export function toPostgresError(error: unknown, location: string): unknown {
  if (error instanceof CommuniqueError) return error
  const e = error as { code?: string; message?: string }
  const message = (e.message ?? String(error)).split('\n')[0] ?? ''
  const host = hostOf(location)
  const network = ['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'ECONNRESET', 'EAI_AGAIN', 'ENETUNREACH']
  if ((e.code && network.includes(e.code)) || /timeout|terminated|connect/i.test(message)) {
    return new CommuniqueError('store-unavailable', `cannot reach PostgreSQL at ${host} (${e.code ?? message}); check DATABASE_URL or start the server`, {
      cause: error,
    })
  }
  if (e.code === '3D000' || e.code === '28P01' || e.code === '28000') {
    return new CommuniqueError('store-unavailable', `PostgreSQL at ${host} refused the connection: ${message}; check DATABASE_URL`, { cause: error })
  }
  if (e.code === '3F000') return new CommuniqueError('store-unavailable', missingSchema(host, ''), { cause: error })
  if (/invalid url|invalid connection/i.test(message)) {
    return new CommuniqueError('store-unavailable', `DATABASE_URL is not a valid PostgreSQL URL: ${message}`, { cause: error })
  }
  return error
}

function missingSchema(host: string, path: string): string {
  return `PostgreSQL at ${host}: the search_path${path ? ` (${path})` : ''} names no schema that exists; create it (CREATE SCHEMA name) or fix search_path in DATABASE_URL (options=-c search_path=...)`
}
