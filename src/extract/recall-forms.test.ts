// Forms found by reading the sentences of the 200 White House corpus documents that have a pledge
// signal and no item (session 6): each case is a general pattern of ANNOTATION.md, tested with
// short invented sentences.
import { describe, expect, it } from 'vitest'
import { extractText, trackableTexts } from '../../test/helpers/extract.js'
import type { Item } from '../core/item.js'

/** Extracts the items of one paragraph of text, for a meeting of Japan and the United Kingdom. */
function extract(text: string): Item[] {
  return extractText(text, { parties: ['Japan', 'United Kingdom'], date: '2024-01-10' })
}

const trackable = trackableTexts

describe('a phrase opening the sentence with no comma before the subject pronoun', () => {
  it('reads "we" after a phrase with "and" in it as the subject', () => {
    expect(trackable(extract('Through firm and patient diplomacy we will work to settle the dispute over fishing rights.'))).toEqual([
      'Through firm and patient diplomacy we will work to settle the dispute over fishing rights',
    ])
  })

  it('reads "we" after an "as" phrase as the subject', () => {
    expect(trackable(extract('As a first step we are committed to opening two new consulates.'))).toEqual([
      'As a first step we are committed to opening two new consulates',
    ])
  })

  it('reads "we" after a purpose phrase ("To ... we will")', () => {
    expect(trackable(extract('To help small firms export more goods we will jointly fund a new trade desk.'))).toEqual([
      'To help small firms export more goods we will jointly fund a new trade desk',
    ])
  })

  it('leaves a pronoun after a noun phrase that opens no sentence ("the plans and investments we will make")', () => {
    expect(trackable(extract('The plans and investments we will make are large.'))).toEqual([])
  })
})

describe('action verbs the lexicon lacked', () => {
  it('reads "intend to standardize" and "pledged to hasten" as pledges', () => {
    expect(trackable(extract('Both sides intend to standardize equipment across their units. The Ministers pledged to hasten work on the treaty.'))).toEqual([
      'Both sides intend to standardize equipment across their units',
      'The Ministers pledged to hasten work on the treaty',
    ])
  })
})

describe('the purpose of a progressive ("are deploying X to target Y")', () => {
  it('ends at a modal: "are monitoring X and will continue to calibrate Y" has no purpose for "monitoring"', () => {
    expect(trackable(extract('We are closely monitoring market prices and will continue to calibrate our policy carefully.'))).toEqual([
      'will continue to calibrate our policy carefully',
    ])
  })
})

describe('words between the subject and the verb', () => {
  it('steps back over a list of names before "therefore"', () => {
    const items = extract('Before the next meeting, Japan and the United Kingdom therefore plan to compile a joint list of projects.')
    expect(items.filter((i) => i.type === 'commitment').map((i) => i.actors)).toEqual([['Japan', 'United Kingdom']])
  })

  it('reads "more closely" before the verb as an adverb', () => {
    expect(trackable(extract('They committed to more closely aligning their export controls.'))).toEqual([
      'They committed to more closely aligning their export controls',
    ])
  })
})

describe('a relative clause with an aside ("a railway that, upon completion, will provide ...")', () => {
  it('is no pledge of the parties', () => {
    expect(trackable(extract('We agreed on a plan that, once funded, will more effectively enable us to meet new challenges.'))).toEqual([])
  })
})

describe('dev7 forms (session 7)', () => {
  it('reads "We recall our commitment to V" as a restated commitment', () => {
    const items = extract('We recall our commitment to phase out coal subsidies across the region.').filter((i) => i.type === 'commitment')
    expect(items.map((i) => [i.text, i.reaffirmed])).toEqual([['We recall our commitment to phase out coal subsidies across the region', true]])
  })

  it('reads "pledged ... support as ..." as a pledge, not a support', () => {
    expect(trackable(extract('Japan pledged continued support as the flood relief moves into the recovery phase.'))).toEqual([
      'Japan pledged continued support as the flood relief moves into the recovery phase',
    ])
  })
})
