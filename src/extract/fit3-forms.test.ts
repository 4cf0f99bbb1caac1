// Forms read in test/gold-fit3 (session 7): each case is a general pattern of ANNOTATION.md,
// written as a short invented sentence.
import { describe, expect, it } from 'vitest'
import { extractText, trackableTyped } from '../../test/helpers/extract.js'
import type { Item } from '../core/item.js'

const PARTIES = ['Canada', 'Mexico', 'United States']

/** Extracts the items of one paragraph of text, for a meeting of the given parties and date. */
function extract(text: string, parties = PARTIES, date = '2023-11-03'): Item[] {
  return extractText(text, { parties, date })
}

const trackable = trackableTyped

describe('a ";" list of gerunds after "including, for example, by"', () => {
  it('gives the head and one item per entry, an adverb before the gerund allowed', () => {
    expect(
      trackable(
        extract(
          'Mexico has agreed to address these barriers including, for example, by accepting U.S. standards; fully implementing its obligations; and addressing U.S. concerns.',
        ),
      ),
    ).toEqual([
      ['commitment', 'Mexico has agreed to address these barriers'],
      ['commitment', 'accepting U.S. standards'],
      ['commitment', 'fully implementing its obligations'],
      ['commitment', 'addressing U.S. concerns'],
    ])
  })

  it('keeps a comma list after "including by" whole', () => {
    expect(trackable(extract('We agreed to deepen cooperation, including by sharing data, training staff, and funding research.'))).toHaveLength(1)
  })
})

describe('a series of "to" after a gerund’s own purpose', () => {
  it('splits "committed to working together to A, to B, and to C" on each "to"', () => {
    expect(
      trackable(extract('Both leaders committed to working together to combat the pandemic, to reinvigorate economic cooperation, and to explore new areas.')),
    ).toEqual([
      ['commitment', 'Both leaders committed to working together to combat the pandemic'],
      ['commitment', 'to reinvigorate economic cooperation'],
      ['commitment', 'to explore new areas'],
    ])
  })
})

describe('a report coordinated after a pledge', () => {
  it('ends the pledge’s clause at ", and discussed"', () => {
    expect(trackable(extract('The co-chairs reaffirmed commitments to jointly confront synthetic drugs, and discussed the steps we are taking.'))).toEqual([
      ['commitment', 'The co-chairs reaffirmed commitments to jointly confront synthetic drugs'],
    ])
  })
})

describe('a company named after a country', () => {
  it('is no party', () => {
    expect(trackable(extract('Mexico-based companies will invest in new plants. Canada Airlines has agreed to purchase 20 aircraft.'))).toEqual([])
  })
})
