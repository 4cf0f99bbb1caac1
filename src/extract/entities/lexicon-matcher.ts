// Compiles the named-entity lexicons into a gazetteer: printed names → lexicon entries.
import type { LexiconEntry } from '../../lexicon/organisations.js'
import { Gazetteer } from './gazetteer.js'
import { tokenize, type Token } from './tokens.js'

/** British and American spellings that name the same thing; the value is the compared form. */
const SPELLINGS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    Center: 'Centre',
    Defense: 'Defence',
    Labor: 'Labour',
    Organization: 'Organisation',
    Organizations: 'Organisations',
    Program: 'Programme',
    Programs: 'Programmes',
  }),
)

/**
 * The compared tokens of a text: abbreviations merged ("U.N." and "United Nations" → "UN"),
 * hyphens dropped, apostrophes straightened, spellings unified ("Defense" → "Defence").
 */
export function lexiconTokens(text: string): Token[] {
  const tokens = tokenize(text, { mergeAbbreviations: true })
  for (const t of tokens) t.key = SPELLINGS.get(t.key) ?? t.key
  return tokens
}

/** Both cases of a word's first letter ("Paris" → ["Paris", "paris"]). */
const bothCases = (word: string): string[] => {
  const lower = word[0]!.toLowerCase() + word.slice(1)
  const upper = word[0]!.toUpperCase() + word.slice(1)
  return lower === upper ? [word] : [upper, lower]
}

/** Every token sequence a name is matched by (several when its entry folds case). */
function keySequences(name: string, foldCase: boolean): string[][] {
  let seqs: string[][] = [[]]
  for (const t of lexiconTokens(name)) {
    const forms = foldCase ? bothCases(t.key) : [t.key]
    seqs = seqs.flatMap((s) => forms.map((f) => [...s, f]))
  }
  return seqs
}

/**
 * Compiles lexicon entries (of any kinds) into a gazetteer.
 * @throws Error when two entries share a name or variant (the lexicon is ambiguous: fix the data)
 */
export function compileLexicon(entries: readonly LexiconEntry[]): Gazetteer<LexiconEntry> {
  const gazetteer = new Gazetteer<LexiconEntry>()
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.variants]) {
      for (const keys of keySequences(name, entry.foldCase === true)) {
        const other = gazetteer.add(keys, entry)
        if (other) throw new Error(`compileLexicon: "${name}" names both '${other.id}' and '${entry.id}'. Keep it in one entry.`)
      }
    }
  }
  return gazetteer
}
