// Saves one document with its meeting, paragraphs, items and tracking rows in one transaction.
import { sql, type Insertable, type Kysely } from 'kysely'
import { isTrackable, type Item } from '../core/item.js'
import { chunkRows } from './chunk.js'
import type { Ctx } from './context.js'
import { saveMeeting } from './save-meeting.js'
import { ensureEntities, ensureNames, entityKey } from './names.js'
import type { Database, ItemsTable } from './schema.js'
import type { ItemProposal, NewDocument, NewParagraph, SaveResult } from './types.js'
import { countWords } from './words.js'

/**
 * Saves `doc` atomically; a text whose hash is already stored adds nothing.
 * @throws Error (a bug in the caller) when an item's offsets do not slice to its text
 */
export async function saveDocument(ctx: Ctx, doc: NewDocument): Promise<SaveResult> {
  assertDocument(doc)
  return ctx.db.transaction().execute(async (tx) => {
    const existing = await tx
      .selectFrom('documents')
      .select(['id', 'meeting_id', 'version', 'paragraph_count', 'item_count'])
      .where('content_hash', '=', doc.contentHash)
      .executeTakeFirst()
    if (existing) {
      return {
        outcome: 'unchanged',
        documentId: Number(existing.id),
        meetingId: Number(existing.meeting_id),
        version: Number(existing.version),
        paragraphs: Number(existing.paragraph_count),
        items: Number(existing.item_count),
      }
    }
    const previous = await tx
      .selectFrom('documents')
      .select(['id', 'meeting_id', 'version'])
      .where('source', '=', doc.source)
      .orderBy('version', 'desc')
      .executeTakeFirst()
    const meetingId = await saveMeeting({ db: tx, backend: ctx.backend }, doc, previous ? Number(previous.meeting_id) : null)
    const version = previous ? Number(previous.version) + 1 : 1
    if (previous) await tx.updateTable('documents').set({ is_current: 0 }).where('source', '=', doc.source).execute()
    const { id: documentId } = await tx
      .insertInto('documents')
      .values({
        meeting_id: meetingId,
        source: doc.source,
        format: doc.format,
        content_hash: doc.contentHash,
        version,
        is_current: 1,
        language: doc.language,
        text: doc.text,
        word_count: countWords(doc.text),
        paragraph_count: doc.paragraphs.length,
        item_count: doc.items.length,
        metadata: JSON.stringify(doc.metadata),
        diagnostics: JSON.stringify(doc.diagnostics),
        ingested_at: doc.ingestedAt,
        ingested_by: doc.ingestedBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const paragraphIds = await insertParagraphs(tx, ctx, Number(documentId), doc)
    await insertItems(tx, ctx, { documentId: Number(documentId), meetingId, paragraphIds }, doc.items, { at: doc.ingestedAt, actor: doc.ingestedBy })
    return {
      outcome: previous ? 'new-version' : 'added',
      documentId: Number(documentId),
      meetingId,
      version,
      paragraphs: doc.paragraphs.length,
      items: doc.items.length,
    }
  })
}

async function insertParagraphs(tx: Kysely<Database>, ctx: Ctx, documentId: number, doc: NewDocument): Promise<Array<{ p: NewParagraph; id: number }>> {
  const rows = doc.paragraphs.map((p) => ({
    document_id: documentId,
    ordinal: p.ordinal,
    number: p.number,
    label: p.label,
    start_offset: p.start,
    end_offset: p.end,
    text: doc.text.slice(p.start, p.end),
  }))
  const idByOrdinal = new Map<number, number>()
  for (const chunk of chunkRows(rows, 7, ctx.backend)) {
    const ids = await tx.insertInto('paragraphs').values(chunk).returning(['id', 'ordinal']).execute()
    for (const r of ids) idByOrdinal.set(Number(r.ordinal), Number(r.id))
  }
  if (ctx.backend === 'sqlite' && rows.length > 0) {
    // Note: the FTS5 index is filled in the same transaction, so it never lags the paragraphs.
    await sql`insert into paragraphs_fts(rowid, text) select id, text from paragraphs where document_id = ${documentId}`.execute(tx)
  }
  return doc.paragraphs.map((p) => ({ p, id: idByOrdinal.get(p.ordinal)! })).sort((a, b) => a.p.start - b.p.start)
}

/** Where items go: their document, meeting, and the document's paragraph ids by span. */
export interface ItemPlace {
  documentId: number
  meetingId: number
  paragraphIds: Array<{ p: NewParagraph; id: number }>
}

/**
 * Inserts items with their actors, topics, entities and tracking rows; returns store ids by local id.
 * @param options.origin 'added' for items a reviewer adds (no extractor proposal is kept for them)
 */
export async function insertItems(
  tx: Kysely<Database>,
  ctx: Ctx,
  place: ItemPlace,
  items: readonly Item[],
  by: { at: string; actor: string },
  options: { origin?: 'extracted' | 'added'; edited?: boolean } = {},
): Promise<Map<string, number>> {
  const idByLocal = new Map<string, number>()
  if (items.length === 0) return idByLocal
  const doc = { items, ingestedAt: by.at, ingestedBy: by.actor }
  const origin = options.origin ?? 'extracted'
  const rows = doc.items.map((it) => ({
    ...itemRow(it, place),
    origin,
    edited: options.edited ? 1 : 0,
    proposal: origin === 'extracted' ? JSON.stringify(proposalOf(it)) : null,
  }))
  for (const chunk of chunkRows(rows, 26, ctx.backend)) {
    const ids = await tx.insertInto('items').values(chunk).returning(['id', 'local_id']).execute()
    for (const r of ids) idByLocal.set(r.local_id, Number(r.id))
  }
  const partyIds = await ensureNames(
    tx,
    ctx.backend,
    'parties',
    doc.items.flatMap((it) => it.actors),
  )
  const topicIds = await ensureNames(
    tx,
    ctx.backend,
    'topics',
    doc.items.flatMap((it) => it.topics),
  )
  const entityIds = await ensureEntities(
    tx,
    ctx.backend,
    doc.items.flatMap((it) => it.entities),
  )
  const actors = doc.items.flatMap((it) =>
    [...new Set(it.actors)].map((a, position) => ({ item_id: idByLocal.get(it.id)!, party_id: partyIds.get(a)!, position })),
  )
  const topics = doc.items.flatMap((it) => [...new Set(it.topics)].map((t) => ({ item_id: idByLocal.get(it.id)!, topic_id: topicIds.get(t)! })))
  const entities = doc.items.flatMap((it) =>
    it.entities.map((e, position) => ({
      item_id: idByLocal.get(it.id)!,
      entity_id: entityIds.get(entityKey(e))!,
      position,
      text: e.text,
      start_offset: e.start,
      end_offset: e.end,
    })),
  )
  const tracking = doc.items
    .filter((it) => isTrackable(it.type))
    .map((it) => ({
      // Note: the due date starts as the deadline's end (track/due.ts states the rule); users edit it later.
      item_id: idByLocal.get(it.id)!,
      owner: null,
      status: 'not-started',
      due: it.deadline?.end ?? null,
      due_edited: 0,
      version: 1,
      updated_at: doc.ingestedAt,
      updated_by: doc.ingestedBy,
    }))
  for (const c of chunkRows(actors, 3, ctx.backend)) await tx.insertInto('item_actors').values(c).execute()
  for (const c of chunkRows(topics, 2, ctx.backend)) await tx.insertInto('item_topics').values(c).execute()
  for (const c of chunkRows(entities, 6, ctx.backend)) await tx.insertInto('item_entities').values(c).execute()
  for (const c of chunkRows(tracking, 8, ctx.backend)) await tx.insertInto('tracking').values(c).execute()
  return idByLocal
}

/** The extractor's proposal as kept on the item (what `show` prints beside the corrections). */
export function proposalOf(it: Item): ItemProposal {
  return {
    type: it.type,
    paragraph: it.paragraph,
    text: it.text,
    start: it.start,
    end: it.end,
    actors: it.actors,
    deadline: it.deadline,
    topics: it.topics,
    rule: it.rule,
  }
}

/** The item columns of an extracted item (without the review columns). */
export function itemRow(it: Item, place: ItemPlace): Insertable<ItemsTable> {
  return {
    document_id: place.documentId,
    meeting_id: place.meetingId,
    paragraph_id: paragraphAt(place.paragraphIds, it.start),
    local_id: it.id,
    paragraph: it.paragraph,
    type: it.type,
    trackable: isTrackable(it.type) ? 1 : 0,
    text: it.text,
    start_offset: it.start,
    end_offset: it.end,
    action: it.action,
    actor_role: it.actorRole,
    modality: it.modality,
    strength: it.strength,
    reaffirmed: it.reaffirmed ? 1 : 0,
    event: it.event,
    rule: it.rule,
    deadline_text: it.deadline?.text ?? null,
    deadline_start: it.deadline?.start ?? null,
    deadline_end: it.deadline?.end ?? null,
    deadline_relative: it.deadline?.relative ?? null,
    deadline_start_offset: it.deadline?.span.start ?? null,
    deadline_end_offset: it.deadline?.span.end ?? null,
  }
}

/** The id of the paragraph whose span holds `offset` (binary search over spans sorted by start). */
export function paragraphAt(spans: Array<{ p: NewParagraph; id: number }>, offset: number): number | null {
  let lo = 0
  let hi = spans.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = spans[mid]!
    if (offset < s.p.start) hi = mid - 1
    else if (offset >= s.p.end) lo = mid + 1
    else return s.id
  }
  return null
}

/** Checks the provenance invariants before anything is written. */
function assertDocument(doc: NewDocument): void {
  const seen = new Set<string>()
  for (const it of doc.items) {
    if (doc.text.slice(it.start, it.end) !== it.text) {
      throw new Error(
        `saveDocument: item ${it.id} of ${doc.source} does not slice to its text (offsets ${it.start}-${it.end}). Pass items from extractItems() over this text.`,
      )
    }
    if (seen.has(it.id)) throw new Error(`saveDocument: item id ${it.id} occurs twice in ${doc.source}; item ids must be unique within a document.`)
    seen.add(it.id)
  }
  if (!/^[0-9a-f]{64}$/.test(doc.contentHash)) {
    throw new Error(`saveDocument: content hash of ${doc.source} is not a sha256 hex digest; pass contentHash(text).`)
  }
}
