// Pass 2: where each anchor's clause starts, and who its subject is.
import { matchAll } from '../../core/match-all.js'
import { escapeRegExp } from '../../core/escape-regexp.js'
import { canonicalCountry, findCountryMentions, groupMembers, groupNamePattern } from '../../lexicon/countries.js'
import { leaderCountry } from '../../parse/lexicon/find-leader.js'
import type { MeetingRecord } from '../../core/meeting.js'
import type { ExtractContext } from '../context.js'
import { agencyEntries, PERSON_TITLES } from '../lexicon/agencies.js'
import { organisationParties } from '../../lexicon/organisation-parties.js'
import { ORGANISATIONS } from '../../lexicon/organisations.js'
import {
  BARE_PARTICIPANTS,
  BODY_NOUNS,
  COMPANY_HEADS,
  CONTINENT_PARTIES,
  DEMONYM_HEADS,
  ING_MODIFIERS,
  INSTITUTION_HEADS,
  MEMBER_NOUNS,
  OWN_WORK_NOUNS,
  PARTY_DETERMINERS,
  PARTY_NOUNS,
  REGION_PARTIES,
  PARTY_PRONOUNS,
  SENTENCE_OPENERS,
} from '../lexicon/party-subjects.js'
import { EFFECT_VERBS, REPORTING_VERBS } from '../lexicon/verb-classes.js'
import { alt } from '../rules/rule.js'
import { isGerund, verbLemma } from '../verbs.js'
import type { Anchor } from './01-find-anchors.js'

/** Who a subject phrase names. */
export type SubjectKind =
  /** All the meeting's parties ("the Ministers", "we", "both countries"). */
  | 'parties'
  /** Some of the parties by name ("Japan", "the United States and Mongolia", "Prime Minister Abe"). */
  | 'party'
  /** The parties' own joint work ("These initial efforts", "discussions"). */
  | 'own-work'
  /** Someone else: another country, "all parties", "climate change", "which". */
  | 'third'
  /** No subject in the clause (a coordinated verb: "..., and committed to identify ways"). */
  | 'none'

/** A resolved subject. */
export interface Subject {
  kind: SubjectKind
  /** Canonical names; empty for 'third', 'none' and 'own-work' (callers fill in the parties). */
  actors: string[]
  /** True when the subject is a grouping's or partnership's name alone ("AUKUS", "the Quad"), not the parties themselves. */
  grouping: boolean
  /** True when an 'own-work' subject is a body of the parties ("the Task Force", "the ICRTF"), which may take any pledge verb. */
  body: boolean
}

/**
 * A subject, made with every field in one order: all subjects share one hidden class, so the code
 * that reads them is not deoptimised the first time a grouping or a body turns up (session 13).
 * @example makeSubject('parties') // { kind: 'parties', actors: [], grouping: false, body: false }
 */
export function makeSubject(kind: SubjectKind, actors: string[] = [], flags: { grouping?: boolean; body?: boolean } = {}): Subject {
  return { kind, actors, grouping: flags.grouping === true, body: flags.body === true }
}

/** Where a clause starts and what its subject is. */
export interface ClauseHead {
  /** Offset (in the sentence) where the item's text starts: the subject, or the anchor when none. */
  start: number
  subject: Subject
  /** True when the anchor sits in a relative clause ("a framework that will ..."). */
  relative: boolean
}

// "why": "That is why we have committed to …", "…, which is why we commit to …" (the subject follows it).
// "that" after a preposition is a determiner ("Achieving the 17 Goals of that ambitious programme will …").
const BOUNDARY =
  /[,;:(—–]|\s-\s|\b(?:(?<!\b(?:of|in|on|at|for|with|by|from|under|through|about|into)\s)that|that(?=\s+(?:we|they|it|he|she|I|you|the|our|their|both|all|these|those)\b)|and|but|while|whereas|which|who|whom|where|when|why|because|if|although|though|whether|so|then|nor|or|as|once(?!\s+(?:again|more))|until|unless|since|after|before|where)\b/gi
const RELATIVE = /^(?:which|who|whom|where|when)$/i
/** A relative pronoun, then an aside set off by commas, right before the anchor. */
const RELATIVE_ASIDE = /\b(?:that|which|who)\s*,[^,;:]{1,120},$/i
/** "met in Washington on 13 January 2023 to ", "gathered today to ": a meeting and its purpose, right before the anchor. */
const PURPOSE =
  /\s(?:met|meet|meets|gathered|convened|held\s+(?:talks|a\s+meeting|a\s+summit|consultations)|came\s+together|spoke|conferred)\b(?:[^.;:]|\.(?=\S)){0,120}?\s(to)\s+$/
const PRONOUN_RE = new RegExp(
  `^(?:and\\s+|but\\s+|also\\s+|together,?\\s+)*${alt(PARTY_PRONOUNS)}(?:\\s+(?:also|further|both|all|together|jointly|therefore|each|now))*$`,
  'i',
)
const PARTY_PHRASE_RE = new RegExp(
  `^(?:and\\s+)?${alt(PARTY_DETERMINERS)}\\s+(?:[a-z-]+\\s+){0,3}?${alt(PARTY_NOUNS)}(?:\\s+and\\s+(?:[a-z-]+\\s+){0,3}?${alt(PARTY_NOUNS)})*$`,
  'i',
)
// "our coast guards", "the law enforcement agencies of the two governments", "officials from both governments"
const OWN_AGENCIES_RE =
  /^(?:our|the|both|their)\s+(?:[a-z-]+\s+){0,3}?(?:coast guards|militaries|armed forces|forces|navies|agencies|ministries|institutions|governments|officials|delegations|teams|experts|development finance institutions)(?:\s+of\s+(?:the\s+two|both|our|the\s+three|the\s+four)\s+(?:governments|countries|nations|sides))?$|^(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:agencies|officials|ministries|authorities|delegations)\s+(?:of|from)\s+(?:the\s+two|both|our|the\s+three|the\s+four)\s+(?:governments|countries|nations|sides)$/i
// "foreign ministers" in "our leaders and foreign ministers"
const BARE_PARTY_NOUN_RE = new RegExp(`^(?:[a-z-]+\\s+){0,2}?${alt(PARTY_NOUNS)}$`, 'i')
const OWN_WORK_RE = new RegExp(`^(?:our|these|this|the|such|all|both|bilateral|trilateral|joint|[a-z-]+\\s)?.{0,60}\\b${alt(OWN_WORK_NOUNS)}$`, 'i')
const OWN_WORK_HEAD_RE = new RegExp(`\\b(?:${alt(OWN_WORK_NOUNS)}|commitments)$`, 'i')
const REPORTING_RE = new RegExp(`\\b${alt(REPORTING_VERBS)}\\b(?:\\s+that\\b)?`, 'gi')
const PROPER_SEGMENT = /^(?:the\s+)?(?:[A-Z][\p{L}.'’-]*|of|and|the|&)(?:\s+(?:[A-Z][\p{L}.'’-]*|of|the|and|&))*$/u
const SIDE_RE = /\b(?:the\s+)?([A-Z][\p{L}.]+)\s+(?:side|government|delegation)\b/u
const TITLE_NAME_RE = new RegExp(`\\b${alt(PERSON_TITLES)}\\s+((?:[A-Z][\\p{L}.'’-]*\\s*){1,4})`, 'gu')

