// Words that pass 1 (01-find-anchors) uses to read a pledge that takes a noun phrase: "we committed
// a further $5 million to support …", "greater nuclear energy collaboration".

/** Past pledge verbs that take a noun phrase with a purpose ("pledged new funding to expand …"). */
export const PAST_PLEDGE_VERBS: readonly string[] = ['committed', 'recommitted', 're-committed', 'pledged']

/**
 * Words that end a noun phrase rather than modify the noun after them (prepositions,
 * conjunctions, relative pronouns, forms of "be"): "the implementation of cooperation" is no
 * modifier + action noun. Determiners are read before these.
 */
export const NOT_NOUN_MODIFIERS: readonly string[] = [
  'of',
  'and',
  'or',
  'for',
  'in',
  'on',
  'at',
  'to',
  'by',
  'with',
  'from',
  'as',
  'that',
  'which',
  'who',
  'between',
  'among',
  'against',
  'under',
  'into',
  'through',
  'is',
  'are',
  'be',
]

/** Words that make a following "will" a noun: "the will", "political will", "people's will". */
export const NOUN_WILL_BEFORE =
  /(?:\b(?:the|a|an|political|good|free|strong|collective|our|their|his|her|its|my|your|whose|firm|common|shared|sovereign|popular|international|national|general|people)|['’]s?)\s*$/i

/**
 * A noun phrase of up to eight words, then "to" and a base-form verb: " holistic approach to address".
 * A modal, a relative pronoun, a conjunction, a pronoun or a clause break ends the phrase ("pledged
 * to date if we are to help" has no purpose; "committed to in order to" has no noun).
 */
export const NOUN_PURPOSE =
  /^\s+(?:(?!(?:will|would|shall|that|which|who|and|or|but|if|when|while|because|as|than|so|in|we|they|it|is|are|was|were|be)\s)[^\s,;:.()]+\s+){0,8}?to\s+(?:[a-z]+ly\s+)?([a-z]+)\b/

/** Pledge words that may take a noun phrase: "committed", "pledged", "are committed", "remain dedicated". */
export const NP_TAKERS =
  /^(?:commit|commits|committed|recommit|recommits|recommitted|pledge|pledges|pledged|(?:is|are|remain|remains|remained|was|were|stay|stays|be|been|stand|stands)\b.*\b(?:committed|dedicated))/i

/** Determiners and common modifiers that may open a noun phrase before an action noun: "a", "our", "greater", "nuclear", "closely". */
export const DETERMINERS =
  /^(?:a|an|the|this|these|our|their|its|further|greater|more|closer|deeper|stronger|new|continued|full|joint|concrete|enhanced|shared|robust|close|ambitious|practical|collective|bilateral|trilateral|global|regional|nuclear|energy|economic|security|defense|defence|mutual|sustained|long-term|[a-z]+ly)$/i
