// Raw SQL against a harness's store, bypassing the Store interface (to test database-level guards).
import BetterSqlite3 from 'better-sqlite3'
import pg from 'pg'
import type { Harness } from './harness.js'

/** Runs one statement and returns its rows. */
export async function rawExec(h: Harness, statement: string): Promise<Array<Record<string, unknown>>> {
  if (h.location.path) {
    const db = new BetterSqlite3(h.location.path)
    try {
      const stmt = db.prepare(statement)
      return stmt.reader ? (stmt.all() as Array<Record<string, unknown>>) : (stmt.run(), [])
    } finally {
      db.close()
    }
  }
  const c = new pg.Client({ connectionString: h.location.url })
  await c.connect()
  try {
    return (await c.query(statement)).rows as Array<Record<string, unknown>>
  } finally {
    await c.end()
  }
}
