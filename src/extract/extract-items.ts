// Tree → items: runs the extraction passes over every sentence of a parsed statement.
import type { Document, Paragraph, Sentence } from '../core/tree.js'
import { isTrackable, type Item } from '../core/item.js'
import type { MeetingRecord } from '../core/meeting.js'
import type { SourceFile } from '../core/source-file.js'
import { createContext, type ExtractContext, type PassTrace } from './context.js'
import { paragraphRefs } from './paragraph-ref.js'
import { findCandidates, selectAnchors, type Anchor } from './passes/01-find-anchors.js'
import { ANCHOR_RULES } from './rules/index.js'
import { findClauseHead, makeSubject, partiesOpening, resolveSubject, type Subject } from './passes/02-subjects.js'
import { buildClauses, copyClause, type Clause } from './passes/03-clauses.js'
import { classifyClause, type Classified } from './passes/04-classify.js'
import { annotateItem } from './passes/06-annotate.js'
import { listEntryItems, type LeadIn } from './passes/05-list-paragraphs.js'
import { LEAD_MODAL, LIST_LEAD_IN } from './lexicon/list-lead-in.js'
import { isActionVerb, verbLemma } from './verbs.js'
import { NOMINAL_PLEDGE_NOUN } from './lexicon/pledge-nouns.js'

/** What extraction reads: the normalized text, its tree and the meeting record. */
export interface ExtractInput {
  file: SourceFile
  tree: Document
  meeting: MeetingRecord
  /** Told each pass's number as it runs (tests check that passes run in their numbered order). */
  trace?: PassTrace
}

/** A classified clause with absolute offsets, before annotation. */
export interface Draft extends Classified {
  paragraph: number
  start: number
  end: number
  sentenceStart: number
  /** Where the words after this clause that may still qualify it end (the next clause, or the sentence end). */
  tailEnd: number
  /** Where the sentence's lead-in before its first clause ends ("In the coming months, ..."). */
  leadEnd: number
}

/**
 * Extracts every commitment, directive, support, call and position of a parsed statement.
 * Pure: no I/O, no clock.
 * @param input the output of parseStatement()
 * @returns items in text order; `text === file.value.slice(start, end)` for each
 * @throws Error when `input.tree` is not a document tree
 */
export function extractItems(input: ExtractInput): Item[] {
  if (input.tree?.type !== 'document') {
    throw new Error(`extractItems: expected a tree of type 'document', got '${String(input.tree?.type)}'. Pass the result of parseStatement().`)
  }
  const ctx = createContext(input.file.value, input.meeting)
  if (input.trace) ctx.trace = input.trace
  const paragraphs = input.tree.children.filter((b): b is Paragraph => b.type === 'paragraph')
  const refOf = paragraphRefs(paragraphs)
  const drafts: Draft[] = []
  let leadIn: LeadIn | null = null
  for (const p of paragraphs) {
    const ref = refOf(p)
    if (leadIn) ctx.trace?.(5, p.position.start.offset)
    const entries = leadIn ? listEntryItems(p, ref, leadIn, ctx) : null
    if (entries) {
      // An entry that opens with a pledge of its own ("- Reaffirm our commitment to …") keeps its own
      // items; so does one that opens with a stance ("NOTE the United Nations General Assembly Resolution
      // …" under "WE HEREBY COMMIT TO:"): a position, not an action (session 11).
      const own = extractSentence(p.children[0]!, ref, ctx).drafts
      // An entry that states a view ("1. NOTE the … Resolution …") gives none of the lead-in's: its own items;
      // so does an entry whose own reading is a position or a pledge at its start.
      if (entries.length === 0 || own.some((d) => (isTrackable(d.type) || d.type === 'position') && d.start === entries[0]?.start)) drafts.push(...own)
      else drafts.push(...withOwnDirectives(entries, own, ctx.text))
      for (const s of p.children.slice(1)) drafts.push(...extractSentence(s, ref, ctx).drafts)
      continue
    }
    leadIn = null
    ctx.previousPledge = null
    for (const s of p.children) {
      const found = extractSentence(s, ref, ctx)
      drafts.push(...found.drafts)
      if (found.leadIn) leadIn = found.leadIn
      // The last trackable draft's actors (no array built per sentence).
      ctx.previousPledge = null
      for (let i = found.drafts.length - 1; i >= 0; i--) {
        if (!isTrackable(found.drafts[i]!.type)) continue
        ctx.previousPledge = found.drafts[i]!.actors
        break
      }
      if (ctx.previousPledge === null) ctx.previousPledge = nominalPledgeActors(found.drafts, ctx.text)
    }
    ctx.previousPledge = null
  }
  const counters = new Map<number, number>()
  return drafts.map((d) => {
    const n = (counters.get(d.paragraph) ?? 0) + 1
    counters.set(d.paragraph, n)
    ctx.trace?.(6, d.start)
    return annotateItem(d, `p${d.paragraph}-${n}`, ctx)
  })
}

