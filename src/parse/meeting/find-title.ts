// Finds the meeting's title: a heading or opening phrase with an ordinal, the page metadata, or the
// document's first heading.
import { matchAll } from '../../core/match-all.js'
import type { Document, Heading } from '../../core/tree.js'
import { parseLabel } from '../parse-label.js'
import { readDateline, readPlaceLine, readTitleDateline } from './dateline.js'
import { isFurniture } from '../classify-block.js'
import { findDates } from './dates.js'
import { ORDINAL_SOURCE, splitLeadingOrdinal } from './ordinal.js'
import { furtherMeetingSentences, meetingSentences, openingSentences, spanOffset, type TextSpan } from './opening.js'
import { findCountryMentions, groupNamePattern, groupShortName } from '../../lexicon/countries.js'
import { findOrganisationParties } from '../../lexicon/organisation-parties.js'
import {
  BY_LINE_OF_MEETING,
  DOCUMENT_KIND_SELF,
  DOCUMENT_WORD,
  GENERIC_HEADLINE,
  MEETING_NOUN,
  MEETING_NOUN_IN_TEXT,
  MEETING_NOUN_WORD,
  MEMBER_OF_BODY,
  OTHER_MEETING_BEFORE,
  REGION_ADJECTIVE,
  SECTION_NAME,
  SPEAKERS_OF_GROUP,
} from '../lexicon/meeting.js'
import { MINISTRY_NAME } from '../lexicon/furniture.js'
import { DOCUMENT_HEADLINE_START, HELD_KIND, ROLE_WORD } from '../lexicon/titles.js'

/** A meeting field read from the text (with offsets) or from metadata (without). */
export interface FoundValue<T> {
  value: T
  source: 'text' | 'metadata'
  /** Offsets of the words in the normalized text; absent for metadata. */
  start?: number
  end?: number
  /** True when the value is a fallback the text does not state as such (a site's banner as the title). */
  weak?: boolean
  /** True when the value is composed from the text's words, not printed ("G7 Leaders’ Statement" from "We, the Leaders of the G7"). */
  composed?: boolean
}

// "for the Second Japan-UK Foreign and Defence Ministerial Meeting"; "The 13th Summit between the
// European Union and India took place", "the Ninth Summit of the Americas": the bare meeting noun
// with the names of its parties after it. Not a meeting whose margins host the one of the text
// ("gathered in Los Angeles on the margins of the Ninth Summit of the Americas"). A news page may print the noun in
// lower case after the ordinal and the parties' names ("at the 20th EU-China summit").
const NAMES = String.raw`(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*`
const TITLE_IN_TEXT = new RegExp(
  `(?<!\\b(?:margins|sidelines|margin|sideline)\\s+of\\s+)\\b[Tt]he\\s+(?<title>(?:${ORDINAL_SOURCE})\\s+(?=\\p{Lu}|\\d)(?:(?:\\p{Lu}[\\p{L}\\p{N}’'.+\\-]*|\\d+\\+\\d+|and|of|the|for|on|in|&)\\s+){1,12}?(?:${MEETING_NOUN}|${MEETING_NOUN_WORD})|(?:${ORDINAL_SOURCE})\\s+${MEETING_NOUN}\\s+(?:between|of)\\s+${NAMES}(?:\\s+(?:and|of)\\s+${NAMES})*)\\b`,
  'dgu',
)

/** " of the Trilateral Strategic Dialogue (TSD)": the body a meeting belongs to, after its name. */
const BODY_AFTER = new RegExp(
  `^\\s+of\\s+the\\s+\\p{Lu}[\\p{L}’'\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}’'\\-]*|of|and|on|for)){0,6}?\\s+(?:${MEETING_NOUN}|Group|Partnership|Forum)(?:\\s+\\([\\p{Lu}\\d+-]{2,10}\\))?(?![\\p{L}])`,
  'u',
)