/** Per extraction context, the heads already found in the sentence read last: each with its anchor and floor. */
const knownHeads = new WeakMap<ExtractContext, { sentence: string; heads: Array<{ anchor: Anchor; floor: number; head: ClauseHead }> }>()

/**
 * Finds the start of an anchor's clause and resolves its subject.
 * Note: a sentence asks for the same anchor's head several times (its clauses, again for the
 * viable anchors, the check of a contested anchor, the main subject): each is found once per
 * sentence, and the same (unchanged) head is returned again.
 * @param sentence the sentence text
 * @param anchor the anchor (offsets relative to the sentence)
 * @param floor offset the clause may not start before (the end of the previous anchor's words)
 */
export function findClauseHead(sentence: string, anchor: Anchor, floor: number, ctx: ExtractContext): ClauseHead {
  let known = knownHeads.get(ctx)
  if (known?.sentence !== sentence) {
    known = { sentence, heads: [] }
    knownHeads.set(ctx, known)
  }
  for (const k of known.heads) if (k.anchor === anchor && k.floor === floor) return k.head
  const head = headOf(sentence, anchor, floor, ctx)
  known.heads.push({ anchor, floor, head })
  return head
}

function headOf(sentence: string, anchor: Anchor, floor: number, ctx: ExtractContext): ClauseHead {
  const prefix = sentence.slice(0, anchor.start)
  // "The leaders of Japan and the United States met in Washington on 13 January to reaffirm ...":
  // the pledge sits in the purpose of the meeting; its subject is the meeting's.
  const purpose = floor === 0 ? PURPOSE.exec(prefix) : null
  if (purpose && purpose.index > 0) {
    const subjectText = prefix.slice(0, purpose.index).trim()
    const subject = resolveSubject(subjectText, ctx)
    if (subject.kind === 'parties' || subject.kind === 'party')
      return { start: purpose.index + purpose[0].length - purpose[1]!.length - 1, subject, relative: false }
  }
  // Note: built in a loop into one array literal, not by filter/map: the arrays those return vary in
  // their elements kind, and each new kind met by a rarely run line below threw away this function's
  // optimised code (seven recompilations of it in the bench's first pass).
  const marks: Array<{ start: number; end: number; word: string }> = []
  for (const m of matchAll(prefix, BOUNDARY)) {
    if (m.index < floor) continue
    // "the Republic of Korea (ROK), and the United States": a bracket closed before the anchor is part of a name.
    if (m[0] === '(' && /^[^()]{1,40}\)/.test(prefix.slice(m.index + 1))) continue
    marks.push({ start: m.index, end: m.index + m[0].length, word: m[0].trim() })
  }
  let k = marks.length - 1
  // "Japan, the UK and other regional partners would ...": step back over a list of names.
  // "Japan, the Republic of Korea, and the United States are ...": a comma before "and" adds no name.
  while (k >= 0 && /^(?:,|and|or)$/i.test(marks[k]!.word)) {
    // "President Biden and President Yoon have committed": the auxiliary before the anchor is no part of the name.
    const last = k + 1 >= marks.length
    const piece = prefix.slice(marks[k]!.end, last ? prefix.length : marks[k + 1]!.start).trim()
    const after = last ? piece.replace(LAST_AUX, '') : piece
    // "…, I will continue to work": the speaker is no name of a list.
    if (after ? after === 'I' || !isNameLike(after) : k + 1 >= marks.length || marks[k]!.word !== ',' || !/^(?:and|or)$/i.test(marks[k + 1]!.word)) break
    const segment = prefix.slice(k > 0 ? marks[k - 1]!.end : floor, marks[k]!.start).trim()
    if (!segment) {
      if (marks[k]!.word === ',' || k === 0 || marks[k - 1]!.word !== ',') break
      k--
      continue
    }
    if (!isNameLike(segment)) break
    k--
  }
  // "The Interim Agreement between the United States and India will …": "between A and B" lies inside the subject.
  if (k >= 0 && k === marks.length - 1 && marks[k]!.word === 'and') {
    const at = prefix.slice(0, marks[k]!.start).search(BETWEEN_NAME)
    if (at >= 0) while (k >= 0 && marks[k]!.start > at) k--
  }
  const boundary = k >= 0 ? marks[k]!.end : floor
  const boundaryWord = k >= 0 ? marks[k]!.word : ''
  const region = sentence.slice(boundary, anchor.start)
  const trimmedStart = boundary + (region.length - region.trimStart().length)
  let start = trimmedStart
  // "4- France and Australia expressed …": a paragraph's printed label is no part of the subject.
  const label = LIST_LABEL.exec(sentence.slice(start, anchor.start))
  if (label) start += label[0].length
  const lead = /^(?:and|but|also|then|so|thus)\s+/i.exec(sentence.slice(start, anchor.start))
  if (lead) start += lead[0].length
  const subjectText = sentence.slice(start, anchor.start).trim()
  const relative =
    // "those who have decided to stay": an auxiliary alone after the pronoun is no subject either.
    ((!subjectText || LONE_AUX.test(subjectText)) && RELATIVE.test(boundaryWord.trim())) ||
    // "actions that, while enhancing ..., will also enable us ...": a relative pronoun before an aside.
    (!subjectText && boundaryWord === ',' && RELATIVE_ASIDE.test(sentence.slice(0, boundary))) ||
    (!subjectText &&
      /^that$/i.test(boundaryWord.trim()) &&
      !/\b(?:confirmed|agreed|affirmed|reaffirmed|decided|noted|stated|recognized|recognised|pledged|announced|view|belief|understanding|hope|ensure|ensuring)\s+that$/i.test(
        sentence.slice(0, boundary).trimEnd(),
      ))
  // "Further enhancement of relations between our economies, will lead to ...": a subject set off
  // by a comma before the modal of the sentence's first clause.
  if (!subjectText && boundaryWord === ',' && floor === 0 && anchor.rule.kind === 'modal') {
    const whole = sentence.slice(0, boundary - 1).trim()
    // "This, in turn, will set the stage ...", "Demand for critical minerals, which are essential
    // for ..., will expand ...": a subject with an aside set off by commas; its head decides.
    const aside = ASIDE.exec(whole)
    if (aside && !/[,;:()]/.test(whole.slice(0, aside.index))) {
      // "That is why the Kingdom of the Netherlands, together with our friends from Tajikistan, will be
      // hosting …": the subject after "why", read whole first (a party's name may hold an "of").
      const phrase = whole
        .slice(0, aside.index)
        .trim()
        .replace(/^.*\b(?:why|because)\s+/i, '')
      const named = resolveSubject(phrase, ctx)
      if (named.kind === 'party' || named.kind === 'parties') return { start: whole.lastIndexOf(phrase), subject: named, relative }
      const head = resolveSubject(phrase.split(/\s+(?:of|between|among|with|for|in|on|to|by)\s+/i)[0]!, ctx)
      // ("That resettlement mechanism, together with …, will give hope": the parties' work predicts an effect.)
      if (head.kind === 'third' || head.kind === 'own-work') return { start: 0, subject: head, relative }
    }
    if (/[,;:()]/.test(whole)) {
      // "Borders that are more resilient, more efficient, and safer, will enhance …", "…, underscoring that
      // an armed attack on Philippine armed forces, public vessels, or aircraft …, would invoke …": a noun
      // phrase opens the clause (the sentence, or a "that" clause after a verb) and runs on with commas
      // to the modal; where its head names no one of the parties, it is the subject, and no pledge. ("Mexico,
      // as host of the summit, will convene …": a party so set off is the subject, and the item starts there.)
      const clause = whole.replace(COMPLEMENT_BEFORE, '')
      const opening = COMMA_SUBJECT.exec(clause)
      if (opening && !OPENER_WORD.test(opening[1]!)) {
        // "My country, Poland, joining forces with its allies, will do its utmost …": a name in apposition is the subject.
        const apposition = clause.split(',')[1]?.trim() ?? ''
        const named = apposition && isNameLike(apposition) ? resolveSubject(apposition, ctx) : null
        const head = named && (named.kind === 'party' || named.kind === 'parties') ? named : resolveSubject(opening[1]!, ctx)
        // (A country outside the parties is left alone: "Andorra, committed to …, will always support …" where the
        // record names the party "Principality of Andorra".)
        if (head.kind === 'third' && head.actors.length === 0 && !PARTY_LIKE_WORD.test(opening[1]!)) return { start: anchor.start, subject: head, relative }
        if (head.kind === 'party' || head.kind === 'parties') return { start: whole.length - clause.length, subject: head, relative }
      }
      return { start: anchor.start, subject: makeSubject('none'), relative }
    }
    // The head of the phrase decides: "Further enhancement of relations between Japan and ..." is no party.
    const headPhrase = whole.split(/\s+(?:of|between|among|with|for|in|on|to|by)\s+/i)[0]!
    const subject = headPhrase ? resolveSubject(headPhrase, ctx) : null
    if (subject && (subject.kind === 'third' || subject.kind === 'own-work')) return { start: 0, subject, relative }
  }
  // "Doing so will help us make progress ...": an activity as the subject predicts an effect.
  if (!subjectText && /^so$/i.test(boundaryWord) && anchor.rule.kind === 'modal') {
    const doer = GERUND_BEFORE_SO.exec(sentence.slice(0, boundary))
    if (doer && (isGerund(doer[1]!) || /^doing$/i.test(doer[1]!)) && !ING_MODIFIERS_SET.has(doer[1]!.toLowerCase()))
      return { start: sentence.lastIndexOf(doer[1]!, boundary), subject: makeSubject('third'), relative }
  }
  // "… emphasized that further strengthening of bilateral cooperation was in mutual interest … and
  // would also help in furthering …": a modal coordinated with a "that" clause's "is / was" shares
  // that clause's subject, not the sentence's.
  // Only a verb of effect ("help", "contribute", "lead") is read so: "We are united in recognizing that
  // climate change is a global priority and will work to …" keeps the sentence's subject.
  // So is any verb after a belief's "that" clause: "We hold an unshakeable belief that cooperation … is
  // indispensable … and will set the stage for …".
  if (
    !subjectText &&
    /^and$/i.test(boundaryWord) &&
    anchor.rule.kind === 'modal' &&
    anchor.verb &&
    (EFFECT_VERB_SET.has(verbLemma(anchor.verb) ?? anchor.verb) || BELIEF_THAT.test(sentence.slice(0, boundary)))
  ) {
    const shared = COPULA_BEFORE_AND.exec(sentence.slice(0, boundary))
    if (shared) {
      const subject = resolveSubject(shared[1]!.split(/\s+(?:of|between|among|with|for|in|on|to|by)\s+/i)[0]!, ctx)
      if (subject.kind === 'third' || subject.kind === 'own-work') return { start: anchor.start, subject, relative }
    }
  }
  // "Several Allies – including Canada, Norway, Spain, and the United Kingdom – will continue to …": the
  // subject stands before an aside set off by dashes; its head decides.
  if (!subjectText && /^(?:—|–|-)$/.test(boundaryWord) && floor === 0) {
    const open = Math.max(prefix.lastIndexOf('–', boundary - 2), prefix.lastIndexOf('—', boundary - 2), prefix.lastIndexOf(' - ', boundary - 3))
    const before = open > 0 ? prefix.slice(0, open).trim() : ''
    if (before && !/[,;:()—–]/.test(before)) {
      const subject = resolveSubject(before.split(/\s+(?:of|between|among|with|for|in|on|to|by)\s+/i)[0]!, ctx)
      if (subject.kind !== 'none') return { start: 0, subject, relative }
    }
  }
  if (!subjectText) return { start: anchor.start, subject: makeSubject('none'), relative }
  // "Prime Minister Abbott welcomed the expertise New Zealand will bring": a relative clause without
  // "that" on the object of a welcome; its pledge describes the object, no item of its own.
  if (CONTACT_RELATIVE.test(prefix.trimEnd())) return { start, subject: resolveSubject(subjectText, ctx), relative: true }
  if (floor === 0 && PRONOUN_SUBJECT.test(subjectText)) {
    const pronoun = pronounSubject(subjectText, sentence.slice(0, start), ctx)
    if (pronoun) return { start, subject: pronoun, relative }
  }
  const subject = resolveSubject(subjectText, ctx)
  // "Through strong and principled leadership we will ...", "As a part of this effort we are committed
  // to ...": a phrase opening the sentence, with no comma, before the pronoun that is the subject (a
  // boundary word inside the phrase, "and" or "as", cut it short).
  if (subject.kind === 'third' && floor === 0 && /\s(?:we|they)$/i.test(subjectText)) {
    const opener = OPENER_PRONOUN.exec(prefix)
    if (opener) return { start: opener.index + opener[1]!.length, subject: makeSubject('parties'), relative }
  }
  // "Australian military and civilian personnel will embed …": "and" joins two modifiers of one head,
  // not two subjects; the words from the boundary before it name the party.
  if (subject.kind === 'third' && boundaryWord === 'and' && k >= 0 && /^[a-z][a-z-]*\s+[a-z-]+$/.test(subjectText)) {
    const from = k > 0 ? marks[k - 1]!.end : floor
    const whole = sentence.slice(from, anchor.start).trim()
    const joined = whole ? resolveSubject(whole, ctx) : null
    if (joined && joined.kind === 'party' && DEMONYM_LEAD.test(whole)) return { start: sentence.indexOf(whole, from), subject: joined, relative }
  }
  // "Under an arrangement between NSF and DST, both sides will fund ...": a list of names stepped
  // back over too far; the words after the last comma are the subject when they name the parties.
  const comma = subjectText.lastIndexOf(',')
  if (subject.kind === 'third' && comma > 0) {
    const tail = subjectText.slice(comma + 1).trim()
    const own = tail ? resolveSubject(tail, ctx) : null
    if (own && (own.kind === 'parties' || own.kind === 'party')) return { start: start + subjectText.lastIndexOf(tail), subject: own, relative }
  }
  return { start, subject, relative }
}

