// Forms read in test/gold-fit2 and test/gold-pages/dev4 (session 6): each case is a general
// pattern of ANNOTATION.md, written as a short invented sentence.
import { describe, expect, it } from 'vitest'
import { extractText, trackableTyped } from '../../test/helpers/extract.js'
import type { Item } from '../core/item.js'

const PARTIES = ['Canada', 'Mexico', 'United States']

/** Extracts the items of one paragraph of text, for a meeting of the given parties and date. */
function extract(text: string, parties = PARTIES, date = '2023-11-03'): Item[] {
  return extractText(text, { parties, date })
}

const trackable = trackableTyped

describe('orders to the parties’ own Ministers with no determiner (ANNOTATION.md: directive)', () => {
  it('reads "we ask Ministers to" and "we call on Ministers to" as directives, not calls', () => {
    expect(trackable(extract('We ask Ministers to review the customs rules. We further call on Ministers to report on progress.'))).toEqual([
      ['directive', 'We ask Ministers to review the customs rules'],
      ['directive', 'We further call on Ministers to report on progress'],
    ])
  })

  it('splits a pledge from the order coordinated after it', () => {
    expect(trackable(extract('We resolve to establish two working tracks and ask Ministers to meet annually.'))).toEqual([
      ['commitment', 'We resolve to establish two working tracks'],
      ['directive', 'ask Ministers to meet annually'],
    ])
  })
})

describe('a track of work the meeting sets up, as the subject of "will"', () => {
  it('is the parties’ own work', () => {
    expect(trackable(extract('The Energy Track will pursue new investment in grids.'))).toEqual([
      ['commitment', 'The Energy Track will pursue new investment in grids'],
    ])
  })
})

describe('"declare our intention to" (a commitment noun under a statement verb)', () => {
  it('splits the series of own "to" clauses', () => {
    expect(trackable(extract('We hereby declare our intention to adopt these policies, to encourage their adoption elsewhere, and to fund research.'))).toEqual(
      [
        ['commitment', 'We hereby declare our intention to adopt these policies'],
        ['commitment', 'to encourage their adoption elsewhere'],
        ['commitment', 'to fund research'],
      ],
    )
  })
})

describe('the entries of a ";" list after a pledge (ANNOTATION.md: split the entries of an enumerated list)', () => {
  it('keeps a verb that opens an entry ("support …") as an entry of the pledge, not a support', () => {
    expect(
      trackable(
        extract('Mexico commits to permit the transfer of data; support the moratorium on customs duties; and remove barriers in the insurance market.'),
      ),
    ).toEqual([
      ['commitment', 'Mexico commits to permit the transfer of data'],
      ['commitment', 'support the moratorium on customs duties'],
      ['commitment', 'remove barriers in the insurance market'],
    ])
  })

  it('splits gerund entries after "including:" where an entry opens with a gerund pair', () => {
    expect(
      trackable(
        extract(
          'Mexico commits to protect labor rights, including: adopting and implementing a ban on forced labor imports; amending its labor laws; and strengthening enforcement.',
        ),
      ),
    ).toEqual([
      ['commitment', 'Mexico commits to protect labor rights'],
      ['commitment', 'adopting and implementing a ban on forced labor imports'],
      ['commitment', 'amending its labor laws'],
      ['commitment', 'strengthening enforcement'],
    ])
  })
})

describe('a pledge of support with a modifier that has full stops ("continued U.S. support for")', () => {
  it('is a commitment of the party that pledges it', () => {
    const items = extract('President Biden pledged continued U.S. support for the economic integration of the region.', ['United States', 'Iraq'])
    expect(trackable(items)).toEqual([['commitment', 'President Biden pledged continued U.S. support for the economic integration of the region']])
    expect(items[0]!.actors).toEqual(['United States'])
  })
})

describe('imperative entries under "we agree to the following steps …:" (ANNOTATION.md: enumerated lists)', () => {
  const text = [
    '1. To achieve these objectives, we agree to the following steps to ensure the full implementation of the ceasefire:',
    '- Implement military de-escalation under the observation of the observers.',
    '- Agree to the full implementation of measures to restore confidence; to resolve differences peacefully; and to work towards the restoration of relations.',
    '- Reaffirm our commitment to the settlement of the dispute through peaceful means.',
  ].join('\n\n')

  it('gives one item per entry, one per ";" part with its own "to", and keeps an entry’s own pledge', () => {
    expect(trackable(extract(text, ['Cambodia', 'Thailand']))).toEqual([
      ['commitment', 'Implement military de-escalation under the observation of the observers'],
      ['commitment', 'Agree to the full implementation of measures to restore confidence'],
      ['commitment', 'to resolve differences peacefully'],
      ['commitment', 'to work towards the restoration of relations'],
      ['commitment', 'Reaffirm our commitment to the settlement of the dispute through peaceful means'],
    ])
  })
})

describe('a summary’s bare "Ministers and Governors" / "Leaders", and a coordinated "and have reaffirmed"', () => {
  it('reads the capitalised bare noun as the parties and splits the coordinated pledge', () => {
    expect(
      trackable(
        extract(
          'Ministers and Governors renewed their commitment to avoiding any premature withdrawal of support and have reaffirmed the willingness to use all available tools.',
          ['Italy', 'France'],
        ),
      ),
    ).toEqual([
      ['commitment', 'Ministers and Governors renewed their commitment to avoiding any premature withdrawal of support'],
      ['commitment', 'have reaffirmed the willingness to use all available tools'],
    ])
  })

  it('leaves a lower-case "leaders" inside a clause to its own reading', () => {
    expect(trackable(extract('Business leaders will invest in the region.'))).toEqual([])
  })
})

describe('"between A and B" inside a subject (the names say what a thing is between)', () => {
  it('reads the head before "between": an agreement predicting its contents is no pledge', () => {
    expect(trackable(extract('The Interim Agreement between the United States and Mexico will represent a milestone in our partnership.'))).toEqual([])
  })

  it('keeps the parties’ own cooperation between them as a pledge', () => {
    expect(trackable(extract('Cooperation between the United States and Mexico will expand to new fields of research.'))).toHaveLength(1)
  })
})

describe('"agreed that X must be able to …" (a capacity, not an agreed action)', () => {
  it('is no pledge', () => {
    expect(trackable(extract('They agreed that Mexico’s security forces must be able to secure the border.'))).toEqual([])
  })
})

describe('"intend for X to …": the parties’ intention for what they set up (ANNOTATION.md: commitment)', () => {
  it('reads a party subject’s "intend for" with any verb after "to", "be" included', () => {
    expect(trackable(extract('We intend for the forum to be open to new members. Canada and Mexico intend for the fund to finance clean grids.'))).toEqual([
      ['commitment', 'We intend for the forum to be open to new members'],
      ['commitment', 'Canada and Mexico intend for the fund to finance clean grids'],
    ])
  })

  it('needs a party subject and a "to" clause', () => {
    expect(trackable(extract('The funds the bank intends for the region arrived. Analysts intend for prices to fall.'))).toEqual([])
  })
})
