// Reads items with their meeting, actors, topics, entities and tracking state.
import { sql } from 'kysely'
import type { Deadline, Entity, Item, ItemType } from '../core/item.js'
import type { Status } from '../core/tracking.js'
import { chunkRows } from './chunk.js'
import type { Ctx } from './context.js'
import { itemConditions, resolveFilter, type ResolvedFilter } from './item-filter.js'
import { MEETING_ORDER_SQL } from './migrations/0009-listing-order-index.js'
import type { ItemFilter, ItemProposal, RejectReason, ReviewState, StoredItem } from './types.js'

/** The base query: items joined with their document, meeting, series and tracking row. */
function baseQuery(ctx: Ctx) {
  return ctx.db
    .selectFrom('items')
    .innerJoin('documents as d', 'd.id', 'items.document_id')
    .innerJoin('meetings as m', 'm.id', 'items.meeting_id')
    .leftJoin('series as s', 's.id', 'm.series_id')
    .leftJoin('tracking as t', 't.item_id', 'items.id')
    .selectAll('items')
    .select([
      'm.slug as meeting_slug',
      'm.title as meeting_title',
      'm.date as meeting_date',
      's.name as series_name',
      't.owner',
      't.status',
      't.due',
      't.due_edited',
      't.updated_at',
      't.updated_by',
    ])
}

type ItemRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number]

/**
 * Items matching a filter, in meeting-date (undated meetings last), meeting, text and id order.
 * With `after`, only items after that key (keyset pagination: the order is the index order of
 * meetings_order, then items_meeting, so a page reads just its rows instead of sorting them all).
 * @throws CommuniqueError 'not-found' for an unknown meeting or series in the filter
 */
export async function listItems(ctx: Ctx, filter: ItemFilter = {}): Promise<StoredItem[]> {
  const f: ResolvedFilter = await resolveFilter(ctx, filter)
  const meetingOrder = sql.raw(MEETING_ORDER_SQL)
  let q = baseQuery(ctx).where((eb) => eb.and(itemConditions(eb, f)))
  if (f.after || f.limit !== undefined) {
    // Note: the bound on the index's first column is written on its own as a plain range (true of
    // every row on a first page): with it both planners walk meetings_order and stop after the
    // page; without it SQLite, not knowing the limit, sorted every item (10 ms instead of 1).
    const a = f.after
    q = q.where(sql<boolean>`${meetingOrder} >= ${a ? (a.meetingDate ?? '~') : ''}`)
    if (a) {
      q = q
        .where(sql<boolean>`(${meetingOrder} > ${a.meetingDate ?? '~'} or m.id >= ${a.meetingId})`)
        .where(sql<boolean>`(m.id <> ${a.meetingId} or (items.start_offset, items.id) > (${a.start}, ${a.id}))`)
    }
  }
  q = q.orderBy(meetingOrder).orderBy('m.id').orderBy('items.start_offset').orderBy('items.id')
  if (f.limit !== undefined) q = q.limit(f.limit)
  if (f.limit !== undefined && f.offset) q = q.offset(f.offset)
  return hydrate(ctx, await q.execute())
}

/** The items with these ids (any order), including items of superseded versions. */
export async function itemsByIds(ctx: Ctx, ids: number[]): Promise<StoredItem[]> {
  const rows: ItemRow[] = []
  for (const chunk of chunkRows(ids, 1, ctx.backend)) rows.push(...(await baseQuery(ctx).where('items.id', 'in', chunk).execute()))
  return hydrate(ctx, rows)
}

/** One item, or null. */
export async function getItem(ctx: Ctx, id: number): Promise<StoredItem | null> {
  if (!Number.isSafeInteger(id) || id < 1) return null
  return (await itemsByIds(ctx, [id]))[0] ?? null
}

