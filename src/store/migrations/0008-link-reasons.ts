// Migration 0008: the reason of each link (the shared entities and the cue the linker saw), so a
// reviewer reads why a passage was suggested. See docs/linking.md.
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'
import type { Migration } from './migration.js'

/** `links.reason`: one line, null for links stored before it existed. */
export const linkReasons: Migration = {
  id: '0008-link-reasons',
  async up(db: Kysely<Database>) {
    await db.schema.alterTable('links').addColumn('reason', 'text').execute()
  },
}
