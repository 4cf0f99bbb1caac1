// Only http(s) addresses become links; anything else (javascript:, data:) stays text.

/** The URL when it is an absolute http or https address, else null. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null
  } catch {
    return null
  }
}
