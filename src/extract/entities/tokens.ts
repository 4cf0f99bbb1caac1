// Splits text into word and punctuation tokens with offsets, for the gazetteer matchers.

/** A word (a run of letters and digits) or one punctuation character, with its offsets. */
export interface Token {
  /** The token as compared: see tokenize's options. */
  key: string
  start: number
  end: number
}

/** How tokens are normalised. */
export interface TokenizeOptions {
  /** Lower-case every key. */
  lowerCase?: boolean
  /**
   * Merge dotted abbreviations into one key without dots ("U.S." → "US", "U.N." → "UN"), and
   * "United Nations" into "UN".
   */
  mergeAbbreviations?: boolean
}

/** True for white space, including no-break and typographic spaces. */
function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/**
 * True for letters and digits. Note: a char-code test, not \p{L}: every code above U+00BF counts
 * as a letter except general punctuation (U+2000–U+206F), × and ÷, and CJK punctuation; this is
 * several times faster than a Unicode-property regex and right for the scripts our documents use.
 */
function isWordChar(c: number): boolean {
  if (c < 0xc0) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0xaa || c === 0xb5 || c === 0xba
  // Note: each range is one unsigned comparison, `(c - low) >>> 0 > width`, not two: a second test that
  // only a rare character reaches (CJK punctuation) had no type feedback when the first such character
  // came, and deoptimised the tokenizers that inline this (session 13).
  return (c - 0x2000) >>> 0 > 0x6f && c !== 0xd7 && c !== 0xf7 && (c - 0x3000) >>> 0 > 0x3f && (c - 0xff00) >>> 0 > 0x0f && c !== 0xfeff
}

/** Dashes and hyphens: dropped from the token stream. */
const isDash = (c: number): boolean => c === 45 || (c >= 0x2010 && c <= 0x2014)

/**
 * Tokenizes a text: words are runs of letters and digits, every other non-space character is a
 * token of its own, except hyphens and dashes, which are dropped (so "Non-Proliferation" and
 * "Non Proliferation" give the same tokens). Curly apostrophes become straight ones.
 * @example tokenize('U.S.-Japan', { mergeAbbreviations: true }).map((t) => t.key) // ['US', 'Japan']
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const tokens: Token[] = []
  const lowered = options.lowerCase === true ? text.toLowerCase() : text
  // Note: lower-casing may change the length ("İ" becomes two units); then each token is lower-cased alone.
  const perToken = lowered.length !== text.length
  const source = perToken ? text : lowered
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isWordChar(c)) {
      const start = i
      while (i < n && isWordChar(text.charCodeAt(i))) i++
      const word = source.slice(start, i)
      tokens.push({ key: perToken ? word.toLowerCase() : word, start, end: i })
    } else {
      if (!isSpace(c) && !isDash(c)) tokens.push({ key: c === 0x2019 || c === 0x2018 ? "'" : text[i]!, start: i, end: i + 1 })
      i++
    }
  }
  return options.mergeAbbreviations ? mergeAbbreviations(text, tokens) : tokens
}

/** True for a one-letter token that is a capital in the text (whatever case its key is in). */
const isCapital = (text: string, t: Token): boolean => t.end - t.start === 1 && text[t.start]! >= 'A' && text[t.start]! <= 'Z'

/** "U . S ." → "US"; "United Nations" → "UN". */
function mergeAbbreviations(text: string, tokens: Token[]): Token[] {
  const out: Token[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    // Single capital letters each followed directly by a full stop, at least twice: "U.S.", "D.P.R.K."
    let j = i
    let key = ''
    while (
      j + 1 < tokens.length &&
      isCapital(text, tokens[j]!) &&
      tokens[j + 1]!.key === '.' &&
      tokens[j + 1]!.start === tokens[j]!.end &&
      (j === i || tokens[j]!.start === tokens[j - 1]!.end)
    ) {
      key += tokens[j]!.key
      j += 2
    }
    if (key.length >= 2) {
      out.push({ key, start: t.start, end: tokens[j - 1]!.end })
      i = j - 1
    } else if ((t.key === 'United' || t.key === 'united') && (tokens[i + 1]?.key === 'Nations' || tokens[i + 1]?.key === 'nations')) {
      out.push({ key: t.key === 'united' ? 'un' : 'UN', start: t.start, end: tokens[i + 1]!.end })
      i++
    } else {
      out.push(t)
    }
  }
  return out
}
