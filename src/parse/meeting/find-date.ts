// Finds the date the meeting was held, preferring the "met ... on 8 January 2016" sentence and the
// dateline over other dates in the text (a nuclear test "on 6 January" is not the meeting).
import { matchAll } from '../../core/match-all.js'
import type { Document, Heading } from '../../core/tree.js'
import { readDateline, readTitleDateline } from './dateline.js'
import { findDates, toIso, type FoundDate } from './dates.js'
import type { FoundValue } from './find-title.js'
import { furtherMeetingSentences, meetingSentences, openingSentences, spanOffset, type TextSpan } from './opening.js'
import { WEEKDAYS } from '../lexicon/calendar.js'
import {
  EVENT_SETTING,
  MEETING_CUE,
  MEETING_NOUN_BEFORE_DATE,
  MEETING_NOUN_WORD,
  OTHER_ACT_BEFORE_DATE,
  OWN_OCCASION_BEFORE_DATE,
  PAST_MEETINGS,
  PUBLICATION_LINE,
  RECALLING,
  SAME_MEETING_VERB,
} from '../lexicon/meeting.js'

/** The meeting date with how sure we are of it. */
export interface FoundMeetingDate extends FoundValue<string> {
  /** True when the date is only the first date of the opening, not one tied to the meeting. */
  guessed: boolean
  /** True when the text printed no year with the day and the year was taken from other dates. */
  yearFromContext?: boolean
  /**
   * The meeting sentence names only a weekday ("on Thursday"): the page's date line fell on it
   * ('matches') or the date is the last such weekday before the date line ('moved').
   */
  weekday?: 'matches' | 'moved'
}

/**
 * Finds the meeting date, in this order: a date after "on" in an opening sentence that tells of
 * the meeting ("met ... in Tokyo on 8 January 2016"; a date without a year takes the year of the
 * document's other dates); a date line or dateline ("January 8, 2016", "Issued in Tokyo,
 * 26 October 2016"); a range in the opening ("from 25 to 27 October 2016" gives the first day);
 * the page metadata; the first full date of the first paragraph (marked `guessed`).
 * @param tree the statement tree
 * @param metadataDate an ISO date a loader read from the page, if any
 */
export function findMeetingDate(tree: Document, metadataDate?: string): FoundMeetingDate | null {
  const opening = openingSentences(tree)
  const openingDates = opening.flatMap((s) => datesOf(s).map(({ local: _, ...d }) => d))
  // "held their second dialogue on Thursday": a weekday that places the page's date line.
  const weekday = meetingSentences(tree)
    .filter((s) => !PAST_MEETINGS.test(s.text))
    .map((s) => WEEKDAY_ON.exec(s.text)?.[1])
    .find((w) => w !== undefined)
  const found = findStatedDate(tree, opening, openingDates, metadataDate)
  // Note: a date only guessed (the first of the text, often the page's own) is placed by the weekday too.
  if (!found || !weekday || (found.source === 'text' && !found.fromHeader && !found.guessed)) return found
  const day = WEEKDAYS.indexOf(weekday.toLowerCase())
  const moved = onOrBefore(found.value, day)
  return moved === found.value ? { ...found, guessed: false, weekday: 'matches' } : { ...found, value: moved, guessed: false, weekday: 'moved' }
}

/** "yesterday", not "yesterday's attack" (an event of that day, not the meeting). */
const YESTERDAY = /\b[Yy]esterday\b(?![’']s)/

/** The day before an ISO date. */
function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return d.toISOString().slice(0, 10)
}

/** How many days before a page's date a meeting it reports may have been held. */
const REPORTED_WITHIN_DAYS = 14

/**
 * "On July 24, President A hosted ..." on a page dated 2023-07-25: a day without a year, in a text that prints
 * no other year, falls in the page's year (or the one before, across New Year) where that puts it at most
 * REPORTED_WITHIN_DAYS before the page's date; a day further off ("the commitments made at the Summit on January
 * 9-10" on a page of May) is another event's, and gets no year from the page.
 */
function daysBeforePage(d: FoundDate, iso: string | undefined): string | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null
  const year = Number(iso.slice(0, 4))
  for (const y of [year, year - 1]) {
    const day = toIso(y, d.month, d.day)
    const days = (Date.parse(iso) - Date.parse(day)) / 86_400_000
    if (days >= 0 && days <= REPORTED_WITHIN_DAYS) return day
  }
  return null
}

