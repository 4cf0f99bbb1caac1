// Migration 0006: review of items and meetings (issue 8). Every item gains a version of its own
// (tracked or not; taken from its tracking row where it has one), a review state with reason, note,
// who and when, its origin (extracted or added by a reviewer), an "edited" mark, the extractor's
// proposal as first made, and a "withdrawn" mark for proposals a later extractor run no longer makes.
// Meetings gain their review state. Forward only: existing rows become unreviewed, proposed items.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../schema.js'
import type { Migration } from './migration.js'

/** Review columns on items and meetings. */
export const reviewColumns: Migration = {
  id: '0006-review',
  async up(db: Kysely<Database>) {
    const s = db.schema
    await s
      .alterTable('items')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute()
    await s
      .alterTable('items')
      .addColumn('review_state', 'text', (c) =>
        c
          .notNull()
          .defaultTo('proposed')
          .check(sql<boolean>`review_state in ('proposed', 'accepted', 'rejected')`),
      )
      .execute()
    await s.alterTable('items').addColumn('review_reason', 'text').execute()
    await s.alterTable('items').addColumn('review_note', 'text').execute()
    await s.alterTable('items').addColumn('reviewed_by', 'text').execute()
    await s.alterTable('items').addColumn('reviewed_at', 'text').execute()
    await s
      .alterTable('items')
      .addColumn('origin', 'text', (c) =>
        c
          .notNull()
          .defaultTo('extracted')
          .check(sql<boolean>`origin in ('extracted', 'added')`),
      )
      .execute()
    await s
      .alterTable('items')
      .addColumn('edited', 'integer', (c) => c.notNull().defaultTo(0))
      .execute()
    await s
      .alterTable('items')
      .addColumn('withdrawn', 'integer', (c) => c.notNull().defaultTo(0))
      .execute()
    // JSON of the extractor's proposal (type, span, actors, deadline, topics, rule); null for items
    // stored before this migration (their current fields are the proposal until first edited).
    await s.alterTable('items').addColumn('proposal', 'text').execute()
    await sql`update items set version = (select t.version from tracking t where t.item_id = items.id) where exists (select 1 from tracking t where t.item_id = items.id)`.execute(
      db,
    )
    await s.createIndex('items_review').on('items').columns(['meeting_id', 'review_state']).execute()
    await s
      .alterTable('meetings')
      .addColumn('review_state', 'text', (c) =>
        c
          .notNull()
          .defaultTo('unreviewed')
          .check(sql<boolean>`review_state in ('unreviewed', 'in-review', 'reviewed')`),
      )
      .execute()
    await s.alterTable('meetings').addColumn('review_by', 'text').execute()
    await s.alterTable('meetings').addColumn('review_at', 'text').execute()
  },
}
