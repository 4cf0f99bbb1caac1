// Pass 4: decide each clause's type, actors, modality, strength and whether it restates a pledge.
import type { ActorRole, ItemType, Modality, Strength } from '../../core/item.js'
import { findCountryMentions } from '../../lexicon/countries.js'
import { eventsNamed } from '../../lexicon/events.js'
import type { ExtractContext } from '../context.js'
import { isOwnNextMeeting } from '../lexicon/own-meeting.js'
import {
  EFFECT_PHRASES,
  EFFECT_VERBS,
  HAVE_NOUNS,
  HOPE_VERBS,
  IMPROVE_VERBS,
  INWARD_ORDER_VERBS,
  REAFFIRM_VERBS,
  SPEECH_VERBS,
  STATE_NOUNS,
  UNWILLED_VERBS,
  STATE_PREDICATES,
  BE_PLEDGE_PREDICATES,
  BE_PLEDGE_ROLES,
  IRREGULAR_PARTICIPLES,
  WEAK_VERBS,
} from '../lexicon/verb-classes.js'
import { RELATION_NOUNS } from '../lexicon/party-subjects.js'
import { alt } from '../rules/rule.js'
import type { Clause } from './03-clauses.js'
import { BELIEF_THAT, makeSubject, partiesOpening, resolveSubject, type Subject } from './02-subjects.js'
import { verbLemma } from '../verbs.js'
import { MONTHS, OCCASION } from '../lexicon/occasions.js'

/** A clause with everything but its offsets decided. */
export interface Classified {
  clause: Clause
  type: ItemType
  actors: string[]
  actorRole: ActorRole
  modality: Modality
  strength: Strength
  reaffirmed: boolean
}

