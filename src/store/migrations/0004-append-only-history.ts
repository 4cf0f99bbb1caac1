// Migration 0004: the database itself refuses to edit or delete history entries.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../schema.js'
import type { Migration } from './migration.js'

/** Triggers that make `history` append-only. */
export const appendOnlyHistory: Migration = {
  id: '0004-append-only-history',
  async up(db: Kysely<Database>, backend) {
    if (backend === 'sqlite') {
      await sql`create trigger history_no_update before update on history begin select raise(abort, 'history is append-only'); end`.execute(db)
      await sql`create trigger history_no_delete before delete on history begin select raise(abort, 'history is append-only'); end`.execute(db)
    } else {
      await sql`create function history_append_only() returns trigger language plpgsql as $$ begin raise exception 'history is append-only'; end $$`.execute(db)
      // Note: statement-level, so even an UPDATE or DELETE that matches no row is refused, and TRUNCATE too.
      await sql`create trigger history_no_change before update or delete or truncate on history for each statement execute function history_append_only()`.execute(
        db,
      )
    }
  },
}
