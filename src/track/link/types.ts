// The plain values the linker takes and returns: a meeting's items and passages, and link suggestions.
import type { Item } from '../../core/item.js'
import type { Link } from '../../core/tracking.js'
import type { Reranker } from './rerank.js'
import type { SeriesIndex } from './series-index.js'

/** A stretch of a later document that may speak of an earlier item: usually one sentence. */
export interface LinkPassage {
  /** Printed number (or ordinal) of the paragraph it stands in. */
  paragraph: number
  /** Offsets in the document's normalized text (`text === value.slice(start, end)`). */
  start: number
  end: number
  text: string
  /** Ids of the document's items that lie in this passage, in text order (may be empty). */
  itemIds?: string[]
  /**
   * The meeting's own framing sentence ("… met in Tokyo for the Third … Meeting"): never a passage
   * about a pledge, only the passage that names the meeting when a directive to convene or report at
   * it is completed by its being held.
   */
  framing?: boolean
}

/** One meeting of a series as the linker sees it. */
export interface LinkDocument {
  /** The store's id of the meeting (any string the caller can map back). */
  meetingId: string
  /** ISO date of the meeting, YYYY-MM-DD; documents are linked forward in date order. */
  date: string
  /** Every item of the document (the linker links the trackable ones, and reads the others as targets). */
  items: Item[]
  /** The document's passages in text order: sentences, with the items they hold. */
  passages: LinkPassage[]
  /**
   * The countries and organisations party to the meeting (Meeting.parties: "United States",
   * "Republic of Korea", "Quad"): a later passage's "the United States will …" renews a pledge when
   * it names one of them. Not known: any country counts.
   */
  parties?: string[]
}

/** Options of linkMeetings. */
export interface LinkOptions {
  /** Lowest re-ranker probability (0..1) a passage needs to be suggested; default the fitted re-ranker's. */
  threshold?: number
  /** Most passages kept per item and later meeting; default 2. */
  maxPerMeeting?: number
  /** A second passage of the same meeting is kept only when it scores at least this share of the best; default the re-ranker's. */
  secondRatio?: number
  /** Link only these earlier items (document-local ids); default: every trackable item. */
  itemIds?: string[]
  /** Weights of the parts of the score; default SCORE_WEIGHTS (see docs/linking.md). */
  weights?: { lexical: number; names: number; topics: number; ngram: number }
  /**
   * The documents to count word rarity (IDF) over; default `earlier` and `later`. Pass the whole
   * series so that scores of one item do not depend on which meetings are linked in one call.
   */
  corpus?: readonly LinkDocument[]
  /**
   * A ready index of the series (from indexSeries over every meeting), to skip re-reading the
   * corpus when linking each meeting of a series in turn. Wins over `corpus`; it must cover
   * `earlier` and every `later` meeting.
   */
  index?: SeriesIndex
  /** The re-ranker's weights; default the committed fit (data/reranker.json). */
  reranker?: Reranker
}

/** Lowest similarity score of the earlier, hand-weighted linker; the re-ranker has its own threshold (data/reranker.json). */
export const DEFAULT_THRESHOLD = 0.2

/** Why a passage scored what it did: the parts of the score, for people checking a link. */
export interface LinkSignals {
  /** √(TF-IDF cosine × share of the item's IDF mass found in the passage), 0..1. */
  lexical: number
  /** Weighted share of the item's names (programmes, agreements, organisations) found in the passage, 0..1; null when the item names none. */
  names: number | null
  /** Jaccard overlap of topic ids, 0..1; null when either side has no topics. */
  topics: number | null
  /** Rarity of the rarest word pair (neighbouring content words) both share, 0..1. */
  ngram: number
  /** The names found on both sides that count (rarer than RARITY_CUTOFF), as printed in the item. */
  sharedNames: string[]
  /** The shared word pair that gave `ngram`, as stems ("vaccin partnership"), or null. */
  sharedNgram: string | null
  /** False when the passage shares only words common in the series (the score was halved). */
  distinctive: boolean
  /** True when the passage names years, none of them the item's (the score was lowered). */
  yearsDiffer: boolean
  /** BM25 of the passage for the action, divided by the action's own best possible BM25 (0..1). */
  bm25?: number
  /** The action's verb (or a synonym) is in the passage. */
  verb?: boolean
  /** IDF-weighted share of the action's object words found in the passage, 0..1. */
  object?: number
  /** Paraphrase groups (data/paraphrases.json) both sides use. */
  paraphrases?: string[]
  /** Everything rare the two share lies in stock phrases (data/stock-phrases.json). */
  stockOnly?: boolean
}

/**
 * A suggested link from an earlier item to a passage of a later meeting: a `Link` before it is
 * stored. Note: `itemId` and `targetItemId` are document-local ids here ("p12-3"); the store maps
 * them to its own ids.
 */
export interface LinkSuggestion extends Omit<Link, 'id' | 'review' | 'targetItemId'> {
  /** The later item the passage holds that is most like the earlier item, when there is one. */
  targetItemId?: string
  /** Id of the classification rule that chose `kind` ("reported-done/signed"). */
  rule: string
  /** The cue words that matched, as printed in the passage, or null for the default rule. */
  cue: string | null
  signals: LinkSignals
  /** Why, for the reviewer: the shared names and words and the cue (one line). */
  reason: string
  /** The action of the item this suggestion is about (an item with several actions links each). */
  action: { id: string; start: number; end: number; text: string }
}

/** A named thing to look for in passages: an extracted entity or a capitalised name found in the text. */
export interface LinkName {
  /** As printed in the item. */
  text: string
  /** Content stems of the name, in order; a passage matches when it holds them contiguously. */
  key: string[]
  /** Weight of the kind: programmes, agreements and organisations count more than countries. */
  kindWeight: number
}
