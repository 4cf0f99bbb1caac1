// Ranked full-text search over paragraphs of current documents, with filters, on either back-end.
import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely'
import type { Ctx } from '../context.js'
import { hasItemConditions, itemConditions, resolveFilter, type ResolvedFilter } from '../item-filter.js'
import type { Database } from '../schema.js'
import type { ItemFilter, SearchHit, SearchOptions } from '../types.js'
import { parseQuery, toFts5, type ParsedQuery, type QueryTerm } from './parse-query.js'

/** The FTS5 table as Kysely sees it (SQLite only); a type alias, as withTables() wants an index signature. */
type FtsTables = { paragraphs_fts: { rowid: number; text: string } }
type SearchDb = Database & FtsTables & { p: Database['paragraphs']; d: Database['documents']; m: Database['meetings'] }

/**
 * Searches `query` and returns the best hits first.
 * @throws CommuniqueError 'usage' for a query without words, 'not-found' for an unknown meeting/series
 */
export async function search(ctx: Ctx, query: string, filter: ItemFilter = {}, options: SearchOptions = {}): Promise<SearchHit[]> {
  const parsed = parseQuery(query)
  const f = await resolveFilter(ctx, filter)
  const limit = options.limit ?? 20
  const [open, close] = options.highlight ?? ['**', '**']
  const rows = ctx.backend === 'sqlite' ? await searchSqlite(ctx, parsed, f, limit, open, close) : await searchPostgres(ctx, parsed, f, limit, open, close)
  const ids = rows.map((r) => r.id)
  const items = new Map<number, number[]>()
  if (ids.length > 0) {
    const itemRows = await ctx.db.selectFrom('items').select(['id', 'paragraph_id']).where('paragraph_id', 'in', ids).orderBy('start_offset').execute()
    for (const r of itemRows) items.set(Number(r.paragraph_id), [...(items.get(Number(r.paragraph_id)) ?? []), Number(r.id)])
  }
  return rows.map((r) => ({
    paragraphId: r.id,
    documentId: r.documentId,
    meetingId: r.meetingId,
    meetingSlug: r.slug,
    meetingTitle: r.title,
    meetingDate: r.date,
    paragraph: r.paragraph,
    rank: r.rank,
    snippet: r.snippet,
    itemIds: items.get(r.id) ?? [],
  }))
}

interface Row {
  id: number
  documentId: number
  meetingId: number
  slug: string
  title: string | null
  date: string | null
  paragraph: number
  rank: number
  snippet: string
}

/** Meeting-level and item-level filter conditions on a paragraph `p` of document `d`, meeting `m`. */
function paragraphConditions(eb: ExpressionBuilder<SearchDb, 'p' | 'd' | 'm'>, f: ResolvedFilter): Expression<SqlBool>[] {
  const c: Expression<SqlBool>[] = [eb('d.is_current', '=', 1)]
  if (f.meetingId !== undefined) c.push(eb('m.id', '=', f.meetingId))
  if (f.seriesId !== undefined) c.push(eb('m.series_id', '=', f.seriesId))
  if (f.party) {
    const party = f.party.toLowerCase()
    c.push(
      eb.or([
        eb.exists(
          eb
            .selectFrom('meeting_parties as mp')
            .innerJoin('parties as pa', 'pa.id', 'mp.party_id')
            .select('mp.meeting_id')
            .whereRef('mp.meeting_id', '=', 'm.id')
            .where(sql`lower(pa.name)`, '=', party),
        ),
        eb.exists(
          eb
            .selectFrom('items as ii')
            .innerJoin('item_actors as ia', 'ia.item_id', 'ii.id')
            .innerJoin('parties as pa', 'pa.id', 'ia.party_id')
            .select('ii.id')
            .whereRef('ii.paragraph_id', '=', 'p.id')
            .where(sql`lower(pa.name)`, '=', party),
        ),
      ]),
    )
  }
  if (hasItemConditions(f)) {
    // Note: an uncorrelated IN list is built once; a correlated EXISTS made SQLite scan every
    // tracking row with a matching status for each hit (14 s for "energy" over the corpus).
    const itemOnly: ResolvedFilter = { ...f, meetingId: undefined, seriesId: undefined, party: undefined, allVersions: true }
    c.push(
      eb(
        'p.id',
        'in',
        eb
          .selectFrom('items')
          .leftJoin('tracking as t', 't.item_id', 'items.id')
          .select('items.paragraph_id')
          .where('items.paragraph_id', 'is not', null)
          .where((e) => e.and(itemConditions(e as unknown as Parameters<typeof itemConditions>[0], itemOnly))),
      ),
    )
  }
  return c
}

