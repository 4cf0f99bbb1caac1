// Reads document summaries and store-wide counts.
import { sql } from 'kysely'
import type { SourceFormat } from '../core/source-file.js'
import type { Ctx } from './context.js'
import type { DocumentSummary, StoreStats } from './types.js'

function documentQuery(ctx: Ctx) {
  return ctx.db
    .selectFrom('documents')
    .select([
      'id',
      'meeting_id',
      'source',
      'format',
      'content_hash',
      'version',
      'is_current',
      'word_count',
      'paragraph_count',
      'item_count',
      'ingested_at',
      'ingested_by',
    ])
}

type DocumentRow = Awaited<ReturnType<ReturnType<typeof documentQuery>['execute']>>[number]

function toSummary(r: DocumentRow): DocumentSummary {
  return {
    id: Number(r.id),
    meetingId: Number(r.meeting_id),
    source: r.source,
    format: r.format as SourceFormat,
    contentHash: r.content_hash,
    version: Number(r.version),
    isCurrent: Number(r.is_current) === 1,
    wordCount: Number(r.word_count),
    paragraphCount: Number(r.paragraph_count),
    itemCount: Number(r.item_count),
    ingestedAt: r.ingested_at,
    ingestedBy: r.ingested_by,
  }
}

/** The document with this content hash, or null. */
export async function findDocumentByHash(ctx: Ctx, hash: string): Promise<DocumentSummary | null> {
  const row = await documentQuery(ctx).where('content_hash', '=', hash).executeTakeFirst()
  return row ? toSummary(row) : null
}

/** All documents, oldest first. */
export async function listDocuments(ctx: Ctx): Promise<DocumentSummary[]> {
  return (await documentQuery(ctx).orderBy('id').execute()).map(toSummary)
}

/** Counts of what the store holds (current document versions only, except `documents`). */
export async function stats(ctx: Ctx): Promise<StoreStats> {
  const count = async (q: Promise<{ n: unknown } | undefined>): Promise<number> => Number((await q)?.n ?? 0)
  const n = sql<number>`count(*)`.as('n')
  return {
    documents: await count(ctx.db.selectFrom('documents').select(n).executeTakeFirst()),
    meetings: await count(ctx.db.selectFrom('meetings').select(n).executeTakeFirst()),
    series: await count(ctx.db.selectFrom('series').select(n).executeTakeFirst()),
    paragraphs: await count(
      ctx.db.selectFrom('paragraphs').innerJoin('documents as d', 'd.id', 'paragraphs.document_id').where('d.is_current', '=', 1).select(n).executeTakeFirst(),
    ),
    items: await count(
      ctx.db.selectFrom('items').innerJoin('documents as d', 'd.id', 'items.document_id').where('d.is_current', '=', 1).select(n).executeTakeFirst(),
    ),
    trackable: await count(
      ctx.db
        .selectFrom('items')
        .innerJoin('documents as d', 'd.id', 'items.document_id')
        .where('d.is_current', '=', 1)
        .where('items.trackable', '=', 1)
        .select(n)
        .executeTakeFirst(),
    ),
  }
}