/** The weekdays' names as printed, for a pattern: "Monday|Tuesday|…". */
const WEEKDAY_NAME = WEEKDAYS.map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|')
const WEEKDAY_ON = new RegExp(`\\bon\\s+(${WEEKDAY_NAME})\\b(?!,?\\s+(?:\\d|[A-Z][a-z]+\\s+\\d))`)
/** A year a text may name (1950–2099). */
const YEAR_WORD = /\b(?:19[5-9]\d|20\d\d)\b/g

/** The latest day on or before an ISO date that falls on a weekday (0 = Sunday). */
function onOrBefore(iso: string, weekday: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  const back = (d.getUTCDay() - weekday + 7) % 7
  d.setUTCDate(d.getUTCDate() - back)
  return d.toISOString().slice(0, 10)
}

function findStatedDate(
  tree: Document,
  opening: ReturnType<typeof openingSentences>,
  openingDates: FoundDate[],
  metadataDate: string | undefined,
): (FoundMeetingDate & { fromHeader?: boolean }) | null {
  // "Release content / 30 January 2023 / The second ... Consultations reflected ... the priorities agreed by ...
  // during their meeting on 1 July 2022": a day in a sentence that names meetings only by nouns (no one met or
  // held anything in it) loses to the date line over the statement when the two differ; it may date another one.
  const lineDate = headDateLine(tree)
  for (const d of meetingDays(tree)) {
    if (d.nounOnly && lineDate && d.iso !== null && d.iso !== lineDate.iso) continue
    // "meeting in Estonia 9 September" in a text whose only year is further on ("their joint statement from 11
    // August 2020"): the year of the statement's first full date.
    const found =
      d.iso ??
      sameMonth(d, openingDates) ??
      sameMonth(d, documentDates(tree)) ??
      withYear(d, openingDates) ??
      inYear(d, contextYears(tree)) ??
      withYear(d, documentDates(tree)) ??
      yearOfLine(d, lineDate) ??
      daysBeforePage(d, metadataDate) ??
      inYear(d, headlineYears(tree))
    // "on Wednesday, 7 April" in a text that speaks of 2020: the first year from it on whose 7 April is a Wednesday.
    // Where no year stands near, the one year the text names whose 7 April is a Wednesday.
    const iso =
      found && !d.iso && d.weekday !== undefined
        ? onWeekdayFrom(found, d.weekday)
        : (found ?? (d.weekday === undefined ? null : weekdayInNamedYear(tree, d, d.weekday)))
    if (iso) return { value: iso, source: 'text', start: d.start, end: d.end, guessed: false, ...(d.iso ? {} : { yearFromContext: true }) }
  }
  // "Share this page / October 28, 2021 / ... Ministers gathered in Kigali, Rwanda, on 26 October 2021": where
  // the opening tells of no day, a sentence a few paragraphs on that tells who met comes before the page's date line.
  for (const d of meetingDays(tree, furtherMeetingSentences(tree))) {
    if (d.iso) return { value: d.iso, source: 'text', start: d.start, end: d.end, guessed: false }
  }
  for (const block of tree.children) {
    if (block.type !== 'heading') continue
    const found = datelineDate(block)
    if (found) return { value: found.iso!, source: 'text', start: found.start, end: found.end, guessed: false, fromHeader: true }
  }
  // "Issued by the Heads of State ... in the meeting of the North Atlantic Council in Brussels 11-12 July 2018"
  for (const block of tree.children) {
    if (block.type === 'paragraph') break
    if (block.type !== 'heading' || !MEETING_CUE.test(block.value) || PUBLICATION_LINE.test(block.value)) continue
    const d = findDates(block.value, block.position.start.offset).find((x) => x.iso)
    if (d) return { value: d.iso!, source: 'text', start: d.start, end: d.end, guessed: false }
  }
  const broken = brokenHeadlineDate(tree)
  if (broken) return { value: broken.iso!, source: 'text', start: broken.start, end: broken.end, guessed: false }
  // Note: not a range in a sentence that recalls other meetings ("Reflecting on their meetings in London on June 9 and 10, 2025").
  const range = opening
    .filter((s) => !RECALLING.test(s.text))
    .flatMap((s) => datesOf(s))
    .find((d) => d.range && d.iso)
  if (range) return { value: range.iso!, source: 'text', start: range.start, end: range.end, guessed: false }
  if (metadataDate && /^\d{4}-\d{2}-\d{2}$/.test(metadataDate)) {
    // "Yesterday we discussed ...", "received yesterday in the National Palace": a page dated the day after the meeting.
    const yesterday = opening
      .map((s) => ({ s, m: YESTERDAY.exec(s.text) }))
      .find(({ s, m }) => m && (MEETING_CUE.test(s.text) || /^\s*,?\s*we\b/i.test(s.text.slice(m.index + m[0].length))))
    if (yesterday)
      return {
        value: dayBefore(metadataDate),
        source: 'text',
        start: spanOffset(yesterday.s, yesterday.m!.index),
        end: spanOffset(yesterday.s, yesterday.m!.index + yesterday.m![0].length),
        guessed: false,
        fromHeader: true,
      }
    return { value: metadataDate, source: 'metadata', guessed: false, fromHeader: true }
  }
  // The first date of the first paragraph, as a guess, where the words before it tie it to the statement's own
  // occasion ("Today (October 31, 2021) ... met", "On this historic occasion of March 12, 2021"), not where its sentence
  // recalls other events ("Recognizing the consensus expressed ... on December 19, 2023") or the words before it date
  // another act ("the Agreement, signed on July 16, 1996", "since October 8th, 2023"); or a meeting's noun stands in the
  // clause before it ("at the Ministerial for Atlantic Cooperation on September 18, 2023"). Else no date; the caller warns.
  const first = openingSentences(tree, 1)
    .filter((s) => !PAST_MEETINGS.test(s.text) && !RECALLING.test(s.text))
    .flatMap((s) => datesOf(s).map((d) => ({ ...d, before: s.text.slice(0, d.local.start) })))
    .find((d) => d.iso)
  const own =
    first && (MEETING_NOUN_BEFORE_DATE.test(first.before) || (OWN_OCCASION_BEFORE_DATE.test(first.before) && !OTHER_ACT_BEFORE_DATE.test(first.before)))
  return own ? { value: first.iso!, source: 'text', start: first.start, end: first.end, guessed: true } : null
}