/**
 * Finds the title of the meeting, in this order: a heading that starts with an ordinal and names a
 * meeting ("Second Japan-UK Foreign and Defence Ministerial Meeting 1", caption number dropped);
 * an opening phrase "the Second ... Meeting"; the page metadata; the first heading before the
 * first paragraph that reads like a title (not a date, dateline, section name or "Back to" link).
 * @param tree the statement tree
 * @param metadataTitle the title a loader read from the page or file properties, if any
 */
export function findTitle(tree: Document, metadataTitle?: string): FoundValue<string> | null {
  // "47th Pacific Islands Forum and related meetings" over paragraph 3: a section's heading past the
  // opening names another meeting, not the page's own.
  const opening = openingSentences(tree)
  const until = opening.length > 0 ? opening[opening.length - 1]!.end : Infinity
  const headings = tree.children.filter((b): b is Heading => b.type === 'heading' && b.position.start.offset < until)
  for (const h of headings) {
    const t = cleanHeading(h)
    if (t && splitLeadingOrdinal(t.value) && new RegExp(`${MEETING_NOUN}\\b`).test(t.value)) return t
  }
  for (const s of opening) {
    for (const m of matchAll(s.text, TITLE_IN_TEXT)) {
      const [a, b] = m.indices!.groups!.title!
      // "the fourth Ministerial meeting": a noun in lower case names a meeting only after its parties' names ("EU-China", "CRI").
      if (/\s\p{Ll}+$/u.test(m.groups!.title!) && !namesParties(m.groups!.title!)) continue
      // "the Fourth Ministerial Meeting of the Trilateral Strategic Dialogue (TSD)": a meeting that names no party
      // goes on with the body it belongs to.
      const of = namesParties(m.groups!.title!) ? null : BODY_AFTER.exec(s.text.slice(b))
      if (of) return { value: m.groups!.title! + of[0], source: 'text', start: s.start + a, end: s.start + b + of[0].length }
      return { value: m.groups!.title!, source: 'text', start: s.start + a, end: s.start + b }
    }
  }
  const named = meetingNamedInText(meetingSentences(tree))
  const meta = metadataTitle?.split(/\s+\|\s+/)[0]?.trim()
  // Note: a Markdown page's first heading is its metadata title; a dateline there ("Hiroshima, 20 May 2023") or a host line is no title.
  if (meta && !(named && GENERIC_HEADLINE.test(meta)) && !readDateline(meta) && !BY_LINE_OF_MEETING.test(meta) && !isSectionName(meta) && !isPlaceLine(meta))
    return { value: meta, source: 'metadata' }
  // "[Title] Trilateral Statement Japan, Republic of Korea, and the United States of America": a database's header.
  const field = bracketTitle(headings)
  if (field && !(named && GENERIC_HEADLINE.test(field.value))) return field
  let generic: FoundValue<string> | null = null
  let plain: FoundValue<string> | null = null
  for (const block of tree.children) {
    // A site's tag line ("worldwide online news") does not end the page's head; prose does.
    if (block.type === 'paragraph') {
      if (!isTagLine(block.children.map((c) => c.value).join(' '))) break
      continue
    }
    const t = cleanHeading(block)
    if (!t || !isTitleLike(t.value) || isByline(t.value) || isSiteBanner(t.value, tree)) continue
    if (GENERIC_HEADLINE.test(t.value)) generic ??= t
    // "Japan-United Kingdom Relations" (a site's section) over "held a Japan-UK Foreign and Defence Ministers’
    // Meeting": a heading that names only countries gives way to the meeting the text names.
    else if (named && !new RegExp(`${MEETING_NOUN}|${DOCUMENT_WORD}`, 'i').test(t.value)) plain ??= t
    else if (namesMeetingOrDocument(t.value)) return t
    else plain ??= t
  }
  // "Joint Statement" over a text that says "held the U.S.-Japan Security Consultative Committee":
  // the meeting's own name is its title; the document's headline only when the text names none.
  // A heading that names neither ("News World 24") is a site's banner, the last resort.
  // "An official website of the United States government ... 1. The Minister ... met in Singapore ... for the
  // eighth ministerial meeting of the Trilateral Strategic Dialogue (TSD)": where the opening names no
  // meeting, a sentence a few paragraphs on that tells who met comes before a site's banner.
  return named ?? generic ?? meetingNamedInText(furtherMeetingSentences(tree)) ?? (plain ? { ...plain, weak: true } : null) ?? speakersTitle(tree)
}

