// Readable, URL-safe slugs for meetings and series.

/**
 * Lower-case ASCII words joined by hyphens, at most `max` characters, cut at a word boundary.
 * @example slugify('Second Japan-UK Foreign and Defence Ministerial Meeting') // 'second-japan-uk-foreign-and-defence-ministerial-meeting'
 */
export function slugify(text: string, max = 72): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (s.length <= max) return s
  const cut = s.slice(0, max)
  const at = cut.lastIndexOf('-')
  return at > max / 2 ? cut.slice(0, at) : cut
}

/**
 * The slug of a meeting: its series (or title) and its date, e.g.
 * `japan-uk-foreign-and-defence-ministerial-meeting-2016-01-08`.
 * @param fallback used when the meeting has neither series nor title (the file name)
 */
export function meetingSlug(meeting: { series: string | null; title: string | null; date: string | null }, fallback: string): string {
  const base = slugify(meeting.series ?? meeting.title ?? fallback) || 'meeting'
  return meeting.date ? `${base}-${meeting.date}` : base
}
