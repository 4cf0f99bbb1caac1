// Rules that find the parties' own pledges of future action (ANNOTATION.md: commitment).
import type { AnchorRule } from './rule.js'
import {
  BE_WORDS,
  COGNITION_GERUNDS,
  CONTINUING_STATE_VERBS,
  COOPERATION_GROWTH_GERUNDS,
  COOPERATION_NOUNS,
  JOINT_WORK_GERUNDS,
  NOT_GOAL_GERUNDS,
  PARENTHETICAL_ADVERBS,
  PROGRESSIVE_RULE_GERUNDS,
  REFRAIN_VERBS,
} from '../lexicon/verb-classes.js'
import { TERM_PHRASES } from '../lexicon/adverbs.js'
import { LIST_LABEL } from '../lexicon/list-lead-in.js'
import { PLEDGE_NOUN_FRAMES, PLEDGE_NOUN_MODIFIERS } from '../lexicon/pledge-nouns.js'
import { INCLUDED_ACTION_MODIFIERS, INCLUDED_ACTION_NOUNS } from '../lexicon/action-nouns.js'
import { ADVERBS, VERB, alt, pattern, words } from './rule.js'

const DECISION_PAST = [
  'affirmed',
  'agreed',
  'committed',
  'concurred',
  // "the Ministers confirmed to continue to work closely together" (Japanese ministry outcome documents)
  'confirmed',
  'decided',
  'determined',
  'planned',
  'pledged',
  'recommitted',
  'resolved',
  'undertook',
  'vowed',
]
/** Participles that carry the pledge of the sentence's subject: "..., committing to expand ...". */
const PARTICIPLES = ['committing', 'pledging', 'resolving', 'vowing', 'seeking', 'striving', 'endeavoring', 'endeavouring']
/**
 * "the United States and Mexico cooperate to improve …", "both governments coordinate to strengthen …":
 * present pledges of DECISION_PRESENT, but not after a modal, "to", "and" or a comma ("… can best
 * collaborate to …", "…, cooperate to …" in a series), and not before "towards".
 */
const WORKING_TOGETHER = ['cooperate', 'coordinate', 'collaborate']
const WORKING_TOGETHER_ALT = `(?:${WORKING_TOGETHER.join('|')})`
const DECISION_PRESENT = [
  'affirm',
  'affirms',
  'agree',
  'agrees',
  'aim',
  'aims',
  'expect',
  'expects',
  'commit',
  'commits',
  'concur',
  'concurs',
  ...WORKING_TOGETHER.flatMap((v) => [v, `${v}s`]),
  'recommit',
  'recommits',
  'decide',
  'decides',
  'determine',
  'determines',
  'endeavor',
  'endeavors',
  'endeavour',
  'endeavours',
  'intend',
  'intends',
  // "Both sides look to achieve this goal through ..." ("look forward to" is a hope: "forward" stops the pattern).
  'look',
  'looks',
  'plan',
  'plans',
  'pledge',
  'pledges',
  'resolve',
  'resolves',
  'seek',
  'seeks',
  'strive',
  'strives',
  'undertake',
  'undertakes',
  'vow',
  'vows',
]
const STATEMENT_VERBS = [
  'affirming',
  'confirming',
  'expressing',
  'reaffirming',
  'reconfirming',
  'reiterating',
  'renewing',
  'underscoring',
  'underlining',
  'stressing',
  'are renewing',
  'resolute in',
  'united in',
  'steadfast in',
  'unwavering in',
  'tire in',
  'stand firm in',
  'stands firm in',
  'signal',
  'signals',
  'affirm',
  'affirmed',
  'affirms',
  'announce',
  'announced',
  'announces',
  'confirm',
  'confirmed',
  'confirms',
  // "The leaders reconfirmed their commitment to give new momentum to the bilateral relationship"
  'reconfirm',
  'reconfirmed',
  'reconfirms',
  // "We recall our commitment to implement fully the outcome of the G20 Cannes Summit" (a restated pledge)
  'recall',
  'recalled',
  'recalls',
  // "the co-chairs stressed their commitment to increase coordination between PGII, MPA and …"
  'stress',
  'stressed',
  'stresses',
  // "Prime Minister Kishida conveyed the Japanese government's decision to fully resume …" (ministry readouts)
  'convey',
  'conveyed',
  'conveys',
  // "The United States and North Macedonia note their intention to facilitate and enhance commercial
  // ties", "The leaders noted their determination to remain closely coordinated" (trade frameworks)
  'note',
  'noted',
  'notes',
  // "we hereby declare our intention to adopt relevant policies"
  'declare',
  'declared',
  'declares',
  'demonstrate',
  'demonstrated',
  'emphasize',
  'emphasized',
  'emphasise',
  'emphasised',
  'express',
  'expressed',
  'expresses',
  'highlight',
  'highlighted',
  'made',
  'make',
  'reaffirm',
  'reaffirmed',
  'reaffirms',
  // "The United States and Israel … reassert their commitment to counter this ancient hatred"
  'reassert',
  'reasserted',
  'reasserts',
  'reiterate',
  'reiterated',
  'reiterates',
  'renew',
  'renewed',
  'renews',
  'share',
  'shared',
  'shares',
  'state',
  'stated',
  'underline',
  'underlined',
  'underscore',
  'underscored',
  'underscores',
]
/** "This includes", "Specifically, this work will include": the opening of an entry of the previous sentence's pledge. */
const INCLUDES_AFTER =
  /(?:^|[.;:]\s+)\s*(?:specifically,\s+)?(?:this|these)(?:\s+(?:work|cooperation|commitment|effort|efforts|partnership|approach|initiative|agenda))?\s+(?:will\s+)?$/
