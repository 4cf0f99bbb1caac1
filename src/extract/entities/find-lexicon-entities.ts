// Finds the organisations, agreements and programmes of the lexicons in a text.
import type { Entity } from '../../core/item.js'
import { AGREEMENTS } from '../../lexicon/agreements.js'
import { ORGANISATIONS, type LexiconEntry } from '../../lexicon/organisations.js'
import { PROGRAMMES } from '../../lexicon/programmes.js'
import { compileLexicon, type CompiledLexicon } from './lexicon-pattern.js'

/** Every entry of the three named-entity lexicons. */
export const LEXICON_ENTRIES: readonly LexiconEntry[] = [...ORGANISATIONS, ...AGREEMENTS, ...PROGRAMMES]

let compiled: CompiledLexicon | null = null

/**
 * Finds lexicon names in a text: one entity per match, the longest name winning where names
 * start at the same place ("UN Security Council", not "UN").
 * @param text the text to scan
 * @param offset added to every start/end
 * @example findLexiconEntities('return to the NPT')[0]?.name // 'Treaty on the Non-Proliferation of Nuclear Weapons'
 */
export function findLexiconEntities(text: string, offset = 0): Entity[] {
  compiled ??= compileLexicon(LEXICON_ENTRIES)
  const found: Entity[] = []
  for (const m of text.matchAll(compiled.pattern)) {
    const entry = compiled.entryOf(m[0])
    if (!entry) continue
    found.push({ kind: entry.kind, name: entry.name, text: m[0], start: offset + m.index, end: offset + m.index + m[0].length })
  }
  return found
}

/** The lexicon entry with this canonical name, or undefined. */
export function lexiconEntryNamed(name: string): LexiconEntry | undefined {
  compiled ??= compileLexicon(LEXICON_ENTRIES)
  return compiled.entryOf(name)
}
