// Finds the participants of a meeting (name, honorific, office, country) in its opening sentences.
import { matchAll } from '../../core/match-all.js'
import { canonicalCountry, findCountryMentions } from '../../lexicon/countries.js'
import { HEAD_OF_STATE_OR_GOVERNMENT, PERSON_WORD } from '../lexicon/offices.js'
import { leaderCountry } from '../lexicon/find-leader.js'
import { findOrganisationParties } from '../../lexicon/organisation-parties.js'
import { spanOffset, type TextSpan } from './opening.js'
import { ANY_OFFICE, ANY_PLURAL_OFFICE, peoplePatterns } from './participant-patterns.js'
import {
  BODY_WORD,
  CALLED_ON,
  GUEST_CUE,
  ON_BEHALF_OF,
  MEMBER_CUE,
  NATIONAL_OFFICE,
  NOT_A_FAMILY_NAME,
  OTHER_MEETING,
  POST_NOMINAL,
  STATE_FORM,
  COMMITMENT_MADE_BY,
  NATIONAL_OFFICES,
  HANDLE,
} from '../lexicon/meeting.js'

/** A participant found in the text, with the offsets of the name. */
export interface FoundParticipant {
  name: string
  honorific: string | null
  office: string | null
  country: string | null
  start: number
  end: number
}

interface Candidate extends FoundParticipant {
  /** The office came with its own words ("Minister of Defence"), not just a title before a name. */
  fullOffice: boolean
  /** The office stood right before the name, without a comma. */
  titled: boolean
  /** Which pattern read it: "office, name" (A), "name, office" (B), or another. */
  shape: 'office-name' | 'name-office' | 'other'
  /** Offsets of the office words in the text. */
  officeStart: number
  officeEnd: number
}

/** "former Prime Minister ", "the late President ": the words before the name of someone who no longer holds the office. */
const FORMER_HOLDER = /\b(?:[Ff]ormer|[Tt]he\s+late)\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}$/u

/** The index in a span's text of an offset of the original text (the span's text may be repaired). */
function spanIndex(s: TextSpan, offset: number): number {
  if (!s.map) return offset - s.start
  const i = s.map.findIndex((o) => o >= offset - s.start)
  return i < 0 ? s.text.length : i
}

/**
 * Finds the people of the meeting in the given sentences (usually the opening ones that tell of
 * the meeting). The country comes from the office ("of Japan", "British"), from "of X" after the
 * name, from the list of heads of state and government, or — for a minister named beside a
 * colleague ("the Minister of Defence, H.E. Mr. Gen Nakatani") — from the person named before.
 * The same person named twice ("Benigno S. Aquino III" ... "President Aquino") is kept once.
 * @param sentences the sentences to read, with their offsets
 * @returns the participants in order of first mention
 */
export function findParticipants(sentences: TextSpan[]): FoundParticipant[] {
  const found: Candidate[] = []
  for (const s of sentences) {
    const inSentence: Candidate[] = []
    const counterpart = s.text.includes('counterpart')
    // Note: the patterns are costly (offsets flag, long names) and all but the counterpart one need an
    // office word; most sentences name none.
    const plural = ANY_PLURAL_OFFICE.test(s.text)
    if (!counterpart && !plural && !ANY_OFFICE.test(s.text)) continue
    const [officeName, nameOffice, titleName, fullOffice, counterpartName, secondName] = patternMatches(s.text, counterpart)
    for (const m of officeName) add(inSentence, s, m, true, false, 'office-name')
    for (const m of nameOffice) add(inSentence, s, m, true, false, 'name-office')
    for (const m of titleName) add(inSentence, s, m, false, true)
    for (const m of fullOffice) add(inSentence, s, m, true, true)
    for (const m of counterpartName) add(inSentence, s, m, false, true)
    for (const m of secondName) add(inSentence, s, m, false, true)
    if (plural) for (const m of matchAll(s.text, peoplePatterns(s.text).pluralOfficeThenNames)) addBoth(inSentence, s, m)
    // "to attend the state funeral for former Prime Minister ABE": a former holder of an office is no one who met.
    const kept = dropConflicts(inSentence)
      .filter(
        (c) =>
          !FORMER_HOLDER.test(s.text.slice(Math.max(0, spanIndex(s, Math.min(c.start, c.officeStart)) - 60), spanIndex(s, Math.min(c.start, c.officeStart)))),
      )
      .sort((a, b) => a.start - b.start)
    shareClosingCountry(kept, s)
    inheritCountries(kept, s)
    for (const c of kept) mergeInto(found, c)
  }
  return found.map(({ name, honorific, office, country, start, end }) => ({ name, honorific, office, country, start, end }))
}

