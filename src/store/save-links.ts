// Writes links: the merge plan of a linker run, and reviews (confirm/reject) with their history
// entries and, for a confirmed "reported-done" link, the item's new status and evidence.
import { sql } from 'kysely'
import { CommuniqueError } from '../core/errors.js'
import type { HistoryEntry, LinkReview } from '../core/tracking.js'
import { chunkRows } from './chunk.js'
import type { Ctx } from './context.js'
import { getItem } from './read-items.js'
import { getLink } from './read-links.js'
import { writeHistory, type PendingEntry } from './write-history.js'
import type { ChangeContext, LinkPlan, LinkPlanResult, LinkReviewChange, LinkReviewResult } from './types.js'

/**
 * Applies a link plan in one transaction. Only rows still `suggested` are updated or removed, and an
 * insert that meets a stored link of the same item and passage adds nothing, so a review made while
 * the linker ran is never overwritten.
 * @param at ISO timestamp of the run
 * @throws Error (a caller bug) when a link names a meeting that is not stored or has no current document
 */
export async function saveLinkPlan(ctx: Ctx, plan: LinkPlan, at: string): Promise<LinkPlanResult> {
  const result: LinkPlanResult = { inserted: 0, updated: 0, removed: 0 }
  if (plan.insert.length + plan.update.length + plan.remove.length === 0) return result
  return ctx.db.transaction().execute(async (tx) => {
    // Note: removals first, so that a suggestion replaced by one with the same key (a changed passage) can be inserted.
    for (const chunk of chunkRows(plan.remove, 1, ctx.backend)) {
      const r = await tx.deleteFrom('links').where('id', 'in', chunk).where('review', '=', 'suggested').executeTakeFirst()
      result.removed += Number(r.numDeletedRows)
    }
    const slugs = [...new Set(plan.insert.map((l) => l.meetingId))]
    const later = new Map<string, { meetingId: number; documentId: number }>()
    for (const chunk of chunkRows(slugs, 1, ctx.backend)) {
      const rows = await tx
        .selectFrom('meetings as m')
        .innerJoin('documents as d', 'd.meeting_id', 'm.id')
        .select(['m.id', 'm.slug', 'd.id as document_id'])
        .where('m.slug', 'in', chunk)
        .where('d.is_current', '=', 1)
        .orderBy('d.id')
        .execute()
      for (const r of rows) later.set(r.slug, { meetingId: Number(r.id), documentId: Number(r.document_id) })
    }
    const rows = plan.insert.map((l) => {
      const m = later.get(l.meetingId)
      if (!m) throw new Error(`saveLinkPlan: meeting "${l.meetingId}" is not stored or has no current document; links name the later meeting by its slug.`)
      return {
        item_id: toId(l.itemId),
        meeting_id: m.meetingId,
        document_id: m.documentId,
        target_item_id: l.targetItemId ? toId(l.targetItemId) : null,
        kind: l.kind,
        score: l.score,
        paragraph: l.paragraph,
        passage: l.passage,
        start_offset: l.start,
        end_offset: l.end,
        review: l.review,
        reviewed_by: null,
        reviewed_at: null,
        review_note: null,
        created_at: at,
        updated_at: at,
        reason: l.reason ?? null,
      }
    })
    for (const chunk of chunkRows(rows, 16, ctx.backend)) {
      const r = await tx
        .insertInto('links')
        .values(chunk)
        .onConflict((oc) => oc.columns(['item_id', 'meeting_id', 'start_offset', 'end_offset']).doNothing())
        .executeTakeFirst()
      result.inserted += Number(r.numInsertedOrUpdatedRows ?? 0)
    }
    for (const u of plan.update) {
      const r = await tx
        .updateTable('links')
        .set({ kind: u.kind, score: u.score, updated_at: at, ...(u.reason === undefined ? {} : { reason: u.reason }) })
        .where('id', '=', u.id)
        .where('review', '=', 'suggested')
        .executeTakeFirst()
      result.updated += Number(r.numUpdatedRows)
    }
    return result
  })
}

