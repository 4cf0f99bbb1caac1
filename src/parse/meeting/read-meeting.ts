// Reads the meeting record (title, series, ordinal, date, place, participants, parties) from a
// statement tree, the page metadata and the user's overrides.
import { info, warn } from '../../core/diagnostics.js'
import { createLineIndex, type LineIndex } from '../../core/line-index.js'
import type { Span } from '../../core/item.js'
import { emptyMeeting, type FieldSource, type MeetingOverrides, type MeetingRecord } from '../../core/meeting.js'
import type { SourceFile } from '../../core/source-file.js'
import type { Document, Paragraph, Sentence } from '../../core/tree.js'
import { applyOverrides } from './apply-overrides.js'
import { findMeetingDate, findYearlessMeetingDay } from './find-date.js'
import { findDates, type FoundDate } from './dates.js'
import { countryOfHolder, officeKind, yearFromTerms } from './year-from-terms.js'
import { findParticipants, samePerson, type FoundParticipant } from './find-participants.js'
import { orderParties, partiesFromLeadersList, partiesFromMeetingNames, partiesFromOffices, partiesFromTitle, type FoundParty } from './find-parties.js'
import { findPlace, isVirtualMeeting } from './find-place.js'
import { headsByOffice, headsOfListedCountries } from './heads-by-office.js'
import { organisationParties } from '../../lexicon/organisation-parties.js'
import { groupOfMembers } from '../../lexicon/countries.js'
import { findTitle, seriesOf, speakersRoleInOpening, titleFromDocumentKind, titleFromMeetingSentence } from './find-title.js'
import {
  FURTHER_OPENING_PARAGRAPHS,
  OPENING_PARAGRAPHS,
  furtherMeetingSentences,
  meetingSentences,
  openingSentences,
  spanOffset,
  textSpan,
  useRepairer,
} from './opening.js'
import { createGlueRepairer } from '../repair-glued.js'
import type { TextSpan } from './opening.js'
import { findFirstTimeInText, findOrdinalInText, splitLeadingOrdinal } from './ordinal.js'
import {
  ASSISTING,
  MEETING_CUE,
  NATIONAL_OFFICES,
  PERSON_FIRST,
  PHOTO_CAPTION,
  WE_NAMED,
  WELCOMED_TO,
  WELCOMED_PERSON,
  LEADERS_NAMED,
  BY_LINE_OF_MEETING,
  KIND_TITLE_WORDS,
  CHAIR_BEFORE,
  CHAIR_AFTER,
  FURTHER_MEETING_VERB,
  SAME_MEETING_VERB,
  SUBJECT_LEAD_WORD,
  EARLIER_EVENT_PEOPLE,
  OPENING_SUBJECT,
} from '../lexicon/meeting.js'

/**
 * Reads what a statement says about its meeting. Fields read from the text get a position; fields
 * from metadata or flags do not. Missing date and parties are reported on the file as warnings
 * ('parse/meeting-date', 'parse/meeting-parties'); a missing title as info ('parse/meeting-title').
 * @param tree the statement tree from parseStatement
 * @param file the source file the tree was built from (its value, metadata and diagnostics)
 * @param overrides values that win over the text (CLI flags, manifest rows)
 * @param lines the line index of `file.value`, when the caller has one already
 * @returns the meeting record; JSON-safe
 */
