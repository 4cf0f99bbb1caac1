// Linking (pure): what later meetings of a series say about each trackable item of an earlier one.
export { linkMeetings } from './link-meetings.js'
export { classifyLink, explainLink, CUE_WINDOW, OBJECT_WINDOW, type LinkClassification } from './classify-link.js'
export { LINK_RULES, MENTION_RULE_ID, FUTURE_BEFORE_CUE, EVENT_WORDS, type LinkRule } from './link-rules.js'
export {
  scorePassage,
  toLinkQuery,
  SCORE_WEIGHTS,
  BOILERPLATE_FACTOR,
  OTHER_YEAR_FACTOR,
  type LinkQuery,
  type ScoredPassageInput,
  type ScoreWeights,
} from './score-passage.js'
export { indexSeries, toFeatures, RARITY_CUTOFF, type SeriesIndex, type TextFeatures, type PassageFeatures } from './series-index.js'
export { toLinkDocument, type LinkDocumentInput } from './to-link-document.js'
export { findItemNames, findCapitalisedNames, ENTITY_KIND_WEIGHTS, FOUND_NAME_WEIGHT } from './find-names.js'
export { tokenize, toLemmas, type Token } from './normalize.js'
export { stem } from './stem.js'
export { DEFAULT_THRESHOLD, type LinkDocument, type LinkPassage, type LinkOptions, type LinkSuggestion, type LinkSignals, type LinkName } from './types.js'
export { toNewLink, planLinkUpdate, statusFromLink, type NewLink, type LinkUpdate, type LinkStatusChange } from './link-records.js'
export {
  checkKey,
  findQuote,
  locatePairs,
  scoreKey,
  summarize,
  type LinkKey,
  type KeyPair,
  type LocatedPair,
  type PairVerdict,
  type KeyScores,
  type TextSpan,
} from './link-key.js'
export { splitActions, ACTION_VERBS, type ActionUnit } from './split-actions.js'
export {
  findCandidates,
  meetingContext,
  RETROSPECTIVE_CUE,
  HUB_TOP,
  toActionQuery,
  sentenceOf,
  FEATURE_NAMES,
  CANDIDATES_PER_MEETING,
  type Candidate,
  type ActionQuery,
  type FeatureName,
  type MeetingContext,
} from './candidates.js'
export { rerankScore, RERANKER, type Reranker } from './rerank.js'
export { NEXT_MEETING_PLEDGE, contextQueries } from './link-meetings.js'
export { PARAPHRASE_GROUPS, STOCK_PHRASES } from './phrases.js'
export { FRAMING_SENTENCE, isCaption } from './to-link-document.js'
