// Candidate passages for one action of an earlier item in one later meeting: BM25 over the
// meeting's passages (framing sentences left out), then the features the re-ranker weighs.
import { explainLink, objectPhrase, type LinkClassification } from './classify-link.js'

export { objectPhrase }
import { stockLemmas, toLemmas } from './normalize.js'
import { PARAPHRASE_PREFIX } from './phrases.js'
import { lexicalSimilarity, SCORE_WEIGHTS, scorePassage, toLinkQuery, type LinkQuery } from './score-passage.js'
import { toFeatures, type PassageFeatures, type SeriesIndex } from './series-index.js'
import type { ActionUnit } from './split-actions.js'
import type { LinkDocument, LinkSignals } from './types.js'

/**
 * The features of a (action, passage) pair, in the order of the re-ranker's weights.
 * Note: the kind the passage gives the pledge is a feature (completion, progressCue, reaffirmCue): a
 * later statement speaks of an earlier pledge to say what came of it, so a passage that reports
 * progress on it or recommits to it is the likelier one. With the kind rules of session 4 this
 * ranks the key's passage first more often (cross-validated right passage 62 → 68 of 144 detected
 * pairs); with the cruder cues of session 2 it had ranked it first less often (34 against 40 of 53).
 */
export const FEATURE_NAMES = [
  'bm25',
  'bm25Top',
  'lexical',
  'names',
  'sharedNames',
  'topics',
  'ngram',
  'verb',
  'object',
  'paraphrase',
  'stockOnly',
  'yearsDiffer',
  'distinctive',
  'lexicalTop',
  'objectTop',
  'sentence',
  'clause',
  'clauseObject',
  'clauseObjectTop',
  'proximity',
  'length',
  'rareMass',
  'paraCount',
  'bm25Clause',
  'pledgeShare',
  'hub',
  'retrospective',
  'earlierYear',
  'completion',
  'head',
  'headPhrase',
  'progressCue',
  'reaffirmCue',
  'namesTop',
] as const

/** Name of one feature. */
export type FeatureName = (typeof FEATURE_NAMES)[number]

/** BM25 parameters (the usual ones). */
export const BM25_K1 = 1.2
export const BM25_B = 0.75

/** Share of the largest IDF below which a shared word is too common to carry a link by itself. */
export const MEANINGFUL_IDF = 0.35

/** How many passages of a meeting BM25 hands to the re-ranker. */
export const CANDIDATES_PER_MEETING = 8

/**
 * How many of an action's best passages (by lexical similarity) count towards a passage's hub-ness.
 */
export const HUB_TOP = 3

/**
 * A passage that speaks of an earlier pledge as such: "Two years ago we pledged", "When AUKUS was
 * first announced, we pledged", "Delivering on our commitment …", "In 2023, we announced …", "last
 * year". Such a sentence is about something promised before.
 */
export const RETROSPECTIVE_CUE =
  /\b(?:(?:years?|months?) ago|last year|(?:when|since)\b[^.;]{0,80}\b(?:first )?(?:announced|launched|established|pledged|committed)|(?:deliver(?:ing|ed|s)?|build(?:ing)? on|follow(?:ing)? through on|made good on|fulfill?(?:ing|ed)?) (?:on )?(?:our|the|this|that|these) (?:commitments?|pledges?|promises?|announcements?)|(?:in|since) (?:19|20)\d\d,? (?:we|the (?:leaders|quad|partners))\b|we (?:pledged|promised|undertook)|as (?:we )?(?:announced|committed|pledged|agreed) (?:in|at|last|when))/i

/**
 * What all the pledges of the earlier meeting make of one later meeting's passages: a passage that
 * many unrelated pledges find among their best ("As our work progresses on these and other critical
 * … capabilities, we will …") is generic; a passage is better evidence for the pledge it is most
 * like than for the others.
 */
