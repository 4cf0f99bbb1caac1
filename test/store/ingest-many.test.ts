// Batch ingest with a stand-in pipeline: failures stay per document, overrides apply, reruns add nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CommuniqueError } from '../../src/core/errors.js'
import { emptyMeeting } from '../../src/core/meeting.js'
import type { SourceFile } from '../../src/core/source-file.js'
import type { Document } from '../../src/core/tree.js'
import type { Store } from '../../src/store/store.js'
import { ingestMany, type IngestEvent } from '../../src/commands/ingest-many.js'
import type { Pipeline } from '../../src/commands/ingest-statement.js'
import { sqliteHarness, type Harness } from './harness.js'

/** A pipeline over in-memory texts: "bug" makes the parser throw a TypeError, "missing" fails to load. */
const pipeline: Pipeline = {
  load: async (input) => {
    if (input === 'missing') throw new CommuniqueError('not-found', 'missing: no such file')
    return { path: input, format: 'text', value: `1. Text of ${input}.\n`, metadata: {}, diagnostics: [] } satisfies SourceFile
  },
  parse: (file, options) => {
    if (file.path === 'bug') throw new TypeError('cannot read properties of undefined')
    const tree: Document = { type: 'document', children: [] }
    return { file, tree, meeting: { ...emptyMeeting(), title: `Meeting ${file.path}`, ...options.overrides } }
  },
  extract: () => [],
}

describe('ingestMany', () => {
  let h: Harness
  let store: Store
  beforeAll(async () => {
    h = sqliteHarness()
    store = await h.open()
  })
  afterAll(async () => {
    await store.close()
    await h.cleanup()
  })

  it('keeps going past a document that fails, even by a bug in a stage, and counts it', async () => {
    const events: IngestEvent[] = []
    const docs = ['a', 'bug', 'missing', 'b'].map((input) => ({ input, overrides: { date: '2020' } }))
    const s = await ingestMany(docs, { store, actor: 't', now: '2026-01-01T00:00:00.000Z', pipeline, flags: { series: 'S' } }, (e) => events.push(e))
    expect(s).toMatchObject({ documents: 4, added: 2, failed: 2, unchanged: 0 })
    expect(events.map((e) => (e.kind === 'failed' ? `failed ${e.error.message}` : `${e.outcome.outcome} ${e.outcome.input}`))).toEqual([
      'added a',
      'failed could not process bug: internal error: cannot read properties of undefined (this is a bug; rerun with COMMUNIQUE_DEBUG=1 and report it)',
      'failed missing: no such file',
      'added b',
    ])
    expect((await store.listMeetings()).map((m) => [m.title, m.date, m.series])).toEqual([
      ['Meeting a', '2020', 'S'],
      ['Meeting b', '2020', 'S'],
    ])
    const again = await ingestMany(
      docs.filter((d) => d.input.length === 1),
      { store, actor: 't', now: '2026-01-02T00:00:00.000Z', pipeline },
    )
    expect(again).toMatchObject({ added: 0, unchanged: 2 })
  })
})
