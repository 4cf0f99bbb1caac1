// What a later passage reports about an earlier pledge, by evidence in order: completion of the same
// action > progress > reaffirmed > mentioned; dropped only on explicit cues.
import type { Item } from '../../core/item.js'
import type { LinkKind } from '../../core/tracking.js'
import { ANTICIPATION_BEFORE_CUE, EVENT_WORDS, FUTURE_BEFORE_CUE, LINK_RULES, MENTION_RULE_ID, SPEECH_PAST } from './link-rules.js'
import { canonicalCountry, findCountryMentions, groupMembers, groupNamePattern } from '../../lexicon/countries.js'
import { matchAll } from '../../core/match-all.js'
import { escapeRegExp } from '../../core/escape-regexp.js'
import { stockLemmas, tokenize, type Token } from './normalize.js'

/** The kind of a link and why. */
export interface LinkClassification {
  kind: LinkKind
  /** Id of the rule that decided (`mentioned/no-cue` when no cue matched). */
  rule: string
  /** The cue as printed in the passage, or null. */
  cue: string | null
}

/** How far (characters) a cue may stand from the nearest word the passage shares with the item. */
export const CUE_WINDOW = 200

/** How far (characters) a completion cue may stand from a word of the pledge's own object. */
export const OBJECT_WINDOW = 80

// Note: compiled once; matchAll copies a global pattern, so sharing them is safe.
const GLOBAL_PATTERNS = LINK_RULES.map((r) => new RegExp(r.pattern.source, 'g'))

interface CueMatch {
  index: number
  0: string
  future: boolean
}
const matchCache = new Map<string, CueMatch[][]>()

/** Every cue of every rule in a lower-cased passage (cached: a passage is classified for many pledges). */
function cueMatches(lower: string): CueMatch[][] {
  let hit = matchCache.get(lower)
  if (!hit) {
    hit = GLOBAL_PATTERNS.map((re) => [...lower.matchAll(re)].map((m) => ({ index: m.index, 0: m[0], future: isFuture(lower, m.index) })))
    if (matchCache.size >= 20_000) matchCache.clear()
    matchCache.set(lower, hit)
  }
  return hit
}

function isFuture(lower: string, at: number): boolean {
  return FUTURE_BEFORE_CUE.test(lower.slice(Math.max(0, at - 60), at)) || ANTICIPATION_BEFORE_CUE.test(lower.slice(Math.max(0, at - 100), at))
}

const countryCache = new Map<string, boolean>()
function isCountry(word: string): boolean {
  let hit = countryCache.get(word)
  if (hit === undefined) {
    hit = canonicalCountry(word) !== null && canonicalCountry(word) !== undefined
    if (countryCache.size < 50_000) countryCache.set(word, hit)
  }
  return hit
}

/** A pledge to do something again and again: completing it once is progress. */
export const RECURRING = /\b(?:annual(?:ly)?|every year|each year|once a year|regular(?:ly)?|at least once|periodic(?:ally)?|routinely)\b/i

const HAS_DONE_LIST = 'progress-reported/has-done-list'
const NEW_PLEDGE = 'reaffirmed/new-pledge'
const PAST_REPORT_RULE = 'progress-reported/past-report'
/** Rule id of a completion cue on something that serves the pledge, or on a standing pledge. */
export const SERVES_PLEDGE = 'progress-reported/serves-pledge'
const PROGRESS_ORDER = LINK_RULES.findIndex((r) => r.kind === 'progress-reported')
const HAS_DONE_ORDER = LINK_RULES.findIndex((r) => r.id === 'progress-reported/has-done')

/** A list's verb ("…, and improved …") counts when a "have …-ed" of the same sentence stands before it. */
function hasDoneBefore(matches: CueMatch[][], at: number): boolean {
  return (matches[HAS_DONE_ORDER] ?? []).some((m) => m.index < at && !m.future)
}

/**
 * A list verb after a past verb of the parties ("The United Kingdom and the United States welcomed
 * Australian naval officers … and embedded Australian personnel …"): a step taken, unless the list
 * verb is one of speech or stance.
 */
