// Decides whether a hyphen at the end of a PDF line belongs to the word ("Japan-UK") or only to the line break ("secu-rity").

/** Prefixes that English writes with a hyphen ("non-proliferation", "counter-terrorism"). */
const HYPHEN_PREFIXES = new Set([
  'anti',
  'co',
  'counter',
  'cross',
  'ex',
  'full',
  'half',
  'high',
  'long',
  'low',
  'mid',
  'multi',
  'non',
  'post',
  'pre',
  'self',
  'semi',
  'short',
  'well',
])

/**
 * Collects the words of a document, leaving out the fragments around line-end hyphens, so that
 * a fragment such as "secu" is not taken for a word. Hyphenated compounds count both whole
 * ("co-operation") and by part ("co", "operation").
 * @param lines the document's lines in reading order
 * @returns lower-cased words
 */
export function collectWords(lines: readonly string[]): Set<string> {
  const words = new Set<string>()
  for (let i = 0; i < lines.length; i++) {
    const tokens = lines[i]!.split(/\s+/).filter(Boolean)
    if (endsWithBreakHyphen(lines[i]!)) tokens.pop()
    if (i > 0 && endsWithBreakHyphen(lines[i - 1]!)) tokens.shift()
    for (const token of tokens) {
      const word = token.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
      if (word === '') continue
      words.add(word)
      if (word.includes('-')) for (const part of word.split('-')) if (part) words.add(part)
    }
  }
  return words
}

/** True when a line ends with a hyphen right after a letter ("secu-", "Japan-"). */
export function endsWithBreakHyphen(line: string): boolean {
  return /\p{L}-$/u.test(line.trimEnd())
}

/**
 * Joins a line that ends with a hyphen to the next line. The hyphen is dropped when the joined
 * word occurs elsewhere in the document ("security"), kept when the hyphenated form does
 * ("co-operation"), kept when the part before it is itself a word ("Japan-") or a prefix that
 * takes a hyphen ("non-"), or when the
 * next part starts with a capital or digit ("Japan-UK"), and dropped otherwise ("internati-onal").
 * @param left the line ending with "-"
 * @param right the following line
 * @param words the document's words (see collectWords)
 * @returns the joined text
 */
export function joinHyphenated(left: string, right: string, words: ReadonlySet<string>): string {
  const l = left.trimEnd()
  const r = right.trimStart()
  const head = /([\p{L}\p{N}]+)-$/u.exec(l)?.[1] ?? ''
  const tail = /^[\p{L}\p{N}]+/u.exec(r)?.[0] ?? ''
  const keep = `${l}${r}`
  const drop = `${l.slice(0, -1)}${r}`
  if (tail === '') return keep
  const joined = (head + tail).toLowerCase()
  if (words.has(`${head}-${tail}`.toLowerCase())) return keep
  if (words.has(joined)) return drop
  if (/^[\p{Lu}\p{N}]/u.test(tail) || words.has(head.toLowerCase()) || HYPHEN_PREFIXES.has(head.toLowerCase())) return keep
  return drop
}
