// `communique link`: links every meeting of a series to the later ones from what the store holds
// (current document versions only) and merges the suggestions with the stored links: suggestions
// are replaced, confirmed and rejected links are never touched or suggested again.
import { CommuniqueError } from '../core/errors.js'
import { createLineIndex } from '../core/line-index.js'
import type { LinkKind, LinkReview } from '../core/tracking.js'
import type { Document, Paragraph, Sentence } from '../core/tree.js'
import { parseLabel } from '../parse/parse-label.js'
import { splitSentences } from '../parse/split-sentences.js'
import { toItem } from '../store/to-item.js'
import type { Store } from '../store/store.js'
import type { DocumentText, LinkPlan, StoredItem, StoredLink, StoredMeeting } from '../store/types.js'
import { indexSeries, linkMeetings, planLinkUpdate, toLinkDocument, toNewLink, type LinkDocument, type NewLink } from '../track/link/index.js'

/** Options of linkSeries. */
export interface LinkSeriesOptions {
  store: Store
  /** Only this series (its name, any case); default every series. */
  series?: string
  /** Lowest re-ranker probability (0..1) a passage needs to be suggested; default the fitted re-ranker's. */
  threshold?: number
  /** ISO timestamp of the run (the caller reads the clock). */
  now: string
}

/** Links from the items of one meeting to the passages of one later meeting. */
export interface MeetingPairLinks {
  /** Slug and date of the earlier meeting. */
  from: string
  fromDate: string | null
  /** Slug and date of the later meeting. */
  to: string
  toDate: string | null
  /** Links not rejected. */
  links: number
}

/** What linking one series found and changed. */
export interface SeriesLinkResult {
  series: string
  /** Slugs of the meetings linked, in date order. */
  meetings: string[]
  /** Meetings left out: no date, or no current document. */
  skipped: string[]
  /** Trackable items of the meetings that have a later one. */
  trackable: number
  /** Of those, the items with at least one link that is not rejected. */
  itemsLinked: number
  /** Links not rejected, after the run. */
  links: number
  /** Those links by kind. */
  byKind: Record<LinkKind, number>
  /** Every stored link of the series by review state, after the run. */
  byReview: Record<LinkReview, number>
  pairs: MeetingPairLinks[]
  /** Suggestions the linker made in this run, before merging with the stored links. */
  suggestions: number
  /** What the run changed in the store. */
  inserted: number
  updated: number
  removed: number
  /** Time the series took, load and save included. */
  ms: number
}

const KINDS: readonly LinkKind[] = ['reaffirmed', 'progress-reported', 'reported-done', 'mentioned', 'dropped']
const ALL_REVIEWS: LinkReview[] = ['suggested', 'confirmed', 'rejected']

/**
 * Links every series (or the named one) and saves the links; running it twice changes nothing the
 * second time.
 * @throws CommuniqueError 'not-found' for an unknown series, 'usage' for a threshold outside 0..1
 */
export async function linkSeries(options: LinkSeriesOptions): Promise<SeriesLinkResult[]> {
  const { store, threshold } = options
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) {
    throw new CommuniqueError('usage', `--threshold expects a probability between 0 and 1 (e.g. 0.8), got ${threshold}`)
  }
  const all = await store.listSeries()
  let names = all.map((s) => s.name)
  if (options.series !== undefined) {
    const hit = all.find((s) => s.name.toLowerCase() === options.series!.trim().toLowerCase())
    if (!hit) throw new CommuniqueError('not-found', `no series "${options.series}" in the store; run \`communique meetings\` to see the series`)
    names = [hit.name]
  }
  const out: SeriesLinkResult[] = []
  for (const name of names) out.push(await linkOne(name, options))
  return out
}

async function linkOne(series: string, { store, threshold, now }: LinkSeriesOptions): Promise<SeriesLinkResult> {
  const started = performance.now()
  const meetings = await store.meetingsOfSeries(series)
  const texts = new Map((await store.listDocumentTexts(meetings.filter((m) => m.date).map((m) => m.id))).map((t) => [t.meetingId, t]))
  const usable = meetings.filter((m) => m.date && texts.has(m.id))
  const items = (await store.listItems({ series })).filter((i) => texts.get(i.meetingId)?.documentId === i.documentId)
  const docs = usable.map((m) =>
    toLinkDocument({
      meetingId: m.slug,
      date: m.date!,
      tree: storedTree(texts.get(m.id)!),
      items: items.filter((i) => i.meetingId === m.id).map(toItem),
      parties: m.parties,
    }),
  )
  const fresh = suggest(docs, items, usable, threshold)
  const tracked = items.filter((i) => i.trackable).map((i) => i.id)
  const stored = await store.listLinks({ itemIds: tracked, review: ALL_REVIEWS })
  const plan = replaceChangedPassages(
    planLinkUpdate(stored, fresh),
    fresh,
    stored.filter((l) => l.review === 'suggested'),
  )
  const saved = await store.saveLinkPlan(plan, now)
  const after = await store.listLinks({ itemIds: tracked, review: ALL_REVIEWS })
  const earlier = new Set(usable.slice(0, -1).map((m) => m.id))
  return {
    series,
    meetings: usable.map((m) => m.slug),
    skipped: meetings.filter((m) => !usable.includes(m)).map((m) => m.slug),
    trackable: items.filter((i) => i.trackable && earlier.has(i.meetingId)).length,
    ...count(after, items, usable),
    suggestions: fresh.length,
    ...saved,
    ms: Math.round(performance.now() - started),
  }
}

