// Pass 3: cut a sentence into clauses, one per anchor, and split coordinated actions and lists.
import { matchAll } from '../../core/match-all.js'
import { isTrackable } from '../../core/item.js'
import type { ExtractContext } from '../context.js'
import { CLOSING_REPORT_VERBS, CLOSING_STANCE_OBJECTS, CLOSING_STANCE_VERBS } from '../lexicon/verb-classes.js'
import { ADVERBS, alt } from '../rules/rule.js'
import { canBeVerb, isActionVerb, isGerund, isListGerund, verbLemma } from '../verbs.js'
import type { Anchor } from './01-find-anchors.js'
import { findClauseHead, type ClauseHead } from './02-subjects.js'
import { MEANS_NOUN, PURPOSE_NOUN, VERB_WORK } from '../lexicon/clause-words.js'
import { LIST_LABEL } from '../lexicon/list-lead-in.js'

/** How a clause relates to the sentence's structure. */
export type ClausePart =
  /** The whole clause of one anchor. */
  | 'whole'
  /** The general head of an enumerated list of actions ("would continue developing this programme"). */
  | 'head'
  /** One entry of an enumerated list ("considering cooperating to improve amphibious capability"). */
  | 'entry'
  /** A coordinated action with its own "to" ("..., and to coordinate closely on ..."). */
  | 'coordinated'

/** A clause with offsets relative to its sentence. */
export interface Clause {
  start: number
  end: number
  anchor: Anchor
  head: ClauseHead
  part: ClausePart
  /** The first verb of this clause's action (lower-cased), when known. */
  verb: string | null
}

/**
 * A clause like `c` with other offsets, part and verb. Every clause is made by this literal (or the
 * same literal in buildClauses), its fields in one order, so that all clauses share one hidden class:
 * copies made by Object.assign or a spread each had their own, and every new one met by optimised
 * code threw that code away (classifyClause was compiled 8 times in the bench's first pass).
 */
export function copyClause(c: Clause, start: number, end: number, part: ClausePart, verb: string | null): Clause {
  return { start, end, anchor: c.anchor, head: c.head, part, verb }
}

const LEADING = /^(?:and|or|but|also|as well as)\s+/i
// A comma before "and" may be missing: "… acquire a nuclear weapon and shared our grave and growing concern …";
// a present perfect reports a fact done: "has committed to maintain … tariffs …, and has identified products …" (session 11).
const CLOSING_REPORT = new RegExp(
  `,?\\s+and\\s+(?:also\\s+)?(?:${alt(CLOSING_REPORT_VERBS)}\\b(?!\\s+that\\b)|${alt(CLOSING_STANCE_VERBS)}\\s+${alt(CLOSING_STANCE_OBJECTS)}\\b|(?:has|have)\\s+(?:also\\s+)?(?!been\\b)[a-z]+ed\\b)`,
  'i',
)
/** "… a nuclear weapon and shared our grave and growing concern that …": a new statement of the parties' own (no comma needed). */
const CLOSING_STATEMENT = /\s+and\s+(?:shared|expressed|voiced|conveyed)\s+(?:our|their)\s+/i
const SPLITTABLE = new Set(['modal', 'decision', 'noun', 'adjective', 'pledge', 'directive'])

/**
 * Builds the clauses of one sentence from its anchors.
 * @param sentence the sentence text (offsets below are relative to it)
 * @param anchors the sentence's anchors (findCandidates, then selectAnchors)
 */
export function buildClauses(sentence: string, anchors: readonly Anchor[], ctx: ExtractContext): Clause[] {
  const heads = anchors.map((a, i) => findClauseHead(sentence, a, i > 0 ? anchors[i - 1]!.end : 0, ctx))
  const end = trimEnd(sentence, sentence.length)
  const clauses: Clause[] = []
  anchors.forEach((anchor, i) => {
    const head = heads[i]!
    let clauseEnd = end
    for (let j = i + 1; j < anchors.length; j++) {
      if (heads[j]!.start > anchor.start) {
        clauseEnd = trimEnd(sentence, heads[j]!.start)
        break
      }
    }
    if (clauseEnd <= head.start) return
    const whole: Clause = { start: head.start, end: clauseEnd, anchor, head, part: 'whole', verb: anchor.verb }
    clauses.push(...splitClause(sentence, whole))
  })
  return clauses
}

