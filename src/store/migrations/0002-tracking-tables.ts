// Migration 0002: tracking state, evidence, assessments, comments and the history table.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../schema.js'
import { withId, type Migration } from './migration.js'

/** The tracking tables. */
export const trackingTables: Migration = {
  id: '0002-tracking-tables',
  async up(db: Kysely<Database>, backend) {
    const s = db.schema
    await s
      .createTable('tracking')
      .addColumn('item_id', 'integer', (c) => c.primaryKey().references('items.id'))
      .addColumn('owner', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('due', 'text')
      .addColumn('due_edited', 'integer', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text')
      .execute()
    await s.createIndex('tracking_status_due').on('tracking').columns(['status', 'due']).execute()
    await withId(s.createTable('evidence'), backend)
      .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id'))
      .addColumn('date', 'text')
      .addColumn('url', 'text')
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('author', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute()
    await s.createIndex('evidence_item').on('evidence').column('item_id').execute()
    await withId(s.createTable('assessments'), backend)
      .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id'))
      .addColumn('party_id', 'integer', (c) => c.notNull().references('parties.id'))
      .addColumn('score', 'integer', (c) => c.notNull().check(sql<boolean>`score in (-1, 0, 1)`))
      .addColumn('round', 'text', (c) => c.notNull())
      .addColumn('rationale', 'text', (c) => c.notNull())
      .addColumn('author', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('assessments_item_party_round', ['item_id', 'party_id', 'round'])
      .execute()
    await withId(s.createTable('comments'), backend)
      .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id'))
      .addColumn('author', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute()
    await s.createIndex('comments_item').on('comments').column('item_id').execute()
    await withId(s.createTable('history'), backend)
      .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id'))
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('before_value', 'text', (c) => c.notNull())
      .addColumn('after_value', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('changed_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('note', 'text')
      .addUniqueConstraint('history_item_version', ['item_id', 'version'])
      .execute()
  },
}