export interface MeetingContext {
  /** Per passage index: the best lexical similarity any of the earlier meeting's actions has with it. */
  best: Map<number, number>
  /** Per passage index: share of the earlier meeting's actions that have it among their HUB_TOP best passages. */
  hub: Map<number, number>
  /** The earlier meeting's year ("2021"), or null. */
  earlierYear: string | null
  /** The earlier meeting's parties, when known (for explainLink). */
  parties?: readonly string[]
}

/**
 * The context of one later meeting for the actions of an earlier one (their queries: every
 * trackable action of the earlier meeting, whichever are being linked).
 */
export function meetingContext(
  queries: readonly ActionQuery[],
  doc: LinkDocument,
  index: SeriesIndex,
  earlierDate?: string,
  parties?: readonly string[],
): MeetingContext {
  const best = new Map<number, number>()
  const hub = new Map<number, number>()
  for (const q of queries) {
    const sims: Array<{ i: number; v: number }> = []
    for (const i of index.passagesWith(doc.meetingId, q.features.counts.keys())) {
      if (doc.passages[i]!.framing) continue
      const v = lexicalSimilarity(q.features, index.passage(doc.meetingId, i))
      if (v <= 0) continue
      sims.push({ i, v })
      if (v > (best.get(i) ?? 0)) best.set(i, v)
    }
    sims.sort((a, b) => b.v - a.v || a.i - b.i)
    for (const { i } of sims.slice(0, HUB_TOP)) hub.set(i, (hub.get(i) ?? 0) + 1)
  }
  const n = Math.max(1, queries.length)
  for (const [i, c] of hub) hub.set(i, c / n)
  return { best, hub, earlierYear: earlierDate ? earlierDate.slice(0, 4) : null, ...(parties?.length ? { parties } : {}) }
}

/** IDF-weighted share of the lemmas found in the passage. */
function weightedShare(lemmas: readonly string[], pf: PassageFeatures, index: SeriesIndex): number {
  let all = 0
  let found = 0
  for (const l of lemmas) {
    const w = index.idf(l)
    all += w
    if (pf.counts.has(l)) found += w
  }
  return all > 0 ? found / all : 0
}

/** The share of the passage's best pledge's similarity that this pledge has (1: it is the best). */
function pledgeShare(own: number, best: number): number {
  return own > 0 ? own / Math.max(own, best) : 0
}

/** One action prepared for matching. */
export interface ActionQuery extends LinkQuery {
  unit: ActionUnit
  /** The verb's lemma (synonym group key), or null. */
  verbKey: string | null
  /** Lemmas of the action's object (after its verb), stock lemmas left out. */
  objectLemmas: string[]
  /** Paraphrase keys the action uses. */
  paraKeys: string[]
  /** The lemma vector of the item's whole sentence (its context), or null when not known. */
  sentence: PassageFeatures | null
  /** The lemma vector of the action's own words (its clause), whatever `features` holds. */
  clause: PassageFeatures
  /**
   * Lemmas of the action's object, from its own clause: neither its verb nor stock-phrase words nor
   * the generic words of pledges (IDF below MEANINGFUL_IDF of the largest).
   */
  clauseObject: string[]
  /** Lemmas of the object's noun phrase (up to its first preposition or clause), its head noun last. */
  headPhrase: string[]
}

/** A passage of a later meeting that may speak of the action, with its features. */
export interface Candidate {
  /** Index of the passage in its document. */
  index: number
  /** Feature values, in FEATURE_NAMES order. */
  features: number[]
  signals: LinkSignals
  /** Rare lemmas both share (for the reason), stock lemmas left out. */
  sharedLemmas: string[]
  /**
   * The two share something beyond the pledge's verb and stock phrases: a name, a paraphrase, or a
   * word of weight. A candidate without it is never linked.
   */
  evidence: boolean
  /** The kind the passage gives the pledge, and why (explainLink). */
  why: LinkClassification
}

