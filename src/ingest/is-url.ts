// Tells a URL input from a file path.

/**
 * True when the input is an http(s) URL rather than a file path.
 * @example isUrl('https://www.mofa.go.jp/page.html') // true
 * @example isUrl('examples/seed.txt') // false
 */
export function isUrl(input: string): boolean {
  return /^https?:\/\/[^\s/]/i.test(input.trim())
}