/**
 * Reviews a link in one transaction: sets its review state (with who, when and the note), appends a
 * history entry `link` on its item (before and after: the review states; note: "link 7: reported-done,
 * <later meeting slug> ¶12", then the reviewer's note), and with `change.apply` sets the item's status and adds the
 * evidence, each with its own history entry. Each entry raises the item's version by one. A review
 * that repeats the stored state, a status the item already has, and evidence with the same note and
 * date as stored evidence add nothing, so confirming twice changes nothing the second time.
 * @throws CommuniqueError 'not-found' (unknown link), 'invalid-input' (the item is not tracked),
 *   'conflict' (exit 3) when `cc.expectedVersion` is not the item's version
 */
export async function reviewLink(ctx: Ctx, linkId: number, change: LinkReviewChange, cc: ChangeContext): Promise<LinkReviewResult> {
  if (change.apply && change.review !== 'confirmed') throw new Error('reviewLink: only a confirmed link can be applied to its item.')
  const db = ctx.db
  const outcome = await db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('links as l')
      .innerJoin('meetings as m', 'm.id', 'l.meeting_id')
      .innerJoin('items as i', 'i.id', 'l.item_id')
      .leftJoin('tracking as t', 't.item_id', 'l.item_id')
      .select(['l.id', 'l.item_id', 'l.review', 'l.kind', 'l.paragraph', 'm.slug', 't.status', 'i.version', 'i.trackable'])
      .where('l.id', '=', linkId)
      .$if(ctx.backend === 'postgres', (q) => q.modifyEnd(sql`for update of l`))
      .executeTakeFirst()
    if (!row) throw new CommuniqueError('not-found', `no link ${linkId} in the store; run \`communique links ITEM\` to see the link ids of an item`)
    const itemId = Number(row.item_id)
    if (row.status === null || Number(row.trackable) !== 1)
      throw new CommuniqueError('invalid-input', `item ${itemId} of link ${linkId} is not tracked; only links of commitments and directives can be reviewed`)
    const current = Number(row.version)
    if (cc.expectedVersion !== undefined && cc.expectedVersion !== current) {
      throw new CommuniqueError(
        'conflict',
        `item ${itemId} changed since you read it (now version ${current}, your review was based on ${cc.expectedVersion}); run \`communique links ${itemId}\` and try again`,
      )
    }
    const before = row.review as LinkReview
    const pending: PendingEntry[] = []
    if (before !== change.review) {
      await tx
        .updateTable('links')
        .set({ review: change.review, reviewed_by: cc.actor, reviewed_at: cc.at, review_note: cc.note ?? null, updated_at: cc.at })
        .where('id', '=', linkId)
        .execute()
      // Note: before/after are the review states ("link: suggested → confirmed" in `history`); the note names the link.
      const which = `link ${linkId}: ${row.kind}, ${row.slug} ¶${Number(row.paragraph)}`
      pending.push({ field: 'link', before, after: change.review, note: cc.note ? `${which}; ${cc.note}` : which })
    }
    let status = row.status
    if (change.apply) {
      const from = `applied from link ${linkId}`
      if (change.apply.status !== row.status) {
        pending.push({ field: 'status', before: row.status, after: change.apply.status, note: from })
        status = change.apply.status
      }
      const e = change.apply.evidence
      const same = await tx
        .selectFrom('evidence')
        .select('id')
        .where('item_id', '=', itemId)
        .where('note', '=', e.note)
        .where('date', e.date === null ? 'is' : '=', e.date)
        .executeTakeFirst()
      if (!same) {
        await tx.insertInto('evidence').values({ item_id: itemId, date: e.date, url: e.url, note: e.note, author: cc.actor, recorded_at: cc.at }).execute()
        pending.push({ field: 'evidence', before: null, after: { date: e.date, url: e.url, note: e.note }, note: from })
      }
    }
    if (pending.length === 0) return { itemId, before, entries: [] as HistoryEntry[] }
    const entries = await writeHistory(tx, itemId, current, pending, cc, { status }, `communique links ${itemId}`)
    return { itemId, before, entries }
  })
  const [link, item] = [await getLink(ctx, linkId), await getItem(ctx, outcome.itemId)]
  return { link: link!, before: outcome.before, item: item!, entries: outcome.entries }
}

/** A store item id given as a string ("12"). */
function toId(value: string): number {
  const n = Number(value)
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`saveLinkPlan: "${value}" is not a store item id; map document-local ids ("p4-9") to store ids first.`)
  return n
}
