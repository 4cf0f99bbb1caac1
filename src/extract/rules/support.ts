// Rules for backing an action or goal whose doer is someone else (ANNOTATION.md: support).
import type { AnchorRule } from './rule.js'
import { alt, pattern, words } from './rule.js'

const SUPPORT_VERB_WORDS = [
  'back',
  'backed',
  'backs',
  'endorse',
  'endorsed',
  'endorses',
  'support',
  'supported',
  'supports',
  'stand with',
  'stood with',
  'stands with',
]
const SUPPORT_VERBS = alt(SUPPORT_VERB_WORDS)
const SUPPORT_STATEMENT_WORDS = [
  'affirm',
  'affirmed',
  'confirm',
  'confirmed',
  'express',
  'expressed',
  'expresses',
  'extend',
  'extended',
  'offer',
  'offered',
  'pledge',
  'pledged',
  'reaffirm',
  'reaffirmed',
  'reaffirms',
  'reiterate',
  'reiterated',
  'reiterates',
  'renew',
  'renewed',
  'underscore',
  'underscored',
]
const SUPPORT_STATEMENT = alt(SUPPORT_STATEMENT_WORDS)

/** Support rules, in priority order. */
export const supportRules: AnchorRule[] = [
  // "The United States pledged further support for Vietnam in manufacturing": a pledge of one's own support.
  {
    id: 'commitment/pledged-support',
    type: 'commitment',
    kind: 'decision',
    modality: 'decided',
    pattern: pattern(
      `(?<head>pledge|pledged|pledges|commit|committed|commits)\\s+(?:[\\p{L}.’'-]+\\s+){0,3}?(?:support|assistance|funding|financing)\\s+(?:for|to|(?<=support\\s+)(?:as|in))(?![\\p{L}])`,
    ),
    heads: ['pledge', 'pledged', 'pledges', 'commit', 'committed', 'commits'],
    // Also "President Biden pledged continued U.S. support for greater economic integration", "Secretary
    // Clinton pledged constant U.S. support as relief efforts transition into ...", "we pledge our support in continuing ...".
    example: 'The United States pledged further support for Vietnam in manufacturing',
  },
  // "The UK reiterated its strong support for Japan’s permanent membership of the UNSC"
  {
    id: 'support/noun',
    type: 'support',
    kind: 'support',
    modality: 'present',
    pattern: pattern(`(?<head>${SUPPORT_STATEMENT})\\s+(?:[\\p{L}’'-]+\\s+){0,4}?(?:support|backing|endorsement)\\s+(?:for|to|of)(?![\\p{L}])`),
    heads: words(SUPPORT_STATEMENT_WORDS),
    example: 'The UK reiterated its strong support for Japan’s permanent membership of the UNSC',
  },
  // "supported the exercise of freedom of navigation and overflight"
  {
    id: 'support/verb',
    type: 'support',
    kind: 'support',
    modality: 'present',
    joinsSeries: true,
    pattern: pattern(
      `(?<!\\b(?:to|will|would|shall|continue\\s+to)\\s|;\\s{1,3}(?:and\\s{1,3})?)(?<head>${SUPPORT_VERBS})(?![\\p{L}])(?!\\s+(?:of|for|to)\\b)`,
    ),
    heads: words(SUPPORT_VERB_WORDS),
    // "commits to permit …; support the adoption of …; remove …": a verb opening a ";" entry is an entry of the list before it.
    // "support to" and "support for" are the noun ("will double EU support to the programme"), not the verb.
    example: 'supported the exercise of freedom of navigation and overflight',
  },
]