const hopeVerbs = new Set(HOPE_VERBS)
const speechVerbs = new Set(SPEECH_VERBS)
const unwilledVerbs = new Set(UNWILLED_VERBS)
/** "call for", "call on / upon", "urge": the verb of a demand on others. */
const CALL_AFTER = /^(?:(?:[a-z]+ly|also|again|further|once\s+again|continue\s+to)\s+)*(?:call\s+(?:for|on|upon)|urge)\b/i
const effectVerbs = new Set(EFFECT_VERBS)
const improveVerbs = new Set(IMPROVE_VERBS)
/** A relationship or joint effort as the head of the subject: "this dialogue", "Our cooperation", "This long-term partnership". */
const RELATION_HEAD_RE = new RegExp(`\\b${alt(RELATION_NOUNS)}\\s*$`, 'i')
const weakVerbs = new Set(WEAK_VERBS)
const inwardOrderVerbs = new Set(INWARD_ORDER_VERBS)
/** The object of an order and its "to" + verb: "instruct the CCWG to reconvene". */
const ORDER_OBJECT = /^[a-z]+\s+(?:the|their|our|its|relevant|respective|[A-Z])[^.;:]{0,60}?\s(?:to|with)\s+(?:[a-z]+ly\s+)?([a-z]+)/
const EFFECT_PHRASE_RE = new RegExp(`^${alt(EFFECT_PHRASES)}\\b`, 'i')
// "These next 70 years will be the brightest yet", "will be vital to enabling support": a judgement, not a pledge.
const STATE_RE = new RegExp(`^be\\s+(?:${alt(STATE_PREDICATES)}\\b|(?:a|an|the|our|their|its)\\s+(?:[a-z-]+\\s+){0,2}?${alt(STATE_NOUNS)}\\b)`, 'i')
const HAVE_RE = new RegExp(`^(?:(?:[a-z]+ly|always|also|still|then)\\s+)*have\\s+(?:a|an|the|no|every)\\s+(?:[a-z-]+\\s+){0,2}?${alt(HAVE_NOUNS)}\\b`, 'i')
const REAFFIRM_RE = new RegExp(`\\b${alt(REAFFIRM_VERBS)}\\b`, 'i')
/** The modal and adverbs between a subject and its verb: " will further", " would also". */
const MODAL_TAIL = /(?:\s+(?:will|would|shall|also|further|thus|therefore|now|only|not|both|jointly))+\s*$/i
/** "including by Bangladesh:" right before a list's entries (entries joined by ";" may stand between). */
const BY_PARTY_LIST = /\bby\s+((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'-]*){0,3})\s*:[^:]*$/u
/** "the joint resolve", "their shared commitment": a pledge noun that belongs to more than one party. */
const JOINT_NOUN = /\b(?:joint|shared|mutual|common)\s+(?:resolve|commitment|determination|intention|intent|desire|resolution)\b/i
const LOOK_FORWARD = /^look\s+forward\b/i
/** "This effort … will bring together key countries": to convene is an act, not an effect. */
const CONVENE = /^bring\s+together\b/i
/** "(continue to) play an indispensable role": a role described. */
const ROLE_RE = /^(?:continue\s+to\s+)?play\s+(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,3}role\b/i
/** "will be / become", its adverbs, and the word after them: "will always be much stronger", "will certainly be needed". */
const BE_NEXT = /^(?:be|become)\s+(?:(?:[a-z]+ly|also|always|still|then|again|once\s+again|all|both|thus|therefore|too|even|never)\s+)*([a-z’'-]+)/i
/** What after "will be" still states an act or a stance taken: "ready to", "in close contact with", "a strong partner". */
const BE_PLEDGE_RE = new RegExp(
  `^(?:be|become)\\s+(?:(?:[a-z]+ly|also|always|still|then|again|all|both|too|even)\\s+)*(?:${alt(BE_PLEDGE_PREDICATES)}\\b|(?:(?:a|an|the|our|their|its)\\s+)?(?:[a-z-]+\\s+){0,3}?${alt(BE_PLEDGE_ROLES)}\\b)`,
  'i',
)
const irregularParticiples = new Set(IRREGULAR_PARTICIPLES)
/** Progress reported: "make (significant / effective) progress / gains / strides / headway". */
const PROGRESS_MADE = /^make\s+(?:[a-z-]+\s+){0,2}?(?:progress|gains|strides|headway)\b/i
/** A risk's or fear's "that" clause open before the clause: "there is a risk that we will undermine …" (not a relative: "risks that undermine"). */
const RISK_THAT =
  /\b(?:a|the|real|serious|grave|great|no)\s+(?:risk|danger|fear|possibility|likelihood)\s+that\s+(?:we|our|the|this|these|it|they|all|humanity|[A-Z])[^;:.]*$/
/** A failure of all as the condition: "If we fail to …, we will …", "if we do not act now, …" ("if Russia does not …, we will impose …" stays a pledge). */
const FAILURE_IF =
  /(?:^|[,;]\s*|\b(?:and|but)\s+)(?:if|should)\s+(?:we|the\s+world|humanity|the\s+international\s+community|all\s+of\s+us)\s+(?:(?:[a-z]+ly|also|all|collectively)\s+)*(?:fail|fails|do\s+not|does\s+not|don['’]t|cannot|can\s+not|continue\s+to\s+ignore)\b[^;:.]*$/i
/** A readiness or a first act later in the predicate: "will be most forthcoming and ready to sit down", "We will be the first country to invest hybrid capital". */
const BE_PLEDGE_NEAR = /\b(?:ready|prepared|willing)\s+to\b|^(?:be|become)\s+(?:[a-z]+ly\s+|also\s+)*the\s+first\s+(?:[a-z-]+\s+){0,5}?to\s+[a-z]/i
/** An amount after "will be": "more than €5 billion", "at least 0.7 per cent", "$4 billion". */
const BE_AMOUNT = /^(?:be|become)\s+(?:(?:more|less|fewer)\s+than\s+|at\s+least\s+|over\s+|up\s+to\s+|about\s+|around\s+)?(?:[$€£¥]|\d|US\$|USD)/i
/**
 * A pledge of support to the chair addressed ("stands ready to support you during your tenure", "We
 * pledge our full support to you in the successful execution of your duties"): a courtesy, no action tracked.
 */
const COURTESY_RE =
  /\b(?:support|cooperation|assistance|backing)\b[^.;]{0,40}?\byou\b|\byour\s+(?:tenure|presidency|term|stewardship|mandate|duties|election)\b/i

const PASSIVE_PLAN =
  /^be\s+(?:held|hosted|convened|launched|established|implemented|completed|signed|co-chaired|chaired|organi[sz]ed|expanded|extended|deployed|conducted|created|set up|made available|provided|delivered|finalized|finalised)\b/i

/**
 * Classifies one clause, or returns null when it is not an item (a prediction, a pledge of someone
 * else, a relative clause, a question).
 * @param sentence the sentence text
 * @param clause the clause (offsets relative to the sentence)
 * @param fallback the subject to use when the clause has none (the sentence's main subject)
 */
export function classifyClause(sentence: string, clause: Clause, fallback: Subject, ctx: ExtractContext): Classified | null {
  const { anchor, head } = clause
  const rule = anchor.rule
  let subject = head.subject.kind === 'none' ? (rule.sentenceSubject ? openingSubject(sentence, anchor.start, ctx) : fallback) : head.subject
  // "It also signals our intent to advance ...", "This reflects our commitment to ...": the
  // commitment named is the parties' own ("our"), whatever the grammatical subject.
  if (subject.kind === 'third' && subject.actors.length === 0 && rule.kind === 'noun' && /\bour\b/i.test(sentence.slice(anchor.start, anchor.verbStart)))
    subject = makeSubject('parties')
  // "Mr. Sullivan confirmed the U.S. commitment to deterring …", "The President and Mr. Finer reaffirmed
  // both countries’ commitment to addressing …": an official no party is resolved for states the
  // commitment of its owner, when the owner is one or more of the parties.
  if (subject.kind === 'third' && subject.actors.length === 0 && rule.kind === 'noun') {
    const owner = nounOwner(sentence.slice(anchor.start, anchor.verbStart), ctx)
    if (owner) subject = owner
  }
  if (rule.continuesPrevious) {
    if (!ctx.previousPledge) return null
    subject = makeSubject('party', ctx.previousPledge)
  }
  const verb = clause.verb ?? anchor.verb
  const after = sentence.slice(anchor.verbStart)
  let type: ItemType = rule.type
  let modality: Modality = rule.modality

  // "the Industrial Decarbonization Agenda (IDA) that decided to start …", "those who have decided to
  // stay": a decision or resolve inside a relative clause describes its noun, no pledge of the parties.
  if (head.relative && (rule.kind === 'modal' || rule.kind === 'pledge' || rule.kind === 'noun' || rule.kind === 'decision' || rule.kind === 'adjective'))
    return null
  if (rule.notVerbs && verb && rule.notVerbs.includes(verbLemma(verb) ?? verb)) return null
  if (rule.notAfter?.test(sentence.slice(0, clause.start))) return null
  // "we are working with our partners on …" in one speaker's speech reports a government's own record (session 13).
  if (rule.jointOnly && ctx.oneSpeaker) return null
  if (subject.kind === 'third') return null
  // A present-tense pledge needs its own subject: "we embark on", not "... and initiate discussions".
  if (rule.needsPartySubject) {
    const explicit = rule.ownSubjectOnly ? head.subject : subject
    // "The initiative aims to empower ...": the parties' own initiative may aim, seek, plan; a body of
    // theirs pledges with any verb ("The ICRTF expects to produce public reports …").
    const ownWorkAims =
      explicit.kind === 'own-work' && (explicit.body === true || /^(?:aims?|seeks?|plans?|intends?)$/i.test(sentence.slice(anchor.start).split(/\s/)[0] ?? ''))
    if (explicit.kind !== 'parties' && explicit.kind !== 'party' && !ownWorkAims) return null
  }
  // A question (read from the end, not by a regex tried at every character: speed).
  if (sentence.trimEnd().endsWith('?')) return null
  // "When we announced the AUKUS partnership in September 2021, we committed to set …", "at the June
  // G7 Leaders’ Summit in Germany, Leaders launched PGII and announced their intention to mobilize …":
  // a past decision placed at an earlier occasion is a pledge retold, not one of this meeting.
  if (rule.modality === 'decided' && PAST_HEAD.test(sentence.slice(anchor.start, anchor.verbStart)) && retoldLead(sentence.slice(0, clause.start), ctx))
    return null

  // "called for another SCC later in the year": the parties' own next meeting is no demand on others.
  if (rule.kind === 'call' && !anchor.verb && isOwnNextMeeting(sentence.slice(anchor.end))) type = 'position'
  // "I will speak frankly in this context", "I will now turn to …": a speaker's act of speaking.
  if (rule.kind === 'modal' && verb && speechVerbs.has(verbLemma(verb) ?? verb) && /^I\b/.test(sentence.slice(head.start, anchor.start))) return null
  // "we will always triumph", "will weigh heavily upon developing countries": what befalls, no act.
  if (rule.kind === 'modal' && verb && unwilledVerbs.has(verbLemma(verb) ?? verb)) return null
  // "I would call for ensuring that …", "we will call on all parties to …": a demand on others (a call).
  if (rule.kind === 'modal' && type === 'commitment' && CALL_AFTER.test(after) && !isOwnNextMeeting(after.replace(CALL_AFTER, ''))) type = 'call'
  if (rule.kind === 'modal') {
    // "The next meeting will be held in London": a schedule of the parties' own meeting, not a pledge.
    if (isOwnNextMeeting(sentence.slice(head.start, anchor.start))) return null
    // "will look forward to" is a hope; "will look for ways to / look into" explores (a weak pledge, ANNOTATION.md).
    // "I would like to congratulate … and to thank …": a coordinated action under a hope is the hope's too.
    const hoped = clause.part === 'coordinated' && anchor.verb !== null && anchor.verb !== verb && hopeVerbs.has(anchor.verb) && anchor.verb !== 'look'
    if (hoped || (verb && hopeVerbs.has(verb) && (verb !== 'look' || LOOK_FORWARD.test(after)))) {
      type = 'position'
      modality = 'hope'
    } else if ((subject.kind === 'own-work' || subject.grouping) && verb && effectVerbs.has(verb) && !PASSIVE_PLAN.test(after) && !CONVENE.test(after))
      return null
    // "These initiatives will build upon ASEAN-led mechanisms": what the parties' work rests on, no pledge.
    else if (subject.kind === 'own-work' && EFFECT_PHRASE_RE.test(after)) return null
    // "this dialogue will further enhance the strategic depth of …": a relationship improves, no one pledges.
    else if (
      subject.kind === 'own-work' &&
      anchor.verb &&
      improveVerbs.has(verbLemma(anchor.verb) ?? anchor.verb) &&
      // "Our collaboration in this new forum will enhance …": the head before a phrase of place decides.
      RELATION_HEAD_RE.test(
        sentence
          .slice(head.start, anchor.start)
          .replace(MODAL_TAIL, '')
          .replace(/\s+(?:in|within|under|through|at)\s+(?:this|the|our|these)\b.*$/i, ''),
      )
    )
      return null
    else if (verb === 'support' && /^support\s+(?:the|a|an|its|their)\b/i.test(after) && subject.kind === 'own-work') return null
    else if (verb === 'be' && STATE_RE.test(after)) return null
    // "we will always be much stronger", "we will be there forever", "Georgia will become part of that
    // fabric", "will certainly be needed tomorrow" (session 12, UN speeches): a state to come, no act.
    // A progressive ("will be taking the lead"), a stance taken ("will be ready to", "will be in close
    // contact"), a role ("will be a strong partner") and the passive of a subject that is the parties
    // or their work ("The Task Force will be chaired by …") stay.
    else if ((verb === 'be' || verb === 'become') && !beStatesPledge(after, head.subject.kind === 'none' && !ctx.oneSpeaker ? subject.kind : head.subject.kind))
      return null
    // "We would need to find out …", "surely we would choose …", "That would … undermine the efforts":
    // in one speaker's speech "would" is a hypothetical; reported pledges ("the leaders said they
    // would …") belong to joint statements (session 12).
    else if (type === 'commitment' && /^would\b/i.test(sentence.slice(anchor.start, anchor.start + 6)) && ctx.parties.length <= 1 && ctx.oneSpeaker) return null
    else if (verb === 'have' && HAVE_RE.test(after)) return null
    // "The Alliance will continue to play an indispensable role in upholding …": what a grouping or the
    // parties' work is for, a description (gold: position), not a pledge.
    else if ((subject.kind === 'own-work' || subject.grouping) && ROLE_RE.test(after)) type = 'position'
    // "we hope that the Middle East peace talks will also resume soon", "our conviction that the Quad,
    // acting as …, will be guided by …": a clause with no party subject of its own in a belief's "that" clause predicts.
    else if (head.subject.kind !== 'party' && head.subject.kind !== 'parties' && BELIEF_THAT.test(sentence.slice(0, head.start))) return null
    // "If we fail to deal with the tasks, there is a risk that we will undermine …", "if we do not act
    // now, we will face …": what a failure or a risk would bring, a warning, not a pledge (session 12).
    else if (RISK_THAT.test(sentence.slice(0, head.start)) || FAILURE_IF.test(sentence.slice(0, head.start))) return null
  }
  // "we continue to make progress", "Africa and the Gambia continue to make effective gains in …": a
  // report of progress in the present, no act undertaken (session 12; "will continue to make progress" stays).
  if (rule.kind === 'pledge' && /^continues?\b/i.test(sentence.slice(anchor.start, anchor.verbStart)) && PROGRESS_MADE.test(after)) return null
  // "stands ready to support you during your tenure": a courtesy to the chair (session 12).
  if (type === 'commitment' && COURTESY_RE.test(sentence.slice(clause.start, clause.end)) && ctx.oneSpeaker) return null
  // "They decided to instruct the CCWG to reconvene ...": an order to the parties' own body.
  if (type === 'commitment' && rule.kind === 'decision' && verb && inwardOrderVerbs.has(verbLemma(verb) ?? verb)) {
    const order = ORDER_OBJECT.exec(after)
    if (order && verbLemma(order[1]!) !== null) type = 'directive'
  }
  // "the Ministers decided" with a pledge: past tense of a decision is still a pledge of future action.
  let actors = subject.kind === 'party' || (subject.kind === 'parties' && subject.actors.length > 0) ? subject.actors : ctx.parties
  // "commit to address Bangladesh’s non-tariff barriers …, including by Bangladesh: accepting …; accepting …":
  // the entries of a list introduced by "by <party>:" are that party's.
  if ((clause.part === 'entry' || clause.part === 'whole') && clause.start > anchor.end) {
    const by = BY_PARTY_LIST.exec(sentence.slice(anchor.end, clause.start))
    const named = by ? resolveSubject(by[1]!, ctx) : null
    if (named && named.kind === 'party' && named.actors.length > 0) actors = named.actors
  }
  // "underscored that U.S. commitment to growing that initiative": the party whose commitment it is.
  if (rule.kind === 'noun' && actors.length > 1) {
    const owners = [...new Set(findCountryMentions(sentence.slice(anchor.start, anchor.verbStart)).map((c) => c.name))]
    if (owners.length === 1 && actors.includes(owners[0]!)) actors = owners
  }
  // "The United States commits to …, affirming the joint resolve to …": one party has no joint resolve;
  // a shared commitment, resolve or intention is all the parties'.
  if (
    rule.kind === 'noun' &&
    actors.length === 1 &&
    ctx.parties.length > 1 &&
    ctx.parties.includes(actors[0]!) &&
    JOINT_NOUN.test(sentence.slice(anchor.start, anchor.verbStart))
  )
    actors = ctx.parties
  const actorRole: ActorRole = type === 'directive' ? 'officials' : type === 'call' ? 'third-party' : 'parties'
  const lead = sentence.slice(clause.start, anchor.verbStart)
  const strength: Strength =
    clause.part === 'head' || (verb !== null && weakVerbs.has(verb)) || /\b(?:explore|consider|study|examine)\b/i.test(lead) ? 'weak' : 'firm'
  const reaffirmed =
    REAFFIRM_RE.test(sentence.slice(Math.max(0, clause.start - 0), anchor.verbStart)) ||
    /\breaffirm|reiterat|\brenew|recommit|\brecall/i.test(sentence.slice(anchor.start, anchor.verbStart))
  return { clause, type, actors: [...actors], actorRole, modality, strength, reaffirmed }
}

/**
 * After "will be / become" (the words from the verb on): true when the clause still states an act or a
 * stance the subject takes (a progressive, a stance or role of BE_PLEDGE_PREDICATES / BE_PLEDGE_ROLES,
 * or a passive whose subject is the parties or their work).
 */
function beStatesPledge(after: string, subjectKind: Subject['kind']): boolean {
  const next = BE_NEXT.exec(after)?.[1]?.toLowerCase()
  if (!next) return true
  if (next.endsWith('ing')) return true
  if (BE_PLEDGE_RE.test(after) || BE_PLEDGE_NEAR.test(after.slice(0, 80))) return true
  const own = subjectKind === 'party' || subjectKind === 'parties' || subjectKind === 'own-work'
  if (/(?:ed|en)$/.test(next) || irregularParticiples.has(next)) return own
  // "France’s annual climate funding … will be more than €5 billion in 2020": an amount the parties set.
  return own && BE_AMOUNT.test(after)
}

/** "both countries’", "the two governments’", "of the two governments": the owner of a pledge noun that names all the parties. */
const OWNER_PARTIES = new RegExp(
  `\\b(?:(?:both|${alt(['the two', 'the three', 'the four', 'our two', 'our'])})\\s+(?:countries|governments|nations|sides)['’]|of\\s+(?:both|the\\s+two|the\\s+three|the\\s+four|our\\s+two)\\s+(?:countries|governments|nations|sides)\\b)`,
  'i',
)

/**
 * The parties that own the pledge noun of an anchor's words ("confirmed the U.S. commitment to",
 * "reaffirmed both countries’ commitment to", "affirmed the intention of the two governments, …, to"),
 * or null when they name no party or one that is not a party.
 */
function nounOwner(words: string, ctx: ExtractContext): Subject | null {
  if (OWNER_PARTIES.test(words)) return makeSubject('parties')
  const named = [
    ...new Set(
      findCountryMentions(words)
        .filter((m) => !m.demonym || /^\s+(?:government|side)\b/i.test(words.slice(m.end)))
        .map((m) => m.name),
    ),
  ]
  if (named.length === 0 || ctx.parties.length === 0 || !named.every((n) => ctx.parties.includes(n))) return null
  return makeSubject(ctx.parties.every((p) => named.includes(p)) ? 'parties' : 'party', named)
}

/** A decision verb in the past tense: "committed", "agreed", "announced their intention". */
const PAST_HEAD = /^[a-z]+ed\b/i

/** True when the lead-in places what follows at a month or year before the document's date. */
function retoldLead(lead: string, ctx: ExtractContext): boolean {
  if (!ctx.documentDate || lead.length < 8) return false
  const year = Number(ctx.documentDate.slice(0, 4))
  const month = Number(ctx.documentDate.slice(5, 7))
  for (const m of lead.matchAll(OCCASION)) {
    if (!m[1] && !m[2]) continue
    const y = m[2] ? Number(m[2]) : year
    const mo = m[1] ? MONTHS.indexOf(m[1].toLowerCase()) + 1 : 12
    // "in September 2021" in 2023; "at the June … Summit" in a November document (a month earlier at least).
    if (y < year || (y === year && m[1] && mo < month - 1)) return true
  }
  // "In addition, in Elmau, we agreed to launch a price cap …" (in 2023): a summit's city, every
  // summit held there in an earlier year.
  const venue = VENUE_LEAD.exec(lead)
  if (venue) {
    const held = eventsNamed(`${venue[1]!} Summit`)
    if (held.length > 0 && held.every((e) => e.year < year)) return true
  }
  return false
}

/** A city opening a part of the lead-in, right before the subject: ", in Elmau, ". */
const VENUE_LEAD = /(?:^|[,;]\s*)[Ii]n\s+([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?),\s*$/u

/**
 * The parties named by the first words of a sentence ("The Ministers launched ..." → the Ministers),
 * the parties for a sentence that opens with the participle, else a third party.
 */
function openingSubject(sentence: string, anchorStart: number, ctx: ExtractContext): Subject {
  // "COMMITTING to engaging in ...": a declaration's preamble, spoken by the parties.
  // "Seeking to strengthen our relationship, the two countries have agreed to ...": a purpose, not a pledge.
  if (/^[\s\d.()]*$/.test(sentence.slice(0, anchorStart))) {
    const main = /,\s+(?=(?:the|we|they|both|our)\b|[A-Z])/.exec(sentence.slice(anchorStart))
    const named = main ? partiesOpening(sentence.slice(anchorStart + main.index + main[0].length), ctx) : null
    return named ? makeSubject('third') : makeSubject('parties')
  }
  return partiesOpening(sentence, ctx) ?? makeSubject('third')
}
