// Review of items and meetings (issue 8): accept, reject, restore and edit items, add items a
// person quotes, split and merge, a meeting's review state, and re-extraction that keeps people's
// work. Every change is one transaction: a version check, the new values, and history entries
// (who, when, before → after) through writeHistory, so the extractor's proposal and each
// correction stay readable.
import { sql, type Transaction } from 'kysely'
import { CommuniqueError } from '../core/errors.js'
import { isTrackable, type Deadline, type Item } from '../core/item.js'
import type { Ctx } from './context.js'
import { ensureEntities, ensureNames, entityKey } from './names.js'
import { insertItems, itemRow, paragraphAt, proposalOf, type ItemPlace } from './save-document.js'
import type { Database } from './schema.js'
import type { ChangeContext, ItemEdits, ItemProposal, MeetingReviewState, NewReviewItem, ReextractResult, ReviewChange } from './types.js'
import { writeHistory, type PendingEntry } from './write-history.js'

type Tx = Transaction<Database>

/** The columns a review reads of an item before changing it. */
async function lockItem(tx: Tx, ctx: Ctx, id: number) {
  const row = await tx
    .selectFrom('items')
    .leftJoin('tracking as t', 't.item_id', 'items.id')
    .select([
      'items.id',
      'items.document_id',
      'items.meeting_id',
      'items.paragraph',
      'items.type',
      'items.trackable',
      'items.text',
      'items.start_offset',
      'items.end_offset',
      'items.version',
      'items.review_state',
      'items.review_reason',
      'items.review_note',
      'items.origin',
      'items.edited',
      'items.proposal',
      'items.rule',
      'items.deadline_text',
      'items.deadline_start',
      'items.deadline_end',
      'items.deadline_relative',
      'items.deadline_start_offset',
      'items.deadline_end_offset',
      't.status',
      't.due_edited',
    ])
    .where('items.id', '=', id)
    .$if(ctx.backend === 'postgres', (q) => q.modifyEnd(sql`for update of items`))
    .executeTakeFirst()
  if (!row) throw new CommuniqueError('not-found', `no item ${id} in the store; list the items of its meeting to see item ids`)
  return row
}

type LockedItem = Awaited<ReturnType<typeof lockItem>>

function checkVersion(row: LockedItem, cc: ChangeContext): void {
  const current = Number(row.version)
  if (cc.expectedVersion !== undefined && cc.expectedVersion !== current) {
    throw new CommuniqueError(
      'conflict',
      `item ${row.id} changed since you read it (now version ${current}, your change was based on ${cc.expectedVersion}); read the item again and retry`,
      { params: { itemId: Number(row.id), version: current } },
    )
  }
}

function deadlineOf(row: LockedItem): Deadline | null {
  if (row.deadline_text === null) return null
  return {
    text: row.deadline_text,
    start: row.deadline_start,
    end: row.deadline_end,
    ...(row.deadline_relative ? { relative: row.deadline_relative as 'next-meeting' } : {}),
    span: { start: Number(row.deadline_start_offset), end: Number(row.deadline_end_offset) },
  }
}

async function namesOf(tx: Tx, itemId: number): Promise<{ actors: string[]; topics: string[] }> {
  const actors = (
    await tx
      .selectFrom('item_actors as ia')
      .innerJoin('parties as p', 'p.id', 'ia.party_id')
      .select('p.name')
      .where('ia.item_id', '=', itemId)
      .orderBy('ia.position')
      .execute()
  ).map((r) => r.name)
  const topics = (
    await tx
      .selectFrom('item_topics as it')
      .innerJoin('topics as tp', 'tp.id', 'it.topic_id')
      .select('tp.name')
      .where('it.item_id', '=', itemId)
      .orderBy('tp.name')
      .execute()
  ).map((r) => r.name)
  return { actors, topics }
}

/**
 * Applies a review decision or correction to items, all in one transaction (nothing changes when
 * one of them is refused). A decision that changes nothing (accepting an accepted item) adds no entry.
 * @throws CommuniqueError 'not-found', 'item-rejected' (accepting or editing a rejected item),
 *   'conflict' (stale `cc.expectedVersion`)
 */
