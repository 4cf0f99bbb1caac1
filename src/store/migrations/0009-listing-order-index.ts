// Migration 0009: an index in the order item listings are read (meeting date with undated meetings
// last, then meeting id), so a page of GET /api/items walks meetings in index order and each
// meeting's items through items_meeting (meeting_id, start_offset) instead of sorting every item.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../schema.js'
import type { Migration } from './migration.js'

/**
 * The expression listings sort meetings by; queries must spell it exactly so (as a literal, not a
 * bound parameter) for the planner to use the index.
 */
export const MEETING_ORDER_SQL = "coalesce(m.date, '~')"

/** The `meetings_order` index on (coalesce(date, '~'), id). */
export const listingOrderIndex: Migration = {
  id: '0009-listing-order-index',
  async up(db: Kysely<Database>) {
    // Note: '~' sorts after every ISO date, so undated meetings come last, by id.
    await sql`create index meetings_order on meetings ((coalesce(date, '~')), id)`.execute(db)
  },
}