/**
 * The dates after "on" in the opening sentences that tell of the meeting ("met ... on 8 January
 * 2016", "On 20 July, the Foreign Secretary hosted ..."), in order; not those of an earlier meeting
 * or of an event that opens the sentence as its setting.
 */
function* meetingDays(tree: Document, sentences: TextSpan[] = meetingSentences(tree)): Generator<FoundDate & { weekday?: number; nounOnly?: boolean }> {
  for (const s of sentences) {
    if (PAST_MEETINGS.test(s.text) || RECALLING.test(s.text)) continue
    const nounOnly = !SAME_MEETING_VERB.test(s.text)
    for (const { local, ...d } of datesOf(s)) {
      const before = s.text.slice(0, local.start)
      const on = ON_DAY.exec(before) ?? MEETING_IN_PLACE.exec(before)
      if (!on) continue
      // "At the North American Leaders' Summit on January 9-10, the leaders instructed ...": an event that
      // opens the sentence as its setting, where nobody meets, is an earlier one.
      if (EVENT_SETTING.test(before.slice(0, on.index + 3)) && !SAME_MEETING_VERB.test(s.text.slice(local.end))) continue
      yield { ...d, ...(on[1] ? { weekday: WEEKDAYS.indexOf(on[1].toLowerCase()) } : {}), ...(nounOnly ? { nounOnly } : {}) }
    }
  }
}

/** "on 8 January", "on the 8th", "on Wednesday, 7 April": the words before a meeting's day. */
const ON_DAY = new RegExp(`\\bon\\s+(?:the\\s+|this\\s+)?(?:(${WEEKDAY_NAME}),?\\s+)?$`, 'i')