async function hydrate(ctx: Ctx, rows: ItemRow[]): Promise<StoredItem[]> {
  if (rows.length === 0) return []
  const ids = rows.map((r) => Number(r.id))
  const actors = new Map<number, string[]>()
  const topics = new Map<number, string[]>()
  const entities = new Map<number, Entity[]>()
  // Note: actors, topics and entities in one UNION ALL query per chunk (one round trip, not three).
  for (const chunk of chunkRows(ids, 3, ctx.backend)) {
    const a = ctx.db
      .selectFrom('item_actors as ia')
      .innerJoin('parties as p', 'p.id', 'ia.party_id')
      .select([
        'ia.item_id',
        sql<string>`'a'`.as('k'),
        'ia.position as pos',
        'p.name',
        sql<string | null>`cast(null as text)`.as('kind'),
        sql<string | null>`cast(null as text)`.as('text'),
        sql<number | null>`cast(null as integer)`.as('start_offset'),
        sql<number | null>`cast(null as integer)`.as('end_offset'),
      ])
      .where('ia.item_id', 'in', chunk)
    const t = ctx.db
      .selectFrom('item_topics as it')
      .innerJoin('topics as tp', 'tp.id', 'it.topic_id')
      .select([
        'it.item_id',
        sql<string>`'t'`.as('k'),
        sql<number>`0`.as('pos'),
        'tp.name',
        sql<string | null>`cast(null as text)`.as('kind'),
        sql<string | null>`cast(null as text)`.as('text'),
        sql<number | null>`cast(null as integer)`.as('start_offset'),
        sql<number | null>`cast(null as integer)`.as('end_offset'),
      ])
      .where('it.item_id', 'in', chunk)
    const e = ctx.db
      .selectFrom('item_entities as ie')
      .innerJoin('entities as en', 'en.id', 'ie.entity_id')
      .select(['ie.item_id', sql<string>`'e'`.as('k'), 'ie.position as pos', 'en.name', 'en.kind', 'ie.text', 'ie.start_offset', 'ie.end_offset'])
      .where('ie.item_id', 'in', chunk)
    const all = await a.unionAll(t).unionAll(e).orderBy('k').orderBy('item_id').orderBy('pos').orderBy('name').execute()
    for (const r of all) {
      const id = Number(r.item_id)
      if (r.k === 'a') push(actors, id, r.name)
      else if (r.k === 't') push(topics, id, r.name)
      else push(entities, id, { kind: r.kind as Entity['kind'], name: r.name, text: r.text ?? '', start: Number(r.start_offset), end: Number(r.end_offset) })
    }
  }
  return rows.map((r) => toStoredItem(r, actors.get(Number(r.id)) ?? [], topics.get(Number(r.id)) ?? [], entities.get(Number(r.id)) ?? []))
}

function push<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function toStoredItem(r: ItemRow, actors: string[], topics: string[], entities: Entity[]): StoredItem {
  const deadline: Deadline | null =
    r.deadline_text === null
      ? null
      : {
          text: r.deadline_text,
          start: r.deadline_start,
          end: r.deadline_end,
          ...(r.deadline_relative ? { relative: r.deadline_relative as 'next-meeting' } : {}),
          span: { start: Number(r.deadline_start_offset), end: Number(r.deadline_end_offset) },
        }
  return {
    id: Number(r.id),
    localId: r.local_id,
    documentId: Number(r.document_id),
    meetingId: Number(r.meeting_id),
    meetingSlug: r.meeting_slug,
    meetingTitle: r.meeting_title,
    meetingDate: r.meeting_date,
    series: r.series_name ?? null,
    type: r.type as ItemType,
    trackable: Number(r.trackable) === 1,
    paragraph: Number(r.paragraph),
    text: r.text,
    start: Number(r.start_offset),
    end: Number(r.end_offset),
    actors,
    actorRole: r.actor_role as Item['actorRole'],
    action: r.action,
    modality: r.modality as Item['modality'],
    deadline,
    topics,
    entities,
    strength: r.strength as Item['strength'],
    reaffirmed: Number(r.reaffirmed) === 1,
    event: r.event as Item['event'],
    rule: r.rule,
    version: Number(r.version),
    review: {
      state: r.review_state as ReviewState,
      reason: (r.review_reason ?? null) as RejectReason | null,
      note: r.review_note ?? null,
      origin: r.origin === 'added' ? 'added' : 'extracted',
      edited: Number(r.edited) === 1,
      by: r.reviewed_by ?? null,
      at: r.reviewed_at ?? null,
    },
    proposal:
      r.origin === 'added'
        ? null
        : r.proposal
          ? (JSON.parse(r.proposal) as ItemProposal)
          : {
              type: r.type as ItemType,
              paragraph: Number(r.paragraph),
              text: r.text,
              start: Number(r.start_offset),
              end: Number(r.end_offset),
              actors,
              deadline,
              topics,
              rule: r.rule,
            },
    tracking:
      r.status === null || Number(r.trackable) !== 1
        ? null
        : {
            owner: r.owner ?? null,
            status: r.status as Status,
            due: r.due ?? null,
            version: Number(r.version),
            updatedAt: r.updated_at ?? '',
            dueEdited: Number(r.due_edited) === 1,
            updatedBy: r.updated_by ?? null,
          },
  }
}
