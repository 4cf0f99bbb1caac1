// Literal text inside a regular expression.

/**
 * The text with every character a regular expression gives a meaning to escaped, so the pattern
 * matches it literally ("U.S." → "U\.S\.").
 * @param text the literal text
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