const COMMITMENT_NOUNS = [
  'commitment',
  'commitments',
  'decision',
  'dedication',
  'determination',
  // "Leaders … reaffirmed their joint engagement to reform the World Trade Organisation" (EU usage)
  'engagement',
  // "we reaffirm our goal to deepen ...", "we announce our vision to cooperate on ..."
  'aim',
  'goal',
  'goals',
  'vision',
  'intent',
  'intention',
  'intentions',
  'plan',
  'plans',
  'pledge',
  'readiness',
  'resolve',
  // "The Japanese side expressed its stance to provide maximum support for this case" (Japanese ministry readouts; session 11)
  'stance',
  'willingness',
  // "The leaders affirmed their keenness to continue to hold the U.S.-GCC Summit annually" (Gulf usage)
  'keenness',
  // "we reiterate our will to strengthen ...", "the G7's united will to continue ..."
  'will',
]
const NOUN_DETERMINER = `(?:[A-Z][\\p{L}\\p{N}.]*(?:\\s+[A-Z][\\p{L}\\p{N}.]*){0,3}[’']s?|our\\s+governments[’']|the\\s+u\\.s\\.|the\\s+united\\s+states[’']?|their|our|its|his|her|the|that|this|a|an)\\s+`
/**
 * A grouping's name with its number, and the place of the summit that made the pledge, before the
 * noun: "We reaffirmed our G20 St Petersburg commitment to standstill …", "We recall our G20
 * commitment to support …" (restated pledges, lower-cased text).
 */
const GROUPING_MODIFIER = `g(?:7|8|20)(?:\\s+(?!and\\b|or\\b|commitments?\\b)[a-z.]+){0,2}?`
const NOUN_MODIFIERS = `(?:${NOUN_DETERMINER}|(?<!\\b(?:stated?|declared?)\\s+))(?:(?:[a-z]+ly|strong|firm|shared|full|unwavering|steadfast|continued|continuing|common|joint|mutual|enduring|ironclad|deep|collective|political|renewed|serious|clear|unshakable|unshakeable|resolute|sincere|respective|ongoing|concrete|firm|strong|new|further|detailed|u\\.s\\.|[a-z]+-[a-z]+|${alt(PLEDGE_NOUN_MODIFIERS)}|${GROUPING_MODIFIER})\\s+)*`
/**
 * A noun of intent paired with the commitment noun under one determiner: "the willingness and
 * commitment of the United States to cooperate", "our shared responsibility and determination to
 * coordinate" (not "our support and commitment to …", a support).
 */
const NOUN_PAIR = `(?:(?:willingness|readiness|desire|responsibility|unity|resolve|determination|intention|commitment|dedication)\\s+and\\s+(?:common\\s+|shared\\s+|firm\\s+|full\\s+)?)?`
/** "to", "towards", and "to:" opening a list of actions ("we committed to: drive ...; establish ..."). */
const TO = `(?:to|towards|toward)(?:\\s*:)?`
const BE = alt(BE_WORDS)
// "We are committed, where applicable and subject to national legal frameworks, to implementing …":
// one comma-enclosed phrase may stand between the adjective and its "to". "united in recognizing that …"
// states a view, not an action (COGNITION_GERUNDS).
// "We are more committed than ever to work together …", "We are committed like never before to completing …" (session 11).
const READY = `(?:(?:more\\s+)?${alt(['committed', 'determined', 'resolved', 'ready', 'prepared', 'willing', 'poised', 'dedicated', 'eager'])}(?:\\s+than\\s+ever(?:\\s+before)?|\\s+like\\s+never\\s+before)?(?:,\\s+[^,;.:]{3,70},)?\\s+${TO}|(?:united|resolute|steadfast|unwavering)\\s+(?:as\\s+ever\\s+)?in(?!\\s+${alt(COGNITION_GERUNDS)}\\b)|invested\\s+in(?=\\s+[a-z]+ing\\b))`
const PERFORMATIVE_WORDS = [
  'embark on',
  'embarks on',
  'launch',
  'launches',
  'establish',
  'establishes',
  'inaugurate',
  'initiate',
  'set up',
  'hereby establish',
  'hereby launch',
  'are launching',
  'are establishing',
  'create',
  'are announcing the creation of',
  'are announcing the launch of',
  'announce the creation of',
  'announce the launch of',
  'announce the establishment of',
  // "Today we are proud to announce the Quad Cancer Moonshot", "India is pleased to announce a new initiative to award ..."
  'are pleased to announce',
  'is pleased to announce',
  'are proud to announce',
  'is proud to announce',
  'are delighted to announce',
  'is delighted to announce',
  'announce today the launch of',
  'announce today the creation of',
  'announce today the establishment of',
]
const PERFORMATIVES = alt(PERFORMATIVE_WORDS)
/** "commit ourselves to", "pledged themselves to": the reflexive pronoun after a pledge verb. */
/**
 * "committed themselves to"; and a commit verb's object that is the parties' own governments:
 * "The leaders committed their governments to working collaboratively …", "President Biden and
 * Prime Minister Modi committed their administrations to promoting policies …".
 */
