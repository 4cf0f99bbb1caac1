// Forms found by session 10's recall audit (issue 11 point 3): every sentence of the 200 White House
// documents with a pledge word and a party subject but no trackable item was listed, a sample read
// against ANNOTATION.md, and the forms that recur across documents are tested here with sentences
// shaped like the corpus ones (and their negative forms).
import { describe, expect, it } from 'vitest'
import { extractText, trackableTexts } from '../helpers/extract.js'
import type { Item } from '../../src/core/item.js'

/** Extracts the items of a text (one or more paragraphs) for a meeting of the given parties. */
function extract(text: string, parties = ['United States', 'Mexico']): Item[] {
  return extractText(text, { parties, date: '2024-06-14' })
}

const trackable = trackableTexts

describe('a pledge noun with a modifier beyond the usual ones', () => {
  it.each([
    [
      'We reaffirm our existing commitment to eliminating inefficient fossil fuel subsidies by 2025.',
      'We reaffirm our existing commitment to eliminating inefficient fossil fuel subsidies by 2025',
    ],
    [
      'We reaffirm our longstanding commitment to advancing women’s economic empowerment.',
      'We reaffirm our longstanding commitment to advancing women’s economic empowerment',
    ],
    [
      'We recall our previous commitment to increase our funding for nature by 2025.',
      'We recall our previous commitment to increase our funding for nature by 2025',
    ],
  ])('%s', (sentence, item) => {
    expect(trackable(extract(sentence))).toEqual([item])
  })

  it('reads a grouping with a digit as the owner: "the G7’s commitment to providing"', () => {
    expect(trackable(extract('We reaffirm the G7’s commitment to providing sufficient resources to the CTBT verification system.'))).toEqual([
      'We reaffirm the G7’s commitment to providing sufficient resources to the CTBT verification system',
    ])
  })
})

describe('frames that state the parties’ own pledge noun', () => {
  it.each([
    [
      'Building on our progress, we reinforce our commitment to promote economic resilience and economic security.',
      'we reinforce our commitment to promote economic resilience and economic security',
    ],
    [
      'We stand by our commitment to consult on regional challenges, provocations, and threats.',
      'We stand by our commitment to consult on regional challenges, provocations, and threats',
    ],
    [
      'We also continue our unwavering commitment to tackling child sexual exploitation and abuse.',
      'We also continue our unwavering commitment to tackling child sexual exploitation and abuse',
    ],
    [
      'With these loans, we have once again made clear our unwavering commitment to stand by Ukraine.',
      'we have once again made clear our unwavering commitment to stand by Ukraine',
    ],
    [
      'We, the Leaders, remain firm in our resolve to meet the challenges facing our region.',
      'remain firm in our resolve to meet the challenges facing our region',
    ],
    [
      'We uphold the universal values of the Charter and stand together in our commitment to promote respect for human rights everywhere.',
      'stand together in our commitment to promote respect for human rights everywhere',
    ],
    [
      'The tragic deaths of migrants further strengthens our determination to go after the criminal smuggling industry.',
      'The tragic deaths of migrants further strengthens our determination to go after the criminal smuggling industry',
    ],
  ])('%s', (sentence, item) => {
    expect(trackable(extract(sentence))).toEqual([item])
  })

  it('is no pledge after "to" or a modal: "We must also strengthen our commitment to …" exhorts', () => {
    expect(trackable(extract('We must also strengthen our commitment to maintaining the rules-based order.'))).toEqual([])
    expect(trackable(extract('Together we need to strengthen our commitment to implement existing agreements.'))).toEqual([])
  })

  it('needs the possessive right after the frame: "continue to support the UN’s further engagement" stays a support', () => {
    expect(
      trackable(extract('We continue to support the UN’s further engagement in the crisis and ASEAN’s efforts to achieve the Five-Point Consensus.')),
    ).toEqual([])
  })
})