export async function applyReview(ctx: Ctx, ids: readonly number[], change: ReviewChange, cc: ChangeContext): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    // Note: rows are locked in id order, so two batches over the same items cannot deadlock.
    for (const id of [...new Set(ids)].sort((a, b) => a - b)) {
      const row = await lockItem(tx, ctx, id)
      checkVersion(row, cc)
      if (change.kind === 'edit') await editRow(tx, ctx, row, change.edits, cc)
      else await decide(tx, row, change, cc)
      await startReview(tx, Number(row.meeting_id), cc)
    }
  })
}

/** The first review action on a meeting's items moves it from unreviewed to in-review. */
async function startReview(tx: Tx, meetingId: number, cc: ChangeContext): Promise<void> {
  await tx
    .updateTable('meetings')
    .set({ review_state: 'in-review', review_by: cc.actor, review_at: cc.at })
    .where('id', '=', meetingId)
    .where('review_state', '=', 'unreviewed')
    .execute()
}

async function decide(tx: Tx, row: LockedItem, change: Exclude<ReviewChange, { kind: 'edit' }>, cc: ChangeContext): Promise<void> {
  const id = Number(row.id)
  const before = row.review_state
  let set: { review_state: string; review_reason: string | null; review_note: string | null }
  if (change.kind === 'accept') {
    if (before === 'rejected') throw new CommuniqueError('item-rejected', `item ${id} is rejected; restore it before accepting it`, { params: { itemId: id } })
    if (before === 'accepted') return
    set = { review_state: 'accepted', review_reason: null, review_note: null }
  } else if (change.kind === 'reject') {
    if (before === 'rejected' && row.review_reason === change.reason && (row.review_note ?? null) === change.note) return
    set = { review_state: 'rejected', review_reason: change.reason, review_note: change.note }
  } else {
    if (before === 'proposed') return
    set = { review_state: 'proposed', review_reason: null, review_note: null }
  }
  // Note: a person's decision brings a withdrawn proposal back into view (withdrawn is for untouched ones).
  await tx
    .updateTable('items')
    .set({ ...set, reviewed_by: cc.actor, reviewed_at: cc.at, withdrawn: 0 })
    .where('id', '=', id)
    .execute()
  const note = change.kind === 'reject' ? [change.reason, change.note].filter(Boolean).join(': ') : (cc.note ?? null)
  await writeHistory(tx, id, Number(row.version), [{ field: 'review', before, after: set.review_state, note }], cc, {}, `communique show ${id}`)
}