/**
 * Prepares one action: its lemma vector (over its own words, or its whole sentence when the item
 * is the sentence's only pledge and has one action), verb, object and paraphrase keys.
 * @param context the text to match for an item with one action (linkMeetings passes its sentence)
 * @param sentence the item's sentence, for the `sentence` feature
 */
export function toActionQuery(unit: ActionUnit, index: SeriesIndex, context?: string, sentence?: string): ActionQuery {
  const single = unit.id === unit.item.id
  const base = toLinkQuery(unit.item, index, single ? context : unit.text)
  const verbKey = unit.verb ? (toLemmas(unit.verb)[0] ?? null) : null
  const objectText = unit.action ? unit.action.replace(/^\s*[A-Za-z]+/, '') : unit.text
  const stock = stockLemmas()
  const objectLemmas = [...new Set(toLemmas(objectText))].filter((l) => !stock.has(l) && l !== verbKey)
  const paraKeys = [...base.features.counts.keys()].filter((k) => k.startsWith(PARAPHRASE_PREFIX))
  const clause = index.weigh(toFeatures(unit.text))
  const clauseObject = [...clause.counts.keys()].filter(
    (l) => !stock.has(l) && l !== verbKey && !l.startsWith(PARAPHRASE_PREFIX) && index.idf(l) >= MEANINGFUL_IDF * index.maxIdf,
  )
  const headPhrase = [...new Set(toLemmas(objectPhrase(objectText)))].filter((l) => !stock.has(l) && l !== verbKey && !l.startsWith(PARAPHRASE_PREFIX))
  return { ...base, unit, verbKey, objectLemmas, headPhrase, paraKeys, sentence: sentence ? index.weigh(toFeatures(sentence)) : null, clause, clauseObject }
}

/**
 * The best passages of `doc` for the action by BM25 (at most `limit`), with their features. Framing
 * sentences are never candidates; passages that name a rare name of the action are always.
 */