/** Runs the linker over the series (one index, each meeting against all later ones), with store ids. */
function suggest(docs: LinkDocument[], items: StoredItem[], meetings: StoredMeeting[], threshold: number | undefined): NewLink[] {
  if (docs.length < 2) return []
  const slugOf = new Map(meetings.map((m) => [m.id, m.slug]))
  const storeId = new Map(items.map((i) => [`${slugOf.get(i.meetingId)}\u0000${i.localId}`, i.id]))
  const idOf = (slug: string, localId: string): string => {
    const id = storeId.get(`${slug}\u0000${localId}`)
    if (id === undefined) throw new Error(`linkSeries: item ${localId} of ${slug} is not in the store; the linker returned an id it was not given.`)
    return String(id)
  }
  const index = indexSeries(docs)
  const fresh: NewLink[] = []
  for (const [i, doc] of docs.entries()) {
    if (i === docs.length - 1) break
    const found = linkMeetings(doc, docs.slice(i + 1), { index, ...(threshold === undefined ? {} : { threshold }) })
    for (const s of found) fresh.push(toNewLink(s, idOf(doc.meetingId, s.itemId), s.targetItemId ? idOf(s.meetingId, s.targetItemId) : null))
  }
  return fresh
}

/**
 * planLinkUpdate takes a link with the same item, meeting and offsets for the same link; when a new
 * version of the later document has other words at those offsets, the stored suggestion is replaced.
 */
function replaceChangedPassages(plan: LinkPlan, fresh: NewLink[], suggested: StoredLink[]): LinkPlan {
  const key = (l: NewLink): string => `${l.itemId}\u0000${l.meetingId}\u0000${l.start}\u0000${l.end}`
  const byKey = new Map(fresh.map((f) => [key(f), f]))
  const changed = suggested.filter((l) => {
    const f = byKey.get(key(l))
    return f !== undefined && f.passage !== l.passage
  })
  if (changed.length === 0) return plan
  const ids = new Set(changed.map((l) => l.id))
  return {
    insert: [...plan.insert, ...changed.map((l) => byKey.get(key(l))!)],
    update: plan.update.filter((u) => !ids.has(u.id)),
    remove: [...plan.remove, ...ids],
  }
}

function count(
  links: StoredLink[],
  items: StoredItem[],
  meetings: StoredMeeting[],
): Pick<SeriesLinkResult, 'itemsLinked' | 'links' | 'byKind' | 'byReview' | 'pairs'> {
  const byReview: Record<LinkReview, number> = { suggested: 0, confirmed: 0, rejected: 0 }
  for (const l of links) byReview[l.review]++
  const visible = links.filter((l) => l.review !== 'rejected')
  const byKind = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<LinkKind, number>
  for (const l of visible) byKind[l.kind] = (byKind[l.kind] ?? 0) + 1
  const meetingOf = new Map(items.map((i) => [String(i.id), meetings.find((m) => m.id === i.meetingId)!]))
  const pairs = new Map<string, MeetingPairLinks>()
  for (const l of visible) {
    const from = meetingOf.get(l.itemId)!
    const key = `${from.slug}\u0000${l.meetingId}`
    const pair = pairs.get(key) ?? { from: from.slug, fromDate: from.date, to: l.meetingId, toDate: l.meetingDate, links: 0 }
    pair.links++
    pairs.set(key, pair)
  }
  const order = (p: MeetingPairLinks): string => `${p.fromDate ?? '9999'}${p.from}\u0000${p.toDate ?? '9999'}${p.to}`
  return {
    itemsLinked: new Set(visible.map((l) => l.itemId)).size,
    links: visible.length,
    byKind,
    byReview,
    pairs: [...pairs.values()].sort((a, b) => order(a).localeCompare(order(b))),
  }
}

/**
 * The statement tree of a stored document, rebuilt from its paragraphs: each paragraph's sentences
 * start after its printed label, as parseStatement builds them (headings are not stored and not needed).
 * @param doc the document's text and paragraphs, from Store.listDocumentTexts
 */
export function storedTree(doc: DocumentText): Document {
  const { text } = doc
  const lines = createLineIndex(text)
  const children = doc.paragraphs.map((p): Paragraph => {
    const label = p.label === null ? null : parseLabel(text.slice(p.start, p.end))
    const contentStart = p.start + (label?.contentStart ?? 0)
    const sentences: Sentence[] = splitSentences(text.slice(contentStart, p.end), contentStart).map((span) => ({
      type: 'sentence',
      value: text.slice(span.start, span.end),
      position: lines.positionOf(span.start, span.end),
    }))
    return {
      type: 'paragraph',
      label: p.label,
      labelKind: label?.kind ?? null,
      number: p.number,
      ordinal: p.ordinal,
      position: lines.positionOf(p.start, p.end),
      children: sentences,
    }
  })
  return { type: 'document', children, position: lines.positionOf(0, text.length) }
}
