// Tells Markdown (as pandoc and scrapers write it) from plain text by content, for files named .txt.
import { estimateWrapWidth } from './unwrap-lines.js'

/** Markup that plain text practically never contains, each behind a cheap substring gate. */
const STRONG: ReadonlyArray<[string, RegExp]> = [
  ['\\', /\\[#*_[\]`<>|~]/], // pandoc backslash escapes: \### \_ \[
  ['<!--', /<!--[\s\S]*?-->/], // HTML comments (pandoc's list separators)
  ['&', /&(?:#x?[0-9a-f]{1,6}|[a-z]{2,8});/i], // HTML entities: &#x25cf; &amp;
  ['](', /\]\((?:https?:|mailto:|\/|#)[^)\s]*\)/], // links [text](url)
  ['</', /<\/(?:sup|sub|u|span|s|em|strong)>|<br\s*\/?>/i], // inline HTML tags
]

/** Markup that one-paragraph-per-line text written by other tools may also contain. */
const MEDIUM = [
  /^#{1,6}[ \t]+\S/m, // ATX headings
  /\*\*\S[^*\n]*\*\*/, // **bold**
  /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]{2,}\S/m, // pandoc list markers padded to a tab stop
  /\S {2,}\n/, // trailing two-space hard breaks
  /(?:^|\s)\*[^\s*][^*\n]*\*(?=[\s.,;:]|$)/m, // *emphasis*
  /^[ \u00A0]*#{3}[ \u00A0]*$/m, // the "###" end mark of press releases
  /^[ \u00A0]+$/m, // lines of only spaces, left by converters
]

/**
 * True when the text reads as Markdown: it has markup that plain text does not (backslash
 * escapes, entities, HTML comments, links, inline tags), or it is hard-wrapped and has
 * headings, emphasis, padded list markers, hard line breaks, a "###" end mark or lines of only
 * spaces (traces of a converter). One-paragraph-per-line text with a
 * few `**` or `###` (as in some speeches) stays plain text.
 * @param text the decoded text (only its first 200 KB are looked at)
 */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text
  for (const [gate, re] of STRONG) if (sample.includes(gate) && re.test(sample)) return true
  // Note: the wrap test comes first because it is cheaper than the regexes on long lines.
  if (estimateWrapWidth(sample.replace(/\r\n?/g, '\n').split('\n')) === null) return false
  return MEDIUM.some((re) => re.test(sample))
}