function partyListBefore(text: string, lower: string, m: CueMatch, parties?: readonly string[]): boolean {
  const verb = /[a-z]+ed$/.exec(m[0])?.[0]
  // Note: "and …-ed" only: after a comma it is as often an adjective of a noun list (", organized crime").
  if (!verb || !/\band\b/.test(m[0]) || SPEECH_PAST_SET.has(verb)) return false
  const before = lower.slice(0, m.index)
  const clause = before.slice(before.search(/[^;.]*$/))
  const offset = m.index - clause.length
  // The clause's first verb in the past, printed in lower case ("United" in a name is none).
  const first = [...clause.matchAll(/\b[a-z]{3,}ed\b/g)].find((x) => /^[a-z]/.test(text.charAt(offset + x.index)))
  return first !== undefined && partySubjectBefore(text, lower, offset + first.index, parties)
}
const SPEECH_PAST_SET = new Set<string>(SPEECH_PAST)

/** How far after "announced the" the pledge's object must start. */
const ANNOUNCED_WINDOW = 30

/** After a completion cue: the first of several ("completed the first SSN port visit"). */
const FIRST_INSTANCE = /^\s+(?:the|its|their|our) first\b(?! time)/

// Irregular past forms of verbs that pledges use ("hold a summit" → "held").
const IRREGULAR_PAST: Readonly<Record<string, readonly string[]>> = {
  begin: ['began', 'begun'],
  bring: ['brought'],
  build: ['built'],
  hold: ['held'],
  lead: ['led'],
  make: ['made'],
  meet: ['met'],
  seek: ['sought'],
  send: ['sent'],
  take: ['took', 'taken'],
}

// Verbs of effort with no end of their own: the core of both lists below.
const EFFORT_VERBS = [
  'advance',
  'bolster',
  'collaborate',
  'consult',
  'continue',
  'cooperate',
  'coordinate',
  'deepen',
  'engage',
  'enhance',
  'expand',
  'maintain',
  'partner',
  'promote',
  'remain',
  'strengthen',
  'support',
  'work',
  'improve',
  'intensify',
  'reinforce',
]

// Verbs of ongoing effort: "we have strengthened ..." is progress, not the pledge done.
const ONGOING_VERBS = new Set([...EFFORT_VERBS, 'ensure', 'pursue', 'seek', 'explore', 'consider', 'discuss'])
const HOLD_VERBS = new Set(['hold', 'convene', 'host', 'meet', 'organize', 'organise'])

/**
 * Verbs of a standing pledge ("deepen cooperation", "promote information sharing", "support
 * Australia in acquiring …"): no single step completes it, so a launch or a delivery that serves
 * it is progress (test/link-key/README.md: "A standing or recurring pledge is never done").
 */
const STANDING_VERBS = new Set([...EFFORT_VERBS, 'champion', 'foster', 'help', 'leverage', 'uphold'])

/** Verbs that wrap the pledged one: "work to conclude the agreement" pledges to conclude it. */
const WRAPPING_VERB = /^(?:work|continue|strive|seek|aim|endeavou?r|commit|resolve|pledge)(?:\s+(?:together|jointly|closely|further|hard))?\s+to\s+([a-z]+)/

