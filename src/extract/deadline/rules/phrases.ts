// Rules for fixed phrases: open deadlines ("at the earliest possible opportunity") and the next
// meeting of the series ("report to the next Foreign and Defence Ministerial Meeting").
import type { TimeRule } from '../types.js'

/** Phrases that set no end date, one per line, lower case (matched case-insensitively). */
export const OPEN_PHRASES: string[] = [
  // "we will ... bring an Australian capability into service at the earliest achievable date"
  'at the earliest achievable date',
  // "the Ministers urged negotiations to conclude at the earliest possible opportunity"
  'at the earliest (?:possible )?(?:opportunity|date|time|juncture|convenience)',
  'at an early date',
  // "extended an invitation for Prime Minister Abe to visit the Philippines at a convenient time"
  'at (?:a|the) (?:mutually )?convenient (?:time|date|timing)',
  'as early as possible',
  // "commit to submit aligned Nationally Determined Contributions (NDCs) as soon as possible"
  'as soon as (?:possible|practicable|feasible)',
  'expeditiously',
  'in due course',
  // "In the coming weeks and months, Mexico and the United States will continue to work together"
  '(?:in|over|during|within|throughout) the (?:coming|upcoming|next few|next several) (?:days|weeks|months|years)(?: and (?:weeks|months|years))?',
  '(?:in|over) the (?:days|weeks|months|years) (?:ahead|to come)',
  'in the near(?:[- ]term| future)',
  'in the (?:short|medium)[- ]term',
  'soon',
  'without (?:further |undue )?delay',
  // "As an immediate next step, the United States and the European Union will support ..." (gold-fit3)
  'as an immediate (?:next |first )?step',
]

/**
 * Adverbs that set the pledged verb going at once: an open deadline when they stand right after
 * the clause's own "will", "shall" or "to" ("will promptly implement", "undertakes to promptly
 * release", "ask Ministers to immediately focus"; gold-fit2, gold-fit5), not after a later "to"
 * of a noun ("an agile mechanism to promptly share", gold-fit3) nor elsewhere ("immediately after").
 */
export const AT_ONCE_ADVERBS: string[] = ['immediately', 'promptly']

/** The id of the at-once rule (find-deadline skips it in the words around a clause). */
export const AT_ONCE_RULE = 'deadline/at-once'

/**
 * A word every open phrase contains (TimeRule.cue): most clauses skip the slow pattern. A new
 * phrase needs one of these words, or a new one here (rules.test.ts has an example per phrase).
 */
const OPEN_CUE = /earl|convenient|soon|expeditious|due course|day|week|month|year|near|term|delay|immediate/iu

/** The clause's own "will", "shall" or "to" right before an at-once adverb, with no such word earlier. */
const OWN_MODAL_BEFORE = /^(?:(?!\b(?:will|shall|to)\b)[\s\S])*\b(?:will|shall|to)\s+$/iu

/** Words that may stand between "the next" and the meeting's head noun: names, "in-person", "annual". */
const TOKEN =
  "(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}’'+.&-]*|and|of|on|the|for|in-person|annual|bilateral|trilateral|high-level|leaders['’]?|ministerial|regular|plenary|formal|senior)"
/** Head nouns of a meeting. */
/** After "the next meeting": "of the Global Coalition …", "of G20 Finance Ministers": the meeting of another body. */
const OTHER_BODY_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}/u
const HEAD = '(?:[Mm]eeting|[Ss]ummit|[Dd]ialogue|[Cc]onsultations?|[Cc]onference|[Mm]inisterial|[Ss]ession|[Cc]ouncil|[Ff]orum|[Tt]alks|2\\+2)'

/** Rules for fixed phrases. */
export const phraseRules: TimeRule[] = [
  {
    id: 'deadline/open',
    takesLead: false,
    takesModifier: false,
    cue: OPEN_CUE,
    pattern: new RegExp(`\\b(?:${OPEN_PHRASES.join('|')})\\b`, 'giu'),
    resolve: (_m, env) => ({ kind: 'open', start: env.documentDate, end: null }),
  },
  // "The United States and India will promptly implement this framework" (gold-fit2)
  {
    id: AT_ONCE_RULE,
    takesLead: false,
    takesModifier: false,
    cue: new RegExp(AT_ONCE_ADVERBS.join('|'), 'iu'),
    pattern: new RegExp(`\\b(?:${AT_ONCE_ADVERBS.join('|')})\\b`, 'giu'),
    resolve: (m, env) => (OWN_MODAL_BEFORE.test(env.text.slice(0, m.index)) ? { kind: 'open', start: env.documentDate, end: null } : null),
  },
  // "report to the next Foreign and Defence Ministerial Meeting", "by our next meeting", "next year's Summit"
  {
    id: 'deadline/next-meeting',
    takesLead: true,
    takesModifier: false,
    pattern: new RegExp(
      `\\b(?:(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir)\\s+next|[Nn]ext\\s+year['’]s)\\s+(?:${TOKEN}\\s+){0,6}?${HEAD}(?:\\s+${HEAD})?(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    // "at the next meeting of the Global Coalition to Address Synthetic Drug Threats": another body's meeting, not the series'.
    resolve: (m, env) =>
      OTHER_BODY_AFTER.test(env.text.slice(m.index + m[0].length)) ? null : { kind: 'series', start: null, end: null, relative: 'next-meeting' },
  },
]
