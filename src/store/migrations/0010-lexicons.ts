// Migration 0010: user lexicons kept in the store, so every ingest into it — from the CLI of any
// team member or through the HTTP server — reads the same parties, organisations, offices and
// pledge verbs (issue 11, point 5: "a store setting").
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'
import { withId, type Migration } from './migration.js'

/** The `lexicons` table: one checked lexicon (JSON text) per name. */
export const lexiconsTable: Migration = {
  id: '0010-lexicons',
  async up(db: Kysely<Database>, backend) {
    await withId(db.schema.createTable('lexicons'), backend)
      .addColumn('name', 'text', (c) => c.notNull().unique())
      // The lexicon as JSON, already checked against schema/lexicon.schema.json.
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('added_by', 'text', (c) => c.notNull())
      .addColumn('added_at', 'text', (c) => c.notNull())
      .execute()
  },
}
