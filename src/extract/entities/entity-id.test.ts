import { describe, expect, it } from 'vitest'
import { allCountries } from '../../lexicon/countries.js'
import { entityId, toKebab } from './entity-id.js'
import { LEXICON_ENTRIES } from './find-lexicon-entities.js'

describe('entityId', () => {
  it.each<[Parameters<typeof entityId>[0], string]>([
    [{ kind: 'agreement', name: 'United Nations Convention on the Law of the Sea' }, 'unclos'],
    [{ kind: 'organisation', name: 'United Nations Security Council' }, 'unsc'],
    [{ kind: 'country', name: 'North Korea' }, 'north-korea'],
    [{ kind: 'country', name: "Côte d'Ivoire" }, 'cote-divoire'],
    [{ kind: 'event', name: 'COP26' }, 'cop-26'],
    [{ kind: 'agreement', name: 'UNSC Resolution 2231' }, 'unsc-resolution-2231'],
    [{ kind: 'agreement', name: 'UNGA Resolution ES-11/1' }, 'unga-resolution-es-11-1'],
    [{ kind: 'programme', name: 'Japan-UK Counter-Terrorism Consultation' }, 'japan-uk-counter-terrorism-consultation'],
  ])('%j → %s', (entity, id) => {
    expect(entityId(entity)).toBe(id)
  })

  it('never gives a country the id of a lexicon entry', () => {
    const lexiconIds = new Set(LEXICON_ENTRIES.map((e) => e.id))
    for (const c of allCountries()) expect(lexiconIds.has(toKebab(c)), c).toBe(false)
  })
})
