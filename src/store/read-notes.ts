// Reads evidence, assessments, comments and history entries as core domain objects.
import type { Assessment, Comment, ComplianceScore, Evidence, HistoryEntry } from '../core/tracking.js'
import { chunkRows } from './chunk.js'
import type { Ctx } from './context.js'

/** Runs `read` for all rows (ids undefined) or once per chunk of ids, concatenating the results. */
async function byItems<T>(ctx: Ctx, ids: number[] | undefined, read: (chunk: number[] | null) => Promise<T[]>): Promise<T[]> {
  if (ids === undefined) return read(null)
  const out: T[] = []
  for (const chunk of chunkRows(ids, 1, ctx.backend)) out.push(...(await read(chunk)))
  return out
}

/** Evidence of items, oldest first. */
export async function listEvidence(ctx: Ctx, ids?: number[]): Promise<Evidence[]> {
  const rows = await byItems(ctx, ids, (c) =>
    ctx.db
      .selectFrom('evidence')
      .selectAll()
      .$if(c !== null, (q) => q.where('item_id', 'in', c!))
      .orderBy('id')
      .execute(),
  )
  return rows.map((r) => ({ id: Number(r.id), itemId: String(r.item_id), date: r.date, url: r.url, note: r.note, author: r.author, recordedAt: r.recorded_at }))
}

/** Assessments of items, oldest first. */
export async function listAssessments(ctx: Ctx, ids?: number[]): Promise<Assessment[]> {
  const rows = await byItems(ctx, ids, (c) =>
    ctx.db
      .selectFrom('assessments as a')
      .innerJoin('parties as p', 'p.id', 'a.party_id')
      .selectAll('a')
      .select('p.name as party')
      .$if(c !== null, (q) => q.where('a.item_id', 'in', c!))
      .orderBy('a.id')
      .execute(),
  )
  return rows.map((r) => ({
    id: Number(r.id),
    itemId: String(r.item_id),
    party: r.party,
    score: Number(r.score) as ComplianceScore,
    rationale: r.rationale,
    round: r.round,
    author: r.author,
    recordedAt: r.recorded_at,
  }))
}

/** Comments of items, oldest first. */
export async function listComments(ctx: Ctx, ids?: number[]): Promise<Comment[]> {
  const rows = await byItems(ctx, ids, (c) =>
    ctx.db
      .selectFrom('comments')
      .selectAll()
      .$if(c !== null, (q) => q.where('item_id', 'in', c!))
      .orderBy('id')
      .execute(),
  )
  return rows.map((r) => ({ id: Number(r.id), itemId: String(r.item_id), author: r.author, text: r.text, recordedAt: r.recorded_at }))
}

/** History entries of items, oldest first (by id, which follows commit order per item). */
export async function listHistory(ctx: Ctx, ids?: number[]): Promise<HistoryEntry[]> {
  const rows = await byItems(ctx, ids, (c) =>
    ctx.db
      .selectFrom('history')
      .selectAll()
      .$if(c !== null, (q) => q.where('item_id', 'in', c!))
      .orderBy('id')
      .execute(),
  )
  return rows.map((r) => ({
    id: Number(r.id),
    itemId: String(r.item_id),
    field: r.field,
    before: JSON.parse(r.before_value) as unknown,
    after: JSON.parse(r.after_value) as unknown,
    actor: r.actor,
    changedAt: r.changed_at,
    version: Number(r.version),
    note: r.note,
  }))
}