const REFLEXIVE = `(?:\\s+(?:ourselves|themselves|itself|himself|herself)|(?<=\\bcommit(?:s|ted)?)\\s+(?:their|our)\\s+(?:respective\\s+|two\\s+)?(?:administrations|governments))?`
/**
 * Gerunds that, after "we are" / "Japan is", make a pledge of the party's own ("we are launching",
 * "we are committing $20 million"); the subject must be a party. Progressive reports of work under
 * way ("Japan is providing medical equipment", "we are deepening our cooperation") are statements of
 * present fact (ANNOTATION.md) and stay out: added in session 4, they lowered held-out precision.
 */
const PROGRESSIVE_GERUNDS = [
  'imposing',
  'launching',
  'renewing',
  'committing',
  'pledging',
  'stepping up',
  'considering',
  'exploring',
  // "Indonesia and the United States are continuing to closely collaborate ..."
  'continuing to',
]

/**
 * The meeting itself, or "in principle", between a decision verb and its "to": "The Nordic and
 * Baltic foreign ministers agreed at the meeting in Oslo to boost efforts …", "we have committed in
 * principle to establish a U.S.-UK Data Bridge" (lower-cased text). No other words before the
 * meeting's noun: "committed at the 2005 World Summit to support …" retells an earlier pledge.
 */
const AT_MEETING = `(?:at\\s+(?:the|this|today['’]s|their|our)\\s+(?:present\\s+|current\\s+)?(?:meeting|summit|session|talks|ministerial|consultations)(?:\\s+in\\s+[a-z]+)?|in\\s+principle)`
/**
 * A pledge to refrain: "North Macedonia has committed not to impose a digital service tax", "we
 * commit not to conducting destructive direct-ascent anti-satellite missile tests", "agreed not to
 * restrict market access for products that use …" (only after a pledge verb, not "decided not to").
 */
const NOT_TO = `(?<=\\b(?:commit|commits|committed|pledge|pledges|pledged|agreed|undertake|undertakes|undertook)\\s+)not\\s+to`
/** A time phrase between a pledge verb and its "to" ("committed in the near term to"). */
const TERM = alt(TERM_PHRASES)

/** Words before a progressive that make it a reported fact or a circumstance: "They noted that … the U.S. and UK are launching …". */
const PROGRESSIVE_NOT_AFTER =
  /(?:\b(?:note|noted|notes|recogni[sz]e[sd]?|acknowledge[sd]?|observe[sd]?|welcome[sd]?|appreciate[sd]?|said|believe[sd]?)\b[^;]*|\b(?:as|while|because|when|since|if|although|though|whereas|until|how|where|which|who)\s+)$/i

/**
 * An obligation before a present pledge verb, adverbs between: "We must commit to mobilizing our
 * efforts", "we must all commit to releasing the financing", "We must also continue to work to
 * ensure …" (session 12, UN speeches): an exhortation to all, no pledge made. Used in a look-behind.
 */
const OBLIGATION_BEFORE = `\\b(?:must|should|need\\s+to|needs\\s+to|have\\s+to|has\\s+to|ought\\s+to)\\s+(?:(?:[a-z]+ly|also|all|now|therefore|then|together|collectively|first|again|once\\s+again|truly|each)\\s+)*`
/**
 * A perfect or "helped" before a performative: "Mexico has also set up a specialized technical
 * committee", "which Austria helped initiate" (session 12): an act done, no pledge. Used in a look-behind.
 */
const PERFECT_BEFORE = `\\b(?:has|have|had|helped)\\s+(?:(?:[a-z]+ly|also|already|just|now|jointly|together|recently)\\s+)*`