/** Splits one clause into coordinated actions and list entries, or returns it whole. */
function splitClause(sentence: string, whole: Clause): Clause[] {
  const trackable = isTrackable(whole.anchor.rule.type)
  if (!trackable) return [whole]
  const from = whole.anchor.verbStart
  // "... toward meaningful Security Council reform, such as expansion of the body ...": the examples
  // after ", such as" illustrate the action; the item is the action.
  // Not where the action goes on after them ("coordinate with initiatives, such as COVAX, to procure ...").
  const examples = sentence.slice(from, whole.end).indexOf(', such as ')
  // Nor inside an entry of a ";" list of gerunds that goes on after them ("including streamlining
  // requirements …, such as pharmaceutical products …; removing import restrictions …; and expediting …").
  const cut =
    examples > 0 &&
    !/,\s+(?:in order\s+)?to\s/.test(sentence.slice(from + examples + 10, whole.end)) &&
    !(INCLUDING_GERUND.test(sentence.slice(from, from + examples)) && LATER_GERUND_ENTRY.test(sentence.slice(from + examples + 10, whole.end)))
  let clause = cut ? copyClause(whole, whole.start, trimEnd(sentence, from + examples), whole.part, whole.verb) : whole
  // "… intend to intensify cooperation on space issues, which will be further discussed during …": a
  // relative clause set off by a comma describes its noun; the pledge ends before it (the gold sets cut
  // it 11 times of 14). Not where the action goes on after it (", in order to …", ", and to conduct …",
  // ", by the end of this year").
  const which = sentence.slice(from, clause.end).indexOf(', which ')
  if (which > 0 && !RESUMED_ACTION.test(sentence.slice(from + which + 8, clause.end)))
    clause = copyClause(clause, clause.start, trimEnd(sentence, from + which), clause.part, clause.verb)
  // "…, and discussed the steps we are taking …": a coordinated report ends the pledge.
  // "has committed to maintain … tariffs …, and has identified products …": a predicate of the same
  // subject with its own perfect auxiliary is a report of its own (a pledge there has an anchor of its own).
  const report = CLOSING_REPORT.exec(sentence.slice(from, clause.end)) ?? CLOSING_STATEMENT.exec(sentence.slice(from, clause.end))
  if (report) clause = copyClause(clause, clause.start, trimEnd(sentence, from + report.index), clause.part, clause.verb)
  const listed = splitList(sentence, clause, from)
  // "commits to adopt and maintain … and to effectively enforce its environmental laws, including by:
  // taking …; encouraging …": the head's own coordinated "to" is an action of its own.
  if (listed) return SPLITTABLE.has(clause.anchor.rule.kind) ? listed.flatMap((c) => (c.part === 'head' ? splitCoordinatedTo(sentence, c, from) : [c])) : listed
  if (!SPLITTABLE.has(clause.anchor.rule.kind)) return [clause]
  return splitCoordinatedTo(sentence, clause, from)
}

/** The action going on after a relative clause: ", in order to …", ", and to conduct …", ", by the end of this year". */
const RESUMED_ACTION = /,\s+(?:(?:and|as well as)\s+)?(?:in order\s+)?to\s|,\s+by\s+(?:the\s+end\b|\d)/

/** "including streamlining …" before the examples of an entry. */
const INCLUDING_GERUND = /\bincluding,?\s+(?:by\s+)?[a-z]+ing\b/
/** A later ";" entry that opens with a gerund: "…; removing …". */
const LATER_GERUND_ENTRY = /;\s*(?:and\s+)?[a-z]+ing\b/