export function readMeeting(tree: Document, file: SourceFile, overrides: MeetingOverrides = {}, lines: LineIndex = createLineIndex(file.value)): MeetingRecord {
  if (tree?.type !== 'document') {
    throw new TypeError(`readMeeting: expected a tree of type 'document', got '${String(tree?.type)}'. Pass the root from parseStatement().`)
  }
  const meeting = emptyMeeting()
  useRepairer(tree, createGlueRepairer(file.value))
  /** Sets a field with its source, and its position when read from the text. */
  const record = <K extends 'title' | 'series' | 'ordinal' | 'date' | 'place'>(
    field: K,
    value: MeetingRecord[K],
    source: FieldSource,
    span: Partial<Span> = {},
  ): void => {
    meeting[field] = value
    meeting.sources[field] = source
    // Note: offsets read from a repaired sentence may run a few characters past; keep them in the text.
    const clamp = (n: number): number => Math.min(Math.max(n, 0), file.value.length)
    if (span.start !== undefined && span.end !== undefined) meeting.positions[field] = lines.positionOf(clamp(span.start), clamp(span.end))
  }

  const title = findTitle(tree, file.metadata.title)
  const parties: FoundParty[] = []
  if (title) {
    record('title', title.value, title.composed ? 'inferred' : title.source, title)
    const split = splitLeadingOrdinal(title.value)
    const series = seriesOf(title.value)
    // Offsets of some words of the title (series, ordinal), when the title came from the text.
    const within = (words: string): Partial<Span> => {
      const at = title.value.indexOf(words)
      return title.start === undefined || at < 0 ? {} : { start: title.start + at, end: title.start + at + words.length }
    }
    if (split) record('ordinal', split.ordinal, title.source, within(title.value.slice(0, title.value.length - split.rest.length).trim()))
    if (series) record('series', series, title.source, within(series))
    parties.push(...partiesFromTitle(title.value, title.start ?? Infinity))
    if (title.composed && !overrides.title) {
      warn(file, `The text prints no headline; took "${title.value}" from the statement's speakers as the title; pass --title if it is wrong.`, {
        rule: 'parse/meeting-title',
        position: meeting.positions.title,
      })
    }
    if (title.weak && !overrides.title) {
      warn(file, `Took "${title.value}", a heading that names no meeting or document, as the title; pass --title if it is wrong.`, {
        rule: 'parse/meeting-title',
        position: meeting.positions.title,
      })
    }
  }

  if (meeting.ordinal === null && title) {
    // "Chairman's Statement of the 42nd ASEAN Summit": the ordinal inside the title.
    const inTitle = findOrdinalInText(title.value, title.value)
    if (inTitle)
      record('ordinal', inTitle.ordinal, title.source, title.start === undefined ? {} : { start: title.start + inTitle.start, end: title.start + inTitle.end })
  }
  if (meeting.ordinal === null) {
    // "for the 29th AUKMIN", "held their second meeting": the ordinal the title does not print.
    // "... met in Singapore on August 4, 2018 for the eighth ministerial meeting of the Trilateral Strategic
    // Dialogue": past a banner, the sentence a few paragraphs on that tells who met.
    for (const s of [...openingSentences(tree), ...furtherMeetingSentences(tree)]) {
      const found = findOrdinalInText(s.text, title?.value ?? null)
      if (!found) continue
      record('ordinal', found.ordinal, 'text', { start: spanOffset(s, found.start), end: spanOffset(s, found.end) })
      break
    }
  }
  if (meeting.ordinal === null) {
    // Note: only where no sentence counts the meeting ("Just over one year ago, Leaders met for the first time. Today
    // ... we convene for our fourth meeting").
    for (const s of openingSentences(tree)) {
      const found = findFirstTimeInText(s.text)
      if (!found) continue
      record('ordinal', found.ordinal, 'text', { start: spanOffset(s, found.start), end: spanOffset(s, found.end) })
      break
    }
  }

  const date = findMeetingDate(tree, file.metadata.date)
  if (date) {
    record('date', date.value, date.guessed ? 'inferred' : date.source, date)
    if (date.guessed && !overrides.date) {
      warn(file, `Took ${date.value}, the first date of the first paragraph, as the meeting date; pass --date if it is wrong.`, {
        rule: 'parse/meeting-date',
        position: meeting.positions.date,
      })
    } else if (date.weekday && !overrides.date) {
      warn(
        file,
        date.weekday === 'moved'
          ? `The text gives only the weekday of the meeting; took ${date.value}, the last such day before the page's date. Pass --date if it is wrong.`
          : `The text gives only the weekday of the meeting; took the page's date, ${date.value}, which falls on it. Pass --date if it is wrong.`,
        { rule: 'parse/meeting-date', position: meeting.positions.date },
      )
    } else if (date.yearFromContext && !overrides.date) {
      warn(
        file,
        `The text gives the meeting's day without a year; took ${date.value.slice(0, 4)} from the other dates of the text. Pass --date if it is wrong.`,
        { rule: 'parse/meeting-date', position: meeting.positions.date },
      )
    }
  }
  const place = findPlace(tree)
  if (place) record('place', place.value, place.source, place)
  const virtual = !place && isVirtualMeeting(tree)

  const { people: found, weak: weakPeople } = findMeetingPeople(tree)
  // Note: only against a date the text gives; a page's publication date says nothing of when the people met.
  const people = meeting.date && meeting.sources.date !== 'metadata' ? found.filter((p) => !datedElsewhere(tree, p, meeting.date!)) : found
  if (weakPeople) {
    warn(
      file,
      `Took the participants (${people.map((p) => p.name).join(', ')}) from the people who open a sentence of the opening; no sentence says they met.`,
      {
        rule: 'parse/meeting-participants',
        position: lines.positionOf(people[0]!.start, people[0]!.end),
      },
    )
  }
  if (!meeting.date) {
    // "On 20 July, Foreign Secretary Jeremy Hunt hosted ... Julie Bishop": a day without a year,
    // placed by the years the people who met held office together.
    const day = findYearlessMeetingDay(tree)
    const placed = day ? yearFromTerms(day.month, day.day, people) : null
    if (day && placed) {
      record('date', placed.iso, 'inferred', day)
      if (!overrides.date)
        warn(
          file,
          `The text gives the meeting's day without a year; took ${placed.iso.slice(0, 4)}, the one year in which ${placed.people.join(', ')} held office together. Pass --date if it is wrong.`,
          { rule: 'parse/meeting-date', position: meeting.positions.date },
        )
    }
  }
  // "the President of the United States and the President of the French Republic met in Rome": leaders named
  // by office alone, where no one is named, are the holders of those offices on the meeting's day.
  // Their names are not printed: they get no position, and the field's source is the office named in the text.
  // Note: where the only people named were those of another meeting, the offices named are theirs too.
  const byOffice = found.length === 0 && meeting.date ? headsNamedByOffice(tree, meeting.date) : []
  people.push(...byOffice)
  // Note: a name broken over two lines ("Tom\nDoe") is given with a space, and without a position (it slices to the break).
  meeting.participants = people.map((p) => ({
    name: oneLine(p.name),
    honorific: p.honorific,
    office: p.office && oneLine(p.office),
    country: p.country,
    ...(byOffice.includes(p) || p.name.includes('\n') ? {} : { position: lines.positionOf(p.start, p.end) }),
  }))
  if (people.length > 0) {
    meeting.sources.participants = byOffice.length > 0 ? 'inferred' : 'text'
    meeting.positions.participants = lines.positionOf(people[0]!.start, people[0]!.end)
  }
  // Note: "We, the leaders of A, B and C" names the parties outright; people named beside them
  // (a guest, a leader the statement condemns) do not add parties then.
  // "held the U.S.-Japan Security Consultative Committee (SCC)": a meeting named in the opening.
  if (parties.length === 0) for (const s of openingSentences(tree)) parties.push(...partiesFromMeetingNames(s.text, s.start))
  // "Joint Press Statement Second AU-EU Ministerial Meeting" above the opening: a heading that names the meeting by its parties.
  if (parties.length === 0) for (const h of headingsAboveOpening(tree)) parties.push(...partiesFromMeetingNames(h.text, h.start))
  const named = parties.length > 0
  // "As ... members of the G7, G20 and NATO, we work closely": where a title or a meeting's name
  // gives the parties, what they are members of describes them, it does not add parties.
  const listed = partiesFromLeadersList(openingSentences(tree), named)
  const strong = named || listed.length > 0
  // "The first standing meeting of Pacific Islands Forum Foreign Ministers ... attended by ...
  // Ministers from Australia, Fiji, ...": an organisation's own meeting keeps it the one party; the
  // members who came are no parties beside it.
  const ownMeeting = named && parties.every((p) => isOrganisationParty(p.name))
  if (listed.length > 0) parties.push(...(ownMeeting ? listed.filter((p) => isOrganisationParty(p.name)) : listed))
  else {
    // "Secretary of State Blinken and Minister for Foreign Affairs Motegi of Japan met ...": an
    // office only one country has names that country too, so the parties are not Japan alone.
    // Where the title names an organisation's own meeting, the people only order its parties: the
    // host or chair of an ASEAN summit is not a party for being named.
    const namedParties = new Set(parties.map((p) => p.name))
    // Note: a title may name one side only ("Japan-Ruritania", a headline); the people then add the
    // other. Only an organisation's own meeting keeps its parties closed.
    const closed = named && parties.every((p) => isOrganisationParty(p.name))
    for (const p of people) {
      const country = p.country ?? (p.office ? nationalOfficeCountry(p.office) : null)
      if (country && (!closed || namedParties.has(country))) parties.push({ name: country, at: p.start })
    }
    if (!named) parties.push(...partiesFromOffices(openingSentences(tree)))
  }
  // "Brende met his colleagues in Oslo today. ‘…’ … hosted this year’s meeting of the foreign
  // ministers of Denmark, …, Lithuania and Norway": where the opening names no party, a list in a
  // later sentence that tells of the meeting names them.
  if (parties.length === 0) parties.push(...partiesFromLeadersList(meetingSentences(tree, FURTHER_OPENING_PARAGRAPHS)))
  meeting.parties = orderParties(parties)
  // "We, the leaders of the G7, met with Ukraine's President Zelenskyy", "the 40th ASEAN Summit ...
  // under the chairmanship of Prime Minister Hun Sen of Cambodia": where the title or a list names
  // the parties, a person of another country is a guest or a chair, not a member of the meeting.
  // Where the parties are organisations only (ASEAN, NATO), the statement speaks for the whole
  // membership: a head of government named in it is the chair or a host, not the party's voice.
  const orgsOnly = meeting.parties.length > 0 && meeting.parties.every((p) => isOrganisationParty(p))
  // "The Meeting was chaired by the Honourable Rimbink Pato, Minister ... of Papua New Guinea": the
  // chair of an organisation's meeting sat in it, though his country is not a party beside it.
  const chairs = new Set(
    people
      .filter(
        (p) => orgsOnly && (CHAIR_BEFORE.test(file.value.slice(Math.max(0, p.start - 80), p.start)) || CHAIR_AFTER.test(file.value.slice(p.end, p.end + 200))),
      )
      .map((p) => p.name),
  )
  if (strong) meeting.participants = meeting.participants.filter((p) => chairs.has(p.name) || (p.country ? meeting.parties.includes(p.country) : !orgsOnly))
  fillParticipantCountries(meeting)
  // Parties known only from the people's offices or the opening's subject are weak evidence.
  const weakParties = !strong && meeting.parties.length > 0 && !overrides.parties
  // Note: parties get no position: their evidence is spread over the title and the opening.
  if (meeting.parties.length > 0) meeting.sources.parties = parties.some((p) => Number.isFinite(p.at)) ? 'text' : 'metadata'

  if (!meeting.title && !overrides.title) {
    const composed = groupTitle(tree, meeting) ?? titleFromMeetingSentence(tree)?.value ?? titleFromDocumentKind(tree, meeting.parties)?.value ?? null
    if (composed) {
      record('title', composed, 'inferred')
      const series = seriesOf(composed)
      if (series) record('series', series, 'inferred')
      warn(
        file,
        `The text names no meeting and prints no headline; composed "${composed}" from the parties and the offices of the people who met; pass --title if it is wrong.`,
        {
          rule: 'parse/meeting-title',
        },
      )
    }
  }

  applyOverrides(meeting, overrides)
  reportGaps(meeting, file)
  if (weakParties && meeting.sources.parties === 'text') {
    warn(
      file,
      `Took the parties (${meeting.parties.join(', ')}) from the people named in the opening, not from a list of the meeting's members; pass --parties "A,B" if they are wrong.`,
      { rule: 'parse/meeting-parties' },
    )
  }
  if (!meeting.place && !virtual)
    warn(file, 'No place found for the meeting (a city after "met in", "held ... in" or a dateline); pass --place to set one.', { rule: 'parse/meeting-place' })
  return meeting
}