/** A belief, conviction or confidence and its "that" clause: "an unshakeable belief that …". */
export const BELIEF_THAT =
  /\b(?:belief|beliefs|believe|believes|believed|conviction|convinced|confident|confidence|hope|hopes|hoped|trust|sure|certain|expect|expects|expectation)\s+that\b[^;:.]*$/i
/** "that <subject> was in mutual interest of both countries and": a "that" clause with a copula, right before "and". */
const EFFECT_VERB_SET = new Set(EFFECT_VERBS)
const COPULA_BEFORE_AND = /\bthat\s+([^,;:]{3,80}?)\s+(?:is|are|was|were)\s+[^,;:]{1,160}?\s+and$/i
/** A welcome's object and the name that opens a relative clause without "that": "welcomed the expertise New Zealand". */
const CONTACT_RELATIVE =
  /\b(?:welcome[sd]?|appreciate[sd]?|praise[sd]?|commend(?:s|ed)?|acknowledge[sd]?|value[sd]?|recogni[sz]e[sd]?|note[sd]?|highlight(?:s|ed)?)\s+(?:the|a|an|this|these)\s+(?:(?!(?:and|or|but|while|whereas|as|so|because|since|if|when|today)\s)[a-z-]+\s+){1,3}(?:the\s+)?[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3}$/u
