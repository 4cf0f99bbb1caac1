// Applies one tracking change: version check, tracking update and history entry in one short transaction.
import { sql } from 'kysely'
import { CommuniqueError } from '../core/errors.js'
import { STATUSES } from '../core/tracking.js'
import type { Ctx } from './context.js'
import { ensureNames } from './names.js'
import { getItem } from './read-items.js'
import { writeHistory } from './write-history.js'
import type { ChangeContext, ChangeResult, TrackingChange } from './types.js'

/**
 * Applies `change` to item `itemId` as `ctx.actor`.
 * @throws CommuniqueError 'not-found' (unknown item), 'invalid-input' (untracked item or bad value),
 *   'conflict' (stale `expectedVersion`; exit 3)
 */
export async function applyChange(ctx: Ctx, itemId: number, change: TrackingChange, cc: ChangeContext): Promise<ChangeResult> {
  assertChange(change)
  const entry = await ctx.db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('items')
      .leftJoin('tracking as t', 't.item_id', 'items.id')
      .select(['items.id', 'items.type', 'items.trackable', 'items.version', 't.owner', 't.status', 't.due'])
      .where('items.id', '=', itemId)
      .$if(ctx.backend === 'postgres', (q) => q.modifyEnd(sql`for update of items`))
      .executeTakeFirst()
    if (!row) throw new CommuniqueError('not-found', `no item ${itemId} in the store; run \`communique list\` to see item ids`)
    if (row.status === null || Number(row.trackable) !== 1) {
      throw new CommuniqueError('invalid-input', `item ${itemId} is a ${row.type}; only commitments and directives are tracked`)
    }
    const current = Number(row.version)
    if (cc.expectedVersion !== undefined && cc.expectedVersion !== current) {
      throw new CommuniqueError(
        'conflict',
        `item ${itemId} changed since you read it (now version ${current}, your change was based on ${cc.expectedVersion}); run \`communique show ${itemId}\` and try again`,
        { params: { itemId, version: current, expectedVersion: cc.expectedVersion } },
      )
    }
    let field: string = change.kind
    let before: unknown = null
    let after: unknown
    const tracking: { owner?: string | null; status?: string; due?: string | null; due_edited?: number } = {}
    switch (change.kind) {
      case 'status':
        before = row.status
        after = change.status
        tracking.status = change.status
        break
      case 'owner':
        before = row.owner
        after = change.owner
        tracking.owner = change.owner
        break
      case 'due':
        before = row.due
        after = change.due
        tracking.due = change.due
        tracking.due_edited = 1
        break
      case 'evidence':
        after = { date: change.date, url: change.url, note: change.note }
        await tx
          .insertInto('evidence')
          .values({ item_id: itemId, date: change.date, url: change.url, note: change.note, author: cc.actor, recorded_at: cc.at })
          .execute()
        break
      case 'comment':
        after = { text: change.text }
        await tx.insertInto('comments').values({ item_id: itemId, author: cc.actor, text: change.text, recorded_at: cc.at }).execute()
        break
      case 'assessment': {
        field = 'assessment'
        const partyId = (await ensureNames(tx, ctx.backend, 'parties', [change.party])).get(change.party)!
        const prior = await tx
          .selectFrom('assessments')
          .select(['id', 'score', 'rationale'])
          .where('item_id', '=', itemId)
          .where('party_id', '=', partyId)
          .where('round', '=', change.round)
          .executeTakeFirst()
        before = prior ? { party: change.party, round: change.round, score: Number(prior.score), rationale: prior.rationale } : null
        after = { party: change.party, round: change.round, score: change.score, rationale: change.rationale }
        const values = { score: change.score, rationale: change.rationale, author: cc.actor, recorded_at: cc.at }
        if (prior) await tx.updateTable('assessments').set(values).where('id', '=', prior.id).execute()
        else
          await tx
            .insertInto('assessments')
            .values({ item_id: itemId, party_id: partyId, round: change.round, ...values })
            .execute()
        break
      }
    }
    const [entry] = await writeHistory(tx, itemId, current, [{ field, before, after, note: cc.note ?? null }], cc, tracking, `communique show ${itemId}`)
    return entry!
  })
  const item = await getItem(ctx, itemId)
  return { item: item!, entry }
}

/** Defensive checks: commands validate with track/ first, so these only catch programming errors. */
function assertChange(change: TrackingChange): void {
  if (change.kind === 'status' && !STATUSES.includes(change.status)) {
    throw new CommuniqueError('invalid-input', `invalid status "${String(change.status)}"; use one of ${STATUSES.join(', ')}`)
  }
  if (change.kind === 'assessment' && ![-1, 0, 1].includes(change.score)) {
    throw new CommuniqueError('invalid-input', `invalid score ${String(change.score)}; use -1, 0 or 1`)
  }
}
