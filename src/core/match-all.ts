// Every match of a global regex, like String.prototype.matchAll but without its copy of the regex.

/**
 * Every match of a global regex in a text, in order: what `text.matchAll(re)` yields, as an array.
 * `matchAll` copies the regex on each call, and the copy reads the whole pattern source again: for
 * a long pattern (the country names, the events, the people of a meeting) that costs ~6 µs a call,
 * some twenty times the search itself on a sentence. This runs the regex itself from its
 * `lastIndex`, as the copy would, and leaves `lastIndex` as it found it.
 * @param text the text to search
 * @param re a regex with the `g` flag
 * @throws TypeError when `re` is not global (as `matchAll` does)
 * @example matchAll('a1b22', /\d+/g).map((m) => m[0]) // ['1', '22']
 */
export function matchAll(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchAll: the regex /${re.source}/${re.flags} must have the g flag.`)
  const from = re.lastIndex
  const found: RegExpExecArray[] = []
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      found.push(m)
      // An empty match moves on by one character (a whole code point under the u or v flag).
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'))
    }
  } finally {
    re.lastIndex = from
  }
  return found
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const c = text.charCodeAt(index)
  if (c < 0xd800 || c > 0xdbff) return index + 1
  const d = text.charCodeAt(index + 1)
  return d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1
}