/** Commitment rules, in priority order. */
export const commitmentRules: AnchorRule[] = [
  // "Japan and the UK would cooperate to tackle global security challenges"
  {
    id: 'commitment/modal-future',
    type: 'commitment',
    kind: 'modal',
    modality: 'future',
    pattern: pattern(
      `(?<modal>will|would|shall)(?::(?:\\s+\\(?${LIST_LABEL}\\))?(?=\\s+[a-z])|\\s+\\(${LIST_LABEL}\\)(?=\\s+[a-z]))?(?:,\\s*(?:${alt(PARENTHETICAL_ADVERBS)}|(?:by|in|on|at|through|with|within|under|where|as|consistent|subject|together|if|when|among|upon|following)\\b[^,;.:]{2,90}?),)?\\s+(?:not\\s+(?=tire|waver|relent|rest|hesitate|falter|stand\\s+idly|stop|cease|${alt(REFRAIN_VERBS)}\\b)|(?!not\\b(?!\\s+only)|never\\b))${ADVERBS}${VERB}`,
    ),
    heads: ['will', 'would', 'shall'],
    example: 'Japan and the UK would cooperate to tackle global security challenges',
  },
  // "We will never recognise these referenda": a pledge of non-recognition is a future act of the
  // parties' own (a refusal to "accept" or "allow" stays a stance, position/refusal).
  {
    id: 'commitment/non-recognition',
    type: 'commitment',
    kind: 'modal',
    modality: 'future',
    pattern: pattern(`(?<modal>will|would|shall)\\s+(?:not|never)\\s+${VERB}(?<=recogni[sz]e)(?![a-z])`),
    heads: ['will', 'would', 'shall'],
    example: 'We will never recognise these referenda which appear to be a step toward Russian annexation',
  },
  // "The Leaders decided that the United States and India must continue and expand their partnership":
  // an obligation the parties agree on for themselves.
  {
    id: 'commitment/agreed-obligation',
    type: 'commitment',
    kind: 'modal',
    modality: 'decided',
    needsPartySubject: true,
    ownSubjectOnly: true,
    pattern: pattern(
      `(?<=\\b(?:agree|agreed|agrees|decide|decided|decides|concur|concurred|affirm|affirmed|resolve|resolved|determined|stressed)\\s+that\\s+[^,;.:]{1,60}?\\s)(?<modal>must|should)\\s+(?!not\\b|never\\b)${ADVERBS}${VERB}`,
    ),
    heads: ['must', 'should'],
    // "They agreed that Iraq’s security forces must be able to ensure …": a capacity to reach, no action agreed.
    notVerbs: ['be'],
    example: 'The Leaders decided that the United States and India must continue and expand their partnership',
  },
  // "Australia is committed to adhering to the highest standards for safeguards"
  {
    id: 'commitment/committed-adjective',
    type: 'commitment',
    kind: 'adjective',
    modality: 'present',
    pattern: pattern(`(?<head>${BE})\\s+${ADVERBS}${READY}\\s+${ADVERBS}${VERB}`),
    heads: words(BE_WORDS),
    example: 'Australia is committed to adhering to the highest standards for safeguards',
  },
  // "the Ministers decided to strengthen information-sharing and cooperation in cybersecurity"
  {
    id: 'commitment/decision',
    type: 'commitment',
    kind: 'decision',
    modality: 'decided',
    pattern: pattern(
      `(?<!\\bhad\\s+)(?<head>${alt(DECISION_PAST)})${REFLEXIVE}(?:,\\s+[^,;.]{3,50},|\\s+${TERM}|\\s+${AT_MEETING})?\\s+${ADVERBS}(?:${NOT_TO}|${TO}|(?<=concurred\\s+)(?:in|on)|(?<=planned\\s+)on(?=\\s+[a-z]+ing\\b))\\s+${ADVERBS}${VERB}`,
    ),
    heads: DECISION_PAST,
    example: 'the Ministers decided to strengthen information-sharing and cooperation in cybersecurity',
  },
  // "the four Ministers shared the view on continuing to promote joint training and exercises": the
  // form in which Japanese defence and foreign ministry outcome documents record an agreed action
  // ("shared views on ..." is an exchange of views, not this).
  {
    id: 'commitment/shared-view',
    type: 'commitment',
    kind: 'decision',
    modality: 'decided',
    pattern: pattern(`(?<head>shared|share|shares)\\s+(?:the|a)\\s+(?:common\\s+)?view\\s+(?:on|to)\\s+${ADVERBS}${VERB}`),
    heads: ['shared', 'share', 'shares'],
    example: 'The four Ministers shared the view on continuing to promote joint training and exercises',
  },
  // "The Ministers launched the initiative, committing to expand funding for clean energy"
  {
    id: 'commitment/participle',
    type: 'commitment',
    kind: 'decision',
    modality: 'decided',
    sentenceSubject: true,
    pattern: pattern(
      `(?<!\\b(?:in|of|by|for|on|at|from|without|while|when|after|before)\\s+)(?<head>${alt(PARTICIPLES)})\\s+${ADVERBS}(?:to|towards|toward)\\s+${ADVERBS}${VERB}`,
    ),
    heads: PARTICIPLES,
    example: 'The Ministers launched the initiative, committing to expand funding for clean energy',
  },
  // "the two countries fully commit to further strengthening the Strategic Partnership"
  {
    id: 'commitment/present-pledge',
    type: 'commitment',
    kind: 'pledge',
    modality: 'present',
    needsPartySubject: true,
    pattern: pattern(
      `(?<!\\b(?:their|our|its|the|a|an|his|her|this|that|which|shared|common|joint|new)\\s+|['’]s?\\s+)(?<!${OBLIGATION_BEFORE})(?<head>${alt(DECISION_PRESENT)})(?<!(?:\\b(?:to|will|would|shall|can|could|may|might|must|should)\\s+(?:[a-z]+\\s+)?|\\b(?:and|or)\\s+|,\\s+)${WORKING_TOGETHER_ALT})(?!(?<=${WORKING_TOGETHER_ALT}s?)\\s+towards?\\b)${REFLEXIVE}(?:,\\s+[^,;.]{3,50},|\\s+${TERM})?\\s+${ADVERBS}(?:${NOT_TO}|${TO}|(?<=plans?\\s+)on(?=\\s+[a-z]+ing\\b))\\s+${ADVERBS}${VERB}`,
    ),
    heads: DECISION_PRESENT,
    example: 'the two countries fully commit to further strengthening the Strategic Partnership',
  },
  // "We intend for the partnership to expand to other partners": the parties' intention for what
  // they set up (its subject must be a party, as for "we intend to").
  {
    id: 'commitment/intend-for',
    type: 'commitment',
    kind: 'pledge',
    modality: 'present',
    needsPartySubject: true,
    pattern: pattern(`(?<!\\b(?:their|our|its|the|a|an|this|that)\\s+)(?<head>intend|intends)\\s+for\\s+[^;.:]{2,80}?\\s+to\\s+${ADVERBS}${VERB}`),
    heads: ['intend', 'intends'],
    verbByFrame: true,
    example: 'We intend for the Partnership to be an open and inclusive initiative',
  },
  // "The Ministers expressed their commitment to cooperate to reduce the risk of terrorism" ("our
  // long-standing and shared commitment to": "shared" right before the noun is its adjective).
  {
    id: 'commitment/commitment-noun',
    type: 'commitment',
    kind: 'noun',
    modality: 'decided',
    pattern: pattern(
      `(?<!['’]s\\s+|\\b(?:its|their|his|her|the)\\s+)(?!shared\\s+${alt(COMMITMENT_NOUNS)}\\b)(?<head>${alt(STATEMENT_VERBS)})\\s+(?:(?:today|again|once\\s+again|in\\s+the\\s+strongest\\s+(?:possible\\s+)?(?:terms|words)(?:\\s+possible)?)\\s+)?${NOUN_MODIFIERS}${NOUN_PAIR}${alt(COMMITMENT_NOUNS)}(?:,\\s+[^,;.]{3,50},)?\\s+(?:of\\s+(?:the\\s+)?[A-Z][\\p{L}.]*(?:\\s+[A-Z][\\p{L}.]*)*\\s+|(?:at|on|in)\\s+[^,;.]{1,30}?\\s+)?${TO}\\s+${ADVERBS}${VERB}`,
    ),
    heads: words(STATEMENT_VERBS),
    nounObject: /^(?:affirm|confirm|emphasi[sz]|express|reaffirm|reconfirm|reiterat|renew|stress|underscor|underlin|united|steadfast|unwavering|resolute)/,
    example: 'The Ministers expressed their commitment to cooperate to reduce the risk of terrorism',
  },

  // "we reinforce our commitment to promote economic resilience", "We stand by our commitment to
  // consult", "remain firm in our resolve to meet the challenges": a frame that states the parties'
  // own pledge noun (its owner a possessive right after the frame; "continue to support the UN’s
  // further engagement" is no such noun). Not after "to" or a modal: "We must also strengthen our
  // commitment to …", "if we fail to strengthen our commitment to …" (UN speeches) exhort or suppose.
  {
    id: 'commitment/pledge-noun-frame',
    type: 'commitment',
    kind: 'noun',
    modality: 'decided',
    pattern: pattern(
      `(?<!\\b(?:to|must|should|need|needs|can|could|may|might|would)\\s+(?:also\\s+|further\\s+|[a-z]+ly\\s+)?)(?<head>${alt(PLEDGE_NOUN_FRAMES)})\\s+(?:our|their|its)\\s+(?:(?:[a-z]+ly|strong|firm|shared|full|unwavering|steadfast|continued|common|joint|mutual|enduring|ironclad|collective|renewed|resolute|${alt(PLEDGE_NOUN_MODIFIERS)})\\s+)*${alt(COMMITMENT_NOUNS)}\\s+${TO}\\s+${ADVERBS}${VERB}`,
    ),
    heads: words(PLEDGE_NOUN_FRAMES),
    example: 'we reinforce our commitment to promote economic resilience and economic security',
  },
  // "The leaders welcome their countries’ plans to prioritize bilateral economic cooperation through
  // …": the plans welcomed are the parties' own (a welcome of another's plan stays a position).
  {
    id: 'commitment/own-plan-welcome',
    type: 'commitment',
    kind: 'noun',
    modality: 'decided',
    needsPartySubject: true,
    pattern: pattern(
      `(?<head>welcome|welcomes|welcomed)\\s+(?:their|our)\\s+(?:two\\s+|respective\\s+)?(?:countries|governments|nations)['’]\\s+(?:[a-z]+\\s+)?(?:plans?|intentions?|commitments?|decisions?)\\s+to\\s+${ADVERBS}${VERB}`,
    ),
    heads: ['welcome', 'welcomes', 'welcomed'],
    example: 'The leaders welcome their countries’ plans to prioritize bilateral economic cooperation',
  },
  // "the two leaders reaffirmed their shared commitment to the partnership ... and their determination
  // to continue security coordination": a second commitment noun under the same statement verb.
  {
    id: 'commitment/coordinated-noun',
    type: 'commitment',
    kind: 'noun',
    modality: 'decided',
    pattern: pattern(
      `(?<=\\band\\s+)(?<head>their|our|its|his|her)\\s+(?:(?:[a-z]+ly|strong|firm|shared|full|unwavering|steadfast|continued|common|joint|mutual|enduring|ironclad|collective|renewed|resolute)\\s+)*${alt(COMMITMENT_NOUNS)}\\s+${TO}\\s+${ADVERBS}${VERB}`,
    ),
    heads: ['their', 'our', 'its', 'his', 'her'],
    // Note: the statement verb is read in the words before (up to 200 characters), not by a lookbehind.
    onlyAfter: new RegExp(
      `\\b${alt(STATEMENT_VERBS.filter((v) => /^[a-z]+$/.test(v) && !/^(?:made|make|share|shared|shares|signal|signals|state|stated|demonstrate|demonstrated)$/.test(v)))}\\b[^.;]*$`,
    ),
    example: 'the two leaders reaffirmed their shared commitment to the partnership and their determination to continue security coordination',
  },
  // "We are taking steps to further reduce avenues for Russia to circumvent our financial measures";
  // "we are discussing ways to maintain and build upon this momentum", "the U.S. Department of the
  // Treasury and Bank Negara Malaysia are in discussion to finalize …" (session 13: discussing ways to
  // act explores, a weak pledge, ANNOTATION.md)
  {
    id: 'commitment/progressive',
    type: 'commitment',
    kind: 'pledge',
    modality: 'present',
    needsPartySubject: true,
    pattern: pattern(
      `(?<head>${alt(['are', 'is', 'am'])})\\s+${ADVERBS}(?:(?:taking|undertaking)\\s+(?:[a-z-]+\\s+){0,2}?(?:and\\s+[a-z-]+\\s+)?(?:steps|action|actions|measures)\\s+(?:towards|toward|to)\\s+|(?:discussing\\s+(?:ways|how)|in\\s+discussions?)\\s+to\\s+|(?:working|partnering|cooperating|collaborating|coordinating|teaming\\s+up|stepping\\s+up\\s+(?:[a-z]+\\s+){0,2}?efforts)\\s+${ADVERBS}(?:together\\s+|jointly\\s+|closely\\s+|(?:with|alongside)\\s+[^,;.]{2,80}?\\s+)?(?:(?:together|jointly|closely)?,\\s+[^,;.]{2,60},\\s+)?(?:towards|toward|to)\\s+|(?=${alt(PROGRESSIVE_GERUNDS)}(?![\\p{L}]|\\s*(?:[.;:]|$|,?\\s+(?:and|or|but)\\b))))${ADVERBS}${VERB}`,
    ),
    heads: ['are', 'is', 'am'],
    // "They noted that … the U.S. and UK are launching …", "at a time when we are …": a reported fact.
    notAfter: PROGRESSIVE_NOT_AFTER,
    example: 'We are taking steps to further reduce avenues for Russia to circumvent our financial measures',
  },
  // "DOJ and ATF are deploying new authorities from the Bipartisan Safer Communities Act to target
  // southbound firearms flows": work under way of a party's own, with a goal (gold-fresh hard cases 4
  // and 15). A progressive report with no goal ("is working on identifying ...") is no pledge.
  {
    id: 'commitment/progressive-goal',
    type: 'commitment',
    kind: 'pledge',
    modality: 'present',
    needsPartySubject: true,
    ownSubjectOnly: true,
    needsPurpose: true,
    pattern: pattern(
      `(?<head>are|is)\\s+${ADVERBS}(?!${alt([...NOT_GOAL_GERUNDS, ...PROGRESSIVE_RULE_GERUNDS, ...PROGRESSIVE_GERUNDS])}\\b)(?<verb>[a-z]+ing)(?![a-z])`,
    ),
    heads: ['are', 'is'],
    notAfter: PROGRESSIVE_NOT_AFTER,
    example: 'DOJ and ATF are deploying new authorities from the Bipartisan Safer Communities Act to target southbound firearms flows',
  },
  // "Italy and the United States are further collaborating on clean energy … projects", "we are
  // coordinating closely with the Ukrainian government so that these systems can be utilized rapidly":
  // the parties' own joint work under way, "on" or "with" after the gerund and no "to" goal (session 13;
  // the fitting gold sets code 4 of 4 such clauses as required commitments, 2 more as optional). Not
  // in one speaker's speech, where "we are working with …" reports a government's own record.
  // "is working on identifying best security practices" (a gerund after "on") stays out (src/extract/fresh-forms.test.ts).
  {
    id: 'commitment/progressive-joint-work',
    type: 'commitment',
    kind: 'pledge',
    modality: 'present',
    needsPartySubject: true,
    ownSubjectOnly: true,
    jointOnly: true,
    pattern: pattern(
      `(?<head>are|is)\\s+${ADVERBS}(?<verb>${alt(JOINT_WORK_GERUNDS)})(?=\\s+(?:(?:closely|together|jointly|further|trilaterally|bilaterally|intensively)\\s+)*(?:on(?!\\s+[a-z]+ing\\b)|with)\\b)`,
    ),
    heads: ['are', 'is'],
    notAfter: PROGRESSIVE_NOT_AFTER,
    example: 'Italy and the United States are further collaborating on clean energy, sustainable agriculture, and e-mobility projects',
  },
  // "We are strengthening commercial collaboration around AI chips", "Japan, the ROK, and the United
  // States also are expanding our cooperation on development …": the parties' cooperation grows, work
  // of their own under way (session 13; the fitting gold sets code such clauses as required or
  // optional commitments, none as no item). Joint statements only, as progressive-joint-work.
  {
    id: 'commitment/progressive-cooperation',
    type: 'commitment',
    kind: 'pledge',
    modality: 'present',
    needsPartySubject: true,
    ownSubjectOnly: true,
    jointOnly: true,
    pattern: pattern(
      `(?<head>are|is)\\s+${ADVERBS}(?<verb>${alt(COOPERATION_GROWTH_GERUNDS)})(?=\\s+(?:(?:our|their|the|this|[a-z]+al|[a-z]+-[a-z]+)\\s+){0,3}${alt(COOPERATION_NOUNS)}\\b)`,
    ),
    heads: ['are', 'is'],
    notAfter: PROGRESSIVE_NOT_AFTER,
    example: 'We are strengthening commercial collaboration around AI chips',
  },
  // "Guatemala and the United States announce a comprehensive program to manage irregular migration",
  // "we are announcing an enhanced trilateral partnership called …": the parties announce a scheme of
  // their own, set up by the announcement (session 13; ANNOTATION.md: borderline, the gold codes it
  // required once and optional twice). Joint statements only, as progressive-joint-work.
  {
    id: 'commitment/announce-own-scheme',
    type: 'commitment',
    kind: 'pledge',
    modality: 'present',
    needsPartySubject: true,
    ownSubjectOnly: true,
    jointOnly: true,
    pattern: pattern(
      `(?<!\\b(?:to|the|a|can|could|may|might|must|should|will|would)\\s+)(?<head>announce|announces|are\\s+announcing)\\s+(?:today\\s+)?(?:a|an)\\s+(?:[a-z-]+\\s+){0,3}?(?:program|programme|initiative|partnership|plan|fund|framework|dialogue|mechanism|strategy)(?![a-z])`,
    ),
    heads: ['announce', 'announces', 'are'],
    notAfter: PROGRESSIVE_NOT_AFTER,
    example: 'Guatemala and the United States announce a comprehensive program to manage irregular migration',
  },
  // "the ROK will apply the full range of its capabilities … This includes working in lockstep with the
  // United States to …": the concrete entry of the previous sentence's pledge (gold-fresh hard case 17).
  {
    id: 'commitment/includes-entry',
    type: 'commitment',
    kind: 'pledge',
    modality: 'decided',
    continuesPrevious: true,
    pattern: pattern(`(?<head>includes|include)\\s+(?<verb>[a-z]+ing)(?![a-z])`),
    heads: ['includes', 'include'],
    onlyAfter: INCLUDES_AFTER,
    example:
      'Japan will apply the full range of its capabilities. This includes working in lockstep with the United States to closely connect the capabilities',
  },
  // "We intend to expand collaborative efforts to … This includes expanded collaboration to prosecute
  // migrant smuggling …", "… This includes through new innovative financing mechanisms …": the entry of
  // the previous sentence's pledge named by an action noun or a means (session 12).
  {
    id: 'commitment/includes-noun-entry',
    type: 'commitment',
    kind: 'pledge',
    modality: 'decided',
    continuesPrevious: true,
    pattern: pattern(`(?<head>includes|include)\\s+(?:through|by|(?:${alt(INCLUDED_ACTION_MODIFIERS)}\\s+)*${alt(INCLUDED_ACTION_NOUNS)})(?![a-z])`),
    heads: ['includes', 'include'],
    onlyAfter: INCLUDES_AFTER,
    example:
      'We intend to expand collaborative efforts to combat smuggling of migrants. This includes expanded collaboration to prosecute migrant smuggling and human trafficking criminal organizations',
  },
  // "DOJ and ATF are deploying new authorities …, and working with Mexican counterparts to increase
  // firearms tracing": a second progressive action under the same "are", with its goal.
  {
    id: 'commitment/coordinated-progressive',
    type: 'commitment',
    kind: 'pledge',
    modality: 'present',
    needsPartySubject: true,
    pattern: pattern(
      `(?<head>working|partnering|cooperating|collaborating|coordinating)\\s+(?:(?:together|jointly|closely)\\s+)?(?:with\\s+[^,;.]{2,80}?\\s+)?to\\s+${ADVERBS}${VERB}`,
    ),
    heads: ['working', 'partnering', 'cooperating', 'collaborating', 'coordinating'],
    onlyAfter: /\b(?:are|is)\s+(?:[a-z]+ly\s+|also\s+)?[a-z]+ing\b[^.;:]*,?\s+and\s+$/,
    example: 'DOJ and ATF are deploying new authorities to target firearms flows, and working with Mexican counterparts to increase firearms tracing',
  },
  // "Going forward, the United States and Japan continue to collaborate toward ...": a present pledge
  // of ongoing work by the parties themselves (a call, a stance or a lasting state is none).
  {
    id: 'commitment/continue-present',
    type: 'commitment',
    kind: 'pledge',
    modality: 'present',
    needsPartySubject: true,
    ownSubjectOnly: true,
    pattern: pattern(
      `(?<!\\b(?:to|will|would|shall|and|must|may|can|should)\\s+)(?<!${OBLIGATION_BEFORE})(?<head>continue|continues)\\s+${ADVERBS}(?:to\\s+${ADVERBS})?${VERB}`,
    ),
    heads: ['continue', 'continues'],
    notVerbs: CONTINUING_STATE_VERBS,
    notAfter:
      /(?:\b(?:note|noted|notes|recogni[sz]e[sd]?|acknowledge[sd]?|observe[sd]?|welcome[sd]?|appreciate[sd]?|highlight(?:s|ed)?|said|state[sd]?|believe[sd]?|ensur(?:e|es|ed|ing)|(?<!\b(?:in|at|to|for|of|on|by|with|from|under|through)\s)that)\b[^;]*|\b(?:as|while|because|when|since|if|although|though|whereas|until|how|where|which|who)\s+)$/i,
    example: 'Going forward, the United States and Japan continue to collaborate toward a secure supply chain',
  },
  // "Today, we embark on a trilateral effort of 18 months to seek an optimal pathway"
  {
    id: 'commitment/performative',
    type: 'commitment',
    kind: 'pledge',
    modality: 'present',
    needsPartySubject: true,
    ownSubjectOnly: true,
    // "we can create quality jobs": what the parties are able to do, no act performed by saying it.
    pattern: pattern(
      `(?<!\\bto\\s+|\\bthe\\s+|\\ba\\s+|\\b(?:can|could|may|might|must|should)\\s+|${PERFECT_BEFORE})(?<head>${PERFORMATIVES})(?![\\p{L}]|\\s+that\\b)`,
    ),
    heads: words(PERFORMATIVE_WORDS),
    // "… a new chapter of cooperation as we inaugurate the Quad Fellowship": a circumstance, not the pledge.
    notAfter: /\b(?:as|while|when|whereas|because|since|if|although|though|until)\s+$/i,
    example: 'Today, we embark on a trilateral effort of 18 months to seek an optimal pathway',
  },
]

/**
 * The rule for a user lexicon's pledge verbs ("undertake" → "X undertakes to build ..."), read like
 * "commit to": present or past tense, "to" and an action, with a party as the subject.
 * @param verbs lower-case base forms; their -s, -ed and -d forms are added
 */
export function userPledgeRule(verbs: readonly string[]): AnchorRule {
  const forms = [...new Set(verbs.flatMap((v) => [v, `${v}s`, v.endsWith('e') ? `${v}d` : `${v}ed`]))]
  return {
    id: 'commitment/user-pledge-verb',
    type: 'commitment',
    kind: 'pledge',
    modality: 'present',
    needsPartySubject: true,
    pattern: pattern(`(?<head>${alt(forms)})\\s+${ADVERBS}(?:to|towards|toward)\\s+${ADVERBS}${VERB}`),
    heads: forms,
    example: 'the two countries undertake to build a new port',
  }
}