export function findCandidates(
  query: ActionQuery,
  doc: LinkDocument,
  index: SeriesIndex,
  context?: MeetingContext,
  limit = CANDIDATES_PER_MEETING,
): Candidate[] {
  const terms = [...query.features.counts.keys()]
  const clauseTerms = [...query.clause.counts.keys()]
  const bm25 = bm25Scorer(index, doc.meetingId)
  const maxBm25 = bm25.max(terms)
  const maxClause = bm25.max(clauseTerms)
  const scored: Array<{ index: number; bm25: number; clause: number }> = []
  for (const i of index.passagesWith(doc.meetingId, [...terms, ...clauseTerms])) {
    if (doc.passages[i]!.framing) continue
    scored.push({ index: i, bm25: maxBm25 > 0 ? bm25.score(terms, i) / maxBm25 : 0, clause: maxClause > 0 ? bm25.score(clauseTerms, i) / maxClause : 0 })
  }
  // Note: the best passages by the sentence's words and by the action's own words (an item's sentence
  // may carry other pledges' words), and any passage naming a rare name of the action.
  scored.sort((a, b) => b.bm25 - a.bm25 || a.index - b.index)
  const keep = scored.slice(0, limit)
  const byClause = [...scored].sort((a, b) => b.clause - a.clause || a.index - b.index).slice(0, limit)
  for (const s of byClause) if (!keep.includes(s)) keep.push(s)
  const rareNames = query.names.filter((n) => n.weight > 0)
  for (const s of scored) {
    if (keep.includes(s)) continue
    const f = index.passage(doc.meetingId, s.index)
    if (rareNames.some((n) => f.joined.includes(n.needle))) keep.push(s)
  }
  const top = scored[0]?.bm25 ?? 0
  const topicsById = new Map(doc.items.map((it) => [it.id, it.topics ?? []]))
  const stock = stockLemmas()
  const out = keep.map((s) => {
    const p = doc.passages[s.index]!
    const pf = index.passage(doc.meetingId, s.index)
    const topics = new Set((p.itemIds ?? []).flatMap((id) => topicsById.get(id) ?? []))
    const { signals } = scorePassage(query, { features: pf, topics }, index, SCORE_WEIGHTS)
    const paraphrases = query.paraKeys.filter((k) => pf.counts.has(k))
    const verb = query.verbKey !== null && pf.counts.has(query.verbKey)
    let objMass = 0
    let objFound = 0
    for (const l of query.objectLemmas) {
      const w = index.idf(l)
      objMass += w
      if (pf.counts.has(l)) objFound += w
    }
    const object = objMass > 0 ? objFound / objMass : 0
    // The object of the action's own clause: IDF-weighted share found, how close together the found
    // words stand, and the summed rarity of what both share.
    let cMass = 0
    let cFound = 0
    const found: string[] = []
    for (const l of query.clauseObject) {
      const w = index.idf(l) ** 2
      cMass += w
      if (pf.counts.has(l)) {
        cFound += w
        found.push(l)
      }
    }
    const clauseObject = cMass > 0 ? cFound / cMass : 0
    const proximity = found.length >= 2 ? proximityOf(found, pf.stems) : found.length === 1 ? 0.5 : 0
    const sharedLemmas = query.rareStems.filter((l) => pf.counts.has(l) && !stock.has(l))
    // Stock only: the two share stock-phrase words and nothing else of any weight (no name, no word
    // found in fewer than about a third of the series' sentences).
    const shared = [...query.features.counts.keys()].filter((l) => pf.counts.has(l))
    const meaningful = shared.filter((l) => !stock.has(l) && index.idf(l) >= MEANINGFUL_IDF * index.maxIdf)
    const namesOfWeight = signals.sharedNames.filter((n) => !toLemmas(n).every((l) => stock.has(l)))
    const stockOnly = meaningful.length === 0 && shared.some((l) => stock.has(l)) && namesOfWeight.length === 0
    // Evidence: something beyond the verb (a name, a paraphrase, a word of weight about the object).
    const evidence = namesOfWeight.length > 0 || paraphrases.length > 0 || meaningful.some((l) => l !== query.verbKey)
    const full: LinkSignals = {
      ...signals,
      bm25: round(s.bm25),
      verb,
      object: round(object),
      paraphrases: paraphrases.map((k) => k.slice(PARAPHRASE_PREFIX.length)),
      stockOnly,
    }
    const why = explainLink({ text: query.text, action: query.unit.action || query.unit.text }, p, context?.parties)
    const values: Record<FeatureName, number> = {
      bm25: s.bm25,
      bm25Top: top > 0 ? s.bm25 / top : 0,
      lexical: signals.lexical,
      names: signals.names ?? 0,
      sharedNames: Math.min(1, signals.sharedNames.length / 2),
      topics: signals.topics ?? 0,
      ngram: signals.ngram,
      verb: verb ? 1 : 0,
      object,
      paraphrase: paraphrases.length > 0 ? 1 : 0,
      stockOnly: stockOnly ? 1 : 0,
      yearsDiffer: signals.yearsDiffer ? 1 : 0,
      distinctive: signals.distinctive ? 1 : 0,
      lexicalTop: 0,
      objectTop: 0,
      sentence: query.sentence ? lexicalSimilarity(query.sentence, pf) : signals.lexical,
      clause: lexicalSimilarity(query.clause, pf),
      clauseObject,
      clauseObjectTop: 0,
      proximity,
      length: Math.min(1, pf.stems.length / (3 * Math.max(1, index.avgLength))),
      rareMass: Math.min(1, meaningful.reduce((m, l) => m + index.idf(l), 0) / (3 * index.maxIdf)),
      paraCount: Math.min(1, paraphrases.length / 3),
      bm25Clause: s.clause,
      pledgeShare: pledgeShare(lexicalSimilarity(query.features, pf), context?.best.get(s.index) ?? 0),
      hub: Math.min(1, (context?.hub.get(s.index) ?? 0) * 4),
      retrospective: RETROSPECTIVE_CUE.test(p.text) ? 1 : 0,
      head: query.headPhrase.length > 0 && pf.counts.has(query.headPhrase.at(-1)!) ? 1 : 0,
      headPhrase: weightedShare(query.headPhrase, pf, index),
      completion: why.kind === 'reported-done' ? 1 : 0,
      progressCue: why.kind === 'progress-reported' ? 1 : 0,
      reaffirmCue: why.kind === 'reaffirmed' ? 1 : 0,
      earlierYear: context?.earlierYear && pf.years.includes(context.earlierYear) ? 1 : 0,
      namesTop: 0,
    }
    return { index: s.index, values, signals: full, sharedLemmas, evidence, why }
  })
  // Relative to the meeting's other candidates: the re-ranker picks one passage of a meeting.
  const maxLexical = Math.max(0, ...out.map((c) => c.values.lexical))
  const maxObject = Math.max(0, ...out.map((c) => c.values.object))
  const maxClauseObject = Math.max(0, ...out.map((c) => c.values.clauseObject))
  // Note: namesTop (session 13) — the share of the pledge's names over the meeting's best candidate: the
  // passage naming the pledged programme ("SSN-AUKUS", "TRUST") beats one sharing more common words.
  // By CV over the four fitting keys, ranked first 161 → 165 (5-fold) and 158 → 161 (leave one key out).
  const maxNames = Math.max(0, ...out.map((c) => c.values.names))
  return out.map(({ values, ...c }) => {
    values.namesTop = maxNames > 0 ? values.names / maxNames : 0
    values.lexicalTop = maxLexical > 0 ? values.lexical / maxLexical : 0
    values.objectTop = maxObject > 0 ? values.object / maxObject : 0
    values.clauseObjectTop = maxClauseObject > 0 ? values.clauseObject / maxClauseObject : 0
    return { ...c, features: FEATURE_NAMES.map((n) => values[n]) }
  })
}

