// Cue phrases that say what a later passage reports about an earlier item. Data only: the order of
// the kinds (dropped, reported-done, progress-reported, reaffirmed; mentioned when none) is the order they are tried in.
import type { LinkKind } from '../../core/tracking.js'

/** One cue: a pattern over the lower-cased passage and the kind it signals. */
export interface LinkRule {
  /** Stable id, "<kind>/<cue>". */
  id: string
  kind: LinkKind
  /** Matched against the lower-cased passage; the match is the cue shown to the user. */
  pattern: RegExp
  /**
   * Ignore the cue when the words before it put it in the future ("will be signed", "to be held",
   * "look forward to the launch of"). True for cues of done and progress.
   */
  pastOnly: boolean
  /** A real phrase the rule exists for. */
  example: string
}

/**
 * Past forms that report what was said, felt or pledged, not a step taken: never a past report
 * (progress-reported/past-report).
 */
export const SPEECH_PAST = [
  'acknowledged',
  'addressed',
  'affirmed',
  'agreed',
  'aimed',
  'announced',
  'applauded',
  'appreciated',
  'asked',
  'called',
  'celebrated',
  'commended',
  'committed',
  'concurred',
  'condemned',
  'confirmed',
  'considered',
  'decided',
  'declared',
  'deplored',
  'described',
  'determined',
  'discussed',
  'emphasised',
  'emphasized',
  'encouraged',
  'endorsed',
  'expected',
  'expressed',
  'hailed',
  'highlighted',
  'hoped',
  'intended',
  'lauded',
  'looked',
  'mentioned',
  'noted',
  'planned',
  'pledged',
  'praised',
  'proposed',
  'reaffirmed',
  'recalled',
  'recognised',
  'recognized',
  'reiterated',
  'remained',
  'renewed',
  'requested',
  'resolved',
  'shared',
  'stated',
  'stressed',
  'supported',
  'underlined',
  'underscored',
  'urged',
  'valued',
  'viewed',
  'voiced',
  'welcomed',
  'wished',
  'recommitted',
  'restated',
  'reasserted',
  'reconfirmed',
  'instructed',
  'directed',
  'tasked',
  'invited',
  'opposed',
  'remembered',
  'witnessed',
  'inspired',
  'reviewed',
  'exchanged',
  'signaled',
  'signalled',
  'met',
  'based',
  'aligned',
  'concerned',
  'united',
  'located',
  'dedicated',
] as const

/** A verb in the simple past (regular, or an irregular form of doing), not one of SPEECH_PAST. */
const PAST_REPORT = new RegExp(
  `\\b(?!(?:${SPEECH_PAST.join('|')})\\b)(?:[a-z]{3,}(?<!e)ed|built|made|held|met|began|took|brought|sent|led|gave|grew|won|spent|laid|sought|undertook|set up|put in place)\\b`,
)

