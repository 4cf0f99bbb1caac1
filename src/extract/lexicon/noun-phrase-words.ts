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