/**
 * "Today, we affirm our joint commitment to safe, orderly, and humane migration …": a pledge noun
 * whose object is a noun phrase is a position, but a next sentence "This includes assisting host
 * communities …; providing protection …" details the actions it stands for (ANNOTATION.md: the
 * entries under a general head are the items). The parties of the last such position, or null.
 */
function nominalPledgeActors(drafts: readonly Draft[], text: string): string[] | null {
  const d = drafts[drafts.length - 1]
  if (!d || d.type !== 'position' || d.actorRole !== 'parties' || d.actors.length === 0) return null
  const { anchor } = d.clause
  if (anchor.rule.id !== 'position/emphasis') return null
  return NOMINAL_PLEDGE_NOUN.test(text.slice(d.sentenceStart + anchor.start, d.sentenceStart + anchor.end)) ? d.actors : null
}

/**
 * The entries of one list paragraph with the directives the entry gives itself: "ESTABLISH the …
 * Partnership …, and task our officials to follow up on its implementation" is the lead-in's
 * commitment and the parties' directive; the entry it lies in ends before it.
 */
function withOwnDirectives(entries: Draft[], own: Draft[], text: string): Draft[] {
  const directives = own.filter((d) => d.type === 'directive' && d.start > entries[0]!.start)
  if (directives.length === 0) return entries
  const out = entries.filter((e) => e.start < directives[0]!.start)
  const last = out[out.length - 1]
  if (last && last.end > directives[0]!.start) {
    let end = directives[0]!.start
    while (end > last.start && /[\s,;]/.test(text[end - 1]!)) end--
    if (/\band$/.test(text.slice(last.start, end))) end -= 3
    while (end > last.start && /[\s,;]/.test(text[end - 1]!)) end--
    out[out.length - 1] = { ...last, end }
  }
  return [...out, ...directives, ...entries.filter((e) => e.start >= directives[0]!.start && !directives.some((d) => e.start < d.end && d.start < e.end))]
}

function extractSentence(sentence: Sentence, paragraph: number, ctx: ExtractContext): { drafts: Draft[]; leadIn: LeadIn | null } {
  const base = sentence.position.start.offset
  // A zero-width space ("\u200bWe intend to explore …", web pages) is read as a space: same length, so
  // every offset stays where it is.
  const value = sentence.value.includes('\u200b') ? sentence.value.replace(/\u200b/g, ' ') : sentence.value
  // Words glued by a lost space ("Theyreaffirmed") are read repaired; offsets map back to the original.
  const repaired = ctx.repair(value)
  if (!repaired) return extractText(value, base, paragraph, ctx)
  const { map } = repaired
  const at = (i: number): number => map[Math.min(Math.max(i, 0), map.length - 1)]!
  const found = extractText(repaired.text, base, paragraph, ctx)
  const back = (abs: number): number => base + at(abs - base)
  for (const d of found.drafts) {
    const { anchor } = d.clause
    d.clause = {
      ...d.clause,
      start: at(d.clause.start),
      end: at(d.clause.end),
      anchor: { ...anchor, start: at(anchor.start), end: at(anchor.end), verbStart: at(anchor.verbStart) },
    }
    d.start = back(d.start)
    d.end = back(d.end)
    d.tailEnd = back(d.tailEnd)
    d.leadEnd = back(d.leadEnd)
  }
  return found
}

/** True when another candidate claims some of the anchor's words. (A function of the module, not a closure made per sentence: speed.) */
function isContested(a: Anchor, candidates: readonly Anchor[]): boolean {
  return candidates.some((b) => b !== a && a.start < b.end && b.start < a.end)
}