// "committed not only to protecting …, but also to helping …" (session 12, gold-fit12): two actions, each
// with its own "to" (only after "not only to": "not only in order to …, but also to …" is one purpose).
const COORDINATED_TO = new RegExp(`(?:[,;]\\s*)?\\b(?:and|as well as|but\\s+also)\\s+(to\\s+${ADVERBS}(?<verb>[a-z][a-z-]*))`, 'gid')
/** "not only to" before a "but also to": the pair of actions it opens. */
const NOT_ONLY_TO = /\bnot\s+only\s+to\s/i
/** A "to" + base verb inside an action ("the support Ukraine needs to uphold ..."). */
const INNER_TO = /\bto\s+(?:[a-z]+ly\s+)?(?![a-z]+ing\b)([a-z]+)\s/g
const SERIES_TO = new RegExp(`[,;]\\s+(to\\s+${ADVERBS}(?<verb>[a-z][a-z-]*))`, 'gid')

/**
 * "to cooperate to reduce ..., and to coordinate closely on ..." → two clauses; a series
 * "to collaborate on ..., to ensure ..., to oppose ..., and to enhance ..." → one clause per "to".
 * A lone ", to meet the challenges" (a purpose, not a second pledge) stays.
 */
function splitCoordinatedTo(sentence: string, clause: Clause, from: number): Clause[] {
  const text = sentence.slice(0, clause.end)
  const cuts: Array<{ at: number; start: number; verb: string }> = []
  // "will continue to lead with our values, including a commitment to the UN Charter and to defending …":
  // a gerund after "and to" cannot continue a base verb's "to"; it is the object of a noun's "to".
  const base = clause.anchor.verb !== null && !isGerund(clause.anchor.verb) && isActionVerb(clause.anchor.verb)
  for (const m of matchAll(text, COORDINATED_TO)) {
    if (m.index < from || !isActionVerb(m.groups!.verb!) || isInnerTo(sentence, clause, from, m.index, m.indices![1]![0])) continue
    if (base && isGerund(m.groups!.verb!)) continue
    if (/^[,;]?\s*but/.test(m[0]) && !NOT_ONLY_TO.test(text.slice(clause.start, m.index))) continue
    cuts.push({ at: m.index, start: m.indices![1]![0], verb: m.groups!.verb! })
  }
  if (cuts.length === 0) return [clause]
  const lastAnd = cuts[cuts.length - 1]!.at
  for (const m of matchAll(text, SERIES_TO)) {
    if (m.index < from || m.index > lastAnd || !isActionVerb(m.groups!.verb!) || isInnerTo(sentence, clause, from, m.index, m.indices![1]![0])) continue
    if (cuts.some((c) => Math.abs(c.at - m.index) < 3)) continue
    cuts.push({ at: m.index, start: m.indices![1]![0], verb: m.groups!.verb! })
  }
  cuts.sort((a, b) => a.at - b.at)
  const out: Clause[] = []
  let start = clause.start
  let verb = clause.verb
  for (const c of cuts) {
    const cut = trimEnd(sentence, c.at)
    if (cut > start) out.push(copyClause(clause, start, cut, out.length === 0 && start === clause.start ? 'whole' : 'coordinated', verb))
    start = c.start
    verb = verbLemma(c.verb)
  }
  out.push(copyClause(clause, start, clause.end, 'coordinated', verb))
  return out
}

/**
 * True when the "to" + verb at `to` (after a comma or "and" at `at`) lies inside the action, not a
 * second pledge. "commitment to providing the support Ukraine needs to uphold ..., to defend itself,
 * and to choose ...": after "to" + gerund, a "to" + base verb that follows another "to" + base verb
 * inside the action is coordinated with that one (a purpose inside the action), not a second pledge.
 * ("committed to ensuring the voices ... are heard, and to draw on ..." has none between, and is
 * split.) Note: a function of the module, not a closure made per clause (speed).
 */
