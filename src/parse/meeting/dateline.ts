// Datelines: a line that is a date, or a place and a date ("Issued in Tokyo, 26 October 2016",
// "Hiroshima, 20 May 2023"), as printed at the top or the foot of a statement.
import { canonicalCountry } from '../../lexicon/countries.js'
import { isDateLine } from './dates.js'

/** The parts of a dateline, as offsets into the line. */
export interface Dateline {
  /** The place words ("Tokyo"), or null for a bare date line. */
  place: { text: string; start: number; end: number } | null
  /** Where the date starts in the line. */
  dateStart: number
}

const LEAD = /^(?:(?:Issued|Done|Signed|Adopted|Made)\s+(?:in|at)\s+)?/
const PLACE = /^\p{Lu}[\p{L}.'’ -]{1,40}$/u

/**
 * Reads a line as a dateline. The place is the words before the first comma ("Washington" in
 * "Washington, D.C., March 12, 2021"; "Bali" in "Bali, Indonesia, 15-16 November 2022").
 * @param line one block of text
 * @returns the place and where the date starts, or null when the line is not a dateline
 * @example readDateline('Issued in Tokyo, 26 October 2016') // { place: { text: 'Tokyo', start: 10, end: 15 }, dateStart: 17 }
 */
export function readDateline(line: string): Dateline | null {
  if (isDateLine(line)) return { place: null, dateStart: 0 }
  const lead = LEAD.exec(line)![0].length
  const firstComma = line.indexOf(',', lead)
  if (firstComma < 0 || !PLACE.test(line.slice(lead, firstComma))) return null
  // The date follows one of the next commas: "Tokyo, 26 October 2016", "Bali, Indonesia, 15-16 November 2022".
  for (let comma = firstComma, tries = 0; comma >= 0 && tries < 3; comma = line.indexOf(',', comma + 1), tries++) {
    let dateStart = comma + 1
    while (line[dateStart] === ' ') dateStart++
    if (isDateLine(line.slice(dateStart))) {
      return { place: { text: line.slice(lead, firstComma), start: lead, end: firstComma }, dateStart }
    }
  }
  return null
}

/** ", London, 5 May 2021", ", Tokyo, 29 May 2015": a place and a date printed after a title. */
const TITLE_DATELINE =
  /,\s+(\p{Lu}[\p{L}.'’ -]{1,40}?),\s+(?=\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+\p{Lu}\p{Ll}+\.?,?\s+\d{4}|\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?,?\s+\d{4})/u

/** " |April 18, 2023 Karuizawa, Nagano": a site's headline whose last part, after a bar, is the date and then the place. */
const PIPED_DATE_PLACE =
  /\s*\|\s*(?<date>\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+\p{Lu}\p{Ll}+\.?,?\s+\d{4}|\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?,?\s+\d{4}),?\s+(?<place>\p{Lu}[\p{L}.'’ -]{1,40}?)(?:,\s+\p{Lu}[\p{L}.'’ -]{1,40})?\s*$/du

/**
 * Splits a place and date printed after a title: "G7 Foreign and Development Ministers’ Meeting:
 * Communiqué, London, 5 May 2021" → the title, "London" and where the date starts.
 * @returns null when the line has no such tail
 */
export function readTitleDateline(line: string): { title: string; place: { text: string; start: number; end: number }; dateStart: number } | null {
  const piped = PIPED_DATE_PLACE.exec(line)
  if (piped && piped.index >= 3) {
    const [a, b] = piped.indices!.groups!.place!
    return { title: line.slice(0, piped.index).trim(), place: { text: piped.groups!.place!, start: a, end: b }, dateStart: piped.indices!.groups!.date![0] }
  }
  const m = TITLE_DATELINE.exec(line)
  if (!m || m.index < 3) return null
  const placeStart = m.index + m[0].indexOf(m[1]!)
  return { title: line.slice(0, m.index).trim(), place: { text: m[1]!, start: placeStart, end: placeStart + m[1]!.length }, dateStart: m.index + m[0].length }
}

/**
 * Reads a line that is only a place and its country ("Jeddah, Saudi Arabia", "Luleå, Sweden"), as
 * printed over a statement: a dateline without its date.
 * @returns the place's offsets in the line, or null
 */
export function readPlaceLine(line: string): { text: string; start: number; end: number } | null {
  const m = /^(?<place>\p{Lu}[\p{L}.'’ -]{1,40}),\s+(?<country>[\p{L}.'’ -]{2,40})$/u.exec(line.trim())
  if (!m || canonicalCountry(m.groups!.country!) === null || canonicalCountry(m.groups!.place!) !== null) return null
  const start = line.indexOf(m.groups!.place!)
  return { text: m.groups!.place!, start, end: start + m.groups!.place!.length }
}
