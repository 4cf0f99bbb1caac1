// Finds the date the meeting was held, preferring the "met ... on 8 January 2016" sentence and the
// dateline over other dates in the text (a nuclear test "on 6 January" is not the meeting).
import { matchAll } from '../../core/match-all.js'
import type { Document, Heading } from '../../core/tree.js'
import { readDateline, readTitleDateline } from './dateline.js'
import { findDates, toIso, type FoundDate } from './dates.js'
import type { FoundValue } from './find-title.js'
import { MEETING_CUE, meetingSentences, openingSentences } from './opening.js'

/** The meeting date with how sure we are of it. */
export interface FoundMeetingDate extends FoundValue<string> {
  /** True when the date is only the first date of the opening, not one tied to the meeting. */
  guessed: boolean
  /** True when the text printed no year with the day and the year was taken from other dates. */
  yearFromContext?: boolean
}

/** "The leaders noted the previous U.S.-GCC Summits held on May 14, 2015": not this meeting. */
const PAST_MEETINGS = /\b(?:previous|prior|last|past|earlier|former)\b/i

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
  const openingDates = opening.flatMap((s) => findDates(s.text, s.start))
  for (const s of meetingSentences(tree)) {
    if (PAST_MEETINGS.test(s.text)) continue
    for (const d of findDates(s.text, s.start)) {
      if (!/\bon\s+(?:the\s+)?$/i.test(s.text.slice(0, d.start - s.start))) continue
      const iso = d.iso ?? withYear(d, openingDates) ?? withYear(d, contextYears(tree))
      if (iso) return { value: iso, source: 'text', start: d.start, end: d.end, guessed: false, ...(d.iso ? {} : { yearFromContext: true }) }
    }
  }
  for (const block of tree.children) {
    if (block.type !== 'heading') continue
    const found = datelineDate(block)
    if (found) return { value: found.iso!, source: 'text', start: found.start, end: found.end, guessed: false }
  }
  // "Issued by the Heads of State ... in the meeting of the North Atlantic Council in Brussels 11-12 July 2018"
  for (const block of tree.children) {
    if (block.type === 'paragraph') break
    if (block.type !== 'heading' || !MEETING_CUE.test(block.value) || /^(?:Published|Updated|Last updated|Issued on|Posted)\b/i.test(block.value)) continue
    const d = findDates(block.value, block.position.start.offset).find((x) => x.iso)
    if (d) return { value: d.iso!, source: 'text', start: d.start, end: d.end, guessed: false }
  }
  const range = openingDates.find((d) => d.range && d.iso)
  if (range) return { value: range.iso!, source: 'text', start: range.start, end: range.end, guessed: false }
  if (metadataDate && /^\d{4}-\d{2}-\d{2}$/.test(metadataDate)) return { value: metadataDate, source: 'metadata', guessed: false }
  const first = openingSentences(tree, 1)
    .filter((s) => !PAST_MEETINGS.test(s.text))
    .flatMap((s) => findDates(s.text, s.start))
    .find((d) => d.iso)
  return first ? { value: first.iso!, source: 'text', start: first.start, end: first.end, guessed: true } : null
}

/** The date of a heading that is a date line or a dateline, or null. */
function datelineDate(h: Heading): FoundDate | null {
  // "[Date] June 21, 2011": a database header.
  const bracket = /^\[(?:Date|Dated)\]\s*/i.exec(h.value)
  const start = bracket ? bracket[0].length : (readDateline(h.value)?.dateStart ?? readTitleDateline(h.value)?.dateStart)
  if (start === undefined) return null
  return findDates(h.value.slice(start), h.position.start.offset + start).find((d) => d.iso) ?? null
}

/** Years printed in the first paragraphs ("in January 2017"), latest first, as dates for withYear. */
function contextYears(tree: Document): FoundDate[] {
  const years = openingSentences(tree, 3).flatMap((s) => [...matchAll(s.text, /\b(?:19[5-9]\d|20\d\d)\b/g)].map((m) => Number(m[0])))
  return [...new Set(years)].sort((a, b) => b - a).map((year) => ({ iso: null, year, month: 1, day: 1, range: false, start: 0, end: 0 }))
}

/** "on 4 June" in a document that says "from 2 to 5 June, 2015": the year of a date of the same month, else the first. */
function withYear(d: FoundDate, others: FoundDate[]): string | null {
  const dated = others.filter((o) => o.year !== null)
  const year = (dated.find((o) => o.month === d.month) ?? dated[0])?.year
  return year ? toIso(year, d.month, d.day) : null
}