/** The sentence (passage) of a document that holds a span, or undefined. */
export function sentenceOf(doc: LinkDocument, start: number, end: number): string | undefined {
  return doc.passages.find((p) => p.start <= start && end <= p.end)?.text
}

/** The features of any text as a passage (for a later item's own text). */
export function textFeatures(text: string, index: SeriesIndex): ReturnType<SeriesIndex['weigh']> {
  return index.weigh(toFeatures(text))
}

/** BM25 of a meeting's passages for a list of terms, and the best score a passage could get. */
function bm25Scorer(index: SeriesIndex, meetingId: string): { score(terms: readonly string[], i: number): number; max(terms: readonly string[]): number } {
  return {
    max: (terms) => terms.reduce((s, t) => s + index.bm25Idf(t) * (BM25_K1 + 1), 0),
    score(terms, i) {
      const f = index.passage(meetingId, i)
      const norm = BM25_K1 * (1 - BM25_B + (BM25_B * f.stems.length) / Math.max(1, index.avgLength))
      let s = 0
      for (const t of terms) {
        const tf = f.counts.get(t)
        if (tf) s += index.bm25Idf(t) * ((tf * (BM25_K1 + 1)) / (tf + norm))
      }
      return s
    },
  }
}

/**
 * How close together the found words stand in the passage: the number of different found words
 * over the length of the shortest stretch of the passage holding all of them (1: side by side).
 */
export function proximityOf(found: readonly string[], stems: readonly string[]): number {
  const want = new Set(found)
  const have = new Map<string, number>()
  let best = Infinity
  let left = 0
  for (let right = 0; right < stems.length; right++) {
    const r = stems[right]!
    if (!want.has(r)) continue
    have.set(r, (have.get(r) ?? 0) + 1)
    while (have.size === want.size) {
      best = Math.min(best, right - left + 1)
      const l = stems[left]!
      if (want.has(l)) {
        const n = have.get(l)! - 1
        if (n === 0) have.delete(l)
        else have.set(l, n)
      }
      left++
    }
  }
  return Number.isFinite(best) ? want.size / best : 0
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