function isInnerTo(sentence: string, clause: Clause, from: number, at: number, to: number): boolean {
  // "Today we are taking new steps to ensure … and to support …", "have today taken joint steps to
  // re-establish … and to strengthen …": steps reported as being taken, and the purposes they serve —
  // one act, not two pledges (test/gold, gold-fit7), as a pledge to take them already is ("We will take
  // measures to ensure … and to strengthen …", gold dev9 codes it whole too).
  if (STEPS_TAKEN.test(sentence.slice(Math.max(clause.start, from - 120), at))) return true
  const verb = clause.anchor.verb
  const after = from + (verb?.length ?? 0)
  // "to strengthen national efforts to create ..., and to strengthen frameworks ...": the same verb
  // again is a second action of the pledge, not the noun's purpose.
  if (verb === null) return nounPurpose(sentence, after, at)
  if (!isGerund(verb)) return nounPurpose(sentence, after, at) && verbLemma(firstWord(sentence, to + 3)) !== verbLemma(verb)
  const span = sentence.slice(after, at)
  // "committed to working together to combat …, to reinvigorate …, and to explore …": when the first
  // inner "to" follows the gerund (and its adverbs) at once and the others follow commas, it is the
  // gerund's own purpose and the series continues it: each "to" is a pledge, as after a base verb.
  if (isGerund(firstWord(sentence, to + 3))) return false
  const inner = matchAll(span, INNER_TO).filter((t) => canBeVerb(t[1]!) && isActionVerb(t[1]!))
  if (inner.length === 0) return false
  // Not where a later "to" hangs on a noun ("to launch … pilots to expand …, as well as to better prepare …").
  return !(GERUND_OWN_TO.test(span.slice(0, inner[0]!.index)) && inner.slice(1).every((t) => AFTER_COMMA.test(span.slice(0, t.index))))
}

/** Steps being taken or taken, then their first "to" + verb and no ";" or ":" up to a later "and to": "we are taking new steps to ensure …", "have today taken joint steps to re-establish …". */
const STEPS_TAKEN =
  /\b(?:are|is|am|have|has)\s+(?:(?:[a-z]+ly|also|today|now|already|jointly|together)\s+)*(?:taking|taken)\s+(?:[a-z-]+\s+){0,2}?(?:steps|measures|actions?)\s+to\s+[a-z-]+\s[^;:]*$/i

/** A later "to" of a series follows a comma (", and"). */
const AFTER_COMMA = /,\s*(?:and\s+)?$/

/** Only adverbs between an anchor gerund and its "to": "working together to", "working closely to". */
const GERUND_OWN_TO = /^\s*(?:(?:[a-z]+ly|together|jointly)\s+)*$/

/**
 * "will work to strengthen global health, including efforts to end the pandemic and to build
 * resilience ...": the last "to" + verb before "and to" is the purpose of a noun ("efforts",
 * "dialogue"); the second "to" continues that purpose, not the pledge ("to cooperate to reduce ...,
 * and to coordinate ..." follows a verb and is split, ANNOTATION.md).
 */
