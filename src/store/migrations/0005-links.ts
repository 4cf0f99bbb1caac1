// Migration 0005: links from an item to the passage of a later meeting of its series that speaks of
// it (suggested by the linker, then confirmed or rejected by people). See docs/linking.md.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../schema.js'
import { withId, type Migration } from './migration.js'

/** The `links` table. */
export const linksTable: Migration = {
  id: '0005-links',
  async up(db: Kysely<Database>, backend) {
    const s = db.schema
    await withId(s.createTable('links'), backend)
      .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id'))
      // The later meeting, and the version of its document whose text the offsets point into.
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
      .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
      .addColumn('target_item_id', 'integer', (c) => c.references('items.id'))
      // Note: no check on kind, so that the linker can gain kinds without rebuilding the table.
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('score', 'double precision', (c) => c.notNull())
      .addColumn('paragraph', 'integer', (c) => c.notNull())
      .addColumn('passage', 'text', (c) => c.notNull())
      .addColumn('start_offset', 'integer', (c) => c.notNull())
      .addColumn('end_offset', 'integer', (c) => c.notNull())
      .addColumn('review', 'text', (c) => c.notNull().check(sql<boolean>`review in ('suggested', 'confirmed', 'rejected')`))
      .addColumn('reviewed_by', 'text')
      .addColumn('reviewed_at', 'text')
      .addColumn('review_note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      // The identity planLinkUpdate uses: one item, one later meeting, one passage.
      .addUniqueConstraint('links_item_passage', ['item_id', 'meeting_id', 'start_offset', 'end_offset'])
      .execute()
    await s.createIndex('links_meeting').on('links').column('meeting_id').execute()
    await s.createIndex('links_target').on('links').column('target_item_id').execute()
  },
}
