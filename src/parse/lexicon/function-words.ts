// Closed-class English words (articles, pronouns, prepositions, conjunctions, auxiliaries) and a
// few words that statements use everywhere. A word glued to one of these by a lost space
// ("Theyreaffirmed", "Partnershipbetween", "theirdetermination") is split by repairGluedWords.

/** Lower-case closed-class words of two letters or more. */
export const FUNCTION_WORDS: readonly string[] = [
  'about', 'above', 'across', 'after', 'against', 'along', 'also', 'among', 'an', 'and', 'are', 'around', 'as', 'at',
  'be', 'been', 'before', 'being', 'below', 'between', 'beyond', 'both', 'but', 'by', 'can', 'could', 'during', 'each',
  'for', 'from', 'had', 'has', 'have', 'he', 'her', 'his', 'in', 'including', 'into', 'is', 'it', 'its', 'may', 'more',
  'most', 'must', 'no', 'not', 'of', 'on', 'or', 'other', 'our', 'over', 'shall', 'she', 'should', 'since', 'such',
  'than', 'that', 'the', 'their', 'them', 'these', 'they', 'this', 'those', 'through', 'to', 'towards', 'under',
  'until', 'upon', 'was', 'we', 'were', 'which', 'while', 'who', 'whose', 'will', 'with', 'within', 'without', 'would',
]

/** Real words that split into two known words: never split them. */
export const UNSPLIT_WORDS: readonly string[] = [
  'another', 'anyone', 'became', 'become', 'because', 'before', 'behind', 'being', 'beside', 'besides', 'beyond',
  'cannot', 'everyone', 'foreword', 'forever', 'furthermore', 'hereby', 'herein', 'however', 'inside', 'insofar',
  'into', 'itself', 'meanwhile', 'moreover', 'nevertheless', 'nonetheless', 'notwithstanding', 'onto', 'outside',
  'overall', 'ourselves', 'somewhat', 'thereafter', 'thereby', 'therefore', 'therein', 'thereof', 'themselves',
  'throughout', 'together', 'toward', 'towards', 'underway', 'upon', 'whereas', 'whereby', 'wherever', 'within',
  'without', 'whatever', 'whenever', 'wherein', 'forward', 'forthwith', 'inform', 'information', 'install',
  'intolerance', 'income', 'input', 'inward', 'outward', 'upward', 'ontology', 'theme', 'therapy', 'theory',
  'another', 'android', 'antibody', 'bethink', 'butter', 'button', 'assess', 'assets', 'assist', 'asset', 'attach',
  'attack', 'attend', 'attempt', 'bypass', 'tohave', 'wethe',
]