function nounPurpose(sentence: string, from: number, at: number): boolean {
  const tos = [...matchAll(sentence.slice(from, at), INNER_TO)].filter((t) => canBeVerb(t[1]!) && isActionVerb(t[1]!))
  const last = tos[tos.length - 1]
  if (!last) return false
  // "tools to build …, to scale … and to invest …": a series of "to"s set off by commas goes back to its first.
  // Only after a means ("tools", "capability"): the purposes of an effort or a dialogue are each a pledge
  // ("collaborate on a joint effort to address …, to improve …, and to develop …" is three, gold-fit3).
  let first = tos.length - 1
  while (
    first > 0 &&
    /,\s*$/.test(sentence.slice(from, from + tos[first]!.index)) &&
    !/[;:]/.test(sentence.slice(from + tos[first - 1]!.index, from + tos[first]!.index))
  )
    first--
  const means = MEANS_NOUN.test(/([\p{L}-]+)\s+$/u.exec(sentence.slice(from, from + tos[first]!.index))?.[1] ?? '')
  const lead = sentence.slice(from, from + tos[means ? first : tos.length - 1]!.index)
  // "invite them to stand with us and to follow suit": the object of a call, and its action, are someone else's.
  if (CALL_OBJECT.test(lead)) return true
  // "the North American Plan for … Influenza (NAPAPI) to improve …": a name with its abbreviation is a noun.
  const abbreviated = /\(\p{Lu}[\p{Lu}\p{N}&-]{1,12}\)\s+$/u.test(lead)
  const before = /([\p{L}-]+)\s+$/u.exec(lead)?.[1] ?? ''
  if (!abbreviated && !PURPOSE_NOUN.test(before) && !MEANS_NOUN.test(before)) return false
  // "agreed to collaborate on a joint effort to address …, to improve …, and to develop …", "committed
  // to strengthen … cooperation … through complementary actions to address …, as well as to combat …":
  // a "to" set off by a comma after a noun's purpose goes back to the pledge (session 13; not after a
  // means, "tools to build …, to scale …", whose purposes form one series).
  if (!abbreviated && !means && !MEANS_NOUN.test(before) && sentence[at] === ',') return false
  // "will also engage other governments and work to detect …, and to deny …": "work" after "and" or a
  // modal is the verb, and the second "to" a pledge of its own.
  if (VERB_WORK.test(lead)) return false
  // "including efforts to end ... and to build ...": an example noun after "including"; or a noun right
  // in the action ("will launch an annual Dialogue to coordinate ... and to identify ...", "enhance
  // our efforts to support ... and to address ..."), with no comma or ";" before it (not "..., as
  // part of efforts to ensure ..., and to establish ...") and no ";" after it.
  // "all diplomatic, multilateral, technical, and financial tools to build …": commas between the noun's
  // adjectives are no boundary.
  const commas = lead.replace(ADJECTIVE_SERIES, ' ')
  return INCLUDING_BEFORE.test(lead) || (!/[,;]/.test(commas) && !sentence.slice(from + last.index, at).includes(';'))
}

