// Finds the parties to an outcome document: the countries (or groupings' members) that issue it,
// not every country it mentions.
import { matchAll } from '../../core/match-all.js'
import { canonicalCountry, findCountryMentions, groupMembers, groupNamePattern } from '../../lexicon/countries.js'
import { findOrganisationParties, organisationParties } from '../../lexicon/organisation-parties.js'
import type { TextSpan } from './opening.js'
import { ORDINAL_SOURCE } from './ordinal.js'
import {
  LEADERS_OF,
  LIST_PREPOSITION,
  LIST_WORD,
  MEETING_NOUN,
  MEETING_OF,
  MEMBERS_WHO_MEET,
  MEMBERSHIP,
  OFFICE_OF,
  BETWEEN,
  BESIDE_MEETING,
  OPENING_SUBJECT,
} from '../lexicon/meeting.js'

/** A party with the offset of the evidence that names it (Infinity when not from the text). */
export interface FoundParty {
  name: string
  at: number
}

/**
 * The end of a list of parties: a comma not followed by another name, a semicolon or colon, the
 * sentence's end, a verb by which they speak, or, after the last name's "and", a lower-case word
 * that is neither inside names nor a preposition of a noun phrase ("the Ambassador of Guatemala to
 * the United States"), which is the verb ("... Canada, and the United States condemn Putin’s war ...": not
 * "Ukraine" after it; before the "and", "Arctic nations, Canada, ..." goes on).
 */
const LIST_END = new RegExp(
  String.raw`,(?:\s+(?!and\b|the\s+\p{Lu}|\p{Lu})|(?=\p{Ll}))|[;:]|\.(?=\s*$)|\s+(?:met|have|are|reaffirm|resolve|held|convened|gathered|hereby)\b|(?<=\sand\s+(?:the\s+)?\p{Lu}[^,;:]*?)\s+(?!(?:${LIST_WORD.source}|${LIST_PREPOSITION.source})\b)(?=\p{Ll})`,
  'u',
)

/** After a demonym, the state's form: "the French Republic", "the Russian Federation", "the Swiss Confederation". */
const STATE_FORM = /^\s+(?:Republic|Federation|Confederation)\b/

/**
 * Countries named in the list after "leaders of" (and its kin) in the opening sentences. The list
 * ends at a comma that is not followed by another name ("..., and the United States, guided by").
 * @param skipMembership pass over "members of ..." (the parties are known: this only describes them)
 */
export function partiesFromLeadersList(sentences: TextSpan[], skipMembership = false): FoundParty[] {
  const found: FoundParty[] = []
  for (const s of sentences) {
    for (const m of matchAll(s.text, LEADERS_OF)) {
      if (skipMembership && MEMBERSHIP.test(m[0])) continue
      // "during the Summit of the leaders of A, B and C": the members of a larger meeting beside this one.
      if (BESIDE_MEETING.test(s.text.slice(Math.max(0, m.index - 80), m.index))) continue
      const from = m.index + m[0].length
      const rest = s.text.slice(from)
      const stop = LIST_END.exec(rest)
      // Note: a period inside a sentence is an initial or an abbreviation ("Joseph R. Biden", "U.S."), not the list's end.
      const list = stop ? rest.slice(0, stop.index) : rest
      const here: FoundParty[] = []
      // "the French Republic": an adjective with the state's form names the state.
      for (const c of findCountryMentions(list, s.start + from))
        if (!c.demonym || STATE_FORM.test(list.slice(c.end - s.start - from))) here.push({ name: c.name, at: c.start })
      for (const g of matchAll(list, groupNamePattern())) for (const name of groupMembers(g[0]) ?? []) here.push({ name, at: s.start + from + g.index })
      // "of ASEAN Member States", "of the North Atlantic Alliance", "and the High Representative of the European Union".
      for (const o of findOrganisationParties(list)) here.push({ name: o.name, at: s.start + from + o.at })
      // "members of the Afghan security forces killed ... in Afghanistan": after "members of", a word
      // of a common noun phrase right after the first name ("the Afghan security forces") tells of
      // people, not of a grouping's members ("members of the G7 and NATO", "of the International
      // Counter Ransomware Initiative (CRI)—Australia, ...").
      if (MEMBERSHIP.test(m[0]) && !here.some((p) => p.at - s.start - from <= leadingArticle(list)) && NOUN_PHRASE_LEAD.test(list)) continue
      found.push(...here)
    }
  }
  return found
}

/** A list that opens with one capitalised word and then a lower-case word of a noun phrase: "the Afghan security forces". */
const NOUN_PHRASE_LEAD = new RegExp(String.raw`^\s*(?:the\s+)?\p{Lu}[\p{L}.’'-]*\s+(?!(?:${LIST_WORD.source}|${LIST_PREPOSITION.source})\b)\p{Ll}`, 'u')

