// Ingests one document: load → hash → (skip if stored) → parse → extract → save in one transaction.
import { createHash } from 'node:crypto'
import { isTrackable, type Item } from '../core/item.js'
import type { MeetingOverrides, MeetingRecord } from '../core/meeting.js'
import type { Diagnostic, SourceFile, SourceFormat } from '../core/source-file.js'
import type { Document, Paragraph } from '../core/tree.js'
import type { Store } from '../store/store.js'
import type { NewDocument, NewParagraph, ReextractResult, SaveResult } from '../store/types.js'
import { countWords } from '../store/words.js'
import { reconcileParties, partyEvidence } from './reconcile-parties.js'

/** The stages ingest runs; tests may pass their own. */
export interface Pipeline {
  load(input: string, options: { format?: SourceFormat; maxBytes?: number }): Promise<SourceFile>
  parse(file: SourceFile, options: { overrides?: MeetingOverrides }): { file: SourceFile; tree: Document; meeting: MeetingRecord }
  extract(parsed: { file: SourceFile; tree: Document; meeting: MeetingRecord }): Item[]
}

let real: Promise<Pipeline> | undefined

/**
 * The real loaders, parser and extractor, imported on first use so that commands which never
 * ingest (status, list ...) start without loading the language model.
 */
export function defaultPipeline(): Promise<Pipeline> {
  real ??= Promise.all([import('../ingest/index.js'), import('../parse/index.js'), import('../extract/index.js')]).then(([ingest, parse, extract]) => ({
    load: ingest.loadSource,
    parse: parse.parseStatement,
    extract: extract.extractItems,
  }))
  return real
}

/** Options of ingestStatement. */
export interface IngestOptions {
  store: Store
  /** Meeting fields that win over the text (manifest row, then flags). */
  overrides?: MeetingOverrides
  /** Parties a manifest lists; reconciled with the parties the text names (see reconcileParties). */
  listedParties?: string[]
  /** Read as this format instead of detecting it. */
  format?: SourceFormat
  /** Largest input accepted, in bytes. */
  maxBytes?: number
  /** Acting user. */
  actor: string
  /** ISO timestamp of the ingest (the caller reads the clock). */
  now: string
  pipeline?: Pipeline
  /**
   * A text already stored is extracted again and the new proposals merged with people's review
   * (default true); false skips it (nothing is parsed).
   */
  reextract?: boolean
}

/** What ingesting one document did. */
export interface IngestOutcome extends SaveResult {
  /** The input as given (path or URL). */
  input: string
  words: number
  trackable: number
  diagnostics: Diagnostic[]
  /** For a text already stored: what merging the extractor's new run changed. */
  reextract?: ReextractResult
}

/** A document read, hashed, parsed and extracted, ready to save (or already stored). */
export type PreparedDocument =
  | { stored: true; outcome: IngestOutcome; reextract?: { items: Item[]; actor: string; now: string } }
  | { stored: false; input: string; doc: NewDocument; words: number; trackable: number }

/**
 * Loads, hashes, parses and extracts one document; does not write. A text whose hash is already
 * stored is not parsed at all.
 * @throws CommuniqueError from loading (missing file, bad format ...) or the store
 */
export async function prepareStatement(input: string, options: IngestOptions): Promise<PreparedDocument> {
  const pipeline = options.pipeline ?? (await defaultPipeline())
  const file = await pipeline.load(input, { format: options.format, maxBytes: options.maxBytes })
  const words = countWords(file.value)
  const contentHash = createHash('sha256').update(file.value).digest('hex')
  const stored = await options.store.findDocumentByHash(contentHash)
  const extract = () => {
    const parsed = pipeline.parse(file, { overrides: options.overrides })
    if (options.listedParties && options.listedParties.length > 0) {
      const parties = reconcileParties(options.listedParties, parsed.meeting.parties, partyEvidence(parsed))
      if (parties !== parsed.meeting.parties) {
        parsed.meeting.parties = parties
        parsed.meeting.sources.parties = 'metadata'
      }
    }
    return { parsed, items: pipeline.extract(parsed) }
  }
  if (stored) {
    const outcome: IngestOutcome = {
      input,
      outcome: 'unchanged',
      documentId: stored.id,
      meetingId: stored.meetingId,
      version: stored.version,
      paragraphs: stored.paragraphCount,
      items: stored.itemCount,
      words,
      trackable: 0,
      diagnostics: [],
    }
    return options.reextract === false
      ? { stored: true, outcome }
      : { stored: true, outcome, reextract: { items: extract().items, actor: options.actor, now: options.now } }
  }
  const { parsed, items } = extract()
  const doc: NewDocument = {
    source: file.path ?? input,
    format: file.format,
    text: file.value,
    contentHash,
    language: 'en',
    metadata: file.metadata,
    diagnostics: file.diagnostics,
    meeting: parsed.meeting,
    paragraphs: paragraphsOf(parsed.tree),
    items,
    ingestedBy: options.actor,
    ingestedAt: options.now,
  }
  return { stored: false, input, doc, words, trackable: items.filter((i) => isTrackable(i.type)).length }
}

/** Saves a prepared document (one transaction) and says what happened. */
export async function commitStatement(prepared: PreparedDocument, store: Store): Promise<IngestOutcome> {
  if (prepared.stored) {
    if (!prepared.reextract) return prepared.outcome
    const r = prepared.reextract
    const reextract = await store.reextractDocument(prepared.outcome.documentId, r.items, { actor: r.actor, at: r.now })
    return { ...prepared.outcome, items: prepared.outcome.items + reextract.added - reextract.withdrawn, reextract }
  }
  const result = await store.saveDocument(prepared.doc)
  return {
    ...result,
    input: prepared.input,
    words: prepared.words,
    trackable: result.outcome === 'unchanged' ? 0 : prepared.trackable,
    diagnostics: prepared.doc.diagnostics,
  }
}

/**
 * Ingests one file or URL into the store; a text already stored adds nothing.
 * @throws CommuniqueError from loading (missing file, bad format ...) or the store
 */
export async function ingestStatement(input: string, options: IngestOptions): Promise<IngestOutcome> {
  return commitStatement(await prepareStatement(input, options), options.store)
}

/** The paragraphs of a tree as the store keeps them. */
export function paragraphsOf(tree: Document): NewParagraph[] {
  return tree.children
    .filter((b): b is Paragraph => b.type === 'paragraph')
    .map((p) => ({
      ordinal: p.ordinal,
      number: p.number,
      label: p.label,
      start: p.position.start.offset,
      end: p.position.end.offset,
    }))
}
