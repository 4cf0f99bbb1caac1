// Reads links (with the later meeting's slug, title and date) and the texts linking works on.
import type { Kysely } from 'kysely'
import type { LinkKind, LinkReview } from '../core/tracking.js'
import { chunkRows } from './chunk.js'
import type { Ctx } from './context.js'
import type { Database } from './schema.js'
import type { DocumentText, StoredLink } from './types.js'

/** Review states listLinks returns when none are asked for. */
export const VISIBLE_REVIEWS: readonly LinkReview[] = ['suggested', 'confirmed']

/** Which links to read; every given filter must hold. */
export interface LinkFilter {
  /** Only links of these (earlier) items. */
  itemIds?: number[]
  /** Only links to passages of this later meeting (its integer id). */
  meetingId?: number
  /** Only these review states (default: suggested and confirmed). */
  review?: LinkReview[]
  /** Only this link. */
  id?: number
}

function linkQuery(db: Kysely<Database>) {
  return db
    .selectFrom('links as l')
    .innerJoin('meetings as m', 'm.id', 'l.meeting_id')
    .select([
      'l.id',
      'l.item_id',
      'l.kind',
      'l.score',
      'l.paragraph',
      'l.passage',
      'l.start_offset',
      'l.end_offset',
      'l.review',
      'l.target_item_id',
      'l.reason',
      'm.slug',
      'm.title',
      'm.date',
    ])
}

type LinkRow = Awaited<ReturnType<ReturnType<typeof linkQuery>['execute']>>[number]

/**
 * Links matching the filter, by item, later meeting date (undated last), then score (best first).
 * Links of items of superseded document versions are included when their ids are asked for (or no
 * ids are given).
 */
export async function listLinks(ctx: Ctx, filter: LinkFilter = {}): Promise<StoredLink[]> {
  const db = ctx.db
  const review = filter.review ?? VISIBLE_REVIEWS
  if (review.length === 0 || filter.itemIds?.length === 0) return []
  const run = (ids: number[] | null) => {
    let q = linkQuery(db).where('l.review', 'in', review)
    if (ids) q = q.where('l.item_id', 'in', ids)
    if (filter.meetingId !== undefined) q = q.where('l.meeting_id', '=', filter.meetingId)
    if (filter.id !== undefined) q = q.where('l.id', '=', filter.id)
    return q.execute()
  }
  const rows: LinkRow[] = []
  if (filter.itemIds) for (const chunk of chunkRows(filter.itemIds, 1, ctx.backend)) rows.push(...(await run(chunk)))
  else rows.push(...(await run(null)))
  return rows.map(toStoredLink).sort(byItemDateScore)
}

/** One link (any review state), or null. */
export async function getLink(ctx: Ctx, id: number): Promise<StoredLink | null> {
  if (!Number.isSafeInteger(id) || id < 1) return null
  return (await listLinks(ctx, { id, review: ['suggested', 'confirmed', 'rejected'] }))[0] ?? null
}

/**
 * The current document of each meeting, with its paragraphs: the newest one when several sources
 * hold the same meeting; meetings without a document are left out.
 */
export async function listDocumentTexts(ctx: Ctx, meetingIds: number[]): Promise<DocumentText[]> {
  const out: DocumentText[] = []
  for (const chunk of chunkRows(meetingIds, 1, ctx.backend)) {
    const rows = await ctx.db
      .selectFrom('documents')
      .select(['id', 'meeting_id', 'text'])
      .where('meeting_id', 'in', chunk)
      .where('is_current', '=', 1)
      .orderBy('id')
      .execute()
    // Note: two sources can hold the same meeting (an HTML and a PDF copy); the newest one counts.
    const docs = [...new Map(rows.map((d) => [Number(d.meeting_id), d])).values()]
    if (docs.length === 0) continue
    const paragraphs = await ctx.db
      .selectFrom('paragraphs')
      .select(['document_id', 'ordinal', 'number', 'label', 'start_offset', 'end_offset'])
      .where(
        'document_id',
        'in',
        docs.map((d) => d.id),
      )
      .orderBy('document_id')
      .orderBy('start_offset')
      .execute()
    const byDocument = new Map<number, DocumentText['paragraphs']>(docs.map((d) => [Number(d.id), []]))
    for (const p of paragraphs) {
      byDocument.get(Number(p.document_id))!.push({
        ordinal: Number(p.ordinal),
        number: p.number === null ? null : Number(p.number),
        label: p.label,
        start: Number(p.start_offset),
        end: Number(p.end_offset),
      })
    }
    for (const d of docs) out.push({ meetingId: Number(d.meeting_id), documentId: Number(d.id), text: d.text, paragraphs: byDocument.get(Number(d.id))! })
  }
  return out
}

/** One stored document's text and paragraphs (any version), or null. */
export async function getDocumentText(ctx: Ctx, documentId: number): Promise<DocumentText | null> {
  const d = await ctx.db.selectFrom('documents').select(['id', 'meeting_id', 'text']).where('id', '=', documentId).executeTakeFirst()
  if (!d) return null
  const paragraphs = await ctx.db
    .selectFrom('paragraphs')
    .select(['ordinal', 'number', 'label', 'start_offset', 'end_offset'])
    .where('document_id', '=', documentId)
    .orderBy('start_offset')
    .execute()
  return {
    meetingId: Number(d.meeting_id),
    documentId: Number(d.id),
    text: d.text,
    paragraphs: paragraphs.map((p) => ({
      ordinal: Number(p.ordinal),
      number: p.number === null ? null : Number(p.number),
      label: p.label,
      start: Number(p.start_offset),
      end: Number(p.end_offset),
    })),
  }
}

function toStoredLink(r: LinkRow): StoredLink {
  return {
    id: Number(r.id),
    itemId: String(r.item_id),
    kind: r.kind as LinkKind,
    score: Number(r.score),
    meetingId: r.slug,
    paragraph: Number(r.paragraph),
    passage: r.passage,
    start: Number(r.start_offset),
    end: Number(r.end_offset),
    review: r.review as LinkReview,
    targetItemId: r.target_item_id === null ? null : String(r.target_item_id),
    reason: r.reason ?? null,
    meetingTitle: r.title,
    meetingDate: r.date,
  }
}

function byItemDateScore(a: StoredLink, b: StoredLink): number {
  return (
    Number(a.itemId) - Number(b.itemId) ||
    (a.meetingDate === null ? 1 : 0) - (b.meetingDate === null ? 1 : 0) ||
    (a.meetingDate ?? '').localeCompare(b.meetingDate ?? '') ||
    b.score - a.score ||
    a.id - b.id
  )
}