/** The length of a list's leading "the " (0 when it has none). */
function leadingArticle(list: string): number {
  return /^\s*(?:the\s+)?/i.exec(list)![0].length
}

/**
 * Added to the offsets of parties found by office or opening subject, so that they come after the
 * parties the participants name (order of first mention among each kind is kept).
 */
const OFFICE_RANK = 1e9

/**
 * Countries named by the offices of the people who speak in the opening sentences ("the President
 * of the United States and Prime Minister of the United Kingdom reaffirm ...", "President Joseph
 * R. Biden, Jr. of the United States and President William S. Ruto of Kenya"), or as the joint
 * subject of the first sentences ("the United States and Kenya commemorate ...").
 */
export function partiesFromOffices(sentences: TextSpan[]): FoundParty[] {
  const found: FoundParty[] = []
  for (const s of sentences.slice(0, 4)) {
    for (const c of findCountryMentions(s.text, s.start)) {
      // "the President of the French Republic": an adjective with the state's form names the state.
      if (c.demonym && !STATE_FORM.test(s.text.slice(c.end - s.start))) continue
      const before = s.text.slice(Math.max(0, c.start - s.start - 110), c.start - s.start)
      if (
        OFFICE_OF.test(before) ||
        (/\b(?:Jr\.?|[A-Z][\p{L}]+)\s+of\s+(?:the\s+)?$/u.test(before) &&
          /\b(?:President|Prime\s+Minister|Chancellor|King|Emperor|General\s+Secretary)\b/.test(before))
      ) {
        found.push({ name: c.name, at: OFFICE_RANK + c.start })
      }
    }
    for (const m of matchAll(s.text, BETWEEN)) {
      const named = partiesNamedIn(m[1]!, s.start + m.index + m[0].indexOf(m[1]!))
      if (named.length >= 2) for (const n of named) found.push({ name: n.name, at: OFFICE_RANK + n.at })
    }
    const subject = OPENING_SUBJECT.exec(s.text)
    if (subject) {
      // "The African Union and the United States reaffirm", "the European Commission, Germany, ... announce": organisations speak beside countries.
      const names = partiesNamedIn(subject[1]!, s.start + subject.index + subject[0].indexOf(subject[1]!))
      if (names.length >= 2) for (const n of names) found.push({ name: n.name, at: OFFICE_RANK + n.at })
    }
  }
  return found
}

/**
 * Parties named in a title: countries joined by hyphens or dashes ("Japan-UK", "U.S.-Japan",
 * "United States-Japan-Republic of Korea"), "between A and B", and groupings ("Quad" → its members).
 * @param title the meeting or document title
 * @param at offset of the title in the text, or Infinity when it came from metadata
 */
export function partiesFromTitle(title: string, at: number): FoundParty[] {
  const found: FoundParty[] = []
  const mentions = findCountryMentions(title)
  const between = /\bbetween\s+/i.exec(title)
  for (const c of mentions) {
    const before = title.slice(0, c.start).trimEnd().slice(-1)
    // "U.S.-Japan" joins two parties; "U.S.-hosted", "U.S.-led" do not.
    const after = /^\s*[-–—/]\s*(?=\p{Lu})/u.test(title.slice(c.end)) ? '-' : ''
    const joined = /[-–—/]/.test(before) || after !== '' || (between !== null && c.start > between.index)
    if (joined) found.push({ name: c.name, at: Number.isFinite(at) ? at + c.start : at })
  }
  for (const g of matchAll(title, groupNamePattern())) {
    for (const name of groupMembers(g[0]) ?? []) found.push({ name, at: Number.isFinite(at) ? at + g.index : at })
  }
  // "MEETING OF THE NORTH ATLANTIC COUNCIL": a headline in capitals is read in title case (acronyms kept).
  const t = /\p{Ll}/u.test(title)
    ? title
    : title.replace(/\p{Lu}{2,}/gu, (w) => (organisationParties().some((o) => o.re.test(w)) ? w : w[0] + w.slice(1).toLowerCase()))
  const orgs = findOrganisationParties(t)
  // "EU-Japan Summit", "U.S.-EU Trade and Technology Council", "ASEAN-U.S. Summit": an organisation
  // joined to a country by a hyphen is a party beside it, as one actor.
  if (found.length > 0) {
    for (const o of orgs) {
      const form = formAt(o, t)
      const before = t.slice(0, o.at).trimEnd().slice(-1)
      const after = t.slice(o.at + form.length).trimStart()[0] ?? ''
      if (/[-–—/]/.test(before) || /[-–—/]/.test(after) || (between !== null && o.at > between.index))
        found.push({ name: o.name, at: Number.isFinite(at) ? at + o.at : at })
    }
  } else if (orgs.length >= 2 && orgs.every((o, k) => k === 0 || /^\s*[-–—/]\s*$/.test(t.slice(orgs[k - 1]!.at + formAt(orgs[k - 1]!, t).length, o.at)))) {
    // "AU-EU Ministerial Meeting", "EU-AU Summit": organisations joined by hyphens, each one party.
    for (const o of orgs) found.push({ name: o.name, at: Number.isFinite(at) ? at + o.at : at })
  } else if (
    orgs.length === 1 &&
    ((ORG_LEAD.test(t.slice(0, orgs[0]!.at)) && ORG_MEETING.test(t.slice(orgs[0]!.at + formAt(orgs[0]!, t).length))) ||
      MEETING_OF.test(t.slice(0, orgs[0]!.at)))
  ) {
    // "NATO Foreign Ministers Meeting", "40th ASEAN Summit", "Chairman's Statement of the 32nd ASEAN
    // Summit", "Meeting of the North Atlantic Council": an organisation that meets as one party.
    found.push({ name: orgs[0]!.name, at: Number.isFinite(at) ? at + orgs[0]!.at : at })
  }
  return found
}