/**
 * The matches of the patterns in a sentence: A, B, C, D, then E and F (only where it says "counterpart").
 * The meeting reader asks for the people of the same opening sentences up to four times (the cued,
 * the principal, the sentences that tell of meeting by a verb, each sentence alone), and the patterns
 * are the costly part: their matches are kept for the sentences read last. (Matches are only read.)
 */
function patternMatches(text: string, counterpart: boolean): PatternMatches {
  const known = matchesOf.get(text)
  if (known) return known
  const none: RegExpExecArray[] = []
  // The patterns cut to Latin letters where the sentence's letters are all Latin (the same matches, compiled far faster).
  const p = peoplePatterns(text)
  const found: PatternMatches = [
    matchAll(text, p.officeThenName),
    p.officeAfterComma.test(text) ? matchAll(text, p.nameThenOffice) : none,
    matchAll(text, p.titleThenName),
    matchAll(text, p.fullOfficeThenName),
    counterpart ? matchAll(text, p.counterpartThenName) : none,
    counterpart ? matchAll(text, p.counterpartsSecondName) : none,
  ]
  if (matchesOf.size >= 64) matchesOf.clear()
  matchesOf.set(text, found)
  return found
}
type PatternMatches = [RegExpExecArray[], RegExpExecArray[], RegExpExecArray[], RegExpExecArray[], RegExpExecArray[], RegExpExecArray[]]
const matchesOf = new Map<string, PatternMatches>()

/**
 * @param fullOffice the office came with its own words, not just a title
 * @param titled the office stands right before the name, without a comma ("Foreign Minister Hayashi")
 * @param shape which of the patterns A ("office, name") or B ("name, office") read it
 */
