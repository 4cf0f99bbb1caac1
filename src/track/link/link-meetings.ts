// Links the trackable items of one meeting to the passages of later meetings of its series.
import { isTrackable, type Item } from '../../core/item.js'
import { explainLink } from './classify-link.js'
import { indexSeries, toFeatures, type SeriesIndex } from './series-index.js'
import { SCORE_WEIGHTS, scorePassage, toLinkQuery, type LinkQuery, type ScoreWeights } from './score-passage.js'
import { DEFAULT_THRESHOLD, type LinkDocument, type LinkOptions, type LinkSuggestion } from './types.js'

/**
 * Finds, for every trackable item of `earlier`, the passages of each `later` meeting that speak of
 * it, scores them (see scorePassage) and classifies each (see explainLink). Per item and later
 * meeting it keeps the best passage at or above the threshold, and a second one when it scores
 * close to the best. An item with no suggestion for a meeting means "nothing found" there.
 * IDF is counted over the passages of all documents handed in, so pass the whole series.
 * @param earlier the meeting whose items are followed up
 * @param later the meetings after it (any order; linked in date order)
 * @returns suggestions ordered by item (text order), meeting date, then score (best first)
 * @throws Error when a later meeting has the same id as the earlier one (a caller bug)
 */
export function linkMeetings(earlier: LinkDocument, later: readonly LinkDocument[], options: LinkOptions = {}): LinkSuggestion[] {
  if (later.some((d) => d.meetingId === earlier.meetingId)) {
    throw new Error(`linkMeetings: meeting "${earlier.meetingId}" is both the earlier and a later meeting; pass only the meetings after it as \`later\`.`)
  }
  const threshold = options.threshold ?? DEFAULT_THRESHOLD
  const maxPerMeeting = options.maxPerMeeting ?? 2
  const secondRatio = options.secondRatio ?? 0.85
  const wanted = options.itemIds ? new Set(options.itemIds) : null
  const index = options.index ?? indexSeries([...new Map([...(options.corpus ?? []), earlier, ...later].map((d) => [d.meetingId, d])).values()])
  const weights = options.weights ?? SCORE_WEIGHTS
  const laterSorted = [...later].sort((a, b) => a.date.localeCompare(b.date) || a.meetingId.localeCompare(b.meetingId))
  const items = earlier.items
    .filter((it) => (wanted ? wanted.has(it.id) : isTrackable(it.type)))
    .sort((a, b) => a.start - b.start)

  const out: LinkSuggestion[] = []
  for (const item of items) {
    const query = toLinkQuery(item, index, itemContext(earlier, item))
    for (const doc of laterSorted) {
      const scored = scoreDocument(query, doc, index, weights)
        .filter((s) => s.score >= threshold)
        .sort((a, b) => b.score - a.score || a.index - b.index)
      const kept = scored.slice(0, maxPerMeeting).filter((s, i) => i === 0 || s.score >= scored[0]!.score * secondRatio)
      for (const s of kept) out.push(toSuggestion(query, doc, s, index, weights))
    }
  }
  return out
}

/**
 * The sentence of an item when it is the sentence's only trackable item: the rest of the sentence
 * is then its context ("it is through initiatives such as the Mansfield Fellowship Program that we
 * will continue to build bridges"). With several pledges in one sentence, each keeps its own clause.
 */
function itemContext(doc: LinkDocument, item: Item): string | undefined {
  const passage = doc.passages.find((p) => p.start <= item.start && item.end <= p.end)
  if (!passage) return undefined
  const trackable = (passage.itemIds ?? []).filter((id) => {
    const it = doc.items.find((x) => x.id === id)
    return it !== undefined && isTrackable(it.type)
  })
  return trackable.length === 1 && trackable[0] === item.id ? passage.text : undefined
}

interface Scored { index: number; score: number; signals: LinkSuggestion['signals'] }

/** Scores the passages that share a lemma with the item (the others score 0). */
function scoreDocument(query: LinkQuery, doc: LinkDocument, index: SeriesIndex, weights: ScoreWeights): Scored[] {
  const topicsById = new Map(doc.items.map((it) => [it.id, it.topics ?? []]))
  return index.passagesWith(doc.meetingId, query.features.counts.keys()).map((i) => {
    const p = doc.passages[i]!
    const topics = new Set((p.itemIds ?? []).flatMap((id) => topicsById.get(id) ?? []))
    const { score, signals } = scorePassage(query, { features: index.passage(doc.meetingId, i), topics }, index, weights)
    return { index: i, score, signals }
  })
}

function toSuggestion(query: LinkQuery, doc: LinkDocument, s: Scored, index: SeriesIndex, weights: ScoreWeights): LinkSuggestion {
  const p = doc.passages[s.index]!
  const why = explainLink({ text: query.text, action: query.item.action }, p)
  const target = bestTarget(query, doc, p.itemIds ?? [], index, weights)
  return {
    itemId: query.item.id, kind: why.kind, score: s.score, meetingId: doc.meetingId,
    paragraph: p.paragraph, passage: p.text, start: p.start, end: p.end,
    ...(target ? { targetItemId: target } : {}),
    rule: why.rule, cue: why.cue, signals: s.signals,
  }
}

/** Of the later items in the passage, the one whose own text scores highest for the earlier item. */
function bestTarget(query: LinkQuery, doc: LinkDocument, ids: string[], index: SeriesIndex, weights: ScoreWeights): string | null {
  let best: { id: string; score: number } | null = null
  for (const id of ids) {
    const it = doc.items.find((x) => x.id === id)
    if (!it) continue
    const { score } = scorePassage(query, { features: index.weigh(toFeatures(it.text)), topics: new Set(it.topics ?? []) }, index, weights)
    if (!best || score > best.score) best = { id, score }
  }
  return best ? best.id : null
}