/** The printed form of an organisation found at `o.at` ("EU", "European Council"). */
function formAt(o: { name: string; at: number }, text: string): string {
  return (
    organisationParties()
      .find((e) => e.name === o.name)
      ?.re.exec(text.slice(o.at))?.[0] ?? ''
  )
}

/** After the organisation's name, a title of its own meeting or statement ("NATO Summit", "ASEAN Foreign Ministers' Meeting"), not a body's name alone ("European Council"). */
const ORG_MEETING = new RegExp(`\\b(?:${MEETING_NOUN}|Declaration|Communiqu[ée]|Statement|Ministers?|Leaders?)\\b`, 'u')

/** What may stand before the organisation that a title is about: nothing, an ordinal, "Chairman's Statement of the". */
const ORG_LEAD = new RegExp(`^(?:.*\\b(?:of|at|for)\\s+)?(?:the\\s+)?(?:(?:${ORDINAL_SOURCE})\\s+)?$`, 'iu')

/**
 * Orders parties by their first evidence in the text and removes repeats; parties known only from
 * metadata come last, in the order given.
 */
export function orderParties(found: FoundParty[]): string[] {
  const sorted = [...found].sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? -1 : 1))
  return [...new Set(sorted.map((p) => p.name))]
}

/**
 * Canonical names of parties supplied by the user: country names and abbreviations become the
 * canonical country ("UK" → "United Kingdom"); other names are kept as given.
 */
export function canonicalParties(names: string[]): string[] {
  return [...new Set(names.map((n) => canonicalCountry(n) ?? n.trim()).filter(Boolean))]
}

/** "the U.S.-Japan Security Consultative Committee", "the Japan-Australia 2+2 Meeting": a meeting named by its parties. */
const MEETING_NAME = new RegExp(
  `(?:\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,3}[-–])+\\p{Lu}[\\p{L}.]*(?:\\s+(?:\\p{Lu}[\\p{L}.’'()“”"+-]*|\\d\\+\\d|and|of|on|for)){0,8}?\\s+${MEETING_NOUN}\\b`,
  'gu',
)

/** Parties named by a meeting's name in a sentence of the opening (see MEETING_NAME). */
export function partiesFromMeetingNames(text: string, at: number): FoundParty[] {
  const found: FoundParty[] = []
  // Every such name joins its parts by a hyphen or a dash: without one the (costly) pattern cannot match.
  if (text.includes('-') || text.includes('–')) for (const m of matchAll(text, MEETING_NAME)) found.push(...partiesFromTitle(m[0], at + m.index))
  // "The first standing meeting of Pacific Islands Forum Foreign Ministers was held": an organisation's own meeting.
  for (const o of findOrganisationParties(text)) {
    const form = formAt(o, text)
    if (MEETING_OF.test(text.slice(0, o.at)) && MEMBERS_WHO_MEET.test(text.slice(o.at + form.length))) found.push({ name: o.name, at: at + o.at })
  }
  return found
}

/**
 * The countries (not their adjectives) and organisations a span names, with their offsets in the text.
 * @param words the span
 * @param at the span's offset in the text
 */
function partiesNamedIn(words: string, at: number): Array<{ name: string; at: number }> {
  return [
    ...findCountryMentions(words, at)
      .filter((c) => !c.demonym)
      .map((c) => ({ name: c.name, at: c.start })),
    ...findOrganisationParties(words).map((o) => ({ name: o.name, at: at + o.at })),
  ]
}
