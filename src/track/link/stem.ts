// The Porter (1980) stemmer: maps "cooperation", "cooperate", "cooperating" to one key, "cooper".
// Used by the linker to compare earlier items with later passages; no dictionary, no I/O.

const bySuffixLength = (a: [string, string], b: [string, string]): number => b[0].length - a[0].length

const STEP2: Array<[string, string]> = (
  [
    ['ational', 'ate'],
    ['tional', 'tion'],
    ['enci', 'ence'],
    ['anci', 'ance'],
    ['izer', 'ize'],
    ['bli', 'ble'],
    ['alli', 'al'],
    ['entli', 'ent'],
    ['eli', 'e'],
    ['ousli', 'ous'],
    ['ization', 'ize'],
    ['ation', 'ate'],
    ['ator', 'ate'],
    ['alism', 'al'],
    ['iveness', 'ive'],
    ['fulness', 'ful'],
    ['ousness', 'ous'],
    ['aliti', 'al'],
    ['iviti', 'ive'],
    ['biliti', 'ble'],
    ['logi', 'log'],
  ] as Array<[string, string]>
).sort(bySuffixLength)

const STEP3: Array<[string, string]> = (
  [
    ['icate', 'ic'],
    ['ative', ''],
    ['alize', 'al'],
    ['iciti', 'ic'],
    ['ical', 'ic'],
    ['ful', ''],
    ['ness', ''],
  ] as Array<[string, string]>
).sort(bySuffixLength)

const STEP4: string[] = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
].sort((a, b) => b.length - a.length)

function isConsonant(w: string, i: number): boolean {
  const c = w[i]
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return false
  if (c === 'y') return i === 0 ? true : !isConsonant(w, i - 1)
  return true
}

/** m of Porter's [C](VC)^m[V]: the number of vowel-consonant sequences in `w`. */
function measure(w: string): number {
  let m = 0
  let i = 0
  const n = w.length
  while (i < n && isConsonant(w, i)) i++
  while (i < n) {
    while (i < n && !isConsonant(w, i)) i++
    if (i >= n) break
    while (i < n && isConsonant(w, i)) i++
    m++
  }
  return m
}

function hasVowel(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (!isConsonant(w, i)) return true
  return false
}

function endsDoubleConsonant(w: string): boolean {
  const n = w.length
  return n >= 2 && w[n - 1] === w[n - 2] && isConsonant(w, n - 1)
}

/** Ends consonant-vowel-consonant, the last not w, x or y ("hop", not "snow"). */
function endsCvc(w: string): boolean {
  const n = w.length
  if (n < 3) return false
  const last = w[n - 1]!
  return isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1) && !'wxy'.includes(last)
}

function step1ab(w: string): string {
  if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('ies')) w = w.slice(0, -2)
  else if (!w.endsWith('ss') && w.endsWith('s')) w = w.slice(0, -1)

  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1)
    return w
  }
  let cut: string | null = null
  if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) cut = w.slice(0, -2)
  else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) cut = w.slice(0, -3)
  if (cut === null) return w
  w = cut
  if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) return `${w}e`
  if (endsDoubleConsonant(w) && !/[lsz]$/.test(w)) return w.slice(0, -1)
  if (measure(w) === 1 && endsCvc(w)) return `${w}e`
  return w
}

function replaceSuffix(w: string, table: Array<[string, string]>): string {
  for (const [suffix, replacement] of table) {
    if (!w.endsWith(suffix)) continue
    const stem = w.slice(0, -suffix.length)
    return measure(stem) > 0 ? stem + replacement : w
  }
  return w
}

function step4(w: string): string {
  for (const suffix of STEP4) {
    if (!w.endsWith(suffix)) continue
    const stem = w.slice(0, -suffix.length)
    if (suffix === 'ion' && !/[st]$/.test(stem)) continue
    return measure(stem) > 1 ? stem : w
  }
  return w
}

function step5(w: string): string {
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1)
    const m = measure(stem)
    if (m > 1 || (m === 1 && !endsCvc(stem))) w = stem
  }
  if (measure(w) > 1 && endsDoubleConsonant(w) && w.endsWith('l')) w = w.slice(0, -1)
  return w
}

/**
 * Stems one lower-case English word with the Porter algorithm. Words of one or two letters, and
 * words with digits, are returned as they are.
 * @example stem('cooperation') // 'cooper'
 * @example stem('signed') // 'sign'
 */
export function stem(word: string): string {
  if (word.length <= 2 || /\d/.test(word)) return word
  let w = step1ab(word)
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = `${w.slice(0, -1)}i`
  w = replaceSuffix(w, STEP2)
  w = replaceSuffix(w, STEP3)
  w = step4(w)
  return step5(w)
}
