// Applies several tracking fields (status, owner, due) of one item in one transaction: one version
// check, one history entry per changed field, all or nothing.
import { sql } from 'kysely'
import { CommuniqueError } from '../core/errors.js'
import { STATUSES, type Status } from '../core/tracking.js'
import type { Ctx } from './context.js'
import { getItem } from './read-items.js'
import { writeHistory, type PendingEntry } from './write-history.js'
import type { ChangeContext, StoredItem } from './types.js'

/** The fields a patch may set; an absent field is left alone, null clears owner or due. */
export interface TrackingPatch {
  status?: Status
  owner?: string | null
  due?: string | null
}

/**
 * Applies a patch based on `cc.expectedVersion`; fields equal to their current value add no entry.
 * @throws CommuniqueError 'not-found', 'invalid-input' (untracked item, bad status), 'conflict' (stale version)
 */
export async function applyPatch(ctx: Ctx, itemId: number, patch: TrackingPatch, cc: ChangeContext): Promise<{ item: StoredItem; entries: number }> {
  if (patch.status !== undefined && !STATUSES.includes(patch.status))
    throw new CommuniqueError('invalid-input', `invalid status "${String(patch.status)}"; use one of ${STATUSES.join(', ')}`)
  const entries = await ctx.db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('items')
      .leftJoin('tracking as t', 't.item_id', 'items.id')
      .select(['items.id', 'items.type', 'items.version', 't.owner', 't.status', 't.due'])
      .where('items.id', '=', itemId)
      .$if(ctx.backend === 'postgres', (q) => q.modifyEnd(sql`for update of items`))
      .executeTakeFirst()
    if (!row) throw new CommuniqueError('not-found', `no item ${itemId} in the store`, { params: { itemId } })
    if (row.status === null)
      throw new CommuniqueError('invalid-input', `item ${itemId} is a ${row.type}; only commitments and directives are tracked`, {
        params: { itemId, type: row.type },
      })
    const current = Number(row.version)
    if (cc.expectedVersion !== undefined && cc.expectedVersion !== current) {
      throw new CommuniqueError(
        'conflict',
        `item ${itemId} changed since you read it (now version ${current}, your change was based on ${cc.expectedVersion})`,
        { params: { itemId, version: current, expectedVersion: cc.expectedVersion } },
      )
    }
    const pending: PendingEntry[] = []
    const tracking: { owner?: string | null; status?: string; due?: string | null; due_edited?: number } = {}
    const note = cc.note ?? null
    if (patch.status !== undefined && patch.status !== row.status) {
      pending.push({ field: 'status', before: row.status, after: patch.status, note })
      tracking.status = patch.status
    }
    if (patch.owner !== undefined && patch.owner !== row.owner) {
      pending.push({ field: 'owner', before: row.owner, after: patch.owner, note })
      tracking.owner = patch.owner
    }
    if (patch.due !== undefined && patch.due !== row.due) {
      pending.push({ field: 'due', before: row.due, after: patch.due, note })
      tracking.due = patch.due
      tracking.due_edited = 1
    }
    if (pending.length === 0) return 0
    return (await writeHistory(tx, itemId, current, pending, cc, tracking, `communique show ${itemId}`)).length
  })
  return { item: (await getItem(ctx, itemId))!, entries }
}