/** A phrase that opens with a nationality: "Australian military and civilian personnel". */
const DEMONYM_LEAD = /^(?:the\s+)?\p{Lu}[\p{L}.]*(?:an|ian|ese|ish|i|ch)\s+[a-z]/u
/** A subject that is a bare "it" or "they" (an adverb after it allowed). */
const PRONOUN_SUBJECT = /^(?:it|they)(?:\s+(?:also|further|now|therefore))?$/i
/** The sentence's opening name before its verb, after a subordinator: "As France assumes …", "The United States affirms that …". */
const OPENING_NAME =
  /^\s*(?:(?:As|While|When|Since|Because|If|Although|Once|Where)\s+)?((?:the\s+)?(?:[A-Z][\p{L}.’'-]*\s+)*?[A-Z][\p{L}.’'-]*)\s+(?:[a-z]+s|[a-z]+ed)\b/u

/**
 * "As France assumes the Presidency …, it will keep the United States informed", "The United States
 * affirms that it intends to …": "it" is the one party that opens the sentence; "… with the belief
 * that they will continue to guide our partnership": after "we" / "our", "they" are others.
 * Null where neither applies (the subject is read as before).
 */
function pronounSubject(subjectText: string, prefix: string, ctx: ExtractContext): Subject | null {
  if (/^they/i.test(subjectText)) return /\b(?:we|our|us)\b/i.test(prefix) ? makeSubject('third') : null
  const opening = OPENING_NAME.exec(prefix)
  if (!opening) return null
  const named = resolveSubject(opening[1]!, ctx)
  return named.kind === 'party' && named.actors.length === 1 ? named : null
}

/**
 * Resolves a subject phrase to the parties it names.
 * @example resolveSubject('Japan and the UK', ctx) // { kind: 'party', actors: ['Japan', 'United Kingdom'] }
 */
export function resolveSubject(text: string, ctx: ExtractContext): Subject {
  const known = ctx.subjects.get(text) as Subject | undefined
  if (known) return known
  const subject = resolveUncached(text, ctx)
  ctx.subjects.set(text, subject)
  return subject
}

function resolveUncached(text: string, ctx: ExtractContext): Subject {
  // "the Ministers confirmed discussions": the inner subject decides unless it is the parties' own work.
  const reports = matchAll(text, REPORTING_RE)
  if (reports.length > 0) {
    const last = reports[reports.length - 1]!
    const inner = text.slice(last.index + last[0].length).trim()
    const outer = text.slice(0, last.index).trim()
    const innerSubject = inner ? resolveSimple(inner, ctx) : makeSubject('none')
    if (innerSubject.kind === 'own-work' || innerSubject.kind === 'none') {
      const outerSubject = outer ? resolveSimple(outer, ctx) : innerSubject
      return outerSubject.kind === 'none' ? innerSubject : outerSubject
    }
    return innerSubject
  }
  return resolveSimple(text, ctx)
}

/** After a nationality adjective, the words that make it name the party ("the Japanese side"). */
const DEMONYM_HEAD_RE = new RegExp(`^\\s*${alt(DEMONYM_HEADS)}\\b`, 'i')
/** After a nationality adjective, a capitalised institution's name: "Kenyan Foreign Service Academy". */
const INSTITUTION_RE = new RegExp(`^\\s+(?:[A-Z][\\p{L}-]*\\s+){0,3}${alt(INSTITUTION_HEADS)}\\b`, 'u')
/** After a country's name, a company or the private sector: "UAE-based companies", "Vietnam Airlines". */
const COMPANY_RE = new RegExp(`^[\\s-]+${alt(COMPANY_HEADS)}\\b`, 'i')
/** An auxiliary (or two) between a subject and its anchor: "President Yoon have (also) committed". */
const LAST_AUX = /(?:\s+(?:have|has|had|are|is|was|were|will|would|shall|also|both|jointly|together|further|therefore|thus|hereby|collectively)){1,3}$/i
const ING_MODIFIERS_SET = new Set(ING_MODIFIERS)
/**
 * ", which are essential for clean energy," / ", in turn," / ", together with the relocation mechanism,"
 * / ", Mr. President," (a speech's address, session 12): an aside between a subject and its modal.
 */
const ASIDE =
  /,\s*(?:which|who|whose|in\s+turn|however|moreover|therefore|thus|in\s+particular|as\s+a\s+result|together\s+with|along\s+with|alongside|in\s+addition\s+to|(?:mr\.?|madam|madame|mister|sir)\s+(?:president|secretary-general|chair|chairman|chairperson))\b[^,;:()]*$/i
const BARE_PARTICIPANTS_RE = new RegExp(
  `^(?:${BARE_PARTICIPANTS.map((w) => w[0]!.toUpperCase() + w.slice(1).replace(/ ([a-z])/g, (_, c: string) => ` [${c}${c.toUpperCase()}]`)).join('|')})$`,
)
/** Up to the last "that" clause after a verb: "President Biden reaffirms …, underscoring that ". */
const COMPLEMENT_BEFORE = /^.*\b[a-z]+(?:ing|ed|es|s)\s+that\s+/s
/**
 * A noun phrase (a determiner and up to four words, an "of" among them) before a relative pronoun, another
 * preposition or a comma: "Borders", "an armed attack", "The Government of the Philippines".
 */
const COMMA_SUBJECT =
  /^((?:(?:the|a|an|any|such|these|those|this|that)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)(?=\s+(?:that|which|who|on|in|to|for|by|with|against|from)\b|,)/iu
/**
 * A word that may name the parties in a multilateral text though the subject reader does not resolve it
 * ("All participants, consistent with national law, will …", "Each of us, …, will …", "our response"):
 * such a phrase before the commas stays as it was (no subject, so the parties').
 */
const PARTY_LIKE_WORD =
  /\b(?:participants?|participating|members?|signator(?:y|ies)|partners?|officials?|countries|country|governments?|states?|nations?|leaders?|ministers?|sides?|delegations?|endorsers?|endorsing|us|we|our|each|all|both)\b/i
/** The first word of an opening adverbial, not a subject: "In addition, …", "Under the plan, …". */
const OPENER_WORD =
  /^(?:in|on|at|under|through|as|to|by|with|for|from|following|after|before|during|since|while|when|if|although|though|because|once|upon|within|beyond|besides|building|recalling|recognizing|recognising|noting|welcoming|mindful|together|today|furthermore|moreover|additionally|also|finally|further|likewise|similarly|specifically|accordingly|therefore|thus|however|indeed|now|here|there|first|second|third|lastly)\b/i
/** "Doing so" right before "will / would": the gerund that opens the clause. */
const GERUND_BEFORE_SO = /(?:^|[.;:]\s+|,\s+)([A-Za-z]+ing)\s+so$/
const LEADING_ADVERBIAL =
  /^(?:(?:today|together|now|[a-z]+ly|in addition|additionally|furthermore|moreover|finally|accordingly|as such|in particular|in this regard|to this end|through [^,]+|in [a-z][^,]*|under [^,]+|building on [^,]+|as part of [^,]+|with [^,]+|for [^,]+),?\s+)+/i
const TRAILING_AUX =
  /\s+(?:will|would|shall|can|must|may|are|is|was|were|have|has|had|be|been|remain|remains|remained|also|all|both|together|jointly|each|now|further|therefore|thus|collectively|fully|firmly|deeply|strongly|today|again|still|hereby|already|themselves|ourselves)$/i
// "In space we", "Through these consultations we" — but not "the investments we" (a relative clause).
/** A sentence's opening phrase (no punctuation) and the subject pronoun after it: "In our industrial and innovation sectors we". */
// "As global, outward looking nations we remain committed …" (session 13, pages dev5): the comma of
// an adjective series (a lower-case word after it, and another) does not end the opener.
const OPENER_PRONOUN = new RegExp(
  `^([\\s\\d.()]*)(?:(?:and|but)\\s+)?${alt(SENTENCE_OPENERS)}\\s(?:[^,;:.!?()]|,(?=\\s+[a-z][a-z-]*\\s+[a-z]))*?\\s(?:we|they)\\s*$`,
  'i',
)
const TAIL_PRONOUN = /^(?:in|on|at|for|with|through|by|from|under|over|within|across|beyond|via|as part of|together with|building on)\b[^,]*\s(we|they)$/i

/** A name of up to eight words, every word but "the", "of", "for", "and" capitalised. */
const LONG_NAME =
  /^(?!(?:Within|Among|Across|Beyond|Following|Despite|Throughout|Against|Toward|Towards|Upon|Via|Without|Amid|Alongside|Building|Given|Under|Through|During|Since|After|Before|With|For|In|On|At|By|From|To|As|Over)\b)(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|for|and|the))+$/u

/** A paragraph's printed label left in its first sentence: "4- ", "12) ", "(a) ", "- ". */
const LIST_LABEL = /^(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]|\d{1,3}\s?[-–]|[-–•*])\s+(?=\p{Lu})/u

