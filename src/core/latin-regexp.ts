// A copy of a regex whose Unicode letter classes are cut to Latin script, for texts where that is the same.

/**
 * V8 compiles each `\p{L}` of a `u` regex to some 10 KB of regex bytecode for a two-byte text (the
 * class's ~700 ranges, half of them beyond U+FFFF). The patterns that find the people of a meeting
 * hold dozens of such classes (a name is tried in several shapes) and compile to 0.3–0.9 MB each:
 * 30–120 ms for each pattern on its first use in a process, more than all the sentences it then
 * reads. The same pattern with every `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{N}` cut to U+0000–U+024F
 * (Latin, Latin-1 and Latin Extended A/B) compiles some twenty times smaller, and on a text with no
 * letter or digit beyond U+024F it matches exactly what the full pattern matches: at every
 * character of such a text each cut class says what the full class says.
 */

/** The highest code point the cut classes keep. */
const LAST_LATIN = 0x24f

const PROPERTIES: Record<string, RegExp> = { L: /\p{L}/u, Lu: /\p{Lu}/u, Ll: /\p{Ll}/u, N: /\p{N}/u }

/** The ranges of a property up to U+024F, as the body of a character class ("A-Za-z\u00aa…"). */
function latinRanges(name: string): string {
  const test = PROPERTIES[name]
  if (!test) throw new Error(`latinVariant: no Latin form of \\p{${name}}`)
  const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`
  let body = ''
  for (let c = 0; c <= LAST_LATIN; c++) {
    if (!test.test(String.fromCharCode(c))) continue
    let end = c
    while (end + 1 <= LAST_LATIN && test.test(String.fromCharCode(end + 1))) end++
    body += end === c ? hex(c) : `${hex(c)}-${hex(end)}`
    c = end
  }
  return body
}

/**
 * The regex with each `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{N}` cut to U+0000–U+024F, same flags.
 * Use it only on a text for which {@link lettersAllLatin} holds.
 * @param re a regex with the u flag and without the i or v flag (case folding could reach past the cut)
 * @throws Error for another property, a negated one (`\P{…}`), or the i or v flag
 * @example latinVariant(/\p{Lu}\p{Ll}+/u).source // '[A-Z\\u00c0-…]…'
 */
export function latinVariant(re: RegExp): RegExp {
  if (!re.unicode || re.ignoreCase || re.flags.includes('v')) throw new Error(`latinVariant: /${re.source}/${re.flags} needs the u flag, without i or v`)
  const ranges = new Map<string, string>()
  const src = re.source
  let out = ''
  let inClass = false
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!
    if (c === '\\') {
      const next = src[i + 1]
      if (next === 'P') throw new Error(`latinVariant: negated property in /${src}/`)
      if (next === 'p') {
        const close = src.indexOf('}', i)
        const name = src.slice(i + 3, close)
        if (!ranges.has(name)) ranges.set(name, latinRanges(name))
        out += inClass ? ranges.get(name)! : `[${ranges.get(name)!}]`
        i = close
        continue
      }
      out += c + (next ?? '')
      i++
      continue
    }
    if (c === '[' && !inClass) inClass = true
    else if (c === ']' && inClass) inClass = false
    out += c
  }
  return new RegExp(out, re.flags)
}

/** Any character beyond U+024F (a quick test: most English sentences have none, or only quotes and dashes). */
const BEYOND_LATIN = /[^\0-\u024f]/
/** A letter or digit beyond U+024F. */
const LETTER_BEYOND_LATIN = /(?![\0-\u024f])[\p{L}\p{N}]/u

/**
 * True when every letter and digit of a text lies in U+0000–U+024F, so that a {@link latinVariant}
 * reads it exactly as the full regex does.
 * @example lettersAllLatin('President Macron’s visit') // true (’ is no letter)
 * @example lettersAllLatin('Nguyễn Xuân Phúc') // false
 */
export function lettersAllLatin(text: string): boolean {
  return !BEYOND_LATIN.test(text) || !LETTER_BEYOND_LATIN.test(text)
}