/**
 * A title for a meeting the text never names, when its parties are exactly a grouping's members:
 * "We, the Foreign Ministers of Canada, France, ..." gives "G7 Foreign Ministers’ Statement"; three
 * defence ministers of Australia, the United Kingdom and the United States who met give "AUKUS
 * Defence Ministers’ Meeting" (the spelling of "Defense" as the offices print it), the four Quad
 * leaders "Quad Leaders’ Statement". Null otherwise.
 */
function groupTitle(tree: Document, meeting: MeetingRecord): string | null {
  const group = meeting.parties.length > 1 ? groupOfMembers(meeting.parties) : null
  if (!group) return null
  const role = speakersRoleInOpening(tree)
  if (role) return `${group} ${role} Statement`
  const kinds = new Set(meeting.participants.map((p) => officeKind(p.office)))
  const kind = kinds.size === 1 ? [...kinds][0] : null
  if (!kind || meeting.participants.length < 2) return null
  const words = KIND_TITLE_WORDS[kind]
  const american = meeting.participants.some((p) => /Defense/.test(p.office ?? ''))
  // Note: leaders who meet without a headline issue a statement; ministers' pages name the meeting.
  return `${group} ${american ? words.replace('Defence', 'Defense') : words} ${kind === 'head' ? 'Statement' : 'Meeting'}`
}

