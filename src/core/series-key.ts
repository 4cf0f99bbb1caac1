// One key for a series of meetings whatever the spelling of its title in a given year:
// "Japan-UK Foreign and Defence Ministerial Meeting", "UK-Japan Foreign and Defense Ministers'
// Meeting (“2+2”)" and "Japan–UK 2+2 Ministerial Meeting" name the same series.

/** Spelling variants (US/UK English, abbreviations of the parties) folded to one word. */
const VARIANTS: Array<[RegExp, string]> = [
  [/\bdefen[cs]e\b/g, 'defence'],
  [/\b(?:u\s?\.?\s?s\s?\.?\s?a?|united states(?: of america)?)(?=[\s-]|$)/g, 'us'],
  [/\b(?:u\s?\.?\s?k\s?\.?|united kingdom|britain)(?=[\s-]|$)/g, 'uk'],
  [/\b(?:european union)\b/g, 'eu'],
  [/\bminist(?:ers?|erial)(?:\s+level)?\b/g, 'ministerial'],
  [/\bconsultations\b/g, 'consultation'],
  [/\btalks\b/g, 'talk'],
  [/\bmeetings\b/g, 'meeting'],
]

/** Words that carry nothing about which series it is. */
const FILLER = new Set(['the', 'of', 'and', '&', 'between', 'joint'])

/**
 * The series key: lower-case words, spelling variants folded, "(“2+2”)" and "2+2" dropped, and the
 * parties of "Japan-UK" in alphabetical order. Two titles of the same series give the same key.
 * @example seriesKey('Japan-U.S. Security Consultative Committee') === seriesKey('U.S.-Japan Security Consultative Committee')
 * @example seriesKey('Japan-UK Foreign and Defence Ministerial Meeting') === seriesKey('UK-Japan Foreign and Defense Ministers’ Meeting (“2+2”)')
 */
export function seriesKey(series: string): string {
  let s = series
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  s = s
    .replace(/[’‘`]/g, "'")
    .replace(/[“”"]/g, '')
    .replace(/[‐‑‒–—]/g, '-')
  // "(2+2)", "2+2", "(two-plus-two)", "2plus2"; a closing acronym "(SCC)", "(AUSMIN)" repeats the name.
  s = s.replace(/\(\s*(?:2\s*\+\s*2|two[\s-]plus[\s-]two)\s*\)|\b(?:2\s*\+\s*2|2\s*plus\s*2|two[\s-]plus[\s-]two)\b/g, ' ')
  s = s.replace(/\(\s*[a-z]{2,8}\s*\)\s*$/g, ' ')
  s = s.replace(/'s?\b/g, '')
  for (const [re, to] of VARIANTS) s = s.replace(re, to)
  // "Japan-UK", "UK/Japan": the parties joined by a hyphen or slash in a fixed order.
  s = s.replace(/\b([a-z]+(?:[-/][a-z]+)+)\b/g, (pair) => pair.split(/[-/]/).sort().join('-'))
  const words = s.split(/[^a-z0-9-]+/).filter((w) => w && !FILLER.has(w))
  return words.join(' ')
}