/** "between the United States" right before an "and": the first name of a "between A and B". */
const BETWEEN_NAME = /\bbetween\s+[^,;:]{1,60}$/i
/** A subject phrase's head before "between": "The Interim Agreement between A and B". */
const BETWEEN = /^(.+?)\s+between\s+\S/i

/** Words that, alone before an anchor, are no subject: "and have reaffirmed", "and therefore recommit". */
const LONE_AUX = /^(?:have|has|had|therefore|also|further|thus|fully|strongly|jointly|in particular)$/i

/** "they" (with "all", "both" or an adverb after it), or "they" after an opening phrase. */
const THEY = /(?:^|\s)they(?:\s+(?:also|further|both|all|together|jointly|therefore|each|now))*$/i

function resolveSimple(text: string, ctx: ExtractContext): Subject {
  // An opening quotation mark ('“We intend to …'): the quoted words are the parties' own.
  let t = text
    .replace(/^[“"‘']+/, '')
    .replace(LEADING_ADVERBIAL, '')
    .trim()
  for (let prev = ''; prev !== t;) {
    prev = t
    t = t.replace(TRAILING_AUX, '').trim()
  }
  // "… and have reaffirmed the willingness to …", "and therefore recommit to …": an auxiliary or a
  // linking adverb left alone is no subject either (an adverb of time, "today", stays as before).
  if (LONE_AUX.test(t)) return makeSubject('none')
  if (!t) return makeSubject('none')
  // "As long as they are fine with them, they will call upon them" (one country's speech, an "I" in it):
  // one party speaks of itself as "we", "I" or by name; "they" are others. (A statement whose record
  // found one party only, "Theyreaffirmed their determination …", keeps "they" as the parties.)
  if (ctx.parties.length <= 1 && THEY.test(t) && ctx.oneSpeaker) return makeSubject('third')
  // "your actions, Mr. President, will help to make …": the one addressed is no party (session 12).
  if (/^(?:your|you)\b/i.test(t)) return makeSubject('third')
  if (/^i$/i.test(t) || PRONOUN_RE.test(t) || TAIL_PRONOUN.test(t)) return makeSubject('parties')
  // "CRI members are committed to …", "The ICRTF expects to …", "This advisory panel will …": the
  // parties' own grouping, its members, or a body the text sets up (before the names: "CRI" is no Costa Rica).
  const own = ownSubject(t, ctx)
  if (own) return own
  // "Countries expressed intent to ...": a chair's statement's bare word for the participating
  // governments, capitalised as the clause's first word ("where countries will" names no party).
  if (BARE_PARTICIPANTS_RE.test(t)) return makeSubject('parties')
  // "Increasing Quad engagement ... will ensure ...", "coordinating and collaborating on ... will
  // enhance ...": an activity as the subject predicts an effect; no party pledges anything.
  const first = /^[A-Za-z]+/.exec(t)?.[0] ?? ''
  if (isGerund(first) && !ING_MODIFIERS_SET.has(first.toLowerCase())) return makeSubject('third')
  // "The Interim Agreement between the United States and India will include …": the names after
  // "between" say what the thing is between; its head decides who (if anyone) pledges.
  const between = BETWEEN.exec(t)
  if (between && findCountryMentions(between[1]!).length === 0 && !PARTY_PHRASE_RE.test(between[1]!)) return resolveSimple(between[1]!, ctx)
  const named = namedParties(t, ctx)
  if (named.length > 0) {
    const outside = ctx.parties.length > 0 ? named.filter((n) => !ctx.parties.includes(n)) : []
    const inside = named.filter((n) => !outside.includes(n))
    if (inside.length === 0) return makeSubject('third', outside)
    const all = ctx.parties.length > 0 && ctx.parties.every((p) => inside.includes(p))
    // "The Quad Leaders’ Summit in Hiroshima", "current G7 commitments to these instruments": the
    // parties' work named after them, which may predict an effect like a grouping's name alone.
    const grouping =
      (/^(?:the\s+)?[A-Z][A-Za-z0-9-]*$/.test(t) || OWN_WORK_HEAD_RE.test(t.replace(/\s+(?:in|of|on|to|for)\s+.*$/, ''))) && findCountryMentions(t).length === 0
    return makeSubject(all ? 'parties' : 'party', inside, { grouping })
  }
  if (OWN_AGENCIES_RE.test(t)) return makeSubject('parties')
  // "CRI members are committed to …", "The CRI is committed …" at the "Second CRI Summit": the initiative
  // that meets, named by the abbreviation of its own title, and its members are the parties (session 12).
  const initiative = ownInitiative(t, ctx)
  if (initiative) return initiative
  // "the Alliance", "our Alliance": the parties' own alliance.
  // Like a grouping's name, it may predict an effect or describe a role ("The Alliance will continue to play …").
  if (/^(?:[Tt]he|[Oo]ur|[Tt]his)\s+(?:[\p{L}.-]+\s+)?Alliance$/u.test(t)) return makeSubject('parties', [], { grouping: true })
  // "the United Nations will take on board …": the organisation's name, not "the (two) nations".
  if (/\bUnited\s+Nations\b/.test(t) && !ctx.parties.includes('United Nations')) return makeSubject('third')
  if (PARTY_PHRASE_RE.test(t) && !/\b(?:other|all other|third|some|many|several|developing|partner)\s+(?:countries|nations|states|partners)\b/i.test(t)) {
    return makeSubject('parties')
  }
  // "obstacles to the IAEA’s work": work that a possessive gives to someone else is no work of the parties.
  if (OWN_WORK_RE.test(t.replace(/\s*\([^)]*\)$/, '')) && !/\b(?:their|its|his|her)\b/i.test(t) && !othersWork(t, ctx))
    return BODY_HEAD_RE.test(t.replace(/\s*\([^)]*\)$/, '')) ? makeSubject('own-work', [], { body: true }) : makeSubject('own-work')
  if (regionCoversParties(t, ctx)) return makeSubject('parties')
  return makeSubject('third')
}

