// The two evaluation series as analyzed when their links were judged, kept in test/link/fixtures/
// so tests do not move when extraction changes. Stored compactly: each document's text once, with
// passages and items as offsets into it.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Item } from '../../src/core/item.js'
import type { LinkDocument, LinkPassage } from '../../src/track/link/index.js'
import { FRAMING_SCAN, FRAMING_SENTENCE } from '../../src/track/link/to-link-document.js'

/** One document of a snapshot file. */
interface SnapshotDocument {
  meetingId: string
  date: string
  /** The normalized text all offsets point into. */
  value: string
  /** [paragraph, start, end, item ids] per passage. */
  passages: Array<[number, number, number, string[]]>
  /** Items without their text (it is `value.slice(start, end)`). */
  items: Array<Omit<Item, 'text'>>
}

/**
 * Marks the meeting's framing sentence as toLinkDocument does (the snapshot keeps the analysis, not
 * what the linker derives from it): the first of the first FRAMING_SCAN passages that frames the meeting.
 */
function markFraming(passages: LinkPassage[]): LinkPassage[] {
  const at = passages.slice(0, FRAMING_SCAN).findIndex((p) => FRAMING_SENTENCE.test(p.text))
  return passages.map((p, i) => (i === at ? { ...p, framing: true } : p))
}

/** Where the snapshot of a series is kept. */
export function snapshotPath(name: string): string {
  return resolve(import.meta.dirname, `fixtures/${name}-series.json`)
}

/**
 * Reads the saved series.
 * @param name "us-japan" or "quad"
 */
export function readSnapshot(name: string): LinkDocument[] {
  const docs = JSON.parse(readFileSync(snapshotPath(name), 'utf8')) as SnapshotDocument[]
  return docs.map((d) => ({
    meetingId: d.meetingId,
    date: d.date,
    passages: markFraming(d.passages.map(([paragraph, start, end, itemIds]) => ({ paragraph, start, end, text: d.value.slice(start, end), itemIds }))),
    items: d.items.map((it) => ({ ...it, text: d.value.slice(it.start, it.end) })),
  }))
}

/**
 * The snapshot form of analyzed documents (with the normalized text each was read from).
 * @param docs the LinkDocuments and, for each, its text
 */
export function toSnapshot(docs: ReadonlyArray<{ doc: LinkDocument; value: string }>): string {
  const out: SnapshotDocument[] = docs.map(({ doc, value }) => ({
    meetingId: doc.meetingId,
    date: doc.date,
    value,
    passages: doc.passages.map((p) => [p.paragraph, p.start, p.end, p.itemIds ?? []]),
    items: doc.items.map(({ text: _text, ...rest }) => ({ ...rest, actors: [], deadline: null })),
  }))
  return `${JSON.stringify(out)}\n`
}