/**
 * The leaders the text names by office alone, held on the meeting's day: "the President of the United States and
 * the President of the French Republic met"; "We, the leaders of Japan, the Republic of Korea (ROK), and the United
 * States, convened"; where no sentence tells of the meeting, the joint subject of the first sentence ("Today, the
 * President of the United States and the Chancellor of Germany affirm their commitment").
 */
function headsNamedByOffice(tree: Document, iso: string): FoundParticipant[] {
  // Note: a list of countries' leaders only where a verb tells that they met ("convened"), not beside a noun of
  // another meeting ("We, the leaders of A, B and C, commemorate the progress ... since our historic summit").
  const heads = (sentences: TextSpan[], listed: TextSpan[]): FoundParticipant[] => {
    const single = headsByOffice(sentences, iso)
    return [...single, ...headsOfListedCountries(listed, iso).filter((p) => !single.some((q) => q.name === p.name))]
  }
  const sentences = meetingSentences(tree)
  const met = heads(
    sentences,
    sentences.filter((s) => SAME_MEETING_VERB.test(s.text)),
  )
  if (met.length > 0) return met
  const first = openingSentences(tree)[0]
  const subject = first ? OPENING_SUBJECT.exec(first.text) : null
  if (!first || !subject) return []
  const at = first.text.indexOf(subject[1]!, subject.index)
  // Only the statement's occasion ("Today, the President of A and the Chancellor of B affirm"), not an earlier act
  // ("In September 2021, the leaders of A, B and C announced AUKUS") nor a statement that marks a date.
  if (!/^\W*(?:Today|This\s+week)\b/.test(first.text.slice(0, at))) return []
  const opening = textSpan(first.text.slice(0, at + subject[1]!.length), first.start, first.end, first.map)
  return heads([opening], [opening])
}