function extractText(text: string, base: number, paragraph: number, ctx: ExtractContext): { drafts: Draft[]; leadIn: LeadIn | null } {
  ctx.trace?.(1, base)
  const candidates = findCandidates(text)
  if (candidates.length === 0) return { drafts: [], leadIn: listLeadIn(text, base, paragraph, ctx) }
  // Only where two rules claim the same words must the better one prove it makes an item.
  const found = selectAnchors(candidates, (a) => !isContested(a, candidates) || acceptsAnchor(text, a, ctx))
  if (found.length === 0) return { drafts: [], leadIn: listLeadIn(text, base, paragraph, ctx) }
  const built = sentenceClauses(text, found, ctx)
  const viable = viableAnchors(text, found, ctx, built)
  if (viable.length === 0) return { drafts: [], leadIn: listLeadIn(text, base, paragraph, ctx) }
  // The clauses of the viable anchors: the ones already built when no anchor was dropped.
  const { clauses, main } = viable.length === found.length ? built : sentenceClauses(text, viable, ctx)
  ctx.trace?.(2, base)
  ctx.trace?.(3, base)
  const drafts: Draft[] = []
  let previous: Subject = main
  for (const clause of clauses) {
    const fallback = clause.head.subject.kind === 'none' ? previous : clause.head.subject
    ctx.trace?.(4, base)
    const c = classifyClause(text, clause, fallback, ctx)
    if (clause.head.subject.kind !== 'none') previous = clause.head.subject
    if (!c) continue
    if (!isWorthKeeping(text, c)) continue
    // Note: Object.assign rather than `{ ...c, paragraph, ... }`: in Node 20 a spread followed by more
    // fields costs some microseconds (the copy is slow to extend), twenty times this; same keys, same order.
    drafts.push(
      Object.assign({}, c, { paragraph, start: base + clause.start, end: base + clause.end, sentenceStart: base, tailEnd: base + text.length, leadEnd: base }),
    )
  }
  const firstStart = clauses.length > 0 ? base + Math.min(...clauses.map((c) => c.start)) : base
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!
    d.leadEnd = firstStart
    // The next draft that starts after this one ends (no copy of the rest of the list: speed).
    for (let j = i + 1; j < drafts.length; j++) {
      if (drafts[j]!.start < d.end) continue
      d.tailEnd = drafts[j]!.start
      break
    }
  }
  // A sentence that ends with ":" after a pledge introduces a list of actions in the next paragraphs.
  const last = drafts[drafts.length - 1]
  const leadIn = text.charCodeAt(trimmedLength(text) - 1) === 58 && last ? { draft: last } : drafts.length === 0 ? listLeadIn(text, base, paragraph, ctx) : null
  return { drafts, leadIn }
}

/**
 * A lead-in whose pledge has no action of its own, only a list after it: "The Ministers resolve
 * to:", "we commit to:", "Both sides decided on the following actions:", "Japan and Australia
 * will:". The entries of the list that follows are the items (ANNOTATION.md, Splitting); the
 * lead-in itself is none.
 */
function listLeadIn(text: string, base: number, paragraph: number, ctx: ExtractContext): LeadIn | null {
  // Only a sentence that ends with ":" can be one; the pattern is not tried on the others.
  if (text.charCodeAt(trimmedLength(text) - 1) !== 58) return null
  const m = LIST_LEAD_IN.exec(text)
  if (!m) return null
  const anchor: Anchor = { rule: LEAD_IN_RULE, start: m.index, end: m.index + m[0].length, verb: null, verbStart: m.index + m[0].length }
  let head = findClauseHead(text, anchor, 0, ctx)
  // "we must redouble our efforts to protect our people, …, and pursue criminal networks through the
  // following actions:": the list's subject is the one of the sentence's modal, not the words before "the following".
  if (head.subject.kind === 'third' && head.subject.actors.length === 0) {
    const modal = LEAD_MODAL.exec(text.slice(0, anchor.start))
    if (modal) {
      const at: Anchor = { ...anchor, start: modal.index, end: modal.index + modal[0].length, verbStart: modal.index + modal[0].length }
      const own = findClauseHead(text, at, 0, ctx)
      if (own.subject.kind === 'parties' || own.subject.kind === 'party') head = own
    }
  }
  // "Hereby decide to:" under the parties' preamble: an adverb is no subject of its own.
  const bare = /^(?:hereby|together|jointly|today|therefore|also|further|now|accordingly)?[\s,]*$/i.test(text.slice(head.start, anchor.start))
  const subject = head.subject.kind === 'none' || bare ? makeSubject('parties') : head.subject
  if (subject.kind !== 'parties' && subject.kind !== 'party') return null
  const actors = subject.kind === 'party' || subject.actors.length > 0 ? subject.actors : ctx.parties
  const clause: Clause = { start: head.start, end: text.length, anchor, head, part: 'head', verb: null }
  return {
    draft: {
      clause,
      type: 'commitment',
      actors: [...actors],
      actorRole: 'parties',
      modality: 'future',
      strength: 'firm',
      reaffirmed: false,
      paragraph,
      start: base + head.start,
      end: base + text.length,
      sentenceStart: base,
      tailEnd: base + text.length,
      leadEnd: base,
    },
  }
}

