// Ingests a document given as bytes (an upload): the same load → parse → extract → save as
// `communique ingest`, or, as a preview, everything but the save.
import type { Item } from '../core/item.js'
import type { MeetingOverrides, MeetingRecord } from '../core/meeting.js'
import { loadBytes } from '../ingest/load-bytes.js'
import type { Store } from '../store/store.js'
import { useStoreLexicons } from './load-lexicon.js'
import { commitStatement, defaultPipeline, prepareStatement, type IngestOutcome } from './ingest-statement.js'

/** Where the bytes came from and who ingests them. */
export interface IngestBytesOptions {
  store: Store
  /** The file name as uploaded (its extension helps detect the format), or the URL fetched. */
  name: string
  /** The source recorded for the document ("upload:NAME" or the URL). */
  source: string
  contentType?: string
  overrides?: MeetingOverrides
  listedParties?: string[]
  actor: string
  now: string
}

/** What a preview shows: the meeting and items as they would be saved. */
export interface IngestPreview {
  meeting: MeetingRecord | null
  items: Item[]
  alreadyStored: boolean
}

async function prepare(bytes: Uint8Array, o: IngestBytesOptions) {
  // The lexicons kept in the store (`communique lexicon add`) are in force for every upload.
  await useStoreLexicons(o.store)
  const base = await defaultPipeline()
  const pipeline = {
    ...base,
    load: (_input: string, lo: { format?: Parameters<typeof loadBytes>[1]['format'] }) =>
      loadBytes(bytes, { path: o.name, format: lo.format, contentType: o.contentType }),
  }
  const prepared = await prepareStatement(o.name, {
    store: o.store,
    overrides: o.overrides,
    listedParties: o.listedParties,
    actor: o.actor,
    now: o.now,
    pipeline,
  })
  if (!prepared.stored) prepared.doc.source = o.source
  return prepared
}

/** Saves the document (a text already stored adds nothing). @throws CommuniqueError from loading or the store */
export async function ingestBytes(bytes: Uint8Array, o: IngestBytesOptions): Promise<IngestOutcome> {
  return commitStatement(await prepare(bytes, o), o.store)
}

/** Parses and extracts without saving. @throws CommuniqueError from loading */
export async function previewBytes(bytes: Uint8Array, o: IngestBytesOptions): Promise<IngestPreview> {
  const prepared = await prepare(bytes, o)
  if (prepared.stored) return { meeting: null, items: [], alreadyStored: true }
  return { meeting: prepared.doc.meeting, items: prepared.doc.items, alreadyStored: false }
}