/**
 * The dates of a sentence of the opening, with offsets into the original text; `local` keeps where each
 * stands in the sentence as read (its glued words split: "FranceOn March 13th" reads "France On March 13th").
 */
function datesOf(s: TextSpan): Array<FoundDate & { local: { start: number; end: number } }> {
  return findDates(s.text).map((d) => ({ ...d, start: spanOffset(s, d.start), end: spanOffset(s, d.end), local: { start: d.start, end: d.end } }))
}

/** "the ... annual meeting in Estonia 9 September": a day printed right after the meeting and its place, without "on". */
const MEETING_IN_PLACE = new RegExp(`\\b(?:${MEETING_NOUN_WORD})\\s+in\\s+\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){0,2},?\\s+$`, 'u')

/**
 * "met on Wednesday, 7 April" in a text that names only other years ("the contraction registered in
 * 2020"): each year the paragraphs name points to the first year from it whose 7 April is a
 * Wednesday; the year most of them point to (the earliest on a tie), or null when none is named.
 */
function weekdayInNamedYear(tree: Document, d: FoundDate, weekday: number): string | null {
  const votes = new Map<string, number>()
  for (const block of tree.children) {
    if (block.type !== 'paragraph') continue
    for (const s of block.children)
      for (const m of matchAll(s.value, YEAR_WORD)) {
        const iso = onWeekdayFrom(toIso(Number(m[0]), d.month, d.day), weekday)
        votes.set(iso, (votes.get(iso) ?? 0) + 1)
      }
  }
  const ranked = [...votes].filter(([iso]) => new Date(`${iso}T00:00:00Z`).getUTCDay() === weekday).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  return ranked[0]?.[0] ?? null
}

/** The first day on or after an ISO date's year with its month and day that falls on a weekday (0 = Sunday), within 11 years; else the date. */
function onWeekdayFrom(iso: string, weekday: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  for (let y = year; y <= year + 11; y++) {
    const d = new Date(Date.UTC(y, month - 1, day))
    if (d.getUTCMonth() === month - 1 && d.getUTCDay() === weekday) return d.toISOString().slice(0, 10)
  }
  return iso
}

/**
 * The day of the meeting where the text prints it without a year and no other date of the text
 * gives one ("On November 3, Minister HAMADA ... held ..."): the first such day, for the caller to
 * place by the participants' terms of office. Null when the text prints none.
 */
export function findYearlessMeetingDay(tree: Document): FoundDate | null {
  for (const d of meetingDays(tree)) if (d.iso === null) return d
  return null
}

/**
 * A date split over the lines of a headline printed before the first paragraph ("MEETING OF THE NORTH
 * ATLANTIC COUNCIL" / … / "ON 2-3" / "DECEMBER 2008"): the lines are read as one, and a date that
 * runs across two of them counts when the lines tell of a meeting.
 */
function brokenHeadlineDate(tree: Document): FoundDate | null {
  const lines: Array<{ value: string; position: { start: { offset: number } } }> = []
  for (const block of tree.children) {
    if (block.type === 'paragraph') {
      // "HELD AT NATO HEADQUARTERS, BRUSSELS,": a line of the headline that ends in a comma reads as prose.
      const only = block.children.length === 1 ? block.children[0]! : null
      if (!only || only.value.split(/\s+/).length > 10 || !/,$/.test(only.value.trim())) break
      lines.push(only)
    } else if (block.type === 'heading' && !PUBLICATION_LINE.test(block.value)) lines.push(block)
  }
  if (lines.length < 2) return null
  const joined = lines.map((h) => h.value).join(' ')
  if (!MEETING_CUE.test(joined)) return null
  // Where each line starts in `joined`.
  const starts: number[] = []
  let at = 0
  for (const h of lines) {
    starts.push(at)
    at += h.value.length + 1
  }
  const lineOf = (i: number): number => starts.findLastIndex((x) => x <= i)
  for (const d of findDates(joined)) {
    if (!d.iso) continue
    const first = lineOf(d.start)
    const last = lineOf(d.end - 1)
    if (first === last) continue
    const offset = (i: number, line: number): number => lines[line]!.position.start.offset + (i - starts[line]!)
    return { ...d, start: offset(d.start, first), end: offset(d.end, last) }
  }
  return null
}

