// Links the pledges of one meeting, action by action, to the passages of later meetings of its
// series: BM25 candidates, a re-ranker fit on a judged key, kinds by evidence, a reason for each.
import { isTrackable, type Item } from '../../core/item.js'
import { findCandidates, meetingContext, sentenceOf, toActionQuery, type ActionQuery, type Candidate, type MeetingContext } from './candidates.js'
import type { LinkClassification } from './classify-link.js'
import { RERANKER, rerankScore, type Reranker } from './rerank.js'
import { scorePassage } from './score-passage.js'
import { indexSeries, toFeatures, type SeriesIndex } from './series-index.js'
import { splitActions, type ActionUnit } from './split-actions.js'
import { tokenize } from './normalize.js'
import type { LinkDocument, LinkOptions, LinkPassage, LinkSuggestion } from './types.js'

/**
 * A pledge to convene or to report at the next meeting: that meeting taking place completes it
 * (and nothing else does).
 */
export const NEXT_MEETING_PLEDGE =
  /\b(?:(?:report|submit|present|brief)\b[^.;]*\bnext\b[^.;]*\b(?:meeting|summit|dialogue|2\s?\+\s?2)|(?:hold|convene|meet|host)\b[^.;]*\b(?:next|in-person)\b[^.;]*\b(?:meeting|summit|dialogue|2\s?\+\s?2))/i

/**
 * Finds, for every action of every trackable item of `earlier`, the passage of each `later`
 * meeting that speaks of it: the best passage per action and meeting (a second one, at most
 * `maxPerMeeting`, only when it scores at least `secondRatio` of the best and is distinct), classifies each (explainLink) and says why. Never links within one meeting: later
 * documents with the earlier one's id or date are skipped. A pledge to convene or report at the next
 * meeting links to that meeting's framing sentence when it was held, and to nothing else.
 * @param earlier the meeting whose items are followed up
 * @param later the meetings after it (any order; linked in date order)
 * @returns suggestions ordered by item (text order), meeting date, then score (best first)
 */
export function linkMeetings(earlier: LinkDocument, later: readonly LinkDocument[], options: LinkOptions = {}): LinkSuggestion[] {
  const reranker: Reranker = options.reranker ?? RERANKER
  const threshold = options.threshold ?? reranker.threshold
  const maxPerMeeting = options.maxPerMeeting ?? 2
  const secondRatio = options.secondRatio ?? reranker.secondRatio
  const wanted = options.itemIds ? new Set(options.itemIds) : null
  const laterSorted = [...later]
    .filter((d) => d.meetingId !== earlier.meetingId && d.date !== earlier.date)
    .sort((a, b) => a.date.localeCompare(b.date) || a.meetingId.localeCompare(b.meetingId))
  const index = options.index ?? indexSeries([...new Map([...(options.corpus ?? []), earlier, ...later].map((d) => [d.meetingId, d])).values()])
  const items = earlier.items.filter((it) => (wanted ? wanted.has(it.id) : isTrackable(it.type))).sort((a, b) => a.start - b.start)
  const next = laterSorted.find((d) => d.date > earlier.date)
  // Note: the context (which passages many pledges find, and which pledge each passage is most like)
  // is over every trackable action of the earlier meeting, whichever items are being linked.
  const others = contextQueries(earlier, index)
  const queries = new Map(others.map((q) => [q.unit.id, q]))
  const contexts = new Map<string, MeetingContext>()
  const contextOf = (doc: LinkDocument): MeetingContext => {
    let c = contexts.get(doc.meetingId)
    if (!c) contexts.set(doc.meetingId, (c = meetingContext(others, doc, index, earlier.date, earlier.parties)))
    return c
  }

  const out: LinkSuggestion[] = []
  for (const item of items) {
    const units = splitActions(item)
    // Note: an item with one action is matched with its whole sentence (names and purpose included),
    // which found the key's passage more often on the dev key than the item's own clause (by
    // cross-validation: right passage 0.58 against 0.47); an action split from an item keeps its words.
    const sentence = sentenceOf(earlier, item.start, item.end)
    for (const doc of laterSorted) {
      const found: LinkSuggestion[] = []
      for (const unit of units) {
        if (NEXT_MEETING_PLEDGE.test(unit.text)) {
          if (doc === next) found.push(meetingHeld(unit, doc))
          continue
        }
        // Note: the same query as the context's when the item is trackable (built the same way).
        const query = queries.get(unit.id) ?? toActionQuery(unit, index, sentence, sentence)
        const ranked = findCandidates(query, doc, index, contextOf(doc))
          .filter((c) => c.evidence && !c.signals.stockOnly)
          .map((c) => ({ c, p: rerankScore(c.features, reranker) }))
          .filter((x) => x.p >= threshold)
          .sort((a, b) => b.p - a.p || a.c.index - b.c.index)
        const kept = ranked.length > 0 ? [ranked[0]!] : []
        // Note: a reviewer sees one passage per action and meeting, the best; a second only when it is
        // nearly as strong and distinct (another paragraph, and not the same words: DISTINCT_OVERLAP).
        for (const x of ranked.slice(1)) {
          if (kept.length >= maxPerMeeting || x.p < ranked[0]!.p * secondRatio) break
          if (kept.every((k) => distinct(doc, k.c.index, x.c.index, index))) kept.push(x)
        }
        for (const x of kept) found.push(toSuggestion(query, doc, x.c, x.p, index))
      }
      // Note: two actions of one item may find the same passage; the link is stored once, with the better score.
      const byPassage = new Map<number, LinkSuggestion>()
      for (const s of found) {
        const prior = byPassage.get(s.start)
        if (!prior || s.score > prior.score) byPassage.set(s.start, s)
      }
      out.push(...[...byPassage.values()].sort((a, b) => b.score - a.score || a.start - b.start))
    }
  }
  return out
}

