// Word lists of the deadline grammar: month names, number words, seasons, parts of a year.

/** Month names and their usual abbreviations, by month number (1-based). Capitalized: "may" is a verb. */
export const MONTH_NAMES: Record<string, number> = {
  Apr: 4,
  'Apr.': 4,
  April: 4,
  Aug: 8,
  'Aug.': 8,
  August: 8,
  Dec: 12,
  'Dec.': 12,
  December: 12,
  Feb: 2,
  'Feb.': 2,
  February: 2,
  Jan: 1,
  'Jan.': 1,
  January: 1,
  July: 7,
  June: 6,
  March: 3,
  May: 5,
  Nov: 11,
  'Nov.': 11,
  November: 11,
  Oct: 10,
  'Oct.': 10,
  October: 10,
  Sep: 9,
  'Sep.': 9,
  Sept: 9,
  'Sept.': 9,
  September: 9,
}

/** Regex source matching one month name (longest first, so "September" wins over "Sep"). */
export const MONTH = Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace('.', '\\.'))
  .join('|')

/** The month number of a printed month name, or null. */
export function monthNumber(word: string): number | null {
  return MONTH_NAMES[word] ?? null
}

/** Counting words up to what statements use for durations ("within eighteen months"). */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  eight: 8,
  eighteen: 18,
  eleven: 11,
  fifteen: 15,
  fifty: 50,
  five: 5,
  forty: 40,
  four: 4,
  fourteen: 14,
  hundred: 100,
  nine: 9,
  ninety: 90,
  one: 1,
  seven: 7,
  six: 6,
  sixty: 60,
  ten: 10,
  thirty: 30,
  three: 3,
  twelve: 12,
  twenty: 20,
  'twenty-four': 24,
  two: 2,
}

/** Regex source of a count: digits or a number word. */
export const COUNT = `\\d{1,3}|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')}`

/** The value of a count ("18", "eighteen", "a"), or null. */
export function countValue(word: string): number | null {
  const w = word.toLowerCase()
  if (/^\d+$/.test(w)) return Number(w)
  return NUMBER_WORDS[w] ?? null
}

/** Ordinal words for quarters and halves. */
export const ORDINALS: Record<string, number> = {
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  final: 4,
  first: 1,
  fourth: 4,
  last: 4,
  second: 2,
  third: 3,
}

/**
 * Seasons (northern hemisphere). Starts are meteorological (spring from March 1); ends are
 * quarter-like and lenient: a pledge "in spring" is due by the end of June (ANNOTATION.md:
 * "spring 2016" ends 2016-06-30). Months past 12 fall in the next year: winter 2016 runs from
 * 1 December 2016 to 31 March 2017.
 */
export const SEASONS: Record<string, { from: number; to: number }> = {
  autumn: { from: 9, to: 12 },
  fall: { from: 9, to: 12 },
  spring: { from: 3, to: 6 },
  summer: { from: 6, to: 9 },
  winter: { from: 12, to: 15 },
}

/**
 * Fiscal years by owner: the month the year ends and whether "FY N" names the year it starts or
 * ends in. The U.S. FY 2029 runs October 2028 – September 2029; Japan's FY 2027 April 2027 – March
 * 2028; India's FY 2025 April 2024 – March 2025; Australia's FY 2025 July 2024 – June 2025.
 * An owner not listed keeps the calendar year.
 */
export const FISCAL_YEARS: Readonly<Record<string, { endMonth: number; namedBy: 'start' | 'end' }>> = {
  'United States': { endMonth: 9, namedBy: 'end' },
  Japan: { endMonth: 3, namedBy: 'start' },
  'United Kingdom': { endMonth: 3, namedBy: 'start' },
  Canada: { endMonth: 3, namedBy: 'start' },
  India: { endMonth: 3, namedBy: 'end' },
  Australia: { endMonth: 6, namedBy: 'end' },
  'New Zealand': { endMonth: 6, namedBy: 'end' },
}

/** Words before "fiscal year" that name its owner: "Japanese Fiscal Year", "U.S. fiscal year", "India's FY". */
export const FISCAL_YEAR_OWNERS: Readonly<Record<string, string>> = {
  American: 'United States',
  'U.S.': 'United States',
  US: 'United States',
  "United States'": 'United States',
  Japanese: 'Japan',
  "Japan's": 'Japan',
  British: 'United Kingdom',
  UK: 'United Kingdom',
  "UK's": 'United Kingdom',
  Canadian: 'Canada',
  "Canada's": 'Canada',
  Indian: 'India',
  "India's": 'India',
  Australian: 'Australia',
  "Australia's": 'Australia',
  Korean: 'Republic of Korea',
  "Korea's": 'Republic of Korea',
}
