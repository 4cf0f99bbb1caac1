// The Store implementation shared by both back-ends: each method delegates to a query module,
// and driver errors become one-line CommuniqueErrors naming the store.
import { sql, type Kysely } from 'kysely'
import { createAccountStore, type AccountStore } from './accounts.js'
import { applyChange } from './apply-change.js'
import { applyPatch } from './apply-patch.js'
import type { Ctx } from './context.js'
import { findDocumentByHash, listDocuments, stats } from './read-documents.js'
import { getItem, itemsByIds, listItems } from './read-items.js'
import { listLexicons, removeLexicon, saveLexicon } from './lexicons.js'
import { getMeeting, listMeetings, listSeries } from './read-meetings.js'
import { getDocumentText, getLink, listDocumentTexts, listLinks } from './read-links.js'
import { addReviewItem, applyReview, mergeReviewItems, reextractDocument, setMeetingReview, splitReviewItem } from './save-review.js'
import { listAssessments, listComments, listEvidence, listHistory } from './read-notes.js'
import { saveDocument } from './save-document.js'
import { reviewLink, saveLinkPlan } from './save-links.js'
import type { Database } from './schema.js'
import { search } from './search/search.js'
import type { Store } from './store.js'
import type { Backend, ItemDetail } from './types.js'

/** Items in the order of `ids`. */
function inOrder<T extends { id: number }>(items: T[], ids: readonly number[]): T[] {
  const byId = new Map(items.map((i) => [i.id, i]))
  return ids.map((id) => byId.get(id)).filter((i): i is T => i !== undefined)
}

/** Tables whose statistics matter to list, search and export plans. */
const ANALYZED = ['documents', 'meetings', 'paragraphs', 'items', 'item_actors', 'item_topics', 'tracking', 'meeting_parties', 'links']

/**
 * Creates a Store over an open Kysely instance.
 * @param mapError turns a driver error into a CommuniqueError (or returns it unchanged)
 * @param beforeClose housekeeping while the connection is still open (e.g. SQLite's PRAGMA optimize)
 */
export function createKyselyStore(
  db: Kysely<Database>,
  backend: Backend,
  location: string,
  mapError: (e: unknown) => unknown,
  beforeClose?: () => void,
): Store {
  const ctx: Ctx = { db, backend }
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await fn(...args)
      } catch (error) {
        throw mapError(error)
      }
    }
  const rawAccounts = createAccountStore(ctx)
  const accounts = Object.fromEntries(
    Object.entries(rawAccounts).map(([k, fn]) => [k, guard((fn as (...a: unknown[]) => Promise<unknown>).bind(rawAccounts))]),
  ) as unknown as AccountStore
  const store: Store = {
    backend,
    location,
    accounts,
    close: async () => {
      beforeClose?.()
      await db.destroy()
    },
    findDocumentByHash: guard((hash) => findDocumentByHash(ctx, hash)),
    saveDocument: guard((doc) => saveDocument(ctx, doc)),
    listDocuments: guard(() => listDocuments(ctx)),
    listMeetings: guard((filter) => listMeetings(ctx, filter)),
    getMeeting: guard((ref) => getMeeting(ctx, ref)),
    listSeries: guard(() => listSeries(ctx)),
    meetingsOfSeries: guard((name) => listMeetings(ctx, { series: name })),
    listItems: guard((filter) => listItems(ctx, filter)),
    getItem: guard((id) => getItem(ctx, id)),
    getItemDetail: guard(async (id, options): Promise<ItemDetail | null> => {
      const item = await getItem(ctx, id)
      if (!item) return null
      const history = options?.history === false ? [] : await listHistory(ctx, [id])
      const [evidence, assessments, comments] = [await listEvidence(ctx, [id]), await listAssessments(ctx, [id]), await listComments(ctx, [id])]
      return { ...item, evidence, assessments, comments, history }
    }),
    paragraphAt: guard(async (documentId, offset) => {
      const r = await db
        .selectFrom('paragraphs as p')
        .innerJoin('documents as d', 'd.id', 'p.document_id')
        .select('p.text')
        .where('p.document_id', '=', documentId)
        .where('d.is_current', '=', 1)
        .where('p.start_offset', '<=', offset)
        .where('p.end_offset', '>', offset)
        .orderBy('p.ordinal')
        .executeTakeFirst()
      return r?.text ?? null
    }),
    applyChange: guard((id, change, cc) => applyChange(ctx, id, change, cc)),
    applyPatch: guard((id, patch, cc) => applyPatch(ctx, id, patch, cc)),
    history: guard((id) => listHistory(ctx, [id])),
    listEvidence: guard((ids) => listEvidence(ctx, ids)),
    listAssessments: guard((ids) => listAssessments(ctx, ids)),
    listComments: guard((ids) => listComments(ctx, ids)),
    listHistory: guard((ids) => listHistory(ctx, ids)),
    listDocumentTexts: guard((ids) => listDocumentTexts(ctx, ids)),
    listLinks: guard((filter) => listLinks(ctx, filter)),
    getLink: guard((id) => getLink(ctx, id)),
    saveLinkPlan: guard((plan, at) => saveLinkPlan(ctx, plan, at)),
    reviewLink: guard((id, change, cc) => reviewLink(ctx, id, change, cc)),
    search: guard((query, filter, options) => search(ctx, query, filter, options)),
    getDocumentText: guard((id) => getDocumentText(ctx, id)),
    reviewItems: guard(async (ids, change, cc) => {
      await applyReview(ctx, ids, change, cc)
      return inOrder(await itemsByIds(ctx, ids), ids)
    }),
    addReviewItem: guard(async (documentId, item, cc) => (await getItem(ctx, await addReviewItem(ctx, documentId, item, cc)))!),
    splitItem: guard(async (id, parts, cc) => {
      const ids = await splitReviewItem(ctx, id, parts, cc)
      return inOrder(await itemsByIds(ctx, ids), ids)
    }),
    mergeItems: guard(async (ids, merged, cc) => (await getItem(ctx, await mergeReviewItems(ctx, ids, merged, cc)))!),
    setMeetingReview: guard(async (meetingId, state, cc) => {
      await setMeetingReview(ctx, meetingId, state, cc)
      return (await getMeeting(ctx, meetingId))!
    }),
    reextractDocument: guard((documentId, items, cc) => reextractDocument(ctx, documentId, items, cc)),
    listLexicons: guard(() => listLexicons(ctx)),
    saveLexicon: guard((lexicon) => saveLexicon(ctx, lexicon)),
    removeLexicon: guard((name) => removeLexicon(ctx, name)),
    stats: guard(() => stats(ctx)),
    optimize: guard(async () => {
      if (backend === 'postgres') {
        for (const table of ANALYZED) await sql`analyze ${sql.table(table)}`.execute(db)
      } else {
        await sql`pragma optimize`.execute(db)
      }
    }),
  }
  return store
}