/** The length of a text without its trailing white space. */
function trimmedLength(text: string): number {
  let n = text.length
  while (n > 0 && /\s/.test(text[n - 1]!)) n--
  return n
}

/** The clauses of a sentence's anchors and the sentence's main subject. */
interface SentenceClauses {
  clauses: Clause[]
  main: Subject
}

function sentenceClauses(text: string, anchors: Anchor[], ctx: ExtractContext): SentenceClauses {
  const clauses = buildClauses(text, anchors, ctx)
  return {
    clauses,
    main: mainSubject(
      text,
      clauses.map((c) => c.head.subject),
      anchors[0]!,
      ctx,
    ),
  }
}

function mainSubject(text: string, subjects: Subject[], first: Anchor, ctx: ExtractContext): Subject {
  const known = subjects.find((s) => s.kind === 'parties' || s.kind === 'party')
  if (known) return known
  const head = findClauseHead(text, first, 0, ctx)
  if (head.subject.kind === 'party' || head.subject.kind === 'parties') return head.subject
  // "Russia cannot grossly violate international law and expect to benefit ...": a third party
  // named as the sentence's subject is the subject of its clauses that have none.
  if (subjects.some((s) => s.kind === 'none')) {
    const third = thirdOpening(text, ctx)
    if (third) return third
  }
  // "The Philippines appreciates ... and expresses its willingness to ...": the sentence's opening
  // subject, sought only where a clause lacks a subject and a name may open the sentence (it is costly).
  if (!subjects.some((s) => s.kind === 'none') || !/[A-Z]/.test(text.slice(1, 60))) return makeSubject('parties')
  // One look at the first words first: only where they name a party is the exact subject sought.
  // "President Biden reiterated that a strong Iraq is …": the first five words may end inside the reported
  // clause; the first three are tried too.
  const words = text.split(/[\s,;:]+/, 5)
  const names = (o: Subject): boolean => o.kind === 'party' || (o.kind === 'parties' && o.actors.length > 0)
  const named = names(resolveSubject(words.join(' '), ctx)) || names(resolveSubject(words.slice(0, 3).join(' '), ctx)) ? partiesOpening(text, ctx) : null
  return named ?? makeSubject('parties')
}

/** A third party when the sentence opens with its name (up to three words) and a verb: "Russia cannot ...". */
function thirdOpening(text: string, ctx: ExtractContext): Subject | null {
  const m = THIRD_OPENING.exec(text)
  if (m) {
    const s = resolveSubject(m[1]!, ctx)
    if (s.kind === 'third' && s.actors.length > 0) return s
  }
  // "His decision is putting the global economic recovery at risk, undermines … and will have severe
  // impacts …": a noun phrase with a determiner, neither the parties nor their work, opens the sentence.
  const d = DETERMINED_OPENING.exec(text)
  if (!d) return null
  const s = resolveSubject(d[1]!, ctx)
  return s.kind === 'third' ? s : null
}
const DETERMINED_OPENING =
  /^\s*((?:his|her|its)\s+[a-z][\p{L}’'-]*(?:\s+[a-z][\p{L}’'-]*){0,2})\s+(?:is|are|was|were|has|have|had|cannot|can|could|continues|threatens|undermines|remains)\b/iu
const THIRD_OPENING =
  /^\s*((?:the\s+)?[A-Z][\p{L}.’'-]*(?:\s+[A-Z][\p{L}.’'-]*){0,2})\s+(?:cannot|can|must|has|have|is|are|was|were|continues|continued|should)\b/u

/** False for an anchor that cannot make an item on its own (a present pledge of a third party). */
function acceptsAnchor(text: string, a: Anchor, ctx: ExtractContext): boolean {
  const [clause] = buildClauses(text, [a], ctx)
  if (!clause) return false
  // A rule that refuses some verbs or contexts must prove itself, so that "we continue to call for"
  // leaves its words to the call rule.
  if (clause.head.subject.kind !== 'third' && !a.rule.notVerbs && !a.rule.notAfter) return true
  const whole = copyClause(clause, clause.start, text.length, 'whole', clause.verb)
  return classifyClause(text, whole, clause.head.subject, ctx) !== null
}