/**
 * "We, the Leaders of the Group of Seven (G7), ..." on a page without a headline: the statement of a
 * grouping's leaders, "G7 Leaders’ Statement". Composed, not printed; the caller warns.
 */
function speakersTitle(tree: Document): FoundValue<string> | null {
  for (const s of openingSentences(tree, 1).slice(0, 2)) {
    const m = SPEAKERS_OF_GROUP.exec(s.text)
    if (!m) continue
    const group = [...matchAll(s.text.slice(m.index + m[0].length), groupNamePattern())][0]
    if (!group || group.index !== 0) continue
    const name = groupShortName(group[0])
    if (!name) continue
    const role = speakersRole(m.groups!.role!)
    // Note: no offsets: the words of the title are not printed together.
    return { value: `${name} ${role} Statement`, source: 'text', composed: true }
  }
  return null
}

/** "Foreign Ministers" → "Foreign Ministers’", "Heads of State and Government" → "Leaders’". */
function speakersRole(role: string): string {
  return /^(?:Leaders|Heads)\b/i.test(role) ? 'Leaders’' : `${role.replace(/\s+/g, ' ')}’`
}

/**
 * "We, the Foreign Ministers of Canada, France, ... and the High Representative of the European
 * Union": the role the speakers give themselves, for a title composed from the parties; null
 * where the opening speaks in no such voice.
 */
export function speakersRoleInOpening(tree: Document): string | null {
  for (const s of openingSentences(tree, 1).slice(0, 2)) {
    const m = SPEAKERS_OF_GROUP.exec(s.text)
    if (m) return speakersRole(m.groups!.role!)
  }
  return null
}

/** "[Title] Joint Statement ..." in a database header (beside "[Place]" and "[Date]"). */
const BRACKET_TITLE = /^\[Title\]\s*(?<title>\S.{0,200}?)\s*$/u

/** The title a database header line gives, with its offsets, or null. */
function bracketTitle(headings: Heading[]): FoundValue<string> | null {
  for (const h of headings) {
    const m = BRACKET_TITLE.exec(h.value)
    if (!m) continue
    const start = h.position.start.offset + h.value.indexOf(m.groups!.title!)
    return { value: m.groups!.title!, source: 'text', start, end: start + m.groups!.title!.length }
  }
  return null
}