/** True for a sentence that tells of a meeting only by a noun ("the Summit", "the meeting"), with no verb by which people meet. */
function namesMeetingOnlyByNoun(text: string): boolean {
  return (
    !SAME_MEETING_VERB.test(text) &&
    !WELCOMED_TO.test(text) &&
    !WE_NAMED.test(text) &&
    !/\bcounterparts?\b|\brepresented\s+by\b|(?:\b(?:was|were|is|are|delegations?)\s+|,\s+)(?:co-chaired|chaired|led)\s+by\b|\b(?:attended|participated)\b/.test(
      text,
    )
  )
}

/**
 * The people who met: those named in the opening sentences that tell of the meeting ("met",
 * "held", "their counterparts"); failing them, those who open a sentence of the first paragraphs as
 * its subject ("TOKYO — The ministers met today. Minister Motegi and Secretary Blinken
 * reaffirmed ..."). A statement in the voice of the members ("We, the Heads of State") names none.
 */
function findMeetingPeople(tree: Document): { people: FoundParticipant[]; weak: boolean } {
  const hosts = findParticipants(hostLines(tree))
  let found = findOpeningPeople(tree)
  // "An official website of the United States government ... 1. The Minister for Foreign Affairs of
  // Australia, Julie Bishop, ... met in Singapore": where the first paragraphs (a site's banner, a
  // slogan, a summary line) name no one, the sentence that tells who met may come a few paragraphs on.
  if (found.people.length === 0) {
    const further = findOpeningPeople(tree, FURTHER_OPENING_PARAGRAPHS, (s) => FURTHER_MEETING_VERB.test(s.text))
    if (!further.weak) found = further
  }
  if (hosts.length === 0) return found
  // "Hosted by the Prime Minister of Australia, the Hon Anthony Albanese MP" under the headline: the host met too.
  return { people: [...hosts, ...found.people.filter((p) => !hosts.some((h) => samePerson(h.name, p.name)))], weak: false }
}

/** The headings printed above the last paragraph of the opening (a page's headline may follow a slogan). */
function headingsAboveOpening(tree: Document): TextSpan[] {
  const opening = openingSentences(tree)
  const until = opening.length > 0 ? opening[opening.length - 1]!.start : 0
  const lines: TextSpan[] = []
  for (const block of tree.children) {
    if (block.position.start.offset >= until) break
    if (block.type === 'heading') lines.push(textSpan(block.value, block.position.start.offset, block.position.start.offset + block.value.length))
  }
  return lines
}

