// Words that may stand between a modal or "to" and the verb of the action.

/**
 * Adverbs and particles allowed between "will/would/to" and the action verb:
 * "would work urgently", "will significantly deepen", "to further strengthening", "will also continue to".
 * Words ending in -ly are allowed too (see LY_VERBS for the exceptions).
 */
export const INTERVENING_WORDS: readonly string[] = [
  'again',
  'all',
  // "we will always stand with": the verb follows
  'always',
  'also',
  // "are working together to better secure cyberspace", "will better integrate"
  'better',
  'both',
  'collectively',
  'each',
  // "I would first like to congratulate …": the verb follows
  'first',
  'further',
  'henceforth',
  'immediately',
  'jointly',
  'now',
  'soon',
  'still',
  'then',
  'therefore',
  'thus',
  'together',
]

/** Verbs that end in -ly and must not be taken for adverbs: "will supply", "will apply". */
export const LY_VERBS: readonly string[] = ['ally', 'apply', 'comply', 'multiply', 'rally', 'rely', 'reply', 'supply', 'tally']

/**
 * Words ending in -ing that are nouns, not gerunds: "including peacekeeping and peacebuilding
 * collaboration" is a list of fields, not of actions.
 */
export const ING_NOUNS: readonly string[] = [
  'banking',
  'bombing',
  'briefing',
  'building',
  'capacity-building',
  'ceiling',
  'clearing',
  'counterterrorism financing',
  'dumping',
  'engineering',
  'evening',
  'financing',
  'fishing',
  'funding',
  'gathering',
  'hearing',
  'housing',
  'landing',
  'manufacturing',
  'meeting',
  'mining',
  'morning',
  'offering',
  'outstanding',
  'peacebuilding',
  'peacekeeping',
  'planning',
  'policing',
  'processing',
  'programming',
  'reporting',
  'setting',
  'shipbuilding',
  'shipping',
  'spending',
  'spring',
  'string',
  'sweeping',
  'thing',
  'trafficking',
  'understanding',
  'wellbeing',
  'well-being',
  'wording',
]

/**
 * Time phrases that may stand, without commas, between a pledge verb and its "to": "we committed in
 * the near term to: drive ...", "the Group has also committed in the longer term to ...".
 */
export const TERM_PHRASES: readonly string[] = [
  'in the near term',
  'in the short term',
  'in the medium term',
  'in the long term',
  'in the longer term',
  'over the near term',
  'over the medium term',
  'over the long term',
  'in the coming months',
  'in the coming years',
  'over the coming months',
  'over the coming years',
  'this year',
  'today',
]
