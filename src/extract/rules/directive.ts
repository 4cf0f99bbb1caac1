// Rules for orders the parties give their own officials (ANNOTATION.md: directive).
import type { AnchorRule } from './rule.js'
import { ADVERBS, VERB, alt, pattern, words } from './rule.js'

const ORDER_WORDS = [
  'ask',
  'asked',
  'asks',
  // "we challenge our governments to identify new opportunities …"
  'challenge',
  'challenged',
  'challenges',
  'charge',
  'charged',
  'charges',
  'direct',
  'directed',
  'directs',
  'encourage',
  'encouraged',
  'encourages',
  'instruct',
  'instructed',
  'instructs',
  'mandate',
  'mandated',
  'mandates',
  'request',
  'requested',
  'requests',
  'task',
  'tasked',
  'tasks',
  'urge',
  'urged',
  'urges',
  'call on',
  'called on',
  'call upon',
  'called upon',
]
const ORDER_VERBS = alt(ORDER_WORDS)
const OWN = alt(['their', 'our', 'the', 'its', 'his', 'her', 'both', 'each', 'the two'])
const OFFICIALS = alt([
  'administrations',
  'agencies',
  'bureaucracies',
  'cabinet',
  'coordinators',
  'delegations',
  'departments',
  'envoys',
  'experts',
  'foreign ministers',
  'governments',
  'ministers',
  'ministries',
  'negotiating teams',
  'negotiators',
  'officials',
  'representatives',
  'secretariat',
  'senior officials',
  'sherpas',
  'sides',
  'staff',
  'staffs',
  'teams',
  'working group',
  'working groups',
])
/** Officials named with no determiner: "we ask Ministers to …", "directed officials to …" (the parties' own). */
const BARE_OFFICIALS = alt(['ministers', 'officials', 'senior officials', 'negotiators'])
const NEGOTIATIONS = alt(['negotiations', 'talks', 'the negotiations', 'the talks', 'negotiators', 'the negotiators'])

/** Directive rules, in priority order. */
export const directiveRules: AnchorRule[] = [
  // "the Ministers directed their officials to meet regularly and exchange information and proposals"
  {
    id: 'directive/officials',
    type: 'directive',
    kind: 'directive',
    modality: 'decided',
    pattern: pattern(
      `(?<head>${ORDER_VERBS})\\s+(?:${OWN}\\s+|(?=relevant\\s|respective\\s|${BARE_OFFICIALS}\\s))(?:respective\\s+|relevant\\s+|senior\\s+|own\\s+|[A-Z][\\p{L}-]*\\s+){0,5}${OFFICIALS}(?:,\\s+[^.;,]{2,50}?,(?!\\s+(?:and|or)\\b))?\\s+(?:[^.;]{0,60}?\\s)??(?:to|(?<=\\b(?:charged?|charges|task|tasked|tasks)\\s[^.;]{3,80})with(?=\\s+[a-z]+ing\\b))\\s+${ADVERBS}${VERB}`,
    ),
    heads: words(ORDER_WORDS),
    // Also "We instruct relevant ministers to accelerate ...", "The leaders tasked their teams with finding ...",
    // and the officials named after a comma: "asked their respective climate envoys, John Kerry and Sultan al-Jaber, to explore ...".
    example: 'the Ministers directed their officials to meet regularly and exchange information and proposals',
  },
  // "The Technology Standards working group is tasked to develop approaches for coordination": the
  // parties' own body, ordered in the passive (the order is the meeting's; the body is not a party).
  {
    id: 'directive/body-tasked',
    type: 'directive',
    kind: 'directive',
    modality: 'decided',
    pattern: pattern(`(?<head>tasked|instructed|directed|mandated|charged)\\s+to\\s+${ADVERBS}${VERB}`),
    heads: words(['tasked', 'instructed', 'directed', 'mandated', 'charged']),
    // Note: a test of the words before, not a lookbehind in the pattern (that cost a third of the whole extraction's time).
    onlyAfter:
      /(?:working\s+groups?|task\s+forces?|sub-?committees?|committees?|officials|experts)\s+(?:is|are|will\s+be|has\s+been|have\s+been)\s+(?:also\s+|further\s+|hereby\s+)?$/,
    example: 'the technology standards working group is tasked to develop approaches for coordination',
  },
  // "the Ministers urged negotiations to conclude at the earliest possible opportunity"
  {
    id: 'directive/negotiations',
    type: 'directive',
    kind: 'directive',
    modality: 'decided',
    pattern: pattern(`(?<head>${ORDER_VERBS})\\s+${NEGOTIATIONS}\\s+(?:on\\s+[^.;]{0,60}?\\s)??to\\s+${ADVERBS}${VERB}`),
    heads: words(ORDER_WORDS),
    example: 'the Ministers urged negotiations to conclude at the earliest possible opportunity',
  },
]
