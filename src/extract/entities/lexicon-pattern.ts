// Compiles the named-entity lexicons into one regex and a lookup from matched words back to the entry.
import type { LexiconEntry } from '../../lexicon/organisations.js'

/** A compiled lexicon: one global regex over every name, and the entry behind a match. */
export interface CompiledLexicon {
  /** Matches any name or variant as a whole word; longer names win at the same position. */
  pattern: RegExp
  /** The entry whose name or variant the matched words are, or undefined. */
  entryOf(words: string): LexiconEntry | undefined
}

/** Spelling pairs that name the same thing; the first is the key form. */
const SPELLINGS: ReadonlyArray<[RegExp, string, string]> = [
  [/Defen[cs]e/g, 'Defence', 'Defen[cs]e'],
  [/Organi[sz]ation/g, 'Organisation', 'Organi[sz]ation'],
  [/Programme|Program(?!me)/g, 'Programme', 'Program(?:me)?'],
  [/Cent(?:re|er)/g, 'Centre', 'Cent(?:re|er)'],
]

const UN_FORMS = /\bU\.N\.(?=\s|$)|\bUnited\s+Nations\b|\bUN\b/g

/**
 * The lookup key of a name as printed: "U.N." and "United Nations" become "UN", spelling variants
 * and apostrophes are unified, hyphens and white space become one space, and case is dropped.
 * @example lookupKey('United Nations Security  Council') === lookupKey('UN Security Council')
 */
export function lookupKey(words: string): string {
  let k = words.replace(UN_FORMS, 'UN')
  for (const [re, key] of SPELLINGS) k = k.replace(re, key)
  return k.replace(/[’‘`]/g, "'").replace(/[\s\-‐‑–]+/g, ' ').trim().toLowerCase()
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The regex source for one printed name. */
function nameSource(name: string, foldCase: boolean): string {
  return name.split(/\s+/).map((word) => {
    if (word === 'UN') return '(?:UN|U\\.N\\.|United\\s+Nations)'
    let s = escape(word).replace(/['’]/g, "['’]").replace(/-/g, '[\\-‐‑\\s]')
    for (const [re, , source] of SPELLINGS) s = s.replace(re, source)
    const first = word[0]!
    if (foldCase && first.toLowerCase() !== first.toUpperCase()) s = `[${first.toUpperCase()}${first.toLowerCase()}]${s.slice(1)}`
    return s
  }).join('\\s+')
}

/**
 * Compiles lexicon entries (of any kinds) into one matcher.
 * @throws Error when two entries share a name or variant (the lexicon is ambiguous: fix the data)
 */
export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const byKey = new Map<string, LexiconEntry>()
  const names: Array<{ name: string; source: string }> = []
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.variants]) {
      const key = lookupKey(name)
      const other = byKey.get(key)
      if (other && other !== entry) {
        throw new Error(`compileLexicon: "${name}" names both '${other.id}' and '${entry.id}'. Keep it in one entry.`)
      }
      byKey.set(key, entry)
      names.push({ name, source: nameSource(name, entry.foldCase === true) })
    }
  }
  // Note: longer names first, so that "UN Security Council" wins over "UN" at the same position.
  names.sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1))
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map((n) => n.source).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
  return { pattern, entryOf: (words) => byKey.get(lookupKey(words)) }
}
