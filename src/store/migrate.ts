// Applies pending migrations on open, forward only, recording each in schema_migrations.
import { sql, type Kysely } from 'kysely'
import { CommuniqueError } from '../core/errors.js'
import { MIGRATIONS, type Migration } from './migrations/index.js'
import type { Database } from './schema.js'
import type { Backend } from './types.js'

/**
 * Brings the schema up to date in one transaction (an advisory lock on PostgreSQL, BEGIN
 * IMMEDIATE on SQLite, so two processes opening a new store at once apply each migration once).
 * @returns the ids of the migrations it applied
 * @throws CommuniqueError 'store-invalid' when the store was written by a newer Communiqué
 */
export async function migrate(db: Kysely<Database>, backend: Backend, migrations: readonly Migration[] = MIGRATIONS): Promise<string[]> {
  return db.transaction().execute(async (tx) => {
    if (backend === 'postgres') await sql`select pg_advisory_xact_lock(72017, hashtext(current_schema()))`.execute(tx)
    await tx.schema
      .createTable('schema_migrations')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('applied_at', 'text', (c) => c.notNull())
      .execute()
    const done = new Set((await tx.selectFrom('schema_migrations').select('id').execute()).map((r) => r.id))
    const known = new Set(migrations.map((m) => m.id))
    const unknown = [...done].filter((id) => !known.has(id))
    if (unknown.length > 0) {
      throw new CommuniqueError(
        'store-invalid',
        `the store was created by a newer version of Communiqué (migration ${unknown[0]} is unknown here); upgrade Communiqué to use it`,
      )
    }
    const applied: string[] = []
    for (const m of migrations) {
      if (done.has(m.id)) continue
      await m.up(tx, backend)
      await tx.insertInto('schema_migrations').values({ id: m.id, applied_at: new Date().toISOString() }).execute()
      applied.push(m.id)
    }
    return applied
  })
}

/** True when every known migration is applied (used to open a read-only store). */
export async function isUpToDate(db: Kysely<Database>): Promise<boolean> {
  try {
    const done = new Set((await db.selectFrom('schema_migrations').select('id').execute()).map((r) => r.id))
    return MIGRATIONS.every((m) => done.has(m.id))
  } catch {
    return false
  }
}
