// Search for the API: hits whose snippets are segments ({ text, match }) instead of marked-up text,
// and facet counts over the hits.
import type { Store } from '../store/store.js'
import type { ItemFilter, SearchHit } from '../store/types.js'

const OPEN = '\u0002'
const CLOSE = '\u0003'

/** A piece of a snippet; `match` marks the words the query matched. */
export interface Segment {
  text: string
  match: boolean
}

/** A hit as the API returns it. */
export type ApiHit = Omit<SearchHit, 'snippet'> & { year: string | null; segments: Segment[] }

/** Counts of hits by value. */
export type Facets = Record<'series' | 'meeting' | 'type' | 'topic' | 'party' | 'year', Record<string, number>>

/** Splits a snippet with the private markers into segments (markers never reach the client). */
export function toSegments(snippet: string): Segment[] {
  const out: Segment[] = []
  let match = false
  for (const part of snippet.split(new RegExp(`([${OPEN}${CLOSE}])`))) {
    if (part === OPEN) match = true
    else if (part === CLOSE) match = false
    else if (part) {
      const last = out[out.length - 1]
      if (last && last.match === match) last.text += part
      else out.push({ text: part, match })
    }
  }
  return out
}

/** Ranked hits (optionally of one year) with facets. @throws CommuniqueError 'usage' for a query with no word */
export async function searchHits(
  store: Store,
  q: string,
  filter: ItemFilter,
  o: { limit: number; year?: string },
): Promise<{ hits: ApiHit[]; facets: Facets }> {
  const raw = await store.search(q, filter, { limit: o.year ? Math.min(o.limit * 5, 500) : o.limit, highlight: [OPEN, CLOSE] })
  const hits = raw
    .map(({ snippet, ...h }) => ({ ...h, year: h.meetingDate?.slice(0, 4) ?? null, segments: toSegments(snippet) }))
    .filter((h) => !o.year || h.year === o.year)
    .slice(0, o.limit)
  const facets: Facets = { series: {}, meeting: {}, type: {}, topic: {}, party: {}, year: {} }
  const bump = (f: keyof Facets, k: string | null | undefined) => {
    if (k) facets[f][k] = (facets[f][k] ?? 0) + 1
  }
  const itemsById = new Map((await store.listItems({ ids: [...new Set(hits.flatMap((h) => h.itemIds))] })).map((i) => [i.id, i]))
  for (const h of hits) {
    bump('meeting', h.meetingSlug)
    bump('year', h.year)
    const items = h.itemIds.map((id) => itemsById.get(id)).filter((i) => i !== undefined)
    // Note: the series comes from the paragraph's items (a paragraph without items counts in no series).
    bump('series', items[0]?.series)
    for (const k of new Set(items.map((i) => i.type))) bump('type', k)
    for (const k of new Set(items.flatMap((i) => i.topics))) bump('topic', k)
    for (const k of new Set(items.flatMap((i) => i.actors))) bump('party', k)
  }
  return { hits, facets }
}
