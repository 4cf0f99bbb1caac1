// Turns an ItemFilter into WHERE clauses on a query over items joined with meetings and tracking.
import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely'
import { CommuniqueError } from '../core/errors.js'
import type { Ctx } from './context.js'
import type { Database } from './schema.js'
import type { ItemFilter } from './types.js'

/** The tables an item query joins: items, meetings, documents, tracking (left). */
export type ItemScope = Database & { m: Database['meetings']; d: Database['documents']; t: Database['tracking'] }

/** A filter with meeting and series resolved to ids. */
export interface ResolvedFilter extends ItemFilter {
  meetingId?: number
  seriesId?: number
}

/**
 * Resolves the meeting (id or slug) and series (name, any case) of a filter.
 * @throws CommuniqueError 'not-found' naming the unknown meeting or series
 */
export async function resolveFilter(ctx: Ctx, filter: ItemFilter): Promise<ResolvedFilter> {
  const out: ResolvedFilter = { ...filter }
  if (filter.meeting !== undefined) {
    const ref = filter.meeting.trim()
    const row = /^\d+$/.test(ref)
      ? await ctx.db.selectFrom('meetings').select('id').where('id', '=', Number(ref)).executeTakeFirst()
      : await ctx.db.selectFrom('meetings').select('id').where('slug', '=', ref.toLowerCase()).executeTakeFirst()
    if (!row) throw new CommuniqueError('not-found', `no meeting "${ref}" in the store; run \`communique meetings\` to see ids and slugs`)
    out.meetingId = Number(row.id)
  }
  if (filter.series !== undefined) {
    const row = await ctx.db
      .selectFrom('series')
      .select('id')
      .where(sql`lower(name)`, '=', filter.series.trim().toLowerCase())
      .executeTakeFirst()
    if (!row) throw new CommuniqueError('not-found', `no series "${filter.series}" in the store; run \`communique meetings\` to see the series`)
    out.seriesId = Number(row.id)
  }
  if (filter.overdue && !filter.today) throw new Error('listItems: overdue needs `today` (an ISO date); the store reads no clock.')
  return out
}

/**
 * The conditions of a resolved filter, for a query where `items` is joined as `items`, the meeting
 * as `m`, the document as `d` and the tracking row (left join) as `t`.
 */
export function itemConditions(eb: ExpressionBuilder<ItemScope, 'items' | 'm' | 'd' | 't'>, f: ResolvedFilter): Expression<SqlBool>[] {
  const c: Expression<SqlBool>[] = []
  if (!f.allVersions) c.push(eb('d.is_current', '=', 1), eb('items.withdrawn', '=', 0))
  if (f.review && f.review.length > 0) c.push(eb('items.review_state', 'in', f.review))
  if (f.ids !== undefined) c.push(f.ids.length === 0 ? sql<SqlBool>`1 = 0` : eb('items.id', 'in', f.ids))
  if (f.meetingId !== undefined) c.push(eb('items.meeting_id', '=', f.meetingId))
  if (f.seriesId !== undefined) c.push(eb('m.series_id', '=', f.seriesId))
  if (f.type) c.push(eb('items.type', '=', f.type))
  if (f.trackableOnly) c.push(eb('items.trackable', '=', 1))
  if (f.status) c.push(eb('t.status', '=', f.status))
  if (f.overdue) c.push(eb.and([eb('t.due', '<', f.today!), eb('t.status', 'not in', ['done', 'dropped'])]))
  if (f.dueBefore) c.push(eb('t.due', '<=', f.dueBefore))
  if (f.party) {
    c.push(
      eb.exists(
        eb
          .selectFrom('item_actors as ia')
          .innerJoin('parties as pa', 'pa.id', 'ia.party_id')
          .select('ia.item_id')
          .whereRef('ia.item_id', '=', 'items.id')
          .where(sql`lower(pa.name)`, '=', f.party.toLowerCase()),
      ),
    )
  }
  if (f.topic) {
    c.push(
      eb.exists(
        eb
          .selectFrom('item_topics as it')
          .innerJoin('topics as tp', 'tp.id', 'it.topic_id')
          .select('it.item_id')
          .whereRef('it.item_id', '=', 'items.id')
          .where(sql`lower(tp.name)`, '=', f.topic.toLowerCase()),
      ),
    )
  }
  return c
}

/** True when the filter constrains items (not only meetings): search then needs an item in the paragraph. */
export function hasItemConditions(f: ItemFilter): boolean {
  return Boolean(f.type || f.status || f.overdue || f.dueBefore || f.topic || f.trackableOnly || (f.review && f.review.length > 0))
}
