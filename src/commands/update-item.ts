// PATCH of an item's tracking fields (status, owner, due) by a signed-in user, based on the version
// the user read: a stale version is refused before anything changes.
import { CommuniqueError } from '../core/errors.js'
import type { UserRecord } from '../store/accounts.js'
import type { Store } from '../store/store.js'
import type { StoredItem } from '../store/types.js'
import { requireItemScope } from './authorize.js'
import { requireItem } from './query-items.js'
import { parseDue, parseStatus } from '../track/index.js'

/** The tracking fields a PATCH may change. */
export interface ItemPatch {
  status?: string
  owner?: string | null
  due?: string | null
}

/**
 * Applies a patch in one transaction (all fields or none), based on the version the user read.
 * @throws CommuniqueError 'not-found', 'forbidden' (another party's item), 'invalid-input' (untracked
 *   item), 'usage' (bad value, empty patch), 'conflict' with `params.version` when `ifVersion` is stale
 */
export async function updateItem(store: Store, id: number, patch: ItemPatch, o: { user: UserRecord; now: string; ifVersion: number }): Promise<StoredItem> {
  const item = await requireItem(store, id)
  requireItemScope(o.user, item)
  const current = item.version
  if (current !== o.ifVersion) {
    throw new CommuniqueError('conflict', `item ${id} changed since you read it (now version ${current}, you sent ${o.ifVersion}); reload it and try again`, {
      params: { itemId: id, version: current, expectedVersion: o.ifVersion },
    })
  }
  if (patch.status === undefined && patch.owner === undefined && patch.due === undefined) {
    throw new CommuniqueError('usage', 'the patch changes nothing; send status, owner or due')
  }
  if (!item.tracking)
    throw new CommuniqueError('invalid-input', `item ${id} is a ${item.type}; only commitments and directives are tracked`, {
      params: { itemId: id, type: item.type },
    })
  const values = {
    status: patch.status === undefined ? undefined : parseStatus(patch.status),
    owner: patch.owner === undefined ? undefined : patch.owner?.trim() || null,
    due: patch.due === undefined ? undefined : patch.due === null ? null : parseDue(patch.due),
  }
  return (await store.applyPatch(id, values, { actor: o.user.name, at: o.now, expectedVersion: o.ifVersion })).item
}
