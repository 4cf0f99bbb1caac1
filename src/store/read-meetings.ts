// Reads meetings (with series, parties, participants and item counts) and series.
import { sql } from 'kysely'
import type { Participant } from '../core/meeting.js'
import type { Ctx } from './context.js'
import type { MeetingReviewState, StoredMeeting, StoredSeries } from './types.js'

function meetingQuery(ctx: Ctx) {
  return ctx.db
    .selectFrom('meetings as m')
    .leftJoin('series as s', 's.id', 'm.series_id')
    .select(['m.id', 'm.slug', 'm.title', 'm.ordinal', 'm.date', 'm.place', 's.name as series_name', 'm.review_state', 'm.review_by', 'm.review_at'])
    .select((eb) => [
      eb
        .selectFrom('documents as d')
        .select('d.source')
        .whereRef('d.meeting_id', '=', 'm.id')
        .where('d.is_current', '=', 1)
        .orderBy('d.id', 'desc')
        .limit(1)
        .as('source'),
      eb
        .selectFrom('items as i')
        .innerJoin('documents as d', 'd.id', 'i.document_id')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('i.meeting_id', '=', 'm.id')
        .where('d.is_current', '=', 1)
        .where('i.withdrawn', '=', 0)
        .as('item_count'),
      eb
        .selectFrom('items as i')
        .innerJoin('documents as d', 'd.id', 'i.document_id')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('i.meeting_id', '=', 'm.id')
        .where('d.is_current', '=', 1)
        .where('i.withdrawn', '=', 0)
        .where('i.trackable', '=', 1)
        .as('trackable_count'),
    ])
    .orderBy(sql`case when m.date is null then 1 else 0 end`)
    .orderBy('m.date')
    .orderBy('m.id')
}

type MeetingRow = Awaited<ReturnType<ReturnType<typeof meetingQuery>['execute']>>[number]

/** Meetings by date, optionally of one series (name, any case) or with one party. */
export async function listMeetings(ctx: Ctx, filter: { series?: string; party?: string } = {}): Promise<StoredMeeting[]> {
  let q = meetingQuery(ctx)
  if (filter.series) q = q.where(sql`lower(s.name)`, '=', filter.series.trim().toLowerCase())
  if (filter.party) {
    const party = filter.party.toLowerCase()
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('meeting_parties as mp')
          .innerJoin('parties as p', 'p.id', 'mp.party_id')
          .select('mp.meeting_id')
          .whereRef('mp.meeting_id', '=', 'm.id')
          .where(sql`lower(p.name)`, '=', party),
      ),
    )
  }
  return hydrate(ctx, await q.execute())
}

/** A meeting by integer id or slug, or null. */
export async function getMeeting(ctx: Ctx, ref: string | number): Promise<StoredMeeting | null> {
  const key = String(ref).trim()
  const q = /^\d+$/.test(key) ? meetingQuery(ctx).where('m.id', '=', Number(key)) : meetingQuery(ctx).where('m.slug', '=', key.toLowerCase())
  return (await hydrate(ctx, await q.execute()))[0] ?? null
}

/** Every series with its meeting count and date range, by name. */
export async function listSeries(ctx: Ctx): Promise<StoredSeries[]> {
  const rows = await ctx.db
    .selectFrom('series as s')
    .leftJoin('meetings as m', 'm.series_id', 's.id')
    .select(['s.id', 's.name', 's.slug'])
    .select((eb) => [eb.fn.count('m.id').as('n'), eb.fn.min('m.date').as('first'), eb.fn.max('m.date').as('last')])
    .groupBy(['s.id', 's.name', 's.slug'])
    .orderBy('s.name')
    .execute()
  return rows.map((r) => ({ id: Number(r.id), name: r.name, slug: r.slug, meetingCount: Number(r.n), firstDate: r.first ?? null, lastDate: r.last ?? null }))
}

async function hydrate(ctx: Ctx, rows: MeetingRow[]): Promise<StoredMeeting[]> {
  if (rows.length === 0) return []
  const ids = rows.map((r) => Number(r.id))
  const parties = new Map<number, string[]>()
  const participants = new Map<number, Participant[]>()
  // Note: meetings are few compared with items; one IN list per call stays far below the parameter limit
  // except for the whole UN corpus, so read all rows when the list is long.
  const many = ids.length > 5000
  const pRows = await ctx.db
    .selectFrom('meeting_parties as mp')
    .innerJoin('parties as p', 'p.id', 'mp.party_id')
    .select(['mp.meeting_id', 'p.name'])
    .$if(!many, (q) => q.where('mp.meeting_id', 'in', ids))
    .orderBy('mp.meeting_id')
    .orderBy('mp.position')
    .execute()
  for (const r of pRows) add(parties, Number(r.meeting_id), r.name)
  const partRows = await ctx.db
    .selectFrom('participants')
    .selectAll()
    .$if(!many, (q) => q.where('meeting_id', 'in', ids))
    .orderBy('meeting_id')
    .orderBy('position')
    .execute()
  for (const r of partRows) add(participants, Number(r.meeting_id), { name: r.name, honorific: r.honorific, office: r.office, country: r.country })
  return rows.map((r) => ({
    id: Number(r.id),
    slug: r.slug,
    title: r.title,
    series: r.series_name ?? null,
    ordinal: r.ordinal === null ? null : Number(r.ordinal),
    date: r.date,
    place: r.place,
    parties: parties.get(Number(r.id)) ?? [],
    participants: participants.get(Number(r.id)) ?? [],
    source: r.source ?? null,
    itemCount: Number(r.item_count ?? 0),
    trackableCount: Number(r.trackable_count ?? 0),
    review: { state: r.review_state as MeetingReviewState, by: r.review_by ?? null, at: r.review_at ?? null },
  }))
}

function add<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