describe('list entries under a pledge lead-in', () => {
  it('takes the subject of the modal when the lead-in ends "through the following actions:"', () => {
    const text = [
      'Over the next year, we must redouble our efforts to protect our people, prevent transborder crime, and pursue criminal networks through the following actions:',
      '',
      '1. Expand our investment in public health, security, human rights, and justice sector institutions.',
      '2. Strengthen evidence-based prevention, treatment, and recovery programs.',
    ].join('\n')
    expect(trackable(extract(text))).toEqual([
      'Expand our investment in public health, security, human rights, and justice sector institutions',
      'Strengthen evidence-based prevention, treatment, and recovery programs',
    ])
  })

  it('reads "the Parties agree:" as a lead-in, and "To further bolster" / "To further implementation" as entries', () => {
    const text = [
      'To deter threats against them, the Parties agree:',
      '',
      '-   To further implementation of existing security agreements and arrangements.',
      '-   To meet on a regular basis to further mutual awareness of emerging threats.',
      '-   To further bolster their defense and security cooperation.',
    ].join('\n')
    expect(trackable(extract(text, ['United States', 'Ukraine']))).toEqual([
      'To further implementation of existing security agreements and arrangements',
      'To meet on a regular basis to further mutual awareness of emerging threats',
      'To further bolster their defense and security cooperation',
    ])
  })

  it('does not read a third party’s "agree:" as the parties’ lead-in', () => {
    const text = ['Russia and Belarus agree:', '', '-   To deepen their military integration.'].join('\n')
    expect(trackable(extract(text, ['United States', 'Ukraine']))).toEqual([])
  })
})

describe('a zero-width space', () => {
  it('opening a sentence is read as a space, so its pledge and the list after it are found', () => {
    const text = [
      '\u200bWe intend to explore joint efforts in critical technologies and pursue a set of initial activities, including the following:',
      '',
      '-   Pursuing a range of quantum technologies initiatives.',
      '-   Mobilizing private capital towards strategic technologies.',
    ].join('\n')
    const texts = trackable(extract(text, ['United States', 'United Kingdom']))
    expect(texts.slice(1)).toEqual(['Pursuing a range of quantum technologies initiatives', 'Mobilizing private capital towards strategic technologies'])
    expect(texts[0]).toMatch(
      /^\u200b?We intend to explore joint efforts in critical technologies and pursue a set of initial activities, including the following$/,
    )
  })
})

describe('a pledge to refrain after "will not"', () => {
  it.each([
    [
      'The United States and Mexico will not impose customs duties on electronic transmissions.',
      ['The United States and Mexico will not impose customs duties on electronic transmissions'],
    ],
    [
      'Mexico will simplify product registration processes for U.S. beef, and will not apply facility registration for imports of U.S. dairy products.',
      ['Mexico will simplify product registration processes for U.S. beef', 'will not apply facility registration for imports of U.S. dairy products'],
    ],
  ])('%s', (sentence, items) => {
    expect(trackable(extract(sentence))).toEqual(items)
  })

  it('keeps a refusal to accept a position, not a pledge', () => {
    expect(trackable(extract('We will not accept any unilateral attempt to change the status quo by force.'))).toEqual([])
  })
})

describe('a time word between a present pledge verb and its "to"', () => {
  it('reads "We recommit today to supporting Ukraine"', () => {
    expect(trackable(extract('We recommit today to supporting Ukraine for as long as it takes.'))).toEqual([
      'We recommit today to supporting Ukraine for as long as it takes',
    ])
  })
})

describe('"reassert" as a statement of a pledge noun', () => {
  it('reads "reassert their commitment to counter …"', () => {
    expect(trackable(extract('The United States and Mexico reassert their commitment to counter antisemitism in all of its manifestations.'))).toEqual([
      'The United States and Mexico reassert their commitment to counter antisemitism in all of its manifestations',
    ])
  })
})