/**
 * Keeps the anchors that start a clause of their own: those that make an item, and, inside another
 * clause, only those with their own subject or after ";" / ", and" ("..., and supported ...").
 * Without this, "to identify, treat, and support those impacted" would cut a pledge at "support".
 */
function viableAnchors(text: string, anchors: Anchor[], ctx: ExtractContext, built: SentenceClauses): Anchor[] {
  const { clauses, main } = built
  return anchors.filter((a, i) => {
    const clause = clauses.find((c) => c.anchor === a)
    if (!clause) return false
    const whole = copyClause(clause, clause.start, text.length, 'whole', clause.verb)
    if (!classifyClause(text, whole, clause.head.subject.kind === 'none' ? main : clause.head.subject, ctx)) return false
    const trackable = isTrackable(a.rule.type)
    if (trackable && i > 0 && a.rule.kind === 'adjective' && clause.head.subject.kind === 'none' && inInfinitiveSeries(text, clause.start, a)) return false
    if (trackable || i === 0 || clause.head.subject.kind !== 'none') return true
    // "...; called for ...", "..., and supported ...": a reported verb in the past after a coordinator.
    const before = text.slice(0, clause.start)
    if (/;\s*(?:and\s*)?$/.test(before)) return true
    if (!/(?:,?\s*and|,\s*as well as)\s*$/i.test(before)) return false
    // "to identify, treat, and support those impacted": a verb in an infinitive series is not a new clause.
    if (/\b[a-z]+,\s+[a-z]+,?\s+and\s*$/i.test(before) && !/ed$/i.test(text.slice(a.start).split(/\s/, 1)[0] ?? '')) return false
    return /ed$/i.test(text.slice(a.start).split(/\s/, 1)[0] ?? '') || (!a.rule.joinsSeries && a.rule.kind !== 'call')
  })
}

/**
 * "We are resolved to maintain peace …, remain aligned in our shared vision, and stand ready to meet …":
 * a base verb that ends a series of base verbs under one "to" continues that "to" (one item,
 * ANNOTATION.md: no "to", "will" or subject of its own), even where it could start a pledge itself.
 * Read for a readiness ("stand ready", "remain committed") only: a present-tense verb of "we" looks the
 * same ("We commit to strengthening …, share …, and reiterate our firm commitment to …" is two pledges).
 */
function inInfinitiveSeries(text: string, start: number, a: Anchor): boolean {
  const series = INFINITIVE_SERIES.exec(text.slice(0, start))
  if (!series) return false
  const first = /^[a-z]+/.exec(text.slice(a.start))?.[0] ?? ''
  return [series[1]!, first].every((w) => verbLemma(w) === w && isActionVerb(w))
}
const INFINITIVE_SERIES = /\bto\s+(?:[a-z]+ly\s+)?(?![a-z]+ing\b)[a-z]+\b[^;:]*,\s+([a-z]+)\b[^,;:]*,\s+and\s*$/

/** The rule an item of such a list reports (the modal pledge: the list entries are its actions). */
const LEAD_IN_RULE = ANCHOR_RULES.find((r) => r.id === 'commitment/modal-future')!

/** "that" right after a clause: what follows is its object. */
const THAT_NEXT = /^\s*that\b/i

/** Drops clauses that are only a lead-in to another ("The two leaders shared the view that"). */
function isWorthKeeping(sentence: string, c: Classified): boolean {
  const text = sentence.slice(c.clause.start, c.clause.end)
  // "the African Union will politically commit that participating AU members will address …": a
  // pledge verb whose object is the next clause's pledge (its "that" right after the verb) leads
  // into it, and is no item of its own.
  if (isTrackable(c.type))
    return (
      TWO_WORDS.test(text) &&
      !(c.clause.anchor.rule.kind === 'modal' && c.clause.end <= c.clause.anchor.end + 1 && THAT_NEXT.test(sentence.slice(c.clause.end, c.clause.end + 8)))
    )
  return TWO_WORDS.test(sentence.slice(c.clause.anchor.end, c.clause.end)) && !/\bthat$/i.test(text)
}

/** Two words or more: white space with a word on each side (the text is not split: speed). */
const TWO_WORDS = /\S\s+\S/