/** A series of adjectives (one word each) before a noun: "diplomatic, multilateral, technical, and financial". */
const ADJECTIVE_SERIES = /(?:\s[a-z-]+,)+\s(?:and|or)\s[a-z-]+\s[a-z-]+\s*$/
/** A verb that asks someone else to act, and its object: "invite them", "urge all countries". */
const CALL_OBJECT = /\b(?:invit|urg|encourag|call(?:s|ed|ing)?\s+(?:on|upon)|ask|request)(?:e|es|ed|ing|s)?\s+(?:[\p{L}’'-]+\s+){1,5}$/u

const INCLUDING_BEFORE = /\bincluding\s+(?:[\p{L}-]+\s+){0,3}$/u

const LIST_INTRO = /\b(?:including|includes|include|namely|notably)\s*:?\s+|:\s+/gi
/**
 * "including, for example, by accepting …; addressing …; and streamlining …": a list after "by" is
 * read only when its entries are set off by ";" (comma lists after "including by" stay whole, as gold).
 */
const LIST_INTRO_BY = /\bincluding,?\s+(?:(?:for example|for instance|e\.g\.),?\s+)?by\s+/gi
/** An anchor that ends in "to:" before its verb: the verb opens a list of actions. */
const LIST_TO = /\bto(?:wards?)?\s*:\s*(?:\S+\s+)?$/
// "(1) … (2) …", and with the closing bracket only: "We will: i) work together …, ii) … initiate …; iii) support …".
const NUMBERED = new RegExp(`(?:\\(\\s*|(?<![\\p{L}\\p{N}(’'-]))${LIST_LABEL}\\s*\\)\\s+`, 'giu')

/**
 * An enumerated list of actions inside a clause ("including: continuing ...; considering ...; and
 * improving ..."; "(1) ... (2) ..."; "to strengthen ...; reach ...; drive ...") → head + entries.
 */
function splitList(sentence: string, clause: Clause, from: number): Clause[] | null {
  const body = sentence.slice(0, clause.end)
  // "we committed in the near term to: drive ...; establish ...; collaborating ..." (the anchor's
  // own "to:"): one item per entry, the first keeping the lead-in, whose subject it needs.
  if (LIST_TO.test(sentence.slice(clause.anchor.start, from))) {
    const entries = splitOn(sentence, from, clause.end, /;\s*(?:and\s+)?/g)
    if (entries.length >= 2 && entries.every((p) => isActionVerb(firstVerbWord(sentence, p.start)))) {
      return entries.map((e, i) =>
        copyClause(clause, i === 0 ? clause.start : e.start, e.end, i === 0 ? 'whole' : 'entry', verbLemma(firstVerbWord(sentence, e.start))),
      )
    }
  }
  // (1) ... (2) ...
  // Note: every label closes with ")"; most clauses have none, and the pattern (no fixed first letter) is costly to run.
  const labelled = body.indexOf(')', from) >= 0
  const numbered = labelled
    ? matchAll(body.slice(from), NUMBERED).map((m) => ({ at: from + m.index, after: from + m.index + m[0].length, bare: m[0][0] !== '(' }))
    : []
  if (numbered.length >= 2) {
    const entries = numbered.map((n, i) => ({ start: n.after, end: trimEnd(sentence, i + 1 < numbered.length ? numbered[i + 1]!.at : clause.end) }))
    // Labels with a closing bracket only ("i) … ii) …") split a list of actions, not of fields
    // ("will focus on i) competitiveness and innovation, ii) …", kept whole).
    if (!numbered.some((n) => n.bare) || entries.every((e) => isActionVerb(firstVerbWord(sentence, e.start))))
      return withHead(sentence, clause, trimEnd(sentence, numbered[0]!.at), entries, true)
  }
  // including: a-ing ...; b-ing ...; and c-ing ...
  LIST_INTRO.lastIndex = from
  for (const intro of matchAll(body, LIST_INTRO)) {
    if (intro.index < from) continue
    const listStart = intro.index + intro[0].length
    const entries = gerundEntries(sentence, listStart, clause.end)
    if (entries) return withHead(sentence, clause, headEnd(sentence, clause.start, intro.index), entries)
  }
  LIST_INTRO_BY.lastIndex = from
  for (const intro of matchAll(body, LIST_INTRO_BY)) {
    // Not inside an entry of an outer ";" list ("…; decarbonizing …, including by supporting …; and promoting …").
    if (intro.index < from || sentence.lastIndexOf(';', intro.index) >= from) continue
    const entries = gerundEntries(sentence, intro.index + intro[0].length, clause.end, true)
    if (entries) return withHead(sentence, clause, trimEnd(sentence, intro.index), entries)
  }
  // "will seek to: promote ...; strengthen ...; and jointly promote ..."
  const colon = /\bto\s*:\s*/.exec(body.slice(from))
  if (colon) {
    const listStart = from + colon.index + colon[0].length
    const entries = splitOn(sentence, listStart, clause.end, /;\s*(?:and\s+)?/g)
    if (entries.length >= 2 && entries.every((p) => isActionVerb(firstVerbWord(sentence, p.start)))) {
      return withHead(sentence, clause, trimEnd(sentence, from + colon.index + 2), entries)
    }
  }
  // to strengthen ...; reach ...; drive ...; and fortify ...
  // "commitment to supporting host communities; strengthening ...; fostering ...": after "to" + gerund, gerunds;
  // so after "This includes assisting host communities …; providing protection …; …" (session 12).
  const parts = splitOn(sentence, from, clause.end, /;\s*(?:and\s+)?/g)
  // Note: read only where there are parts, and no closure is made per clause (speed).
  const gerundAction =
    parts.length >= 2 &&
    clause.anchor.verb !== null &&
    isGerund(clause.anchor.verb) &&
    /\b(?:to|includes?)\s+$/i.test(sentence.slice(clause.anchor.start, from))
  if (parts.length >= 2 && parts.slice(1).every((p) => isEntryVerb(firstVerbWord(sentence, p.start), gerundAction))) {
    return parts.map((p, i) =>
      copyClause(
        clause,
        i === 0 ? clause.start : p.start,
        p.end,
        i === 0 ? 'whole' : 'entry',
        i === 0 ? clause.verb : verbLemma(firstVerbWord(sentence, p.start)),
      ),
    )
  }
  return null
}

/** An entry's first word: an action verb, a gerund exactly when the action is one ("to supporting ...; fostering ..."). */
function isEntryVerb(w: string, gerundAction: boolean): boolean {
  return isActionVerb(w) && isGerund(w) === gerundAction
}

/** The end of a list's head: before its ":" and a dangling "including (by)" ("…, including by: taking …"). */
function headEnd(sentence: string, start: number, at: number): number {
  const end = trimEnd(sentence, at)
  const dangling = /,?\s*including(?:,?\s+by)?$/i.exec(sentence.slice(start, end))
  return dangling ? trimEnd(sentence, end - dangling[0].length) : end
}

function withHead(sentence: string, clause: Clause, headEnd: number, entries: Array<{ start: number; end: number }>, labelled = false): Clause[] {
  const out: Clause[] = []
  // "China will continue to (1) modify …, and (2) adopt …": a head that stops at its "to" before a
  // numbered entry states no action of its own; it opens the first entry (as gold codes it). (A head
  // "will seek to:" before a colon list stays the optional head it is coded as.)
  const bare = labelled && EMPTY_HEAD.test(sentence.slice(clause.anchor.start, headEnd))
  if (headEnd > clause.start && !bare) out.push(copyClause(clause, clause.start, headEnd, 'head', clause.verb))
  for (const [i, e] of entries.entries()) {
    if (e.end > e.start) out.push(copyClause(clause, bare && i === 0 ? clause.start : e.start, e.end, 'entry', verbLemma(firstVerbWord(sentence, e.start))))
  }
  return out
}

/** An anchor's words that end in its "to" with no verb: "will continue to", "commit to", "intend to". */
const EMPTY_HEAD = /^[\s\S]{0,60}?\bto$/

/** Entries that each start with a gerund, separated by ";" or ", and"; null unless there are two or more. */
function gerundEntries(sentence: string, start: number, end: number, semicolons = false): Array<{ start: number; end: number }> | null {
  let parts = splitOn(sentence, start, end, /;\s*(?:and\s+)?/g)
  // "including: adopting and implementing a prohibition …; amending …": between ";" a gerund pair shares one object.
  const pairs = parts.length >= 2
  if (semicolons && !pairs) return null
  // ", including at UNEA-5.2", ", including the Zone of Peace ...": examples of an entry, no entry of their own.
  if (parts.length < 2) parts = splitOn(sentence, start, end, /,?\s+and\s+(?=(?!including\b)[a-z]+ing\b)|,\s+(?=(?!including\b)[a-z]+ing\b)/g)
  // A gerund standing alone shares the next entry's object ("preventing and responding to cyber
  // threats") or is an adjective ("including developing and emerging economies"): one entry with it.
  const merged: Array<{ start: number; end: number }> = []
  let pending: number | null = null
  for (const [i, p] of parts.entries()) {
    // "fully implementing …": the gerund after an adverb in ";" entries.
    const w = semicolons ? firstVerbWord(sentence, p.start) : firstWord(sentence, p.start)
    const next = /^\S+\s+(\S+)/.exec(sentence.slice(p.start, p.end))?.[1] ?? ''
    // "…; streamlining …; and implementation of regionalization …": after gerund entries set off by
    // ";", an entry that names its action by a noun ("implementation of", "the establishment of").
    if (pairs && i > 0 && merged.length > 0 && pending === null && ACTION_NOUN_ENTRY.test(sentence.slice(p.start, p.end))) {
      merged.push({ start: p.start, end: p.end })
      continue
    }
    // "…; building climate resilience; …": an -ing noun with an object, between ";" after a gerund entry.
    const gerund = pairs && i > 0 ? isListGerund(w, next) : isGerund(w)
    if (!gerund || /^including$/i.test(w) || (/^(?:and|or|,)$/i.test(next) && !(pairs && isGerund(nextWord(sentence, p.start))))) return null
    if (next === '' && i < parts.length - 1) pending ??= p.start
    else {
      merged.push({ start: pending ?? p.start, end: p.end })
      pending = null
    }
  }
  return merged.length < 2 ? null : merged
}

/** A list entry that names an action by a noun: "implementation of …", "the establishment of …". */
const ACTION_NOUN_ENTRY = /^(?:the\s+)?[a-z-]+(?:ment|tion|sion|ance|ence)\s+of\s/

function splitOn(sentence: string, start: number, end: number, separator: RegExp): Array<{ start: number; end: number }> {
  const text = sentence.slice(start, end)
  const out: Array<{ start: number; end: number }> = []
  let last = 0
  for (const m of matchAll(text, separator)) {
    out.push({ start: start + last, end: trimEnd(sentence, start + m.index) })
    last = m.index + m[0].length
  }
  out.push({ start: start + last, end: trimEnd(sentence, end) })
  return out
    .map((p) => {
      const lead = LEADING.exec(sentence.slice(p.start, p.end))
      return lead ? { start: p.start + lead[0].length, end: p.end } : p
    })
    .filter((p) => p.end > p.start)
}

/** The first word that is not an adverb ("jointly promote" → "promote"). */
function firstVerbWord(sentence: string, at: number): string {
  const words = sentence.slice(at, at + 80).split(/\s+/)
  return (words.find((w) => !/^(?:[a-z]+ly|also|further|together|jointly)$/i.test(w)) ?? '').replace(/[^\p{L}'’-]/gu, '')
}

/** The word after the entry's first word and its "and" / "or" ("adopting and implementing" → "implementing"). */
function nextWord(sentence: string, at: number): string {
  // "accepting and fully implementing the … Agreement": past an adverb.
  return /^\S+\s+(?:and|or),?\s+(?:[a-z]+ly\s+)?([\p{L}'’-]+)/iu.exec(sentence.slice(at, at + 60))?.[1] ?? ''
}

function firstWord(sentence: string, at: number): string {
  return /^[\p{L}'’-]+/u.exec(sentence.slice(at))?.[0] ?? ''
}

/** Moves `end` back over spaces, separators and dangling conjunctions; drops the final full stop. */
export function trimEnd(sentence: string, end: number): number {
  let e = end
  for (;;) {
    const before = e
    while (e > 0 && SEPARATORS.has(sentence.charCodeAt(e - 1))) e--
    // A final full stop, "!" or "?" (with a closing quote or bracket after it).
    let q = e
    if (q > 0 && CLOSERS.has(sentence.charCodeAt(q - 1))) q--
    if (q > 0 && STOPS.has(sentence.charCodeAt(q - 1))) {
      while (q > 0 && STOPS.has(sentence.charCodeAt(q - 1))) q--
      e = q
    }
    const word = DANGLING.exec(sentence.slice(Math.max(0, e - 14), e))
    if (word) e -= word[0].length
    if (e === before) return e
  }
}

const SEPARATORS = new Set([32, 9, 10, 44, 59, 58, 0x2014, 0x2013, 45])
const STOPS = new Set([46, 33, 63])
const CLOSERS = new Set([34, 0x201d, 0x2019, 41])
const DANGLING = /\s(?:and|but|or|that|as well as|while)$/i
