// Forms read in test/gold-fit and test/gold-pages/dev3 (session 5, round 2): each case is a
// general pattern of ANNOTATION.md, with the corpus phrase that motivated it.
import { describe, expect, it } from 'vitest'
import type { Item } from '../core/item.js'
import { parseStatement } from '../parse/index.js'
import { extractItems } from './extract-items.js'

const C5 = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan', 'United States']

/** Extracts the items of one paragraph of text, for a meeting of the given parties and date. */
function extract(text: string, parties = C5, date = '2023-09-19'): Item[] {
  const file = { path: 'case.txt', format: 'text' as const, value: `${text}\n`, metadata: {}, diagnostics: [] }
  return extractItems(parseStatement(file, { overrides: { parties, date } }))
}

const trackable = (items: Item[]): string[] => items.filter((i) => i.type === 'commitment' || i.type === 'directive').map((i) => i.text)

describe('a prediction whose subject is no party (ANNOTATION.md: statements of fact are no pledge)', () => {
  it('reads the head of a subject with an aside set off by commas', () => {
    expect(
      trackable(
        extract(
          'Demand for critical minerals, which are essential for clean energy and other technologies, will expand significantly in the coming decades. This, in turn, will set the stage for the region to unlock inclusive economic growth.',
        ),
      ),
    ).toEqual([])
  })

  it('keeps the parties’ own work as a subject with an aside', () => {
    expect(
      trackable(extract('This effort, which fits with our approach to AI risks, will bring together key countries to drive international action.')),
    ).toHaveLength(1)
  })

  it('reads "Doing so will / would ..." as an effect of the action before it', () => {
    expect(
      trackable(
        extract(
          'We are working together to promote responsible business practices. Doing so will help us make progress on the commitments we made with partners.',
        ),
      ),
    ).toEqual(['We are working together to promote responsible business practices'])
  })
})

describe('a chair’s statement’s bare "Countries" (the participating governments)', () => {
  it('is the parties as the capitalised first word of a clause', () => {
    expect(trackable(extract('Countries expressed intent to consult with one another to address potential shortages.'))).toEqual([
      'Countries expressed intent to consult with one another to address potential shortages',
    ])
  })

  it('is no party inside a clause ("where countries will ...")', () => {
    expect(trackable(extract('We support a system where countries will decide their own paths.'))).toEqual([])
  })
})

describe('"shared" after a determiner is an adjective ("a shared view"), not a stated position', () => {
  it('leaves the pledge whole', () => {
    expect(
      trackable(
        extract(
          'The Presidents intend to launch a U.S.-France defense trade strategic dialogue to foster a shared view on defense market access and export issues.',
          ['United States', 'France'],
          '2021-10-29',
        ),
      ),
    ).toEqual([
      'The Presidents intend to launch a U.S.-France defense trade strategic dialogue to foster a shared view on defense market access and export issues',
    ])
  })

  it('still reads "the Ministers shared the view that ..." as a position', () => {
    const items = extract('The Ministers shared the view that the situation remains serious.', ['United States', 'France'], '2021-10-29')
    expect(items.map((i) => i.type)).toContain('position')
  })
})