/** The date of the first date line or dateline printed before the first paragraph (not a publication line), or null. */
function headDateLine(tree: Document): FoundDate | null {
  for (const block of tree.children) {
    if (block.type === 'paragraph') break
    if (block.type !== 'heading' || PUBLICATION_LINE.test(block.value)) continue
    const found = datelineDate(block)
    if (found) return found
  }
  return null
}

/** The date of a heading that is a date line or a dateline, or null. */
function datelineDate(h: Heading): FoundDate | null {
  // "[Date] June 21, 2011": a database header.
  const bracket = /^\[(?:Date|Dated)\]\s*/i.exec(h.value)
  const start = bracket ? bracket[0].length : (readDateline(h.value)?.dateStart ?? readTitleDateline(h.value)?.dateStart ?? labelledDateStart(h.value))
  if (start === undefined) return null
  return findDates(h.value.slice(start), h.position.start.offset + start).find((d) => d.iso) ?? null
}

/** "21.01.2014 - Press release": a date line followed by the kind of page; 0 (where the date starts), else undefined. */
function labelledDateStart(line: string): number | undefined {
  const first = findDates(line)[0]
  return first?.iso && first.start === 0 && /^\s*[-–—|]\s*\p{L}[\p{L} ]{0,30}$/u.test(line.slice(first.end)) ? 0 : undefined
}

/** Years printed in the first paragraphs ("in January 2017"), latest first. */
function contextYears(tree: Document): number[] {
  const years = openingSentences(tree, 3).flatMap((s) => matchAll(s.text, YEAR_WORD).map((m) => Number(m[0])))
  return [...new Set(years)].sort((a, b) => b - a)
}

/**
 * "Joint statement European Union – Republic of Korea Summit 2023" over "met in Seoul on 22 May": the years
 * printed in the headings before the first paragraph, first first (the last resort for a day without a year).
 */
function headlineYears(tree: Document): number[] {
  const years: number[] = []
  for (const block of tree.children) {
    if (block.type === 'paragraph') break
    if (block.type === 'heading' && !PUBLICATION_LINE.test(block.value)) years.push(...matchAll(block.value, YEAR_WORD).map((m) => Number(m[0])))
  }
  return [...new Set(years)]
}

/** "met on 12 December" in a text that says "On 5 December 2022, the price cap entered into force": the year of a dated day of the same month. */
function sameMonth(d: FoundDate, others: FoundDate[]): string | null {
  const year = others.find((o) => o.year !== null && o.month === d.month)?.year
  return year ? toIso(year, d.month, d.day) : null
}

/**
 * "January 23, 2015" over "On January 21 (Wed.), … held a … Meeting": a day without a year, in a
 * text that prints no other year, takes the year of the page's date line, the one before where the
 * day would fall after the line's date (a page dated 3 January tells of a meeting on 30 December).
 */
function yearOfLine(d: FoundDate, line: FoundDate | null): string | null {
  if (!line?.iso || line.year === null) return null
  const same = toIso(line.year, d.month, d.day)
  return same <= line.iso ? same : toIso(line.year - 1, d.month, d.day)
}

/** Every full date of the statement's paragraphs, in order. */
function documentDates(tree: Document): FoundDate[] {
  const found: FoundDate[] = []
  for (const block of tree.children) {
    if (block.type !== 'paragraph') continue
    for (const s of block.children) if (/\d/.test(s.value)) found.push(...findDates(s.value, s.position.start.offset).filter((x) => x.iso))
  }
  return found
}

/** A day without a year in the first of a list of years, or null when the list is empty. */
function inYear(d: FoundDate, years: number[]): string | null {
  return years.length > 0 ? toIso(years[0]!, d.month, d.day) : null
}

/** "on 4 June" in a document that says "from 2 to 5 June, 2015": the year of a date of the same month, else the first. */
function withYear(d: FoundDate, others: FoundDate[]): string | null {
  const dated = others.filter((o) => o.year !== null)
  const year = (dated.find((o) => o.month === d.month) ?? dated[0])?.year
  return year ? toIso(year, d.month, d.day) : null
}