/** Words for the members of an initiative after its abbreviation: "CRI members", "the C5+1 partners". */
const INITIATIVE_MEMBERS = /^(?:the\s+)?(\S+)(\s+(?:members|member\s+states|partners|participants|countries|governments))?$/

/** The parties, when the subject is the meeting's own initiative by the abbreviation in its title, or its members. */
function ownInitiative(t: string, ctx: ExtractContext): Subject | null {
  if (ctx.own.initiative.length === 0) return null
  const m = INITIATIVE_MEMBERS.exec(t)
  if (!m || !ctx.own.initiative.includes(m[1]!)) return null
  return m[2] ? makeSubject('parties') : makeSubject('parties', [], { grouping: true })
}

/** True when `name` stands in `text` as a whole word: "ATF" is not the end of "FATF", "DOE" not the start of "DOES". */
function includesWord(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32
    const after = at + name.length < text.length ? text.charCodeAt(at + name.length) : 32
    if (!isWordCode(before) && !isWordCode(after)) return true
  }
  return false
}
const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/** A possessive before the last words: "the IAEA’s work", "the Agency's efforts". */
const OTHERS_WORK = /((?:\S+\s+){0,4}?[\p{L}.)]+)[’']s?\s+(?:[a-z-]+\s+){0,2}[a-z-]+$/u
/** Owners that are no one else: "Today’s framework", "this year’s dialogue", "the countries’ efforts". */
const OWN_OWNER = /\b(?:today|tomorrow|year|week|month|decade|countries|nations|governments|leaders|partners|sides|parties|ministers)$/i

const OWNER_TITLE = new RegExp(`^${alt(PERSON_TITLES)}\\b`)

/** True for work that a possessive gives to someone who is neither the parties nor a time ("the IAEA’s work"). */
function othersWork(t: string, ctx: ExtractContext): boolean {
  const m = OTHERS_WORK.exec(t)
  if (!m) return false
  const owner = m[1]!.replace(/^(?:the|our|this|that)\s+/i, '')
  if (OWN_OWNER.test(owner)) return false
  // "President Abdullah Yameen Abdul Gayoom’s development efforts": a leader not known by name may be the party's own.
  if (OWNER_TITLE.test(owner)) return false
  return !namedParties(owner, ctx).some((n) => ctx.parties.length === 0 || ctx.parties.includes(n))
}

const REGION_SUBJECT = new RegExp(
  `^(?:${alt(Object.keys(REGION_PARTIES))})(?:\\s+and\\s+(?:${alt(Object.keys(REGION_PARTIES))}))?\\s+(?:governments|countries|nations|leaders|ministers|foreign ministers)$`,
  'i',
)

/** "North American governments", "African and European Ministers": regions that together are the meeting's parties. */
function regionCoversParties(text: string, ctx: ExtractContext): boolean {
  if (ctx.parties.length === 0 || !REGION_SUBJECT.test(text)) return false
  const regions = Object.keys(REGION_PARTIES).filter((r) => new RegExp(`\\b${r}\\b`, 'i').test(text))
  const covered = regions.map((r) => REGION_PARTIES[r]!.filter((p) => ctx.parties.includes(p)))
  return covered.every((c) => c.length > 0) && ctx.parties.every((p) => covered.some((c) => c.includes(p)))
}

/** Adds a name once. (A function of the module, not a closure made per subject: speed.) */
function addName(names: string[], n: string | null | undefined): void {
  if (n && !names.includes(n)) names.push(n)
}

/** Countries, groupings and people named in a subject phrase, as canonical party names. */
function namedParties(text: string, ctx: ExtractContext): string[] {
  const names: string[] = []
  for (const m of findCountryMentions(text)) {
    // A nationality adjective names a party only as "the Japanese side/government", "U.S. and Mexican officials".
    if (
      m.demonym &&
      ((!DEMONYM_HEAD_RE.test(text.slice(m.end)) && !INSTITUTION_RE.test(text.slice(m.end))) ||
        /\b(?:North|South|Central|Latin)[\s-]+$/.test(text.slice(0, m.start)))
    )
      continue
    if (COMPANY_RE.test(text.slice(m.end))) continue
    // "additional production in India" is not India; "the Government of Japan" is.
    const before = text.slice(0, m.start)
    // "Air Cambodia commits to working jointly with Boeing …": an airline named after the country.
    if (/\bAir\s+$/.test(before)) continue
    if (
      /\b(?:in|from|for|with|to|by|across|between|on|at|into|against|within|than|of)\s+$/i.test(before) &&
      !/\b(?:government|governments|president|prime minister|minister|ministers|people|leaders?|side|state|republic|kingdom)\s+of\s+$/i.test(before) &&
      !STATE_BODY_OF.test(before)
    )
      continue
    addName(names, m.name)
  }
  // Note: indexed loops, not `for (const [a, b] of …)`: the destructuring of each pair runs the
  // iterator protocol, and where this function is not optimised (it was recompiled often in the first
  // pass) that made objects per pair and call (speed).
  const agencies = agencyEntries()
  for (let i = 0; i < agencies.length; i++) if (includesWord(text, agencies[i]![0])) addName(names, agencies[i]![1])
  for (let i = 0; i < CONTINENT_PARTIES.length; i++) {
    const re = CONTINENT_PARTIES[i]![0]
    const party = CONTINENT_PARTIES[i]![1]
    if (!ctx.parties.includes(party)) continue
    const m = re.exec(text)
    // "the United States and Africa", not "investments in Africa".
    if (m && !/\b(?:in|from|for|with|to|by|across|between|on|at|into|against|within|than|of|throughout)\s+$/i.test(text.slice(0, m.index)))
      addName(names, party)
  }
  const side = SIDE_RE.exec(text)
  if (side) addName(names, canonicalCountry(side[1]!))
  if (/[A-Z]/.test(text)) {
    for (const g of matchAll(text, groupNamePattern())) for (const n of groupMembers(g[0]) ?? []) addName(names, n)
    // "the Alliance" is NATO only where NATO is a party.
    for (const o of organisationParties())
      if (o.re.test(text) && (o.name !== 'NATO' || /NATO|North Atlantic/.test(text) || ctx.parties.includes('NATO'))) addName(names, o.name)
  }
  for (const m of matchAll(text, TITLE_NAME_RE)) addName(names, personCountry(m[1]!.trim(), ctx))
  if (names.length === 0) {
    const lower = text.toLowerCase()
    for (const p of ctx.people) if (p.patterns.some((re) => re.test(lower))) addName(names, p.country)
  }
  return names
}

/**
 * A capitalised state body right before "of" and a country: "the Monetary Authority of Singapore", "the Central
 * Bank of Iraq", "the Security Service of Ukraine" act for that party. (Not "Institute" or "Corporation": "the
 * Serum Institute of India" is a company.)
 */
const STATE_BODY_OF = /\b(?:Authority|Bank|Ministry|Agency|Commission|Council|Department|Office|Service)\s+of\s+(?:the\s+)?$/

function personCountry(name: string, ctx: ExtractContext): string | null {
  const lower = name.toLowerCase()
  for (const p of ctx.people) if (p.words.some((w) => w.length > 2 && lower.includes(w))) return p.country
  return leaderCountry(name)
}

/** True for a short run of names ("the UK", "Japan") or a party phrase ("our leaders"), not "In South Asia". */
function isNameLike(text: string): boolean {
  // "Medical Devices Agency (PMDA)": an abbreviation in brackets after a name; "4- France": a label before it.
  const segment = text.replace(/\s*\([^()]{1,40}\)$/, '').replace(LIST_LABEL, '')
  // "the United States International Development Finance Corporation (DFC)": a long name in capitals.
  const words = segment.split(/\s+/).length
  if (words > 8 || (words > 6 && !LONG_NAME.test(segment))) return false
  if (/^(?:(?:in|on|at|for|with|through|by|from|as|to|under|over|since|after|before|during|today|together|this|these|there|it|we|they)\b|\d)/i.test(segment))
    return false
  return PROPER_SEGMENT.test(segment) || PARTY_PHRASE_RE.test(segment) || BARE_PARTY_NOUN_RE.test(segment) || findCountryMentions(segment).length > 0
}

/** The parties named by the first (up to five) words of a text ("The Philippines appreciates ..."), or null. */
export function partiesOpening(text: string, ctx: ExtractContext): Subject | null {
  const words = text.split(/[\s,;:]+/, 6)
  for (let n = Math.min(words.length, 5); n >= 1; n--) {
    // "The Ministers of Japan and": a prefix that stops inside a name list or a phrase names too few.
    if (/^(?:and|or|of|the|&|for|in|on|to|with)$/i.test(words[n - 1]!) || /^(?:and|or|&)$/i.test(words[n] ?? '')) continue
    const s = resolveSubject(words.slice(0, n).join(' '), ctx)
    if (s.kind === 'parties' || s.kind === 'party') return s
  }
  return null
}

// The meeting's own grouping and bodies (session 12): "The members of the International Counter
// Ransomware Initiative (CRI) … met", "CRI members plan to …", "we intend to establish a voluntary
// International Counter Ransomware Task Force (ICRTF) …. The ICRTF expects to …", "Canada
// established a new … Advisory Panel …. This advisory panel will …".

/** A body noun at the end of a subject phrase: "the Task Force", "This advisory panel". */
const BODY_HEAD_RE = new RegExp(`\\b${alt(BODY_NOUNS)}$`, 'i')
const OWN_WORK_SET = new Set(OWN_WORK_NOUNS)
/** Body nouns that are no own work by themselves ("council", "panel"): a body of the parties only where the text sets one up. */
const CREATED_BODY_NOUNS = BODY_NOUNS.filter((n) => !OWN_WORK_SET.has(n))
/** An own-work or body noun that ends the head of a name: "… Initiative", "… Task Force", "Forum" (of "Forum on …"). */
const NAME_HEAD_RE = new RegExp(`\\b(?:${alt(OWN_WORK_NOUNS)}|${alt(BODY_NOUNS)})$`, 'i')
/** An abbreviation in brackets, two capitals at least: "(CRI)", "(ICRTF)". */
const ABBREVIATION = /\(\s*(\p{Lu}[\p{L}\d&-]{1,11})\s*\)/gu
/** The capitalised name right before an abbreviation: "International Counter Ransomware Task Force", "Forum on Defense Industrial Cooperation, Acquisition and Sustainment". */
const NAME_BEFORE = /\p{Lu}[\p{L}\d.’'&-]*(?:,?\s+(?:\p{Lu}[\p{L}\d.’'&-]*|of|for|on|and|the|to|in|against|&))*\s*$/u
/** The words of a name before its first preposition: "Forum" of "Forum on Defense …". */
const NAME_PREPOSITION = /,?\s+(?:of|for|on|to|in|against)\s+/
/** A verb (or noun) that sets something up, and its determiner, right before a name: "we intend to establish a voluntary ", "we will convene a ". */
const SET_UP =
  '(?:establish(?:es|ed|ing)?|establishment\\s+of|launch(?:es|ed|ing)?|launch\\s+of|creat(?:e|es|ed|ing)|creation\\s+of|set(?:ting)?\\s+up|stood\\s+up|stand(?:s|ing)?\\s+up|convene[sd]?|convening|inaugurat(?:e|es|ed|ing))\\s+(?:(?:of\\s+)?(?:a|an|the|our|this|its)\\s+)?'
