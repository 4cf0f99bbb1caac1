// Finds the organisations, agreements and programmes of the lexicons in a text.
import type { Entity } from '../../core/item.js'
import { AGREEMENTS } from '../../lexicon/agreements.js'
import { ORGANISATIONS, type LexiconEntry } from '../../lexicon/organisations.js'
import { PROGRAMMES } from '../../lexicon/programmes.js'
import type { Gazetteer } from './gazetteer.js'
import { compileLexicon, lexiconTokens } from './lexicon-matcher.js'
import type { Token } from './tokens.js'

/** Every entry of the three named-entity lexicons. */
export const LEXICON_ENTRIES: readonly LexiconEntry[] = [...ORGANISATIONS, ...AGREEMENTS, ...PROGRAMMES]

let compiled: Gazetteer<LexiconEntry> | null = null

/** Abbreviations that are also English words: in text written in capitals ("SOMEONE WHO STANDS") they are words. */
const SHOUTED_WORDS = new Set(['WHO'])
const isShouted = (t: Token | undefined): boolean => t !== undefined && t.key.length >= 2 && /^[A-Z]+$/.test(t.key)

/**
 * Finds lexicon names in a text: one entity per match, the longest name winning where names
 * start at the same place ("UN Security Council", not "UN"). Names match as printed in the
 * lexicon, and also with "U.N." or "United Nations" for "UN", American or British spelling of
 * Defence/Organisation/Programme/Centre/Labour, a hyphen or a space between words, and either apostrophe.
 * @param text the text to scan
 * @param offset added to every start/end
 * @example findLexiconEntities('return to the NPT')[0]?.name // 'Treaty on the Non-Proliferation of Nuclear Weapons'
 */
export function findLexiconEntities(text: string, offset = 0): Entity[] {
  return lexiconEntitiesInTokens(text, lexiconTokens(text), offset)
}

/** findLexiconEntities over tokens already made by lexiconTokens(text). */
export function lexiconEntitiesInTokens(text: string, tokens: readonly Token[], offset = 0): Entity[] {
  compiled ??= compileLexicon(LEXICON_ENTRIES)
  const found: Entity[] = []
  for (const { value, from, to } of compiled.matches(tokens)) {
    if (to - from === 1 && SHOUTED_WORDS.has(tokens[from]!.key) && (isShouted(tokens[from - 1]) || isShouted(tokens[to]))) continue
    const start = tokens[from]!.start
    const end = tokens[to - 1]!.end
    found.push({ kind: value.kind, name: value.name, text: text.slice(start, end), start: offset + start, end: offset + end })
  }
  return found
}

/** The lexicon entry that a name (canonical or variant) stands for, or undefined. */
export function lexiconEntryNamed(name: string): LexiconEntry | undefined {
  compiled ??= compileLexicon(LEXICON_ENTRIES)
  return compiled.get(lexiconTokens(name).map((t) => t.key))
}