/** The rules, tried in this order; the first whose cue lies near the item's words wins. */
export const LINK_RULES: readonly LinkRule[] = [
  // Silence is never "dropped": only explicit language is.
  {
    id: 'dropped/discontinued',
    kind: 'dropped',
    pastOnly: false,
    pattern: /\b(?:discontinu(?:e|ed|es|ing)|terminated|abandoned|cancell?ed)\b/,
    example: 'the two sides decided to discontinue the dialogue',
  },
  { id: 'dropped/no-longer', kind: 'dropped', pastOnly: false, pattern: /\bno longer\b/, example: 'the programme is no longer pursued' },
  {
    id: 'dropped/withdrew',
    kind: 'dropped',
    pastOnly: false,
    pattern: /\b(?:withdrew|(?:has|have) withdrawn)\b/,
    example: 'the United States withdrew from the agreement',
  },
  { id: 'dropped/suspended', kind: 'dropped', pastOnly: false, pattern: /\b(?:suspended|(?:put|placed) on hold)\b/, example: 'negotiations were suspended' },

  // "the two leaders welcomed the signing of annexes to the Memorandum of Cooperation"
  {
    id: 'reported-done/signed',
    kind: 'reported-done',
    pastOnly: true,
    pattern: /\b(?:signed|signing of|signature of)\b/,
    example: 'welcomed the signing of annexes to the Memorandum of Cooperation',
  },
  {
    id: 'reported-done/entered-into-force',
    kind: 'reported-done',
    pastOnly: true,
    pattern: /\b(?:entered into force|entry into force|came into effect|took effect)\b/,
    example: 'welcomed the entry into force of the Reciprocal Access Agreement',
  },
  {
    id: 'reported-done/completed',
    kind: 'reported-done',
    pastOnly: true,
    pattern: /\b(?:completed|completion of|finali[sz]ed|finali[sz]ation of)\b/,
    example: 'welcomed the completion of the Quad Vaccine Partnership deliveries',
  },
  {
    id: 'reported-done/launched',
    kind: 'reported-done',
    pastOnly: true,
    pattern: /\b(?:launched|launch of|inaugurated|inauguration of|released|unveiled)\b/,
    example: 'welcomed the launch of discussions among IPEF partners',
  },
  {
    id: 'reported-done/held',
    kind: 'reported-done',
    pastOnly: true,
    pattern: /\b(?:held|convened|hosted)\b/,
    example: 'the Quad held its first in-person summit',
  },
  {
    id: 'reported-done/established',
    kind: 'reported-done',
    pastOnly: true,
    pattern: /\b(?:established|establishment of|set up|created|creation of|formed)\b/,
    example: 'welcomed the establishment of the Japan-U.S. Clean Energy and Energy Security Initiative',
  },
  {
    id: 'reported-done/concluded',
    kind: 'reported-done',
    pastOnly: true,
    pattern: /\b(?:concluded|conclusion of)\b/,
    example: 'welcomed the conclusion of the Host Nation Support agreement',
  },
  {
    id: 'reported-done/visited',
    kind: 'reported-done',
    pastOnly: true,
    pattern: /\b(?:visited|paid (?:a|an|their|its) (?:\w+ )?visit)\b/,
    example: 'RAF Typhoon aircraft visited Japan in October 2016',
  },
  // "Last year we launched ...": the time says it is done even when the verb is a plain one.
  {
    id: 'reported-done/last-year',
    kind: 'reported-done',
    pastOnly: true,
    pattern: /\b(?:(?<!(?:at|since|from|in) )last year(?!['’]s)|earlier this year|since (?:we|our) last (?:met|meeting|summit))\b/,
    example: 'Last year, we announced the Quad Fellowship',
  },
  // "announced the pathway to deliver …" for "seek an optimal pathway": the object must follow the cue closely (see classify-link).
  {
    id: 'reported-done/announced',
    kind: 'reported-done',
    pastOnly: true,
    pattern: /\b(?:announced|announce) (?:the|a|an|our|its|their)\b/,
    example: 'In March 2023, our nations announced a pathway to deliver the capability',
  },
  {
    id: 'reported-done/achieved',
    kind: 'reported-done',
    pastOnly: true,
    pattern: /\b(?:achieved|delivered|fulfilled|accomplished|adopted|opened|deployed)\b/,
    example: 'we have delivered more than 400 million vaccine doses',
  },

  // A recall of the earlier pledge ("Two years ago our nations pledged to …", "When AUKUS was first
  // announced, we pledged to …", "When we announced the partnership, we committed to …"): the later
  // statement speaks of the pledge as made before, to say what came of it — not a new pledge. A plain
  // "we (also) committed (today) to …" is no recall: it renews the pledge (reaffirmed/new-pledge; session 12).
  {
    id: 'progress-reported/recalled-pledge',
    kind: 'progress-reported',
    pastOnly: true,
    pattern:
      /\b(?:(?:years?|months?) ago|when (?:we|aukus|the quad|our (?:nations|countries|leaders))\b[^.;]{0,60}\b(?:first )?(?:announced|launched|established|formed|met))\b/,
    example: 'Two years ago our nations pledged to foster deeper integration of our scientists, industrial bases, and supply chains',
  },
  // "they announced progress in collaboration on the Artemis program"
  {
    id: 'progress-reported/progress',
    kind: 'progress-reported',
    pastOnly: true,
    pattern: /\bprogress\b/,
    example: 'welcomed the recent progress made on bilateral and multilateral trade issues',
  },
  {
    id: 'progress-reported/steady-implementation',
    kind: 'progress-reported',
    pastOnly: true,
    pattern:
      /\b(?:steady|steadily|continued|continuing) (?:(?:the|our|their|its) )?(?:[a-z-]+ ){0,2}?(?:implementation|implementing|work|efforts?|cooperation|programs?|programmes?|projects?|initiatives?|engagement)\b/,
    example: 'confirmed the steady implementation of the realignment of U.S. forces in Japan',
  },
  // Note: "ongoing" alone is left out: it describes others' crises as often as the parties' work ("the ongoing clade II mpox outbreak").
  // "We will build on ongoing programs": the programmes run now, whatever the tense of the sentence.
  {
    id: 'progress-reported/ongoing-work',
    kind: 'progress-reported',
    pastOnly: false,
    pattern: /\bongoing (?:implementation|work|efforts?|cooperation|programs?|programmes?|projects?|initiatives?|engagement)\b/,
    example: 'We will build on ongoing programs for Indo-Pacific countries',
  },
  {
    id: 'progress-reported/ongoing',
    kind: 'progress-reported',
    pastOnly: true,
    pattern: /\b(?:underway|under way|on track|in progress|in its pilot phase|the expansion of|expanded)\b/,
    example: 'IPMDA ... is underway in its pilot phase',
  },
  {
    id: 'progress-reported/work-to-date',
    kind: 'progress-reported',
    pastOnly: true,
    pattern: /\b(?:work|efforts?|achievements?|accomplishments?|success(?:es)?|contributions?) (?:to date|so far|thus far|since)\b/,
    example: 'applauded the work to date under the Competitiveness and Resilience (CoRe) Partnership',
  },
  {
    id: 'progress-reported/has-done',
    kind: 'progress-reported',
    pastOnly: true,
    pattern:
      /\b(?:has|have) (?:(?:now|further|already|also|since|jointly|together|therefore|thus|collectively|[a-z]{3,}ly) ){0,2}(?:been )?(?!(?:expressed|reaffirmed|reiterated|welcomed|noted|emphasi[sz]ed|stressed|underscored|recogni[sz]ed|called|urged|encouraged|condemned|discussed)\b)(?:[a-z]+ed|made|met|held|built|begun|taken|brought|sent|led|undertaken|grown|given|become|won|set up|put in place|done|spent|laid)\b/,
    example: 'our cooperation has expanded to space and cyber',
  },
  // Numbers delivered: "delivering more than 400 million … doses", "trained over 1,000 officials".
  {
    id: 'progress-reported/numbers-delivered',
    kind: 'progress-reported',
    pastOnly: true,
    pattern:
      /\b(?:deliver|provid|donat|train|financ|fund|disburs|mobiliz|mobilis|invest|connect|allocat|contribut|ship|distribut|committ)(?:ed|ing|es|s)? (?:(?:more than|over|nearly|almost|about|some|up to|an initial|a total of|an additional) )?(?:\$|£|€|us\$|usd |aud )?\d/,
    example: 'delivering more than 400 million safe and effective COVID-19 vaccine doses to Indo-Pacific countries',
  },
  // "Thanks to the Quad Vaccine Partnership's financing …": a result of what was done.
  {
    id: 'progress-reported/thanks-to',
    kind: 'progress-reported',
    pastOnly: true,
    pattern: /\b(?:thanks to|as a result of (?:our|the|this|these)|the (?:outcomes?|results?|fruits?) of (?:the|our|this|these))\b/,
    example: 'Thanks to the Quad Vaccine Partnership’s financing of increased manufacturing capacity at Biological E LTD',
  },
  // What the joint work brought: "Our deepened law enforcement cooperation and bilateral information sharing
  // supported drug interdiction", "Such cooperation has helped bring about …" (the work is the subject).
  {
    id: 'progress-reported/work-result',
    kind: 'progress-reported',
    pastOnly: true,
    pattern:
      /\b(?:cooperation|collaboration|efforts|work|partnership|sharing|coordination|engagement|exchanges|dialogue) (?:(?:has|have) )?(?:also )?(?:supported|helped|enabled|led to|resulted in|contributed to|yielded|produced|strengthened)\b/,
    example: 'Our deepened law enforcement cooperation and bilateral information sharing supported drug interdiction activities in both countries.',
  },
  // "Today, we launch the Quad Climate Change Adaptation and Mitigation Package": something new that serves the pledge.
  {
    id: 'progress-reported/launch-today',
    kind: 'progress-reported',
    pastOnly: true,
    pattern:
      /\b(?:(?:we|they|partners|leaders|ministers) (?:are |also |hereby |jointly |proudly )*(?:launch|launching|announce|announcing|unveil|unveiling|inaugurate|inaugurating|establish|establishing|initiate|initiating)|, (?:announcing|launching|unveiling) (?:a|an|the) new)\b/,
    example: 'Today, we launch the “Quad Climate Change Adaptation and Mitigation Package (Q-CHAMP)”',
  },
  // One "have" governs a list of verbs: "we have shared assessments …, aligned our efforts …, and
  // actively improved coordination of … vaccine production" (counts only after a has-done cue, see classify-link).
  {
    id: 'progress-reported/has-done-list',
    kind: 'progress-reported',
    pastOnly: true,
    pattern: /(?:,|\band) (?:and )?(?:actively |also |further |jointly |significantly )?[a-z]+ed\b/,
    example: 'we have shared assessments of the pandemic, and actively improved coordination of vaccine production',
  },
  // "We are mapping the supply chain of critical technologies", "Quad partners are working together to provide ..."
  {
    id: 'progress-reported/under-way',
    kind: 'progress-reported',
    pastOnly: true,
    pattern:
      /\b(?:are|is) (?:now |already |actively |also |steadily |jointly |increasingly |rapidly |successfully )?(?!committed|determined|resolved|seeking|looking|being|going|facing|growing|rising|increasing|threatening|undermining|emerging|evolving|changing|according|regarding|concerning|including|something|nothing|anything|everything|during|bring|thing|string|spring|king|ring|sing|wing)[a-z]{2,}ing\b/,
    example: 'We are monitoring trends in the critical and emerging technologies of the future',
  },

  {
    id: 'progress-reported/building-on',
    kind: 'progress-reported',
    pastOnly: true,
    pattern: /\b(?:working (?:[a-z]+ly )?towards?|moving forward|building on|builds? on|built on|delivering on|deliver(?:s|ed)? on)\b/,
    example: 'Building on the Quad Vaccine Partnership, we will ...',
  },
  // "Our nations continue to consult with the IAEA" (present tense: the work goes on); "will continue" is a renewed pledge.
  {
    id: 'progress-reported/continue-to',
    kind: 'progress-reported',
    pastOnly: true,
    pattern: /\b(?<!will )(?<!to )continues? to\b/,
    example: 'Our nations continue to consult with the IAEA',
  },
  {
    id: 'progress-reported/strides',
    kind: 'progress-reported',
    pastOnly: true,
    pattern: /\b(?:made (?:\w+ )?strides|strides|milestones?|commence(?:d|ment)|began|begun|started|first-ever|selection of|next phase|momentum)\b/,
    example: 'Our nations have made enormous strides towards the establishment of a rotational presence',
  },
  // A report in the simple past with the parties as subject ("We built forensic capacity …", "our law
  // enforcement agencies traced 40 percent more firearms", "the U.S. and the ROK joined …"): a step taken.
  // Counts only when the words before it name the parties (see classify-link); verbs of speech, stance
  // or commitment ("we welcomed", "the leaders reaffirmed", "we agreed to") are not steps.
  {
    id: 'progress-reported/past-report',
    kind: 'progress-reported',
    pastOnly: true,
    pattern: PAST_REPORT,
    example: 'We built forensic capacity to identify victims of forced disappearance',
  },
  // Note: progress is tried before a renewed pledge: "We will build on ongoing programs" reports progress (evidence in order).
  // "They reaffirmed their commitment to the complete denuclearization of the Korean Peninsula"
  {
    id: 'reaffirmed/reaffirm',
    kind: 'reaffirmed',
    pastOnly: false,
    pattern: /\b(?:reaffirm\w*|reiterat\w*|renew(?:s|ed|ing|al)?|recommit\w*|restat\w*|reconfirm\w*|reassert\w*)\b/,
    example: 'They reaffirmed their commitment to the complete denuclearization of the Korean Peninsula',
  },
  {
    id: 'reaffirmed/remain-committed',
    kind: 'reaffirmed',
    pastOnly: false,
    pattern:
      /\b(?:remain(?:s|ed)? (?:firmly |fully |strongly )?(?:committed|determined|dedicated|steadfast|resolute)|(?:are|is|remain|stand) (?:firmly |fully )?(?:steadfast|unwavering|resolute) in)\b/,
    example: 'We remain committed to the implementation of the current arrangements',
  },
  {
    id: 'reaffirmed/will-continue',
    kind: 'reaffirmed',
    pastOnly: false,
    pattern: /\b(?:continue to|continue \w+ing|will continue)\b/,
    example: 'confirmed that they will continue cooperating to overcome the COVID-19 crisis',
  },
  {
    id: 'reaffirmed/new-pledge',
    kind: 'reaffirmed',
    pastOnly: false,
    pattern:
      /\b(?:will|shall|commit(?:s|ted|ting)? (?:today |also |further |again )?to|pledge[sd]? to|intend(?:s|ed)? to|resolved? to|decided? to|decides to|agree(?:s|d)? (?:today |also |further |again )?to|determin(?:ed|ation) to|plans? to|seeks? to|aims? to|intent to|intention to)\b/,
    example: 'the two leaders decided to accelerate cooperation in the cyber and space domains',
  },
]

/** Rule id when the passage speaks of the item but carries none of the cues above (kind `mentioned`). */
export const MENTION_RULE_ID = 'mentioned/no-cue'

/**
 * Objects of a pledge that a meeting being "held" completes: the pledge is to hold an event. Other
 * pledges are not done because something was held ("the Consultation, most recently held in …").
 */
export const EVENT_WORDS =
  /\b(?:meetings?|summits?|dialogues?|consultations?|conferences?|seminars?|workshops?|exercises?|talks|forums?|sessions?|visits?|events?|2\s?\+\s?2)\b/i

/**
 * Words before a cue that put it in the future or make it a purpose: "will be held", "to be
 * signed", "look forward to the launch of", "aim to complete", "plan to explore cooperation on the
 * establishment of" (up to five words after a modal or an intention). Tested on the text before the cue.
 */
export const FUTURE_BEFORE_CUE =
  /(?:\b(?:will|would|shall|to|toward|towards|aims?|plans?|seeks?|expects?|hopes?)(?:\s+be)?(?:\s+[a-z'’-]+){0,2}|\b(?:will|would|shall|plans? to|intends? to|aims? to|seeks? to)(?:\s+[a-z'’-]+){0,5})\s+$/

/**
 * An anticipated event in the same sentence part before the cue: "We look forward to the next Quad
 * Foreign Ministers’ meeting hosted by the United States in 2025".
 */
export const ANTICIPATION_BEFORE_CUE = /\b(?:look(?:s|ing)? forward to|(?:the|our) next)\b[^.;]*$/