function add(list: Candidate[], s: TextSpan, m: RegExpMatchArray, fullOffice: boolean, titled: boolean, shape: Candidate['shape'] = 'other'): void {
  const g = m.groups!
  let rawName = g.name!
  const handle = HANDLE.exec(rawName)
  if (handle) rawName = rawName.slice(0, handle.index)
  else {
    // "Antony Blinken Blinken46", "... AntonyBlinken": a last word that repeats the family name.
    const words = rawName.split(/\s+/)
    const last = words[words.length - 1]!
    if (words.length > 2 && /\p{Ll}\p{Lu}/u.test(last) && last.endsWith(words[words.length - 2]!)) rawName = words.slice(0, -1).join(' ')
  }
  // Note: the patterns carry the 'd' flag, so every group has its offsets.
  let nameAt = m.indices!.groups!.name![0]
  let officeText = g.office!
  // "President of the United States of America Joseph R. Biden": the office's country may run into
  // what the pattern took as the name; the country's words belong to the office.
  const officeAt0 = m.indices!.groups!.office![0]
  const officeName = s.text.slice(officeAt0, nameAt + rawName.length)
  const across = findCountryMentions(officeName).find(
    (c) =>
      officeAt0 + c.end > nameAt &&
      (officeAt0 + c.start < nameAt || (officeAt0 + c.start === nameAt && /\bof\s+(?:the\s+)?$/.test(officeName.slice(0, c.start)))),
  )
  if (across) {
    const to = officeAt0 + across.end + (/^\s*/.exec(s.text.slice(officeAt0 + across.end))?.[0].length ?? 0)
    rawName = rawName.slice(to - nameAt)
    officeText = s.text.slice(officeAt0, officeAt0 + across.end)
    nameAt = to
    if (!rawName) return
  }
  // Post-nominal letters ("MP", "QC", "CBE") are no part of the name; "Jr." and "III" are.
  rawName = rawName.replace(POST_NOMINAL, '')
  const name = rawName.replace(/,(?=\s+(?:Jr|Sr)\b)/, '').trim()
  const after = s.text.slice(nameAt + rawName.length, nameAt + rawName.length + 2)
  // "Prime Minister Abe’s visit" speaks of someone, it does not name a participant.
  // "Vice President Harris’ upcoming visit": the possessive of a name ending in s.
  if (/^[’']s/.test(after) || /[’']s$/.test(rawName) || (/s$/.test(rawName) && /^[’'](?:\s|$)/.test(after))) return
  const tokens = name.split(/\s+/)
  const honorific = [g.hon, g.hon2].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim() || null
  // One word is a name only beside an honorific, a head's title ("President Biden") or a known leader.
  // A family name alone after a full office counts in a list of people: "Minister for Foreign Affairs Motegi, Minister of Defense Kishi".
  const officeAt = m.indices!.groups!.office![0]
  // "Secretary Blinken", "Foreign Minister Hayashi": one word right after an office is a family name
  // unless it is a word that names a thing ("Minister Level", "President Statement"). Beside a
  // comma ("Motegi, Minister of Defense Kishi") one word needs an honorific or a known leader.
  // "Minister for Foreign Affairs and Immigration of Papua New Guinea": one word after "and" ends a series of portfolios.
  if (tokens.length < 2 && /\band\s*$/.test(officeText)) return
  // "the Foreign Ministers of the Governments of Australia, ...": a name does not follow "the".
  if (/\bthe\s*$/.test(officeText)) return
  if (tokens.length < 2 && (NOT_A_FAMILY_NAME.test(name) || (!titled && !honorific && !leaderCountry(name)))) return
  // "U.S. Secretary": initials alone are no name.
  if (!/\p{Ll}|\p{Lu}{2}/u.test(name.replace(/\b\p{Lu}\./gu, ''))) return
  if (canonicalCountry(name) || findCountryMentions(name).length > 0) return
  // "Prime Minister Kishida", whom the visitors "called on", was not at the meeting.
  const lead = Math.min(m.index!, officeAt)
  if (CALLED_ON.test(s.text.slice(Math.max(0, lead - 40), lead))) return
  // "Mr. Sok Siphana, Advisor ... (on behalf of H.E. Mr. Prak Sokhonn, Senior Minister)": one who sent another.
  if (ON_BEHALF_OF.test(s.text.slice(Math.max(0, lead - 40), lead))) return
  // "We were joined by Ukraine's President Zelenskyy", "co-chaired by A and B, joined by C": a guest, not a member.
  if (isGuest(s.text.slice(0, lead))) return
  // "including the meeting between Prime Minister Albanese and President Biden in May": another meeting.
  if (OTHER_MEETING.test(s.text.slice(Math.max(0, lead - 160), lead))) return
  // "the commitment that President Biden and President López Obrador made during the Summit": the makers of an earlier pledge.
  if (COMMITMENT_MADE_BY.test(s.text.slice(Math.max(0, lead - 160), lead))) return
  // "President of the European Council": an organisation or its body is not a person.
  if (findOrganisationParties(name).length > 0 || BODY_WORD.test(name)) return
  const split = splitOffice(officeText.replace(/\s+/g, ' ').trim())
  // Note: "of the Lao People’s Democratic Republic." may close the sentence; its period is no part of the name.
  const ofCountry = g.of ? splitOffice(`x ${g.of.trim().replace(/\.$/, '')}`).country : null
  // "his Japanese counterpart": the country without an office.
  const office = /^counterparts?$/.test(split.office) ? null : split.office
  // A leader's country fits a head of state or government, not a minister of the same name ("Foreign Minister Wong").
  const asLeader = !office || HEAD_OF_STATE_OR_GOVERNMENT.test(office) ? leaderCountry(name) : null
  list.push({
    name,
    honorific,
    office,
    country: split.country ?? ofCountry ?? adjectiveCountry(s.text.slice(Math.max(0, lead - 40), lead)) ?? asLeader ?? countryInOffice(split.office),
    start: spanOffset(s, nameAt),
    end: spanOffset(s, nameAt + rawName.length),
    fullOffice,
    titled,
    shape,
    officeStart: spanOffset(s, m.indices!.groups!.office![0]),
    officeEnd: spanOffset(s, m.indices!.groups!.office![1]),
  })
}

/**
 * "Prime Ministers John Key and Julia Gillard": each of the two names under the office in the singular
 * ("Prime Minister"), as if printed "Prime Minister John Key and Prime Minister Julia Gillard".
 */
function addBoth(list: Candidate[], s: TextSpan, m: RegExpMatchArray): void {
  const g = m.groups!
  const at = m.indices!.groups!
  const office = g.office!.replace(/s$/, '')
  const officeSpan: [number, number] = [at.office![0], at.office![0] + office.length]
  for (const [name, span] of [
    [g.name!, at.name!],
    [g.second!, at.second!],
  ] as const) {
    // Read as the "title name" shape: only the groups and their offsets are used.
    const one = Object.assign([name], {
      index: m.index!,
      groups: { office, name },
      indices: Object.assign([span], { groups: { office: officeSpan, name: span } }),
    })
    add(list, s, one as unknown as RegExpMatchArray, false, true)
  }
}

/** True when the last cue before a name brings in a guest of the meeting, not one of its members. */
function isGuest(before: string): boolean {
  const last = (re: RegExp): number => Math.max(-1, ...[...matchAll(before, re)].map((m) => m.index))
  const guest = last(GUEST_CUE)
  if (guest < 0 || guest <= last(MEMBER_CUE)) return false
  // "the U.S.-Japan Security Consultative Committee convened in Washington, DC, with the participation of
  // Secretary of State Pompeo, …": where the meeting itself is the subject and no one is named before, those
  // who take part are its members, not guests.
  return !/^with\s+the\s+participation\s+of\b/i.test(before.slice(guest)) || PERSON_WORD.test(before.slice(0, guest))
}

/** "Australian Minister for Defence", "U.S. Secretary of State", "the Japanese Foreign Minister": the country of an adjective printed before the office. */
function adjectiveCountry(before: string): string | null {
  // "India's External Affairs Minister": the country before a possessive and a few words of the office.
  // "Canada’s Deputy Clerk and National Security ... Advisor": a first office joined by "and" may stand between.
  const owner = /(?:^|[\s(,;:])(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)[’']s\s+(?:(?:\p{Lu}[\p{L}]*|and)\s+){0,4}$/u.exec(before)
  const owned = owner ? canonicalCountry(owner[1]!) : null
  if (owned) return owned
  const m = /(?:^|[\s(,;:])((?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+$/u.exec(before)
  const mentions = m ? findCountryMentions(m[1]!) : []
  const last = mentions[mentions.length - 1]
  if (m && last && last.end === m[1]!.length) return last.name
  // "European Commission Executive Vice President Margrethe Vestager", "NATO Secretary General": an
  // organisation that is a party, named in the capitalised words before the office.
  const words = /(?:^|[\s(,;:])((?:\p{Lu}[\p{L}.]*\s+){1,4})$/u.exec(before)
  return words ? (findOrganisationParties(words[1]!)[0]?.name ?? null) : null
}

/**
 * In lists of people ("Secretary of State Antony J. Blinken, Secretary of Commerce Gina Raimondo")
 * a title printed right before a name is the surest reading: a candidate whose office words cover
 * such a name is dropped.
 */
function dropConflicts(all: Candidate[]): Candidate[] {
  let list = all
  const titled = list.filter((c) => !c.fullOffice)
  // "Mr Yukio Hatoyama, Prime Minister of Japan, Mr Herman Van Rompuy, President of ...": one office
  // read both as "name, office" (B) and as "office, name" (A). The list's first entry tells its
  // shape: a name first keeps B, an office first ("Minister for Foreign Affairs of Japan, Mr. Fumio
  // Kishida, Minister of Defense of Japan, Ms. Tomomi Inada") keeps A.
  const shapes = list.filter((c) => c.shape !== 'other')
  const first = shapes.reduce<Candidate | null>((a, c) => (a === null || Math.min(c.start, c.officeStart) < Math.min(a.start, a.officeStart) ? c : a), null)
  const loser = first?.shape === 'name-office' ? 'office-name' : 'name-office'
  const sameOffice = (a: Candidate, b: Candidate): boolean => a.officeStart < b.officeEnd && b.officeStart < a.officeEnd
  list = list.filter((c) => c.shape !== loser || !shapes.some((o) => o.shape !== loser && o.shape !== 'other' && sameOffice(c, o)))
  // "Secretary of Economy Tatiana Clouthier, Secretary of Foreign Relations Marcelo Ebrard": a list of
  // full offices each right before its name; a "name, office" reading across two entries ("Economy
  // Tatiana Clouthier, Secretary of Foreign Relations Marcelo Ebrard") overlaps them and is dropped.
  const fullTitled = list.filter((c) => c.fullOffice && c.titled)
  const overlaps = (a0: number, a1: number, b0: number, b1: number): boolean => a0 < b1 && b0 < a1
  return list.filter(
    (c) =>
      !c.fullOffice ||
      (!titled.some((t) => overlaps(c.officeStart, c.officeEnd, t.start, t.end)) &&
        (c.titled || !fullTitled.some((t) => overlaps(c.officeStart, c.officeEnd, t.start, t.end) || overlaps(c.start, c.end, t.officeStart, t.officeEnd)))),
  )
}

/**
 * Splits the country off an office: "Minister for Foreign Affairs of Japan" → Japan;
 * "Secretary of State for Foreign and Commonwealth Affairs of the UK" → United Kingdom;
 * "British Prime Minister" → United Kingdom.
 */
export function splitOffice(office: string): { office: string; country: string | null } {
  for (const m of matchAll(office, /\s+of\s+/g)) {
    // "of the Kingdom of Saudi Arabia", "of the Federative Republic of Brazil": the state's long form.
    const rest = office.slice(m.index + m[0].length)
    // "of the Democratic Republic of Congo (DRC) and Chairperson of the African Union Executive Council": the state before its acronym.
    const head = rest.split(/\s+\(/)[0]!
    const country =
      (head !== rest ? (canonicalCountry(head) ?? canonicalCountry(head.replace(STATE_FORM, ''))) : null) ??
      canonicalCountry(rest) ??
      canonicalCountry(rest.replace(STATE_FORM, '')) ??
      adjectiveState(rest) ??
      organisationOf(rest)
    if (country) return { office: office.slice(0, m.index), country }
  }
  const lead = findCountryMentions(office)[0]
  if (lead && lead.start === 0) return { office: office.slice(lead.end).trim(), country: lead.name }
  return { office, country: null }
}

/** "General Secretary of the Communist Party of Vietnam Central Committee": a country named inside the office's "of" words. */
function countryInOffice(office: string): string | null {
  const of = /\bof\s/.exec(office)
  if (!of) return null
  const named = findCountryMentions(office.slice(of.index)).filter((c) => !c.demonym)
  return named.length === 1 ? named[0]!.name : null
}

/** "the French Republic", "the Italian Republic", "the Russian Federation": a state named by its adjective and its form. */
function adjectiveState(words: string): string | null {
  const m = /^(?:the\s+)?(\p{Lu}\p{L}+)\s+(?:Republic|Federation|Kingdom|Confederation)$/u.exec(words.trim())
  if (!m) return null
  const mention = findCountryMentions(m[1]!)[0]
  return mention && mention.start === 0 && mention.end === m[1]!.length ? mention.name : null
}

/** "the European Commission" → European Union; "NATO" → NATO: an organisation named whole after "of". */
function organisationOf(words: string): string | null {
  const found = findOrganisationParties(words)[0]
  return found && found.at <= 4 ? found.name : null
}

/**
 * "Foreign Minister Penny Wong and Defence Minister Richard Marles of Australia and ...": the
 * "of Australia" that closes a group of names is the country of every name of the group.
 */
function shareClosingCountry(list: Candidate[], s: TextSpan): void {
  for (let k = list.length - 1; k > 0; k--) {
    const c = list[k]!
    if (!c.country || !/^,?\s+of\s+(?:the\s+)?\p{Lu}/u.test(s.text.slice(c.end - s.start, c.end - s.start + 40))) continue
    for (let j = k - 1; j >= 0; j--) {
      const prev = list[j]!
      const between = s.text.slice(prev.end - s.start, list[j + 1]!.start - s.start)
      if (prev.country || /\b(?:met|meets|with|welcomed|received|hosted|counterparts?|of)\b|[;:(]/.test(between) || !/\band\b|,/.test(between)) break
      if (prev.office && NATIONAL_OFFICE.test(prev.office)) break
      prev.country = c.country
    }
  }
}

/** A minister without a country takes the country of the person named just before, in one sentence. */
function inheritCountries(list: Candidate[], s: TextSpan): void {
  for (let k = 1; k < list.length; k++) {
    const c = list[k]!
    const prev = list[k - 1]!
    if (c.country || !prev.country || !c.office || HEAD_OF_STATE_OR_GOVERNMENT.test(c.office)) continue
    // "Singapore's Deputy Prime Minister Wong ..., chaired by ... Secretary of State Blinken": an office only another country has.
    const national = NATIONAL_OFFICES.find(([re]) => re.test(c.office!))?.[1]
    if (national && national !== prev.country) continue
    // Note: "met", "with", "welcomed" or "chaired by" between the two names separates the sides of the meeting.
    const between = s.text.slice(prev.end - s.start, c.start - s.start)
    if (!/\b(?:met|meets|with|welcomed|received|hosted|chaired|co-chaired|led|and\s+(?:his|her)\s+counterpart)\b/.test(between)) c.country = prev.country
  }
}

/** Adds a candidate, or fills in the person already found under the same name or surname. */
function mergeInto(found: Candidate[], c: Candidate): void {
  const same = found.find((f) => (f.start < c.end && c.start < f.end) || samePerson(f.name, c.name))
  if (!same) {
    found.push(c)
    return
  }
  if (c.fullOffice && !same.fullOffice && c.office) {
    same.office = c.office
    same.fullOffice = true
  }
  same.office ??= c.office
  same.country ??= c.country
  same.honorific ??= c.honorific
}

/** True when two printed names are one person ("Aquino" and "Benigno S. Aquino III"). */
export function samePerson(a: string, b: string): boolean {
  if (a === b) return true
  // "KISHIDA Fumio" is "Prime Minister Kishida": a family name in capitals is the same name.
  const words = (n: string): string[] =>
    n
      .split(/[\s,]+/)
      .filter((w) => w && !/^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(w))
      .map((w) => w.toLowerCase())
  const ta = words(a)
  const tb = words(b)
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta]
  // "Aquino" is "Benigno S. Aquino III"; "Al Sisi" is "Abdel Fattah Al Sisi"; "Lula" is "Luiz Inácio Lula da Silva".
  if (short.length === 1) return long.includes(short[0]!)
  // "Mohamed bin Zayed" is "Mohamed bin Zayed Al Nahyan": a name given without its last words.
  if (short.length >= 3 && short.join(' ') === long.slice(0, short.length).join(' ')) return true
  return short.join(' ') === long.slice(long.length - short.length).join(' ')
}
