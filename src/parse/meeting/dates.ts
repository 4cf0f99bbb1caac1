// Calendar dates as printed in outcome documents: "January 8, 2016", "8 January 2016",
// "from 25 to 27 October 2016", "4 June" (no year), "2016-01-08".
import { matchAll } from '../../core/match-all.js'
import { MONTH, MONTHS } from '../lexicon/calendar.js'

/** A date found in a text. */
export interface FoundDate {
  /** ISO date YYYY-MM-DD (the first day of a range), or null when the text gives no year. */
  iso: string | null
  /** Year, month (1–12) and day; year is null when not printed. */
  year: number | null
  month: number
  day: number
  /** True for a range ("from 25 to 27 October 2016"). */
  range: boolean
  /** Offsets of the words of the date. */
  start: number
  end: number
}

const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?'
const TO = '\\s*(?:-|–|—|to|and|until)\\s*'
const YEAR = '(?:19|20)\\d\\d'
/** Between a day and its month: a space, "of", or "of" glued to an ordinal day by a lost space ("the 25thof November"). */
const OF = '(?:\\s+(?:of\\s+)?|(?<=\\d(?:st|nd|rd|th))of\\s+)'

const PATTERN = new RegExp(
  [
    // 25 to 27 October 2016 / 2 to 5 June, 2015 / 25-27 October 2016 / the 22nd to the 25th of November 2021
    `(?<dr1>${DAY})${TO}(?:the\\s+)?(?:${DAY})${OF}(?<mr1>${MONTH}),?\\s+(?<yr1>${YEAR})`,
    // 30 September to 1 October 2021
    `(?<dr2>${DAY})\\s+(?<mr2>${MONTH})${TO}(?:${DAY})\\s+${MONTH},?\\s+(?<yr2>${YEAR})`,
    // 8 January 2016 / 5 June, 2015 / 8th of January 2016 / 26th day of April, 2023
    `(?<d1>${DAY})(?:\\s+day\\s+of\\s+(?:the\\s+)?|${OF})(?<m1>${MONTH}),?\\s+(?<y1>${YEAR})`,
    // March 12-13, 2021 / September 30 to October 1, 2021 / January 8, 2016
    `(?<m2>${MONTH})\\s+(?<d2>${DAY})(?<r2>${TO}(?:${MONTH}\\s+)?${DAY})?,?\\s+(?<y2>${YEAR})`,
    // 2016-01-08
    `(?<iy>${YEAR})-(?<im>0[1-9]|1[0-2])-(?<id>0[1-9]|[12]\\d|3[01])`,
    // 21.01.2014: day, month and year with dots, as European sites print them
    `(?<nd>0?[1-9]|[12]\\d|3[01])\\.(?<nm>0?[1-9]|1[0-2])\\.(?<ny>${YEAR})`,
    // 4 June / 6 January (no year)
    `(?<d3>${DAY})\\s+(?<m3>${MONTH})`,
    // June 4 (no year)
    `(?<m4>${MONTH})\\s+(?<d4>${DAY})`,
  ]
    .map((p) => `(?:${p})`)
    .join('|'),
  'g',
)

/**
 * Finds the calendar dates in a text, in order. A range gives its first day.
 * @param text the text to scan
 * @param offset added to every start/end
 * @example findDates('from 25 to 27 October 2016')[0].iso // '2016-10-25'
 */
export function findDates(text: string, offset = 0): FoundDate[] {
  const found: FoundDate[] = []
  for (const m of matchAll(text, PATTERN)) {
    const g = m.groups!
    const before = text[m.index - 1]
    const after = text[m.index + m[0].length]
    // Letters or digits must not touch the date ("2016-01-08T" is fine, "A4 June" is not).
    if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after) && !g.iy)) continue
    const day = Number.parseInt(g.dr1 ?? g.dr2 ?? g.d1 ?? g.d2 ?? g.id ?? g.nd ?? g.d3 ?? g.d4 ?? '', 10)
    const monthWord = g.mr1 ?? g.mr2 ?? g.m1 ?? g.m2 ?? g.m3 ?? g.m4
    const month = monthWord ? MONTHS[monthWord.replace('.', '').toLowerCase()]! : Number(g.im ?? g.nm)
    const yearText = g.yr1 ?? g.yr2 ?? g.y1 ?? g.y2 ?? g.iy ?? g.ny
    const year = yearText ? Number(yearText) : null
    if (!isValidDay(year ?? 2000, month, day)) continue
    const range = Boolean(g.dr1 ?? g.dr2 ?? g.r2)
    found.push({ iso: year === null ? null : toIso(year, month, day), year, month, day, range, start: offset + m.index, end: offset + m.index + m[0].length })
  }
  return found
}

/**
 * True when a whole line is one full date, optionally after a weekday or a "Date:" label:
 * "January 8, 2016", "Friday, 8 January 2016".
 */
export function isDateLine(text: string): boolean {
  const t = text
    .trim()
    .replace(/^(?:Date:\s*|Date\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?/i, '')
    .replace(/[^\p{L}\p{N}]+$/u, '')
  if (t.length > 40) return false
  const dates = findDates(t)
  return dates.length === 1 && dates[0]!.start === 0 && dates[0]!.end === t.length && dates[0]!.iso !== null
}

/** Formats a date as YYYY-MM-DD. */
export function toIso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** True when the day exists in that month of that year (no 30 February). */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (!(month >= 1 && month <= 12) || !(day >= 1 && day <= 31)) return false
  const d = new Date(Date.UTC(year, month - 1, day))
  return d.getUTCMonth() === month - 1
}