/** A few words without a sentence's end. */
function isTagLine(text: string): boolean {
  return !/[.!?:;”"’)]\s*$/.test(text) && text.trim().split(/\s+/).length <= 6
}

/** A heading that names a meeting or an outcome document: a meeting noun, a document word, a country or grouping, "2+2". */
function namesMeetingOrDocument(words: string): boolean {
  return new RegExp(`${MEETING_NOUN}|${DOCUMENT_WORD}`, 'i').test(words) || findCountryMentions(words).length > 0 || findOrganisationParties(words).length > 0
}

/**
 * "Antony J. Blinken | United States Secretary of State", "Richard Marles, Deputy Prime Minister":
 * a byline names the author of the page, not the meeting.
 */
const BYLINE = new RegExp(
  `^(?:(?:H\\.E\\.|Mr\\.?|Ms\\.?|Mrs\\.?|Dr\\.?|The\\s+Hon\\.?)\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}’'-]*)){1,3}\\s*[|–—,]\\s*[^|]{0,50}?\\b(?:Secretary|Minister|President|Ambassador|Spokes(?:person|man|woman)|Chancellor|Commissioner|Representative|Director)(?![\\p{L}])[^|]{0,60}$`,
  'u',
)

/** A byline: a person's name (no document word, no country) and an office. */
function isByline(words: string): boolean {
  const m = BYLINE.exec(words)
  if (!m) return false
  const name = words.split(/\s*[|–—,]\s*/)[0]!
  return (
    !/\b(?:Statement|Declaration|Communiqu|Joint|Meeting|Summit|Dialogue|Readout|Release|Remarks|Fact|Visit|Talks)/.test(name) &&
    findCountryMentions(name).length === 0
  )
}

// "held the U.S.-Japan Security Consultative Committee (SCC) in Tokyo", "for the Japan-Australia
// Defence Ministers' Meeting": a meeting named in the text without an ordinal.
// "held a Japan-UK Foreign and Defence Ministers’ Meeting with …": the article "a" after "held" only.
// "for their first annual Australia-New Zealand Leaders’ Meeting", "the annual Australia–US Ministerial
// Consultations (AUSMIN)" (an en dash between the names).
// "for the annual Australia-New Zealand Leaders’ Meeting": an adjective of frequency before the name is no part of it.
const NAMED_IN_TEXT = new RegExp(
  `(?:\\b(?:[Tt]he|their|its)|(?<=\\bheld\\s+)an?)\\s+(?:(?:first|second|third|fourth|fifth)\\s+(?=annual\\s))?(?:(?:annual|yearly|regular|biannual|biennial|inaugural)\\s+)?(?<title>\\p{Lu}[\\p{L}\\p{N}’'.+\\-–]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}’'.+\\-–]*|\\d+\\+\\d+|and|of|the|for|on|&)){0,10}?\\s+${MEETING_NOUN_IN_TEXT}(?:\\s+\\([^()]{1,20}\\))?)(?![\\p{L}])`,
  'dgu',
)

/** The first meeting named in sentences that tell of the meeting, when the name has a country or a grouping in it. */
function meetingNamedInText(sentences: TextSpan[]): FoundValue<string> | null {
  for (const s of sentences) {
    for (const m of matchAll(s.text, NAMED_IN_TEXT)) {
      let title = m.groups!.title!
      if (findCountryMentions(title).length === 0 && findOrganisationParties(title).length === 0 && !/\b\p{Lu}{2,}\b|\d\+\d/u.test(title)) continue
      const [start, b] = m.indices!.groups!.title!
      let a = start
      // "the Principals of Australia, India, Japan and the United States of the Quad Senior Cyber Group": the
      // country that closes a list before "of the" is no part of the body's name.
      const lead = /^(.+?)\s+of\s+the\s+(?=\p{Lu})/u.exec(title)
      const country = lead ? findCountryMentions(lead[1]!)[0] : undefined
      // "chaired by ... a representative of the President of the European Commission": an office of a body is no meeting.
      if (lead && MEMBER_OF_BODY.test(lead[0].replace(/the\s+$/, ''))) continue
      if (lead && country && country.start === 0 && country.end === lead[1]!.length) {
        title = title.slice(lead[0].length)
        a += lead[0].length
      }
      // "President of the European Commission", "ahead of the NATO Summit", "the commitment ... made during the
      // North American Leaders' Summit": a body someone belongs to, or another meeting, is not this one.
      const before = s.text.slice(Math.max(0, m.index - 160), m.index)
      if (MEMBER_OF_BODY.test(before) || OTHER_MEETING_BEFORE.test(before)) continue
      return { value: title, source: 'text', start: spanOffset(s, a), end: spanOffset(s, b) }
    }
  }
  return null
}

/** A site's banner: a ministry's name, or a line the page's head prints more than once. */
function isSiteBanner(words: string, tree: Document): boolean {
  if (MINISTRY_NAME.test(words)) return true
  let seen = 0
  for (const block of tree.children) {
    if (block.type === 'paragraph') break
    if (block.value.trim() === words && ++seen > 1) return true
  }
  return false
}

/** Words that name a party: a country, an organisation or a grouping, or an acronym ("CRI"). */
function namesParties(words: string): boolean {
  return findCountryMentions(words).length > 0 || findOrganisationParties(words).length > 0 || /\b\p{Lu}{2,}\b/u.test(words)
}

/** A page's own line ("Policy paper", "Press release", "Headlines") is no title. */
function isPageLine(h: Heading): boolean {
  return isFurniture(h.value, parseLabel(h.value))
}

/**
 * The title with its ordinal removed: the series the meeting belongs to. Null when the title has
 * no ordinal and does not name a meeting ("Joint Statement" is a document, not a series).
 * @example seriesOf('Second Japan-UK Foreign and Defence Ministerial Meeting') // 'Japan-UK Foreign and Defence Ministerial Meeting'
 */
export function seriesOf(title: string): string | null {
  const split = splitLeadingOrdinal(title)
  if (split) return split.rest
  // "Japan-U.S. Security Consultative Committee (two-plus-two)": a trailing "(2+2)" or "(SCC)" is no part of the name's ending.
  // "AUKUS Defence Ministers' Meeting Joint Statement", "NATO Summit Declaration": the document's kind is no part of it.
  const name = title
    .replace(/(?:\s*\([^()]{1,30}\))+\s*$/u, '')
    .replace(/\s*[:,–—-]?\s+(?:Joint\s+)?(?:Statement|Communiqu[ée]|Declaration|Chair(?:man)?['’]s\s+Statement|Fact\s+Sheet|Readout)$/iu, '')
    .replace(/(?:\s*\([^()]{1,30}\))+\s*$/u, '')
  if (new RegExp(`${MEETING_NOUN}$`).test(name)) return name.replace(/^[Tt]he\s+/, '')
  return null
}

/** "Preamble", "1. Preamble", "I. Introduction", "Section 1. ...": a section of the statement, printed first on some pages. */
function isSectionName(words: string): boolean {
  const label = parseLabel(words)
  return SECTION_NAME.test(label && label.kind !== 'bullet' ? words.slice(label.contentStart) : words) || /^Section\s+\d/i.test(words)
}

/** How many words a headline may have; one that opens with the kind of document may have MAX_DOCUMENT_HEADLINE_WORDS. */
const MAX_TITLE_WORDS = 14
const MAX_DOCUMENT_HEADLINE_WORDS = 30

/** Section names, datelines, links and long notes are not titles. */
function isTitleLike(words: string): boolean {
  if (
    words.split(/\s+/).length > (DOCUMENT_HEADLINE_START.test(words) ? MAX_DOCUMENT_HEADLINE_WORDS : MAX_TITLE_WORDS) ||
    findDates(words).some((d) => d.iso) ||
    readDateline(words)
  )
    return false
  if (/^(?:Back to|The following|Begin Text|End Text)\b/i.test(words) || BY_LINE_OF_MEETING.test(words) || parseLabel(words)) return false
  return !SECTION_NAME.test(words) && !isSectionName(words) && !isPlaceLine(words)
}

/** "Jeddah, Saudi Arabia", "Luleå, Sweden": a place and its country printed over a statement, no title. */
function isPlaceLine(words: string): boolean {
  return readPlaceLine(words) !== null
}

/** A title followed on its line by "1." and the first paragraph's words. */
const GLUED_FIRST_PARAGRAPH = /^(\S.*?\S)\s+1\.\s+(?=[“"]?\p{Lu})/u

/** The heading's words without Markdown marks, bold or a trailing caption number, with their offsets. */
function cleanHeading(h: Heading): FoundValue<string> | null {
  if (isPageLine(h)) return null
  const m = /^(?:#{1,6}\s+)?(?:\*\*|__)?(?:FULL TEXT:\s*|Full text:\s*)?(.*?)(?:\*\*|__)?(?:\s+\d{1,2})?$/u.exec(h.value)
  // "Bali, Indonesia, 15-16 November 2022": a whole dateline is no title.
  if (m?.[1] && readDateline(m[1])) return null
  // "G7 ... Meeting: Communiqué, London, 5 May 2021": the place and date are not the title.
  let words = (m?.[1] ? (readTitleDateline(m[1])?.title ?? m[1]) : m?.[1])?.trim()
  // "Ninth Japan-Australia 2+2 … Consultations Joint Statement 1. H.E. Mr. MOTEGI Toshimitsu, Minister": a PDF's
  // title line that runs on into the first paragraph ends before its number.
  const glued = words ? GLUED_FIRST_PARAGRAPH.exec(words) : null
  if (glued && glued[1]!.split(/\s+/).length >= 3) words = glued[1]!
  if (!words || !/\p{L}/u.test(words)) return null
  const start = h.position.start.offset + h.value.indexOf(words)
  return { value: words, source: 'text', start, end: start + words.length }
}

// "The G20 Finance Ministers and Central Bank Governors met virtually", "At their meeting in Iceland, the Nordic
// foreign ministers agreed": a group named by its members' role as the subject of a sentence that tells of the meeting.
const GROUP_SUBJECT = new RegExp(
  String.raw`(?:^|,\s+)(?:[Tt]he\s+)?(?<title>(?<group>(?!The\s)\p{Lu}[\p{L}\p{N}’'\-–]*(?:\s+\p{Lu}[\p{L}\p{N}’'\-–]*){0,2}?)\s+(?:${ROLE_WORD}\s+){0,5}(?:[Mm]inisters|[Ll]eaders|[Gg]overnors|[Aa]dvis[oe]rs)(?:\s+and\s+(?:${ROLE_WORD}\s+){0,3}(?:[Mm]inisters|[Gg]overnors))?)\s+(?:met|gathered|convened|held|agreed|discussed|reaffirmed)\b`,
  'du',
)

/**
 * A title for a page with no headline and no name of the meeting in the text, from its first
 * sentence that tells of the meeting: the group that met ("G20 Finance Ministers and Central Bank
 * Governors Meeting"), or the kind of meeting held ("bilateral talks"). Composed; null otherwise.
 * @param tree the statement tree
 */
export function titleFromMeetingSentence(tree: Document): FoundValue<string> | null {
  for (const s of meetingSentences(tree)) {
    const g = GROUP_SUBJECT.exec(s.text)
    const group = g?.groups?.group
    if (g && group && (namesParties(group) || /^\p{Lu}[\p{Lu}\d]+$/u.test(group) || REGION_ADJECTIVE.test(group))) {
      const [a, b] = g.indices!.groups!.title!
      return { value: `${g.groups!.title!.replace(/\s+/g, ' ')} Meeting`, source: 'text', start: spanOffset(s, a), end: spanOffset(s, b), composed: true }
    }
    const h = HELD_KIND.exec(s.text)
    if (h) {
      const [a, b] = h.indices!.groups!.title!
      return { value: h.groups!.title!, source: 'text', start: spanOffset(s, a), end: spanOffset(s, b), composed: true }
    }
  }
  return null
}

/** How many parties a title composed from their names may list ("Japan-Viet Nam Joint Statement"). */
const MAX_TITLE_PARTIES = 4

/**
 * A title for a page with no headline that names its own kind of document ("Following is the full text of
 * the joint statement."): the parties' names and that kind, "Japan-Vietnam Joint Statement". Composed from
 * words printed apart; null where the text names no kind or the parties are not 2 to MAX_TITLE_PARTIES.
 * @param tree the statement tree
 * @param parties the meeting's parties, in order
 */
export function titleFromDocumentKind(tree: Document, parties: readonly string[]): FoundValue<string> | null {
  if (parties.length < 2 || parties.length > MAX_TITLE_PARTIES) return null
  for (const block of tree.children) {
    const lines = block.type === 'paragraph' ? block.children.map((c) => c.value) : block.type === 'heading' ? [block.value] : []
    for (const line of lines) {
      const m = DOCUMENT_KIND_SELF.exec(line)
      if (!m) continue
      const kind = m.groups!.kind!.replace(/\s+/g, ' ').replace(/(^|\s)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase())
      return { value: `${parties.join('-')} ${kind}`, source: 'text', composed: true }
    }
  }
  return null
}