async function searchSqlite(ctx: Ctx, q: ParsedQuery, f: ResolvedFilter, limit: number, open: string, close: string): Promise<Row[]> {
  const db = ctx.db.withTables<FtsTables>()
  // Note: bm25() is smaller for better matches; the snippet is computed only for the rows kept.
  const rows = await db
    .selectFrom('paragraphs_fts')
    .innerJoin('paragraphs as p', 'p.id', 'paragraphs_fts.rowid')
    .innerJoin('documents as d', 'd.id', 'p.document_id')
    .innerJoin('meetings as m', 'm.id', 'd.meeting_id')
    .select(['p.id', 'p.document_id', 'm.id as meeting_id', 'm.slug', 'm.title', 'm.date', 'p.number', 'p.ordinal'])
    .select([sql<number>`bm25(paragraphs_fts)`.as('score'), sql<string>`snippet(paragraphs_fts, 0, ${open}, ${close}, '…', 40)`.as('snippet')])
    .where(sql<SqlBool>`paragraphs_fts match ${toFts5(q)}`)
    .where((eb) => eb.and(paragraphConditions(eb as unknown as ExpressionBuilder<SearchDb, 'p' | 'd' | 'm'>, f)))
    .orderBy(sql`bm25(paragraphs_fts)`)
    .limit(limit)
    .execute()
  return rows.map((r) => ({
    id: Number(r.id),
    documentId: Number(r.document_id),
    meetingId: Number(r.meeting_id),
    slug: r.slug,
    title: r.title,
    date: r.date,
    paragraph: Number(r.number ?? r.ordinal),
    rank: -Number(r.score),
    snippet: r.snippet,
  }))
}

/** A tsquery for the parsed query, built from PostgreSQL's own parsers so stemming matches the index. */
function toTsQuery(q: ParsedQuery): RawBuilder<unknown> {
  const term = (t: QueryTerm): RawBuilder<unknown> =>
    t.phrase
      ? sql`phraseto_tsquery('english', ${t.text})`
      : t.prefix
        ? sql`to_tsquery('english', ${t.text
            .split(' ')
            .map((w) => `${w}:*`)
            .join(' & ')})`
        : sql`plainto_tsquery('english', ${t.text})`
  const groups = q.groups.map((g) => sql`(${sql.join(g.map(term), sql` || `)})`)
  const positive = sql`(${sql.join(groups, sql` && `)})`
  return q.exclude.reduce<RawBuilder<unknown>>((expr, t) => sql`(${expr} && !!${term(t)})`, positive)
}

async function searchPostgres(ctx: Ctx, q: ParsedQuery, f: ResolvedFilter, limit: number, open: string, close: string): Promise<Row[]> {
  const tsq = toTsQuery(q)
  const opts = `StartSel="${open.replace(/"/g, '')}", StopSel="${close.replace(/"/g, '')}", MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`
  const top = ctx.db
    .withTables<{ p: Database['paragraphs'] & { tsv: unknown } }>()
    .selectFrom('paragraphs as p')
    .innerJoin('documents as d', 'd.id', 'p.document_id')
    .innerJoin('meetings as m', 'm.id', 'd.meeting_id')
    .select(['p.id', 'p.document_id', 'm.id as meeting_id', 'm.slug', 'm.title', 'm.date', 'p.number', 'p.ordinal', 'p.text'])
    .select(sql<number>`ts_rank(p.tsv, ${tsq}, 32)`.as('score'))
    .where(sql<SqlBool>`p.tsv @@ ${tsq}`)
    .where((eb) => eb.and(paragraphConditions(eb as unknown as ExpressionBuilder<SearchDb, 'p' | 'd' | 'm'>, f)))
    .orderBy('score', 'desc')
    .orderBy('p.id')
    .limit(limit)
  // Note: ts_headline is slow, so it runs on the kept rows only.
  const rows = await ctx.db
    .selectFrom(top.as('r'))
    .selectAll('r')
    .select(sql<string>`ts_headline('english', r.text, ${tsq}, ${opts})`.as('snippet'))
    .orderBy('r.score', 'desc')
    .orderBy('r.id')
    .execute()
  return rows.map((r) => ({
    id: Number(r.id),
    documentId: Number(r.document_id),
    meetingId: Number(r.meeting_id),
    slug: r.slug,
    title: r.title,
    date: r.date,
    paragraph: Number(r.number ?? r.ordinal),
    rank: Number(r.score),
    snippet: r.snippet,
  }))
}
