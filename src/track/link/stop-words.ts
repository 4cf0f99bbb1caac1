// Words the linker ignores: English function words, and the framing words of joint statements
// ("the two leaders reaffirmed ...") that say nothing about what a passage is about.

/** English function words (lower case, sorted). */
export const STOP_WORDS: readonly string[] = [
  'a', 'about', 'above', 'across', 'after', 'again', 'against', 'all', 'also', 'am', 'among', 'an',
  'and', 'any', 'are', 'around', 'as', 'at', 'be', 'been', 'before', 'being', 'below', 'between',
  'both', 'but', 'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'down', 'during', 'each',
  'either', 'etc', 'ever', 'every', 'few', 'for', 'from', 'further', 'had', 'has', 'have', 'having',
  'he', 'her', 'here', 'hers', 'him', 'his', 'how', 'i', 'ii', 'iii', 'if', 'in', 'including',
  'into', 'is', 'it', 'its', 'itself', 'just', 'last', 'least', 'many', 'may', 'me', 'might', 'more', 'most', 'much',
  'must', 'my', 'no', 'nor', 'not', 'now', 'of', 'off', 'often', 'on', 'once', 'one', 'only', 'or', 'other',
  'others', 'our', 'ours', 'ourselves', 'out', 'over', 'own', 'per', 'same', 'several', 'shall', 'she',
  'should', 'so', 'some', 'such', 'than', 'that', 'the', 'their', 'theirs', 'them', 'themselves',
  'then', 'there', 'these', 'they', 'this', 'those', 'through', 'throughout', 'thus', 'to', 'too',
  'toward', 'towards', 'under', 'until', 'up', 'upon', 'us', 'very', 'via', 'was', 'we', 'were',
  'what', 'when', 'where', 'whether', 'which', 'while', 'who', 'whom', 'whose', 'why', 'will',
  'with', 'within', 'without', 'would', 'yet', 'you', 'your',
]

/**
 * Framing words of outcome documents (lower case, sorted): who speaks and how a pledge is
 * introduced. They occur in most sentences of a statement, so they only add noise to matching.
 * Note: the cue words of classification ("reaffirm", "welcome", "progress") are read from the raw
 * passage by the classifier, so dropping them here does not hide them from it.
 */
export const FRAMING_WORDS: readonly string[] = [
  'affirm', 'affirmed', 'agree', 'agreed', 'commit', 'commitment', 'commitments', 'committed',
  'concur', 'concurred', 'confirm', 'confirmed', 'continue', 'continued', 'determination',
  'expressed', 'intend', 'intent', 'intention', 'jr', 'leader', 'leaders', 'minister', 'ministers',
  'mr', 'ms', 'pledge', 'pledged', 'president', 'prime', 'reaffirm', 'reaffirmed', 'reiterate',
  'reiterated', 'renew', 'renewed', 'resolve', 'resolved', 'today', 'together', 'two', 'underscore',
  'underscored', 'welcome', 'welcomed',
]