/** Lines of the page's head (before the first paragraph) that name the host or chair: "Hosted by ...". */
function hostLines(tree: Document): TextSpan[] {
  const lines: TextSpan[] = []
  for (const block of tree.children) {
    if (block.type === 'paragraph') break
    if (block.type === 'heading' && BY_LINE_OF_MEETING.test(block.value))
      lines.push(textSpan(block.value, block.position.start.offset, block.position.start.offset + block.value.length))
  }
  return lines
}

/** The people of the meeting named in the opening sentences (see findMeetingPeople). */
function findOpeningPeople(
  tree: Document,
  paragraphs = OPENING_PARAGRAPHS,
  keep: (s: TextSpan) => boolean = () => true,
): { people: FoundParticipant[]; weak: boolean } {
  const opening = openingSentences(tree, paragraphs).filter(keep).map(withoutEarlierEvents)
  // "We, President of the United States Joseph R. Biden and President ... Vladimir Putin, note": the
  // speakers named in the statement's own voice are the people of the meeting.
  const cuedSentences = opening.filter(
    (s) =>
      MEETING_CUE.test(s.text) ||
      WELCOMED_TO.test(s.text) ||
      WELCOMED_PERSON.test(s.text) ||
      /\bcounterparts?\b|\brepresented\s+by\b|(?:\b(?:was|were|is|are|delegations?)\s+|,\s+)(?:co-chaired|chaired|led)\s+by\b/.test(s.text) ||
      WE_NAMED.test(s.text) ||
      LEADERS_NAMED.test(s.text),
  )
  // "Mr Okada, Foreign Minister of Japan, ... also attended the Summit to assist their leaders": where
  // another sentence names who met, the ministers who came along are not the meeting's principals.
  const principal = cuedSentences.filter((s) => !ASSISTING.test(s.text))
  // "During the North American Leaders' Summit on January 9-10, 2023 President A and President B directed ...
  // On April 13, C convened the first meeting of this committee with D": where a sentence tells by its verb
  // that people met, those named in a dated sentence that only names a summit or a meeting belong to another.
  const metByVerb = principal.filter((s) => !namesMeetingOnlyByNoun(s.text) || !/\b(?:19|20)\d\d\b/.test(s.text))
  const fromVerb = metByVerb.length > 0 && metByVerb.length < principal.length ? findParticipants(metByVerb) : []
  const fromPrincipal = fromVerb.length > 0 ? fromVerb : principal.length > 0 ? findParticipants(principal) : []
  const cued = fromPrincipal.length > 0 ? fromPrincipal : findParticipants(cuedSentences)
  // Note: only a text that tells of a meeting at all (a sentence with "met", "held", ...) gets the fallback.
  if (cued.length > 0 || opening.some((s) => WE_NAMED.test(s.text) || /^\s*We,\s/.test(s.text)) || !opening.some((s) => MEETING_CUE.test(s.text)))
    return { people: cued, weak: false }
  const found: FoundParticipant[] = []
  for (const s of opening) {
    if (!PERSON_FIRST.test(s.text) || PHOTO_CAPTION.test(s.text)) continue
    for (const p of findParticipants([s])) {
      const before = textBefore(s, p.start)
      if (before.split(/[\s,]+/).every((w) => w === '' || SUBJECT_LEAD_WORD.test(w)) && !found.some((f) => samePerson(f.name, p.name))) found.push(p)
    }
  }
  return { people: found, weak: found.length > 0 }
}

/**
 * A sentence with the people of an earlier event blanked out ("as follow up to the May 26, 2023 call between A
 * and B, C led a delegation to meet with A"): offsets stay, and a person named again outside the phrase is
 * still found there.
 */
function withoutEarlierEvents(s: TextSpan): TextSpan {
  if (!EARLIER_EVENT_PEOPLE.test(s.text)) return s
  EARLIER_EVENT_PEOPLE.lastIndex = 0
  return textSpan(
    s.text.replace(EARLIER_EVENT_PEOPLE, (m) => m.replace(/[^\s]/g, ' ')),
    s.start,
    s.end,
    s.map,
  )
}

/** A name or office broken over lines, on one line: "Tom\nDoe" → "Tom Doe". */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ')
}

/** How many days apart two dates may be and still be one meeting's (a meeting over several days, a page dated after it). */
const SAME_MEETING_DAYS = 7

