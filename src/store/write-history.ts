// The one way an item's tracking moves on: raise its version (checked) and append history entries.
import type { Kysely, Transaction } from 'kysely'
import { CommuniqueError } from '../core/errors.js'
import type { HistoryEntry } from '../core/tracking.js'
import type { Database } from './schema.js'

/** A history entry before it has an id, a version and a time. */
export type PendingEntry = Pick<HistoryEntry, 'field' | 'before' | 'after' | 'note'>

/**
 * Inside a transaction: raises the item's version by one per entry (only if it is still `current`),
 * sets `tracking` columns (and the tracking row's copy of the version), and appends the entries with versions current+1, current+2 …
 * @param retry the command that re-reads the item, named in the conflict message ("communique show 12")
 * @throws CommuniqueError 'conflict' when another change got in between
 */
export async function writeHistory(
  tx: Transaction<Database> | Kysely<Database>,
  itemId: number,
  current: number,
  pending: readonly PendingEntry[],
  cc: { actor: string; at: string },
  tracking: { owner?: string | null; status?: string; due?: string | null; due_edited?: number },
  retry: string,
): Promise<HistoryEntry[]> {
  const next = current + pending.length
  const updated = await tx.updateTable('items').set({ version: next }).where('id', '=', itemId).where('version', '=', current).executeTakeFirst()
  if (Number(updated.numUpdatedRows) !== 1) {
    throw new CommuniqueError('conflict', `item ${itemId} changed while your update was written; run \`${retry}\` and try again`)
  }
  // Note: the tracking row carries the same version (readers of tracking.version see the item's version).
  const trackingSet = Object.keys(tracking).length > 0 ? { ...tracking, version: next, updated_at: cc.at, updated_by: cc.actor } : { version: next }
  await tx.updateTable('tracking').set(trackingSet).where('item_id', '=', itemId).execute()
  const entries: HistoryEntry[] = []
  for (const [i, p] of pending.entries()) {
    const version = current + i + 1
    const inserted = await tx
      .insertInto('history')
      .values({
        item_id: itemId,
        field: p.field,
        before_value: JSON.stringify(p.before ?? null),
        after_value: JSON.stringify(p.after ?? null),
        actor: cc.actor,
        changed_at: cc.at,
        version,
        note: p.note ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    entries.push({
      id: Number(inserted.id),
      itemId: String(itemId),
      field: p.field,
      before: p.before ?? null,
      after: p.after ?? null,
      actor: cc.actor,
      changedAt: cc.at,
      version,
      note: p.note ?? null,
    })
  }
  return entries
}
