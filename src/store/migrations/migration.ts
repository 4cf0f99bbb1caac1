// The shape of a forward-only migration, and a helper for integer primary keys on both back-ends.
import type { CreateTableBuilder, Kysely } from 'kysely'
import type { Database } from '../schema.js'
import type { Backend } from '../types.js'

/** One forward-only schema change; `id` is recorded in schema_migrations once applied. */
export interface Migration {
  /** Stable id, ordered: '0001-core-tables'. */
  id: string
  /** Applies the change inside the runner's transaction. */
  up(db: Kysely<Database>, backend: Backend): Promise<void>
}

/**
 * Adds an `id` integer primary key the database numbers: the rowid on SQLite, an identity
 * column on PostgreSQL.
 */
export function withId<T extends string>(table: CreateTableBuilder<T, never>, backend: Backend): CreateTableBuilder<T, 'id'> {
  return table.addColumn('id', 'integer', (c) => (backend === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey()))
}
