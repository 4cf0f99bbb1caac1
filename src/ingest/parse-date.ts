// Reads a published date written in the usual ways into an ISO date (YYYY-MM-DD).

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/**
 * Parses "2016-01-08", "2016-01-08T09:00:00+09:00", "2016/1/8", "January 8, 2016",
 * "Jan. 8, 2016", "8 January 2016", "Friday, January 8, 2016" and PDF dates "D:20160108120000Z".
 * @param text the date as written
 * @returns the ISO date, or null when the text holds no valid date of those forms
 * @example parseDate('January 8, 2016') // '2016-01-08'
 */
export function parseDate(text: string): string | null {
  const s = text.trim()
  let m = /^D:(\d{4})(\d{2})(\d{2})/.exec(s) ?? /(?:^|\D)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(s)
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!)
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s)
  if (m) return iso(+m[3]!, month(m[1]!), +m[2]!)
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s)
  if (m) return iso(+m[3]!, month(m[2]!), +m[1]!)
  return null
}

/** The month number of an English month name or abbreviation, or 0. */
function month(name: string): number {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase())
  if (i === -1) return 0
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][i]!
  const lower = name.toLowerCase()
  return full.startsWith(lower) || lower === 'sept' ? i + 1 : 0
}

/** Formats a date as YYYY-MM-DD after checking it exists. */
function iso(y: number, mo: number, d: number): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 2999) return null
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCMonth() !== mo - 1) return null
  return date.toISOString().slice(0, 10)
}
