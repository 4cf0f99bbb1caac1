// Making text safe for where it lands: spreadsheets (CSV formula injection), terminals and
// Markdown/CSV files (control characters). Pure; the stored text is never changed, only its copies.

/** First characters that make a spreadsheet read a CSV cell as a formula (OWASP: =, +, -, @, TAB, CR). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * A CSV cell that a spreadsheet shows as text: a `'` is put before a cell that starts with
 * `=`, `+`, `-`, `@`, TAB or CR (so `-1` becomes `'-1`). The one helper every CSV writer uses.
 * @example csvSafeCell('=HYPERLINK("http://evil.example")') // "'=HYPERLINK(\"http://evil.example\")"
 */
export function csvSafeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

/** Control characters of C0 (but TAB, LF and the CR of a CRLF line end), DEL and C1: what moves a terminal's cursor, retitles it or rings it. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\r(?!\n)/g

/**
 * Removes C0 and C1 control characters except TAB and LF (ESC, BEL, a lone CR, DEL, CSI …), so printed
 * text cannot clear a screen or retitle a window. A CRLF line end (CSV, iCalendar) is kept.
 * @example stripControl('a\u001b[2Jb\u0007') // 'a[2Jb'
 */
export function stripControl(text: string): string {
  return text.replace(CONTROL, '')
}

/**
 * Parses an address typed by a user with the URL standard: only http and https with a host.
 * @returns the normalized `href` (percent-encoded, so it holds no quote, space or angle bracket), or null
 * @example normalizeHttpUrl('https://ok.example/"><script>') // 'https://ok.example/%22%3E%3Cscript%3E'
 */
export function normalizeHttpUrl(value: string): string | null {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return null
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null
  return url.href
}
