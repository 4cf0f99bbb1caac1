// Ingests many documents one after another, reporting progress; one failing document does not stop the rest.
import { CommuniqueError } from '../core/errors.js'
import type { MeetingOverrides } from '../core/meeting.js'
import type { InputDocument } from './collect-inputs.js'
import { commitStatement, prepareStatement, type IngestOptions, type IngestOutcome, type PreparedDocument } from './ingest-statement.js'

/** Progress events of a batch ingest. */
export type IngestEvent =
  | { kind: 'document'; index: number; total: number; outcome: IngestOutcome }
  | { kind: 'failed'; index: number; total: number; input: string; error: CommuniqueError }

/** Totals of a batch ingest. */
export interface IngestSummary {
  documents: number
  added: number
  newVersions: number
  unchanged: number
  failed: number
  words: number
  items: number
  trackable: number
  /** Wall time in milliseconds. */
  ms: number
}

/**
 * Ingests `docs` in order. Command-line `flags` win over each document's manifest overrides.
 * @param onEvent called after each document
 * @param clock returns "now" in ms (the caller's clock; default Date.now)
 * @throws store failures that make going on pointless, and errors from writing that are not CommuniqueErrors (bugs)
 */
export async function ingestMany(
  docs: readonly InputDocument[],
  options: Omit<IngestOptions, 'overrides'> & { flags?: MeetingOverrides },
  onEvent: (e: IngestEvent) => void = () => undefined,
  clock: () => number = Date.now,
): Promise<IngestSummary> {
  const started = clock()
  const s: IngestSummary = { documents: docs.length, added: 0, newVersions: 0, unchanged: 0, failed: 0, words: 0, items: 0, trackable: 0, ms: 0 }
  const prepare = (doc: InputDocument): Promise<Prepared> =>
    prepareStatement(doc.input, {
      ...options,
      overrides: { ...withoutParties(doc.overrides), ...options.flags },
      ...(doc.overrides?.parties && !options.flags?.parties ? { listedParties: doc.overrides.parties } : {}),
    }).then(
      (p) => ({ ok: true as const, p }),
      (error: unknown) => ({ ok: false as const, error: asDocumentFailure(error, doc.input) }),
    )
  // Note: on PostgreSQL the next document is read, parsed and extracted while the current one is
  // written, overlapping our CPU with the server's. Not on SQLite: its writes run on this thread, and
  // parsing between the statements of a transaction would only hold the write lock longer.
  const overlap = options.store.backend === 'postgres'
  let next: Promise<Prepared> | null = overlap && docs.length > 0 ? prepare(docs[0]!) : null
  for (const [index, doc] of docs.entries()) {
    const current = await (next ?? prepare(doc))
    next = overlap && index + 1 < docs.length ? prepare(docs[index + 1]!) : null
    try {
      if (!current.ok) throw current.error
      const outcome = await commitStatement(current.p, options.store)
      if (outcome.outcome === 'added') s.added++
      else if (outcome.outcome === 'new-version') s.newVersions++
      else s.unchanged++
      s.words += outcome.words
      if (outcome.outcome !== 'unchanged') {
        s.items += outcome.items
        s.trackable += outcome.trackable
      }
      onEvent({ kind: 'document', index, total: docs.length, outcome })
    } catch (error) {
      if (!(error instanceof CommuniqueError) || isStoreFailure(error)) {
        await next
        throw error
      }
      s.failed++
      onEvent({ kind: 'failed', index, total: docs.length, input: doc.input, error })
    }
  }
  s.ms = clock() - started
  return s
}

type Prepared = { ok: true; p: PreparedDocument } | { ok: false; error: unknown }

/**
 * A failure while reading, parsing or extracting one document stays that document's failure, even
 * when it is a bug in a stage (reported as such), so one odd file does not stop a batch of thousands.
 */
function asDocumentFailure(error: unknown, input: string): unknown {
  if (error instanceof CommuniqueError) return error
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
  return new CommuniqueError(
    'unreadable',
    `could not process ${input}: internal error: ${message} (this is a bug; rerun with COMMUNIQUE_DEBUG=1 and report it)`,
    { cause: error },
  )
}

/** Store-level failures stop the batch: every following document would fail the same way. */
function isStoreFailure(error: CommuniqueError): boolean {
  return error.code === 'store-unavailable' || error.code === 'store-invalid' || error.code === 'read-only'
}

/** Manifest values without the parties, which ingest reconciles with the text (see reconcileParties). */
function withoutParties(overrides: MeetingOverrides | undefined): MeetingOverrides {
  const { parties: _, ...rest } = overrides ?? {}
  return rest
}
