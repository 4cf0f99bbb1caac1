import { describe, expect, it } from 'vitest'
import { compileLexicon } from './lexicon-matcher.js'
import { findLexiconEntities, LEXICON_ENTRIES, lexiconEntryNamed } from './find-lexicon-entities.js'

describe('findLexiconEntities', () => {
  it('compiles the three lexicons with no name shared by two entries', () => {
    expect(() => compileLexicon(LEXICON_ENTRIES)).not.toThrow()
    const ids = LEXICON_ENTRIES.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('refuses a lexicon in which two entries share a name', () => {
    const a = { id: 'a', kind: 'organisation', name: 'Alpha Forum', variants: ['AF'] } as const
    const b = { id: 'b', kind: 'organisation', name: 'Beta Forum', variants: ['AF'] } as const
    expect(() => compileLexicon([a, b])).toThrow(/"AF" names both 'a' and 'b'/)
  })

  it.each<[string, string]>([
    ['the Japanese Self-Defense Forces', 'Japan Self-Defense Forces'],
    ['the World Health Organisation', 'World Health Organization'],
    ['the World Food Program', 'World Food Programme'],
    ['the Paris agreement', 'Paris Agreement'],
    ['the U.S. Coast Guard', 'United States Coast Guard'],
    ['ASEAN Defense Ministers’ Meeting-Plus', 'ASEAN Defence Ministers’ Meeting-Plus'],
  ])('matches %s as %s (spelling, case, abbreviation variants)', (text, name) => {
    const [e] = findLexiconEntities(text)
    expect(e?.name).toBe(name)
    expect(text.slice(e!.start, e!.end)).toBe(e!.text)
  })

  it('looks entries up by any of their names', () => {
    expect(lexiconEntryNamed('U.N. Security Council')?.id).toBe('unsc')
    expect(lexiconEntryNamed('Nothing Forum')).toBeUndefined()
  })
})