const SET_UP_BEFORE = new RegExp(`\\b${SET_UP}(?:(?:new|joint|voluntary|dedicated|permanent|standing|first|high-level|bilateral|trilateral)\\s+)*$`, 'i')
/** "The members of the ", "members of ": the parties named as the members of what follows. */
const MEMBERS_OF_BEFORE = /\bmembers\s+of\s+(?:the\s+)?$/i
/** A body set up in the text, and the words of its name: "established a new Public-Private Sector Advisory Panel". */
const SET_UP_BODY = new RegExp(`\\b${SET_UP}((?:[\\p{L}-]+\\s+){0,5}?)(${alt(CREATED_BODY_NOUNS)})\\b`, 'giu')
/** One of those body nouns alone, as SET_UP_BODY reads it: the last word of a subject that may name a body set up in the text. */
const CREATED_BODY_NOUN = new RegExp(`^${alt(CREATED_BODY_NOUNS)}$`, 'iu')
const NOT_NAME_WORD = /^(?:of|for|to|and|or|with|by|in|on|that|which|at|from|as|a|an|the)$/i
/** "This advisory panel", "The Council": a determiner, up to three words, the body noun. */
const BODY_REFERENCE = /^(?:the|this|that|our|these|its)\s+((?:[\p{L}-]+\s+){0,3}?)([\p{L}]+)$/iu
/** "The Policy Pillar", "the Diplomacy and Capacity Building Pillar": a pillar of the parties' initiative. */
const PILLAR = /^(?:[Tt]he|[Tt]his)\s+(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?){0,5}Pillar$/u
/** "members", "Members", "all members": the parties, in a text that calls them the members of their grouping. */
const BARE_MEMBERS = /^(?:(?:the|all|our|participating)\s+)?members$/i