/**
 * True when a person is named beside the date of another meeting: "the first India-Australia Annual Summit
 * held in New Delhi on 10 March 2023 between Prime Minister Narendra Modi and Prime Minister Anthony
 * Albanese" on a page of 20 November 2023; "the priorities agreed by ... Macron, and ... Albanese during
 * their meeting on 1 July 2022". The sentence prints no day of this meeting, and the date nearest the
 * name, in its clause, is more than SAME_MEETING_DAYS from the meeting's.
 */
function datedElsewhere(tree: Document, person: FoundParticipant, date: string): boolean {
  const sentence = sentenceAt(tree, person.start)
  if (!sentence || !/\b(?:19|20)\d\d\b/.test(sentence.value)) return false
  const at = sentence.position.start.offset
  const dates = findDates(sentence.value, at).filter((d) => d.iso !== null)
  const far = (d: FoundDate): boolean => Math.abs(Date.parse(d.iso!) - Date.parse(date)) > SAME_MEETING_DAYS * 86_400_000
  if (dates.length === 0 || !dates.every(far)) return false
  const distance = (d: FoundDate): number => (d.start >= person.end ? d.start - person.end : person.start - d.end)
  const nearest = dates.reduce((a, d) => (distance(d) < distance(a) ? d : a))
  const between = sentence.value.slice(Math.min(nearest.end, person.end) - at, Math.max(nearest.start, person.start) - at)
  return distance(nearest) <= 150 && !/;/.test(between)
}

/** The sentence of the tree's paragraphs that holds an offset, or null. */
function sentenceAt(tree: Document, offset: number): Sentence | null {
  for (const block of tree.children) {
    if (block.type !== 'paragraph' || block.position.end.offset < offset) continue
    if (block.position.start.offset > offset) return null
    for (const s of (block as Paragraph).children) if (s.position.start.offset <= offset && offset < s.position.end.offset) return s
  }
  return null
}

/** The words of a sentence before an offset of the text. */
function textBefore(s: TextSpan, offset: number): string {
  return s.text.slice(0, Math.max(0, offset - s.start))
}

function reportGaps(meeting: MeetingRecord, file: SourceFile): void {
  if (!meeting.title) info(file, 'No meeting title found in the text or the page metadata; pass --title to set one.', { rule: 'parse/meeting-title' })
  if (!meeting.date) warn(file, 'No date found for the meeting; pass --date YYYY-MM-DD to set it.', { rule: 'parse/meeting-date' })
  if (meeting.parties.length === 0) warn(file, 'No parties found for the meeting; pass --parties "A,B" to name them.', { rule: 'parse/meeting-parties' })
}

/** True for an organisation that is itself a party (NATO, ASEAN, the EU), not a country. */
function isOrganisationParty(name: string): boolean {
  return organisationParties().some((o) => o.name === name)
}

/** The country of an office only one country's ministers hold ("Secretary of State"), else null. */
function nationalOfficeCountry(office: string): string | null {
  return NATIONAL_OFFICES.find(([re]) => re.test(office))?.[1] ?? null
}

/**
 * Gives participants without a country one: from an office only one country has ("Secretary of
 * State" alone is American), then the one party the others do not belong to.
 */
function fillParticipantCountries(meeting: MeetingRecord): void {
  for (const p of meeting.participants) {
    if (p.country || !p.office) continue
    const national = NATIONAL_OFFICES.find(([re, country]) => re.test(p.office!) && (meeting.parties.length === 0 || meeting.parties.includes(country)))
    if (national) p.country = national[1]
    // "Minister for Foreign Affairs Dr. Vivian Balakrishnan" among American co-chairs: a holder the terms of office know.
    const holder = national ? null : countryOfHolder(p.name, p.office)
    if (holder && (meeting.parties.length === 0 || meeting.parties.includes(holder))) p.country = holder
  }
  if (meeting.parties.length < 2) return
  // The one party no one named speaks for yet is the country of those without one (AUKUS: the
  // British and American ministers are known, so the Australian is the third).
  const known = new Set(meeting.participants.map((p) => p.country).filter((c): c is string => c !== null && meeting.parties.includes(c)))
  const missing = meeting.parties.filter((c) => !known.has(c))
  if (missing.length !== 1 || known.size === 0) return
  for (const p of meeting.participants) if (!p.country) p.country = missing[0]!
}