/** Sets the corrected fields of one item and appends one history entry per changed field. */
async function editRow(tx: Tx, ctx: Ctx, row: LockedItem, edits: ItemEdits, cc: ChangeContext, extraNote?: string | null): Promise<void> {
  const id = Number(row.id)
  if (row.review_state === 'rejected') {
    throw new CommuniqueError('item-rejected', `item ${id} is rejected; restore it before editing it`, { params: { itemId: id } })
  }
  const pending: PendingEntry[] = []
  const note = extraNote ?? cc.note ?? null
  const current = await namesOf(tx, id)
  const deadline = deadlineOf(row)
  if (row.origin === 'extracted' && row.proposal === null) {
    // Note: items stored before migration 0006 keep their proposal from the first correction on.
    const proposal: ItemProposal = {
      type: row.type as Item['type'],
      paragraph: Number(row.paragraph),
      text: row.text,
      start: Number(row.start_offset),
      end: Number(row.end_offset),
      actors: current.actors,
      deadline,
      topics: current.topics,
      rule: row.rule,
    }
    await tx
      .updateTable('items')
      .set({ proposal: JSON.stringify(proposal) })
      .where('id', '=', id)
      .execute()
  }
  const set: Record<string, unknown> = {}
  let tracking: { due?: string | null } = {}
  if (edits.type !== undefined && edits.type !== row.type) {
    pending.push({ field: 'type', before: row.type, after: edits.type, note })
    set.type = edits.type
    set.trackable = isTrackable(edits.type) ? 1 : 0
    if (isTrackable(edits.type) && row.status === null) {
      await tx
        .insertInto('tracking')
        .values({
          item_id: id,
          owner: null,
          status: 'not-started',
          due: (edits.deadline !== undefined ? edits.deadline : deadline)?.end ?? null,
          due_edited: 0,
          version: Number(row.version),
          updated_at: cc.at,
          updated_by: cc.actor,
        })
        .execute()
    }
  }
  if (edits.span && (edits.span.start !== Number(row.start_offset) || edits.span.end !== Number(row.end_offset))) {
    pending.push({
      field: 'span',
      before: { start: Number(row.start_offset), end: Number(row.end_offset), text: row.text },
      after: { start: edits.span.start, end: edits.span.end, text: edits.span.text },
      note,
    })
    const spans = await paragraphSpans(tx, Number(row.document_id))
    Object.assign(set, {
      text: edits.span.text,
      start_offset: edits.span.start,
      end_offset: edits.span.end,
      paragraph: edits.span.paragraph,
      paragraph_id: paragraphAt(spans, edits.span.start),
    })
  }
  if (edits.actors !== undefined && !sameList(edits.actors, current.actors)) {
    pending.push({ field: 'actors', before: current.actors, after: edits.actors, note })
    await tx.deleteFrom('item_actors').where('item_id', '=', id).execute()
    await insertNames(tx, ctx, id, 'actors', edits.actors)
  }
  if (edits.topics !== undefined && !sameList([...edits.topics].sort(), current.topics)) {
    pending.push({ field: 'topics', before: current.topics, after: [...edits.topics].sort(), note })
    await tx.deleteFrom('item_topics').where('item_id', '=', id).execute()
    await insertNames(tx, ctx, id, 'topics', edits.topics)
  }
  if (edits.deadline !== undefined && JSON.stringify(edits.deadline) !== JSON.stringify(deadline)) {
    const d = edits.deadline
    pending.push({ field: 'deadline', before: deadline ? deadline.text : null, after: d ? d.text : null, note })
    Object.assign(set, {
      deadline_text: d?.text ?? null,
      deadline_start: d?.start ?? null,
      deadline_end: d?.end ?? null,
      deadline_relative: d?.relative ?? null,
      deadline_start_offset: d?.span.start ?? null,
      deadline_end_offset: d?.span.end ?? null,
    })
    // Note: a due date nobody set by hand follows the deadline, as at ingest.
    if (row.status !== null && Number(row.due_edited) !== 1) tracking = { due: d?.end ?? null }
  }
  if (pending.length === 0) return
  await tx
    .updateTable('items')
    .set({ ...set, edited: 1, withdrawn: 0 })
    .where('id', '=', id)
    .execute()
  await writeHistory(tx, id, Number(row.version), pending, cc, tracking, `communique show ${id}`)
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

async function insertNames(tx: Tx, ctx: Ctx, itemId: number, kind: 'actors' | 'topics', names: readonly string[]): Promise<void> {
  const unique = [...new Set(names)]
  if (unique.length === 0) return
  if (kind === 'actors') {
    const ids = await ensureNames(tx, ctx.backend, 'parties', unique)
    await tx
      .insertInto('item_actors')
      .values(unique.map((a, position) => ({ item_id: itemId, party_id: ids.get(a)!, position })))
      .execute()
  } else {
    const ids = await ensureNames(tx, ctx.backend, 'topics', unique)
    await tx
      .insertInto('item_topics')
      .values(unique.map((t) => ({ item_id: itemId, topic_id: ids.get(t)! })))
      .execute()
  }
}

async function paragraphSpans(tx: Tx, documentId: number): Promise<ItemPlace['paragraphIds']> {
  const rows = await tx
    .selectFrom('paragraphs')
    .select(['id', 'ordinal', 'number', 'label', 'start_offset', 'end_offset'])
    .where('document_id', '=', documentId)
    .orderBy('start_offset')
    .execute()
  return rows.map((r) => ({
    id: Number(r.id),
    p: {
      ordinal: Number(r.ordinal),
      number: r.number === null ? null : Number(r.number),
      label: r.label,
      start: Number(r.start_offset),
      end: Number(r.end_offset),
    },
  }))
}

/** A document-local id for an item a reviewer adds: "r3-1", "r3-2" ... (never one already used). */
async function freshLocalId(tx: Tx, documentId: number, paragraph: number): Promise<string> {
  const used = new Set((await tx.selectFrom('items').select('local_id').where('document_id', '=', documentId).execute()).map((r) => r.local_id))
  let n = 1
  while (used.has(`r${paragraph}-${n}`)) n++
  return `r${paragraph}-${n}`
}

function reviewedItem(localId: string, it: NewReviewItem): Item {
  return {
    id: localId,
    type: it.type,
    paragraph: it.paragraph,
    text: it.text,
    start: it.start,
    end: it.end,
    actors: it.actors,
    actorRole: 'parties',
    action: '',
    modality: 'future',
    deadline: it.deadline,
    topics: it.topics,
    entities: [],
    strength: 'firm',
    reaffirmed: false,
    event: 'OTHER',
    rule: 'reviewer',
  }
}

/** Inserts an item a reviewer added (accepted, origin 'added') with its 'added' history entry; returns its id. */
async function insertAdded(tx: Tx, ctx: Ctx, documentId: number, it: NewReviewItem, cc: ChangeContext): Promise<number> {
  const doc = await tx.selectFrom('documents').select(['id', 'meeting_id']).where('id', '=', documentId).executeTakeFirst()
  if (!doc) throw new CommuniqueError('not-found', `no document ${documentId} in the store`)
  const localId = await freshLocalId(tx, documentId, it.paragraph)
  const place: ItemPlace = { documentId, meetingId: Number(doc.meeting_id), paragraphIds: await paragraphSpans(tx, documentId) }
  const ids = await insertItems(tx, ctx, place, [reviewedItem(localId, it)], { at: cc.at, actor: cc.actor }, { origin: 'added' })
  const id = ids.get(localId)!
  await tx.updateTable('items').set({ review_state: 'accepted', reviewed_by: cc.actor, reviewed_at: cc.at }).where('id', '=', id).execute()
  await tx
    .updateTable('documents')
    .set((eb) => ({ item_count: eb('item_count', '+', 1) }))
    .where('id', '=', documentId)
    .execute()
  await startReview(tx, Number(doc.meeting_id), cc)
  await writeHistory(
    tx,
    id,
    1,
    [
      {
        field: 'added',
        before: null,
        after: { type: it.type, start: it.start, end: it.end, text: it.text, actors: it.actors },
        note: it.note ?? cc.note ?? null,
      },
    ],
    cc,
    {},
    `communique show ${id}`,
  )
  return id
}

/** Adds an item a reviewer quoted from a document; returns its id. */
export async function addReviewItem(ctx: Ctx, documentId: number, it: NewReviewItem, cc: ChangeContext): Promise<number> {
  return ctx.db.transaction().execute((tx) => insertAdded(tx, ctx, documentId, it, cc))
}

/**
 * Splits an item: the first part keeps the item (its id, tracking and history) with the first
 * span; every other part becomes a new item marked as added. Returns the ids, in the given order.
 */
export async function splitReviewItem(ctx: Ctx, id: number, parts: readonly NewReviewItem[], cc: ChangeContext): Promise<number[]> {
  return ctx.db.transaction().execute(async (tx) => {
    const row = await lockItem(tx, ctx, id)
    checkVersion(row, cc)
    const [first, ...rest] = parts
    await editRow(tx, ctx, row, { span: first! }, cc, `split into ${parts.length} items`)
    await startReview(tx, Number(row.meeting_id), cc)
    const out = [id]
    for (const p of rest) out.push(await insertAdded(tx, ctx, Number(row.document_id), { ...p, note: `split from item ${id}` }, cc))
    return out
  })
}

/**
 * Merges items into the first: it takes the given span and fields; the others are rejected as
 * duplicates ("merged into item N"). Returns the id of the merged item.
 */
export async function mergeReviewItems(ctx: Ctx, ids: readonly number[], merged: ItemEdits, cc: ChangeContext): Promise<number> {
  return ctx.db.transaction().execute(async (tx) => {
    const [keep, ...others] = ids
    const row = await lockItem(tx, ctx, keep!)
    checkVersion(row, cc)
    await editRow(tx, ctx, row, merged, cc, `merged with item ${others.join(', item ')}`)
    await startReview(tx, Number(row.meeting_id), cc)
    for (const other of others) {
      const r = await lockItem(tx, ctx, other)
      if (r.review_state === 'rejected')
        throw new CommuniqueError('item-rejected', `item ${other} is rejected; restore it before merging it`, { params: { itemId: other } })
      await decide(tx, r, { kind: 'reject', reason: 'duplicate', note: `merged into item ${keep}` }, cc)
    }
    return keep!
  })
}

/**
 * Sets a meeting's review state (who, when).
 * @throws CommuniqueError 'not-found' for an unknown meeting
 */
export async function setMeetingReview(ctx: Ctx, meetingId: number, state: MeetingReviewState, cc: ChangeContext): Promise<void> {
  const r = await ctx.db
    .updateTable('meetings')
    .set({ review_state: state, review_by: cc.actor, review_at: cc.at })
    .where('id', '=', meetingId)
    .executeTakeFirst()
  if (Number(r.numUpdatedRows) !== 1) throw new CommuniqueError('not-found', `no meeting ${meetingId} in the store`)
}

/** Fields a person never touched, so re-extraction may replace them: an untouched proposal. */
const SYSTEM_FIELDS = ['reextract', 'withdrawn']

/**
 * Merges a new extractor run over a stored document with what people did: items are matched by
 * offsets, then by text. An item a person accepted, rejected, edited, added or tracked stays as
 * they left it; an untouched proposal takes the new proposal's fields; new proposals arrive as
 * `proposed`; an untouched proposal the extractor no longer makes is withdrawn (hidden, kept).
 * @param items the extractor's items over the document's stored text
 */
export async function reextractDocument(ctx: Ctx, documentId: number, items: readonly Item[], cc: ChangeContext): Promise<ReextractResult> {
  return ctx.db.transaction().execute(async (tx) => {
    const doc = await tx.selectFrom('documents').select(['id', 'meeting_id', 'text']).where('id', '=', documentId).executeTakeFirst()
    if (!doc) throw new CommuniqueError('not-found', `no document ${documentId} in the store`)
    for (const it of items) {
      if (doc.text.slice(it.start, it.end) !== it.text) throw new Error(`reextractDocument: item ${it.id} does not slice to its text in document ${documentId}`)
    }
    const rows = await tx
      .selectFrom('items')
      .select(['id', 'local_id', 'start_offset', 'end_offset', 'text', 'review_state', 'origin', 'edited', 'withdrawn', 'version', 'proposal'])
      .where('document_id', '=', documentId)
      .orderBy('id')
      .execute()
    const touched = new Set(
      (
        await tx
          .selectFrom('history')
          .innerJoin('items', 'items.id', 'history.item_id')
          .select('history.item_id')
          .where('items.document_id', '=', documentId)
          .where('history.field', 'not in', SYSTEM_FIELDS)
          .execute()
      ).map((r) => Number(r.item_id)),
    )
    const untouched = (r: (typeof rows)[number]): boolean =>
      r.review_state === 'proposed' && r.origin === 'extracted' && Number(r.edited) === 0 && !touched.has(Number(r.id))
    // Note: untouched extracted items are matched first, so a proposal on the span of an item a
    // reviewer added beside it goes back to its own row.
    const pool = [...rows].sort((a, b) => Number(untouched(b)) - Number(untouched(a)))
    const used = new Set<number>()
    const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase()
    const result: ReextractResult = { documentId, meetingId: Number(doc.meeting_id), added: 0, updated: 0, kept: 0, withdrawn: 0, unchanged: 0 }
    const fresh: Item[] = []
    const place: ItemPlace = { documentId, meetingId: Number(doc.meeting_id), paragraphIds: await paragraphSpans(tx, documentId) }
    // Note: an item is found by where it is now or where the extractor first put it (an edited
    // span must still claim the proposal it came from), by offsets first, then by text.
    const proposed = new Map(rows.map((r) => [Number(r.id), r.proposal ? (JSON.parse(r.proposal) as ItemProposal) : null]))
    const at = (r: (typeof rows)[number], it: Item): boolean =>
      (Number(r.start_offset) === it.start && Number(r.end_offset) === it.end) ||
      (proposed.get(Number(r.id))?.start === it.start && proposed.get(Number(r.id))?.end === it.end)
    const says = (r: (typeof rows)[number], it: Item): boolean =>
      norm(r.text) === norm(it.text) || norm(proposed.get(Number(r.id))?.text ?? '') === norm(it.text)
    for (const it of items) {
      const match = pool.find((r) => !used.has(Number(r.id)) && at(r, it)) ?? pool.find((r) => !used.has(Number(r.id)) && says(r, it))
      if (!match) {
        fresh.push(it)
        continue
      }
      used.add(Number(match.id))
      if (!untouched(match)) {
        result.kept++
        continue
      }
      const proposal = JSON.stringify(proposalOf(it))
      if (match.proposal === proposal && Number(match.withdrawn) === 0) {
        result.unchanged++
        continue
      }
      if (match.proposal === null && Number(match.withdrawn) === 0 && (await sameAsStored(tx, Number(match.id), it))) {
        // Note: an item stored before migration 0006 gets its proposal recorded, silently.
        await tx.updateTable('items').set({ proposal }).where('id', '=', Number(match.id)).execute()
        result.unchanged++
        continue
      }
      await replaceProposal(tx, ctx, Number(match.id), it, place, cc, Number(match.version), Number(match.withdrawn) === 1)
      result.updated++
    }
    for (const r of rows) {
      if (used.has(Number(r.id))) continue
      if (!untouched(r)) {
        result.kept++
        continue
      }
      if (Number(r.withdrawn) === 1) continue
      await tx.updateTable('items').set({ withdrawn: 1 }).where('id', '=', Number(r.id)).execute()
      await writeHistory(
        tx,
        Number(r.id),
        Number(r.version),
        [{ field: 'withdrawn', before: false, after: true, note: 'the extractor no longer proposes this item' }],
        cc,
        {},
        `communique show ${r.id}`,
      )
      result.withdrawn++
    }
    const taken = new Set(rows.map((r) => r.local_id))
    const renamed = fresh.map((it) => {
      let id = it.id
      for (let n = 2; taken.has(id); n++) id = `${it.id}.${n}`
      taken.add(id)
      return { ...it, id }
    })
    await insertItems(tx, ctx, place, renamed, { at: cc.at, actor: cc.actor })
    result.added = renamed.length
    const live = await tx
      .selectFrom('items')
      .select(sql<number>`count(*)`.as('n'))
      .where('document_id', '=', documentId)
      .where('withdrawn', '=', 0)
      .executeTakeFirstOrThrow()
    await tx
      .updateTable('documents')
      .set({ item_count: Number(live.n) })
      .where('id', '=', documentId)
      .execute()
    return result
  })
}

async function sameAsStored(tx: Tx, id: number, it: Item): Promise<boolean> {
  const r = await tx.selectFrom('items').select(['type', 'rule', 'start_offset', 'end_offset']).where('id', '=', id).executeTakeFirstOrThrow()
  return r.type === it.type && r.rule === it.rule && Number(r.start_offset) === it.start && Number(r.end_offset) === it.end
}

/** Replaces an untouched proposal's fields with the extractor's new proposal. */
async function replaceProposal(
  tx: Tx,
  ctx: Ctx,
  id: number,
  it: Item,
  place: ItemPlace,
  cc: ChangeContext,
  version: number,
  wasWithdrawn: boolean,
): Promise<void> {
  const before = await tx
    .selectFrom('items')
    .select(['type', 'rule', 'text', 'start_offset', 'end_offset', 'trackable'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
  const { document_id: _d, meeting_id: _m, local_id: _l, ...cols } = itemRow(it, place)
  await tx
    .updateTable('items')
    .set({ ...cols, proposal: JSON.stringify(proposalOf(it)), withdrawn: 0 })
    .where('id', '=', id)
    .execute()
  await tx.deleteFrom('item_actors').where('item_id', '=', id).execute()
  await tx.deleteFrom('item_topics').where('item_id', '=', id).execute()
  await tx.deleteFrom('item_entities').where('item_id', '=', id).execute()
  await insertNames(tx, ctx, id, 'actors', it.actors)
  await insertNames(tx, ctx, id, 'topics', it.topics)
  if (it.entities.length > 0) {
    const entityIds = await ensureEntities(tx, ctx.backend, it.entities)
    await tx
      .insertInto('item_entities')
      .values(
        it.entities.map((e, position) => ({
          item_id: id,
          entity_id: entityIds.get(entityKey(e))!,
          position,
          text: e.text,
          start_offset: e.start,
          end_offset: e.end,
        })),
      )
      .execute()
  }
  const hasTracking = await tx.selectFrom('tracking').select('item_id').where('item_id', '=', id).executeTakeFirst()
  if (isTrackable(it.type) && !hasTracking) {
    await tx
      .insertInto('tracking')
      .values({
        item_id: id,
        owner: null,
        status: 'not-started',
        due: it.deadline?.end ?? null,
        due_edited: 0,
        version,
        updated_at: cc.at,
        updated_by: cc.actor,
      })
      .execute()
  }
  const pending: PendingEntry[] = []
  if (wasWithdrawn) pending.push({ field: 'withdrawn', before: true, after: false, note: 'the extractor proposes this item again' })
  pending.push({
    field: 'reextract',
    before: { type: before.type, rule: before.rule, start: Number(before.start_offset), end: Number(before.end_offset) },
    after: { type: it.type, rule: it.rule, start: it.start, end: it.end },
    note: null,
  })
  await writeHistory(tx, id, version, pending, cc, isTrackable(it.type) ? { due: it.deadline?.end ?? null } : {}, `communique show ${id}`)
}