/** What a document says of the parties' own initiative, grouping and bodies (read once per document, in createContext). */
export interface OwnNames {
  /**
   * Abbreviations in the meeting's own title or series that name no country ("Second CRI Summit" → "CRI"):
   * the initiative that meets, whose members are the parties ("CRI members are committed to …").
   */
  initiative: string[]
  /** Abbreviations of the parties' own grouping or bodies: "CRI", "ICRTF". */
  abbreviations: Set<string>
  /** "CRI members", "the members of the ICRTF" (the abbreviations joined for one pattern), or null. */
  membersRe: RegExp | null
  /** True when the text calls the parties the members of their grouping ("The members of the … (CRI)", "CRI members"). */
  members: boolean
  /**
   * Body nouns set up in the text ("panel", "council") → the lower-cased words of the names they were
   * set up under; null until a subject first names such a body (see createdBodies).
   */
  created: Map<string, Set<string>> | null
}

let organisationNames: Set<string> | null = null

/**
 * Reads the parties' own grouping and bodies the document names, once per document (createContext calls it
 * when the context's parties and people are set: a name that names a party is no body of theirs).
 * @param ctx the document's context
 * @param meeting the meeting record, whose title and series name the initiative that meets (see OwnNames.initiative)
 */
export function readOwnNames(ctx: ExtractContext, meeting: MeetingRecord): OwnNames {
  const initiative = ownAbbreviations(meeting, ctx.text)
  organisationNames ??= new Set(ORGANISATIONS.flatMap((o) => [o.name, ...o.variants]))
  const text = ctx.text
  const abbreviations = new Set<string>()
  let members = false
  if (text.includes('(')) {
    for (const m of matchAll(text, ABBREVIATION)) {
      const abbr = m[1]!
      if (abbreviations.has(abbr) || !/\p{Lu}.*\p{Lu}/u.test(abbr)) continue
      const window = text.slice(Math.max(0, m.index - 160), m.index).replace(/\s+/g, ' ')
      const name = NAME_BEFORE.exec(window)
      if (!name) continue
      const full = name[0].trim().replace(/^(?:(?:The|the|of|and|for|on|to|in)\s+)+/, '')
      const head = full.split(NAME_PREPOSITION)[0]!
      // A grouping or body (its name ends in an own-work or body noun), no organisation the lexicon
      // knows ("the Financial Action Task Force (FATF)"), and the parties' own: a body set up in the
      // text, or a grouping whose members the parties are called.
      if (!NAME_HEAD_RE.test(head) || organisationNames.has(full) || organisationNames.has(abbr) || namedParties(full, ctx).length > 0) continue
      const before = window.slice(0, name.index)
      const membersBefore = MEMBERS_OF_BEFORE.test(before)
      const membersAfter = new RegExp(`(?<![\\p{L}-])${escapeRegExp(abbr)}\\s+members\\b`, 'u').test(text)
      // (A framework or partnership the parties launch is their work, not a body: "launched the Indo-Pacific
      // Economic Framework for Prosperity (IPEF) …. IPEF will enhance our ability …" predicts an effect.)
      if (!membersBefore && !membersAfter && !(BODY_HEAD_RE.test(head) && SET_UP_BEFORE.test(before))) continue
      abbreviations.add(abbr)
      if (membersBefore || membersAfter) members = true
    }
  }
  const alts = [...abbreviations].map(escapeRegExp).join('|')
  const membersRe = alts
    ? new RegExp(`^(?:(?:the|all|our)\\s+)?(?:(?:${alts})\\s+${alt(MEMBER_NOUNS)}|${alt(MEMBER_NOUNS)}\\s+of\\s+(?:the\\s+)?(?:${alts}))$`, 'i')
    : null
  return { initiative, abbreviations, membersRe, members, created: null }
}

/** The parties' own grouping, its members or one of their bodies as a subject, or null. */
function ownSubject(t: string, ctx: ExtractContext): Subject | null {
  if (PILLAR.test(t)) return makeSubject('own-work', [], { body: true })
  const names = ctx.own
  if (names.abbreviations.has(t.replace(/^(?:the|this|our)\s+/i, ''))) return makeSubject('own-work', [], { body: true })
  if (names.membersRe?.test(t) || (names.members && BARE_MEMBERS.test(t))) return makeSubject('parties')
  const ref = BODY_REFERENCE.exec(t)
  if (ref && CREATED_BODY_NOUN.test(ref[2]!)) {
    const words = createdBodies(ctx.text, names).get(ref[2]!.toLowerCase())
    if (
      words &&
      ref[1]!
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .every((w) => words.has(w.toLowerCase()))
    )
      return makeSubject('own-work', [], { body: true })
  }
  return null
}

/**
 * The bodies a text sets up (see OwnNames.created), read on first need: the reading scans the whole
 * text, and most documents have no subject that names such a body (session 13: ~3 % of the first
 * pass over the UN speeches went to it).
 */
function createdBodies(text: string, names: OwnNames): Map<string, Set<string>> {
  if (names.created) return names.created
  const created = new Map<string, Set<string>>()
  // (Read on the text itself, not a copy with its white space collapsed: the pattern takes any run of white space.)
  for (const m of matchAll(text, SET_UP_BODY)) {
    const words = m[1]!.trim().split(/\s+/).filter(Boolean)
    if (words.some((w) => NOT_NAME_WORD.test(w))) continue
    const noun = m[2]!.toLowerCase()
    const set = created.get(noun) ?? new Set<string>()
    for (const w of words) set.add(w.toLowerCase())
    created.set(noun, set)
  }
  names.created = created
  return created
}

/**
 * All-capital words of the meeting's title and series that name no country ("Second CRI Summit" → "CRI",
 * not "ROK" or "U.S."), and abbreviations the text defines for words of the title ("International
 * Counter Ransomware Initiative (CRI)" under the title "International Counter Ransomware Initiative
 * 2022 Joint Statement").
 */
function ownAbbreviations(meeting: MeetingRecord, text: string): string[] {
  const out: string[] = []
  const add = (a: string): void => {
    if (!out.includes(a) && findCountryMentions(a).length === 0) out.push(a)
  }
  const titles = [meeting.title, meeting.series].filter((t): t is string => !!t)
  for (const words of titles) for (const m of words.matchAll(TITLE_ABBREVIATION)) add(m[0])
  if (titles.length === 0) return out
  const lowerTitles = titles.map((t) => t.toLowerCase())
  for (const m of text.matchAll(DEFINED_ABBREVIATION)) {
    const letters = m[1]!.replace(/[^\p{Lu}]/gu, '')
    const before = text.slice(Math.max(0, m.index - 120), m.index).trimEnd()
    const words = before.split(/\s+/)
    const capitals = words.filter((w) => /^\p{Lu}/u.test(w))
    const expansion = capitals.slice(-letters.length)
    if (expansion.length !== letters.length || expansion.map((w) => w[0]).join('') !== letters) continue
    const phrase = words.slice(words.lastIndexOf(expansion[0]!)).join(' ').toLowerCase()
    if (lowerTitles.some((t) => t.includes(phrase))) add(m[1]!)
  }
  return out
}

/** An all-capital word: "CRI", "C5+1", "AUKUS". */
const TITLE_ABBREVIATION = /(?<![\p{L}\p{N}.])\p{Lu}[\p{Lu}\p{N}+]{1,7}(?![\p{L}\p{N}.])/gu
/**
 * An abbreviation defined in brackets: "… Initiative (CRI)". Note: capitals, digits and "+" only, whose capitals are
 * matched to the initials of the words before it; ABBREVIATION (the bodies' names) takes any letters.
 */
const DEFINED_ABBREVIATION = /\((\p{Lu}[\p{Lu}\p{N}+]{1,7})\)/gu