/** The queries of every trackable action of a meeting (not a pledge to convene or report at the next meeting). */
export function contextQueries(earlier: LinkDocument, index: SeriesIndex): ActionQuery[] {
  const out: ActionQuery[] = []
  for (const item of earlier.items) {
    if (!isTrackable(item.type)) continue
    const sentence = sentenceOf(earlier, item.start, item.end)
    for (const unit of splitActions(item)) if (!NEXT_MEETING_PLEDGE.test(unit.text)) out.push(toActionQuery(unit, index, sentence, sentence))
  }
  return out
}

/** Two passages sharing more than this share of their IDF mass say the same thing: one is enough. */
export const DISTINCT_OVERLAP = 0.5

/** Two passages of a meeting are distinct: other paragraphs, and their words overlap little. */
function distinct(doc: LinkDocument, a: number, b: number, index: SeriesIndex): boolean {
  if (doc.passages[a]!.paragraph === doc.passages[b]!.paragraph) return false
  const fa = index.passage(doc.meetingId, a)
  const fb = index.passage(doc.meetingId, b)
  let both = 0
  let all = 0
  for (const [l, w] of fa.weights) {
    all += w
    if (fb.weights.has(l)) both += w
  }
  for (const [l, w] of fb.weights) if (!fa.weights.has(l)) all += w
  return all === 0 || both / all <= DISTINCT_OVERLAP
}

/** The link a pledge to convene or report at the next meeting gets when that meeting was held. */
function meetingHeld(unit: ActionUnit, doc: LinkDocument): LinkSuggestion {
  const p: LinkPassage | undefined = doc.passages.find((x) => x.framing) ?? doc.passages[0]
  const passage = p ?? { paragraph: 0, start: 0, end: 0, text: '' }
  return {
    itemId: unit.item.id,
    kind: 'reported-done',
    score: 1,
    meetingId: doc.meetingId,
    paragraph: passage.paragraph,
    passage: passage.text,
    start: passage.start,
    end: passage.end,
    rule: 'reported-done/next-meeting-held',
    cue: null,
    signals: { lexical: 0, names: null, topics: null, ngram: 0, sharedNames: [], sharedNgram: null, distinctive: true, yearsDiffer: false },
    reason: `the next meeting (${doc.date}) was held; the pledge was to convene or report at it → reported-done`,
    action: { id: unit.id, start: unit.start, end: unit.end, text: unit.text },
  }
}

function toSuggestion(query: ActionQuery, doc: LinkDocument, c: Candidate, p: number, index: SeriesIndex): LinkSuggestion {
  const passage = doc.passages[c.index]!
  const why = c.why
  const target = bestTarget(query, doc, passage.itemIds ?? [], index)
  return {
    itemId: query.item.id,
    kind: why.kind,
    score: Math.round(p * 1000) / 1000,
    meetingId: doc.meetingId,
    paragraph: passage.paragraph,
    passage: passage.text,
    start: passage.start,
    end: passage.end,
    ...(target ? { targetItemId: target } : {}),
    rule: why.rule,
    cue: why.cue,
    signals: c.signals,
    reason: reasonOf(c, passage.text, why),
    action: { id: query.unit.id, start: query.unit.start, end: query.unit.end, text: query.unit.text },
  }
}

/**
 * One line for the reviewer: the shared names, rare words and paraphrases, then the cue.
 * @example 'shares "Quad Fellowship"; words: launch, fellowship; cue "launched" → reported-done'
 */
function reasonOf(c: Candidate, passageText: string, why: LinkClassification): string {
  const parts: string[] = []
  if (c.signals.sharedNames.length > 0) parts.push(`shares ${c.signals.sharedNames.map((n) => `"${n}"`).join(', ')}`)
  const printed = printedWords(c.sharedLemmas, passageText).slice(0, 5)
  if (printed.length > 0) parts.push(`words: ${printed.join(', ')}`)
  if (c.signals.paraphrases?.length) parts.push(`paraphrase: ${c.signals.paraphrases.join(', ')}`)
  parts.push(why.cue ? `cue "${why.cue}" → ${why.kind}` : `no cue → ${why.kind}`)
  return parts.join('; ')
}

/** The words of the passage whose stems are among `lemmas`, as printed, once each. */
function printedWords(lemmas: readonly string[], text: string): string[] {
  const want = new Set(lemmas)
  const out: string[] = []
  for (const t of tokenize(text)) if (t.content && want.has(t.stem) && !out.includes(t.lower)) out.push(t.lower)
  return out
}

/** Of the later items in the passage, the one whose own text scores highest for the earlier action. */
function bestTarget(query: ActionQuery, doc: LinkDocument, ids: string[], index: SeriesIndex): string | null {
  let best: { id: string; score: number } | null = null
  for (const id of ids) {
    const it: Item | undefined = doc.items.find((x) => x.id === id)
    if (!it) continue
    const { score } = scorePassage(query, { features: index.weigh(toFeatures(it.text)), topics: new Set(it.topics ?? []) }, index)
    if (!best || score > best.score) best = { id, score }
  }
  return best ? best.id : null
}
