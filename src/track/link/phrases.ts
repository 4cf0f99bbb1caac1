// The linker's two phrase tables, kept as data (data/paraphrases.json, data/stock-phrases.json):
// domain paraphrases that become one key before comparison, and stock phrases whose overlap alone
// never makes a link.
import paraphraseData from './data/paraphrases.json' with { type: 'json' }
import stockData from './data/stock-phrases.json' with { type: 'json' }

/** One group of phrases that say the same thing ("economic coercion" / "coercive economic measures"). */
export interface ParaphraseGroup {
  id: string
  phrases: string[]
}

/** The paraphrase groups of data/paraphrases.json. */
export const PARAPHRASE_GROUPS: readonly ParaphraseGroup[] = paraphraseData.groups

/** The stock phrases of data/stock-phrases.json. */
export const STOCK_PHRASES: readonly string[] = stockData.phrases

/** Prefix of the key a paraphrase group becomes among an item's lemmas. */
export const PARAPHRASE_PREFIX = 'para:'

/** A compiled phrase: the stem sequence to find and the key to put in its place. */
export interface CompiledPhrase {
  stems: string[]
  key: string
}

/**
 * Compiles the paraphrase groups with the caller's lemmatizer (without paraphrases), longest first
 * so that "critical mineral supply chains" wins over "critical minerals".
 */
export function compileParaphrases(lemmas: (text: string) => string[], groups: readonly ParaphraseGroup[] = PARAPHRASE_GROUPS): CompiledPhrase[] {
  const out: CompiledPhrase[] = []
  for (const g of groups) {
    for (const p of g.phrases) {
      const stems = lemmas(p)
      if (stems.length > 0) out.push({ stems, key: `${PARAPHRASE_PREFIX}${g.id}` })
    }
  }
  return out.sort((a, b) => b.stems.length - a.stems.length)
}

/**
 * Replaces every run of stems that is a paraphrase by its group's key.
 * @example applyParaphrases(['coerciv', 'econom', 'measur'], compiled) // ['para:economic-coercion']
 */
export function applyParaphrases(stems: readonly string[], compiled: readonly CompiledPhrase[]): string[] {
  if (compiled.length === 0) return [...stems]
  const byFirst = new Map<string, CompiledPhrase[]>()
  for (const c of compiled) {
    const list = byFirst.get(c.stems[0]!)
    if (list) list.push(c)
    else byFirst.set(c.stems[0]!, [c])
  }
  const out: string[] = []
  for (let i = 0; i < stems.length;) {
    const hit = (byFirst.get(stems[i]!) ?? []).find((c) => c.stems.every((s, k) => stems[i + k] === s))
    if (hit) {
      out.push(hit.key)
      i += hit.stems.length
    } else {
      out.push(stems[i]!)
      i++
    }
  }
  return out
}