/** The verb that says what was pledged: the action's first word, or the verb after "work to …". */
function pledgedVerb(action: string): string {
  const lower = action.trim().toLowerCase()
  const verb = WRAPPING_VERB.exec(lower)?.[1] ?? /^[a-z]+/.exec(lower)?.[0] ?? ''
  // "meeting again this summer", "continuing to build on …": the gerund of a list of pledges is its verb.
  const stem = /^([a-z]{3,})ing$/.exec(verb)?.[1]
  if (!stem) return verb
  for (const base of [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')]) if (HOLD_VERBS.has(base) || STANDING_VERBS.has(base) || IRREGULAR_PAST[base]) return base
  return verb
}

/**
 * The item's short action ends in "…" when the extraction cut it ("expand our coordination on … in
 * third countries, including through a …"): read the rest from the pledge's own words, so that the
 * object the completion cues look for is whole.
 */
export function wholeAction(action: string, text: string): string {
  if (!action.endsWith('…')) return action
  const head = action.slice(0, -1).trim()
  const at = text.indexOf(head)
  return at >= 0 ? text.slice(at) : head
}

/**
 * A renewed pledge needs the parties as its subject: "we will", "our nations will", "the leaders
 * will" — not "These initiatives will add to …" or "The agreement will make …". Tested on the words
 * between the clause's start and "will" / "shall". The parties by name ("the United States will",
 * "AUKUS partners will") are found by partyBefore, from the meeting's own parties.
 */
const PARTY_SUBJECT =
  /\b(?:we|us|our|they|their|both|each|all|together|partners?|leaders?|ministers?|nations|countries|governments?|sides|parties|members|council|[a-z]+ (?:and|&) [a-z]+)\s+(?:\w+\s+){0,3}$/
const CLAUSE_START = /^(?:[^,;:.]*[,;:.])*\s*/
/** At most three words, and no clause break, between a party's name and "will". */
const NAME_TO_WILL = /^(?:\s+[\p{L}\p{N}’'-]+){0,3}\s*$/u

/** The parties, or the pledge's own object ("The summit will be held in Sydney"), are the subject of "will" at `at`. */
function pledgingSubjectBefore(text: string, lower: string, at: number, objectHits: readonly number[], parties?: readonly string[]): boolean {
  const from = Math.max(0, at - 120)
  const before = lower.slice(from, at)
  const skip = CLAUSE_START.exec(before)?.[0].length ?? 0
  const clause = skip < before.length ? before.slice(skip) : before
  return PARTY_SUBJECT.test(clause) || objectHits.some((h) => h >= from + skip && h < at) || partyBefore(text.slice(from, at), parties)
}

/** A possessive right before a past form makes it an adjective ("our combined efforts", "the nations' armed forces"), not a report. */
const POSSESSIVE_BEFORE = /(?:\b(?:our|their|its|his|her|your)|['’]s?)\s+$/

/** The parties are the subject of the past verb at `at` ("We built …", "our agencies traced …", "the U.S. and the ROK joined …"). */
function partySubjectBefore(text: string, lower: string, at: number, parties?: readonly string[]): boolean {
  // Note: cached per passage, place and parties — a passage is classified for many pledges, and the names are slow to find.
  const cache = subjectCaches.get(parties ?? NO_PARTIES) ?? new Map<string, boolean>()
  subjectCaches.set(parties ?? NO_PARTIES, cache)
  const key = `${at}\u0000${text}`
  let hit = cache.get(key)
  if (hit === undefined) {
    hit = partySubjectAt(text, lower, at, parties)
    if (cache.size >= 20_000) cache.clear()
    cache.set(key, hit)
  }
  return hit
}
const NO_PARTIES: readonly string[] = []
const subjectCaches = new WeakMap<readonly string[], Map<string, boolean>>()

function partySubjectAt(text: string, lower: string, at: number, parties?: readonly string[]): boolean {
  const from = Math.max(0, at - 120)
  const before = lower.slice(from, at)
  if (POSSESSIVE_BEFORE.test(before)) return false
  const skip = CLAUSE_START.exec(before)?.[0].length ?? 0
  const clause = skip < before.length ? before.slice(skip) : before
  return PAST_SUBJECT.test(clause) || partyBefore(text.slice(from, at), parties, NAME_TO_VERB, NAME_LEAD)
}

/**
 * The parties right before a past verb, at most one adverb between: "we built", "the two countries
 * jointly launched", "our law enforcement agencies traced" (a body of the parties: up to three words
 * after "our" / "their" before its noun). Not "X and Y" at large: "chemicals and equipment related to".
 */
const PAST_SUBJECT =
  /\b(?:we|they|both(?: (?:sides|countries|governments|nations))?|(?:the|our) (?:two|three|four) (?:sides|countries|governments|nations|leaders|presidents|partners)|(?:the )?(?:leaders|ministers|presidents|partners)|(?:a|the|our|their) (?:[a-z-]+ ){0,4}(?:working groups?|task forces?|committees?)|(?:our|their) (?:[a-z-]+ ){0,3}(?:agencies|governments|ministries|departments|teams|officials|experts|nations|countries|authorities|institutions|militaries|forces|navies|services))\s+(?:(?:also|jointly|together|further|successfully|then|recently|already|[a-z]+ly)\s+)?$/
/** At most one word (an adverb), and no clause break, between a party's name and its past verb. */
const NAME_TO_VERB = /^(?:\s+[a-z]+ly|\s+(?:also|jointly|together|further|then|already))?\s*$/u

/** The countries a meeting's parties stand for (groupings by their members), and its other parties' names. */
interface PartySet {
  countries: Set<string>
  names: RegExp | null
}
/** One set per parties array: a meeting's context passes the same array for all its passages. */
const partySets = new WeakMap<readonly string[], PartySet>()

function partySetOf(parties: readonly string[]): PartySet {
  let set = partySets.get(parties)
  if (set) return set
  const countries = new Set<string>()
  const others: string[] = []
  for (const p of parties) {
    const country = canonicalCountry(p)
    const members = groupMembers(p)
    if (country) countries.add(country)
    else if (members) for (const m of members) countries.add(m)
    else others.push(p.replace(/^the\s+/i, ''))
  }
  const names = others.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${others.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null
  set = { countries, names }
  partySets.set(parties, set)
  return set
}

/**
 * A party of the meeting is named just before "will" ("the United States will", "Japan and the
 * Philippines will", "the Quad will"): a country among the parties or their groupings' members, a
 * grouping all of whose members are parties, or another party by its name. Without the parties (not
 * known), any country or grouping counts.
 * @param before the passage's words before "will", as printed
 */
function partyBefore(before: string, parties?: readonly string[], gap: RegExp = NAME_TO_WILL, lead?: RegExp): boolean {
  const set = parties && parties.length > 0 ? partySetOf(parties) : null
  const names: Array<{ start: number; end: number }> = []
  for (const m of findCountryMentions(before)) if (!set || set.countries.has(m.name)) names.push({ start: m.start, end: m.end })
  for (const m of matchAll(before, groupNamePattern())) {
    const members = groupMembers(m[0]) ?? []
    if (!set || (members.length > 0 && members.every((x) => set.countries.has(x)))) names.push({ start: m.index, end: m.index + m[0].length })
  }
  if (set?.names) for (const m of matchAll(before, set.names)) names.push({ start: m.index, end: m.index + m[0].length })
  if (lead && !names.some((n) => lead.test(before.slice(0, n.start)))) return false
  return names.some((n) => gap.test(before.slice(n.end)))
}

/**
 * What may stand before the first name of a subject: the clause's start, "the", "and", "both", or
 * another name — not a verb or a preposition ("to enhance U.S. extended deterrence").
 */
const NAME_LEAD = /(?:^|[,;:.]\s*|\b(?:the|and|both)\s+)$/i

/** The pledge as the classifier reads it: its words, and its action (verb first). */
export type ClassifiedPledge = Pick<Item, 'text' | 'action'>

/**
 * Classifies what `passage` says about the pledge.
 * @example classifyLink(item, { text: 'The leaders welcomed the signing of the agreement.' }) // 'reported-done'
 */
export function classifyLink(item: ClassifiedPledge, passage: { text: string }): LinkKind {
  return explainLink(item, passage).kind
}

/**
 * Classifies what `passage` says about the pledge, with the rule and cue. Cues are tried in the
 * order of LINK_RULES (dropped, done, progress, reaffirmed). A cue counts only within CUE_WINDOW
 * characters of a word the passage shares with the pledge; cues of done and progress only when not
 * put in the future ("will be signed"). A completion cue must also stand within OBJECT_WINDOW of a
 * word of the pledge's own object ("launched the Quad Fellowship" for "inaugurate the Quad
 * Fellowship"), and "held/convened/hosted" completes only a pledge to hold an event. The past of
 * the pledge's own verb ("train" → "trained") also reports it done. No cue: `mentioned`.
 * @param parties the parties of the pledge's meeting (Meeting.parties): "the United States will …"
 *   renews a pledge when the United States is one of them; without them any country counts
 */
export function explainLink(item: ClassifiedPledge, passage: { text: string }, parties?: readonly string[]): LinkClassification {
  const lower = passage.text.toLowerCase()
  item = { text: item.text, action: wholeAction(item.action, item.text) }
  const hits = sharedWordOffsets(item.text, passage.text)
  const objectHits = sharedWordOffsets(objectOf(item.action), passage.text, true)
  const verb = pledgedVerb(item.action)
  const headHits = headOffsets(item.action, passage.text)
  const isHold = HOLD_VERBS.has(verb)
  const isEvent = isHold || EVENT_WORDS.test(item.action)
  // A pledge to meet ("meeting again this summer") is held by a meeting whatever its time words: the event by the cue.
  const eventNear = (at: number): boolean => {
    const around = lower.slice(Math.max(0, at - CUE_WINDOW), at + CUE_WINDOW)
    return EVENT_WORDS.test(around)
  }
  const near = (at: number, length: number, list: number[], window: number): boolean => list.some((h) => h >= at - window && h <= at + length + window)
  const future = (at: number): boolean => isFuture(lower, at)

  const candidates: Array<LinkClassification & { order: number }> = []
  const matches = cueMatches(lower)
  LINK_RULES.forEach((rule, order) => {
    for (const m of matches[order]!) {
      if (rule.pastOnly && m.future) continue
      if (rule.id === HAS_DONE_LIST && !hasDoneBefore(matches, m.index) && !partyListBefore(passage.text, lower, m, parties)) continue
      if (hits.length > 0 && !near(m.index, m[0].length, hits, CUE_WINDOW)) continue
      const cue = passage.text.slice(m.index, m.index + m[0].length)
      if (rule.kind === 'reported-done') {
        const heldEvent = isHold && rule.id === 'reported-done/held' && eventNear(m.index)
        if (!heldEvent && !near(m.index, m[0].length, objectHits, OBJECT_WINDOW)) {
          // A standing pledge ("strengthen collaboration in education …") is served by whatever was signed or set up for it.
          if (STANDING_VERBS.has(verb) && near(m.index, m[0].length, objectHits, CUE_WINDOW) && !(rule.id === 'reported-done/held' && !isEvent)) {
            candidates.push({ kind: 'progress-reported', rule: SERVES_PLEDGE, cue, order: PROGRESS_ORDER })
            break
          }
          continue
        }
        if (rule.id === 'reported-done/held' && !isEvent) continue
        // "announced the pathway": the pledge's object right after the cue, not anything announced.
        if (rule.id === 'reported-done/announced' && !objectHits.some((h) => h >= m.index + m[0].length && h <= m.index + m[0].length + ANNOUNCED_WINDOW))
          continue
        // "completed the first SSN port visit": one instance of a recurring action is progress.
        if (!HOLD_VERBS.has(verb) && FIRST_INSTANCE.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 20))) {
          candidates.push({ kind: 'progress-reported', rule: 'progress-reported/first-instance', cue, order: PROGRESS_ORDER })
          break
        }
        // Something launched, delivered or set up that serves the pledge — not the pledged thing itself
        // (its head noun is not by the cue: "Q-CHAMP, launched in 2022" for "establish a climate working
        // group"), or a standing pledge, which no step completes.
        if (STANDING_VERBS.has(verb) || (!heldEvent && headHits !== null && !near(m.index, m[0].length, headHits, OBJECT_WINDOW))) {
          candidates.push({ kind: 'progress-reported', rule: SERVES_PLEDGE, cue, order: PROGRESS_ORDER })
          break
        }
      }
      if (rule.id === PAST_REPORT_RULE && !partySubjectBefore(passage.text, lower, m.index, parties)) continue
      if (rule.id === NEW_PLEDGE && /^(?:will|shall)$/.test(m[0]) && !pledgingSubjectBefore(passage.text, lower, m.index, objectHits, parties)) continue
      candidates.push({ kind: rule.kind, rule: rule.id, cue, order })
      break
    }
  })
  const pastVerb = pastOfPledgedVerb(verb, lower)
  if (pastVerb && !future(pastVerb.at) && near(pastVerb.at, pastVerb.word.length, objectHits, OBJECT_WINDOW)) {
    const cue = passage.text.slice(pastVerb.at, pastVerb.at + pastVerb.word.length)
    if (headHits === null || near(pastVerb.at, pastVerb.word.length, headHits, OBJECT_WINDOW)) {
      candidates.push({ kind: 'reported-done', rule: 'reported-done/past-of-pledged-verb', cue, order: PROGRESS_ORDER - 0.5 })
    } else {
      candidates.push({ kind: 'progress-reported', rule: SERVES_PLEDGE, cue, order: PROGRESS_ORDER })
    }
  }
  candidates.sort((a, b) => a.order - b.order)
  let best = candidates[0]
  // A standing or recurring pledge ("meet at least once a year") is never done: one more instance is progress.
  if (best?.kind === 'reported-done' && RECURRING.test(item.text)) {
    best = { ...best, kind: 'progress-reported', rule: 'progress-reported/recurring' }
  }
  return best ? { kind: best.kind, rule: best.rule, cue: best.cue } : { kind: 'mentioned', rule: MENTION_RULE_ID, cue: null }
}

/** Where an object's noun phrase ends: a preposition, "to", a relative or a participle clause. */
const PHRASE_END =
  /\s(?:to|for|in|into|on|with|by|from|at|through|under|across|among|between|of|that|which|who|including|while|so|beginning|starting|pending|as)\b|[;:(]/i

/** The object's noun phrase: "a vaccine expert working group to implement …" → "a vaccine expert working group". */
export function objectPhrase(object: string): string {
  const m = PHRASE_END.exec(object)
  return m ? object.slice(0, m.index) : object
}

/**
 * Offsets in the passage of the head noun of the pledge's object ("group" in "establish a climate
 * working group to …"), or null when the object has no head of weight (stock words, countries).
 */
function headOffsets(action: string, passageText: string): number[] | null {
  const stock = stockLemmas()
  const inner = WRAPPING_VERB.exec(action.trim().toLowerCase())
  const object = inner ? action.trim().slice(inner[0].length) : objectOf(action)
  const headOf = (text: string): Token | undefined =>
    tokenize(objectPhrase(text))
      .filter((t) => t.content && !stock.has(t.stem) && !isCountry(t.text) && /[a-z]/i.test(t.text))
      .at(-1)
  let head = headOf(object)
  // "embark on a trilateral effort of 18 months to seek an optimal pathway": the effort's aim is the object.
  const aim = head && GENERIC_HEAD.test(head.text) ? /\bto [a-z]+ (.+)$/i.exec(object) : null
  if (aim) head = headOf(aim[1]!) ?? head
  if (!head) return null
  return tokenize(passageText)
    .filter((t) => t.stem === head.stem)
    .map((t) => t.start)
}

/** Heads of an object that only say an effort is made; its aim ("… to seek an optimal pathway") says what. */
const GENERIC_HEAD = /^(?:efforts?|process|endeavou?rs?|work|steps?|attempts?|ways?|means|initiatives?)$/i

/** The action without its verb: "launch the Quad Fellowship" → "the Quad Fellowship". */
function objectOf(action: string): string {
  return action.trim().replace(/^[A-Za-z]+\s*/, '')
}

/**
 * Offsets in the passage of words whose stems are content stems of the text. For the pledge's
 * object (`specific`), country names and stock-phrase words are left out: "Japan" or "cooperation"
 * near "entry into force" says nothing about which agreement entered into force.
 */
function sharedWordOffsets(text: string, passageText: string, specific = false): number[] {
  const stock = specific ? stockLemmas() : null
  const keep = (t: Token): boolean => t.content && (!stock || (!stock.has(t.stem) && !isCountry(t.text)))
  const stems = new Set(
    tokenize(text)
      .filter(keep)
      .map((t) => t.stem),
  )
  return tokenize(passageText)
    .filter((t) => keep(t) && stems.has(t.stem))
    .map((t) => t.start)
}

/** Regular past forms: "train" → "trained", "embed" → "embedded" / "embeded", "apply" → "applied". */
function regularPast(verb: string): string[] {
  if (verb.endsWith('e')) return [`${verb}d`]
  if (/[^aeiou]y$/.test(verb)) return [`${verb.slice(0, -1)}ied`]
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(verb)) return [`${verb}${verb.at(-1)}ed`, `${verb}ed`]
  return [`${verb}ed`]
}

/** The past of the pledge's verb in the passage ("hold" → "held"), unless it is a verb of ongoing effort. */
function pastOfPledgedVerb(verb: string, lowerPassage: string): { word: string; at: number } | null {
  if (verb.length < 3 || ONGOING_VERBS.has(verb)) return null
  const forms = IRREGULAR_PAST[verb] ?? regularPast(verb)
  for (const form of forms) {
    const m = new RegExp(`\\b${form}\\b`).exec(lowerPassage)
    if (m) return { word: form, at: m.index }
  }
  return null
}
