// Forms read in session 9 (issue 11 point 3, recall on unseen documents): each case is a general
// pattern of ANNOTATION.md found in the fitting sets (gold-fit4 … gold-fit6, pages dev4, dev5, dev7)
// and confirmed in the White House corpus, written as a short invented sentence, with its negative form.
import { describe, expect, it } from 'vitest'
import { extractText, trackableTyped } from '../../test/helpers/extract.js'
import type { Item } from '../core/item.js'

const PARTIES = ['United States', 'Mexico']

/** Extracts the items of one paragraph of text, for a meeting of the given parties and date. */
function extract(text: string, parties = PARTIES, date = '2023-11-03'): Item[] {
  return extractText(text, { parties, date })
}

const trackable = trackableTyped

const actorsOf = (items: Item[]): string[][] => items.filter((i) => i.type === 'commitment').map((i) => [...i.actors].sort())

describe('a zero-width space after a full stop', () => {
  it('ends the sentence, so the pledge after it is read on its own', () => {
    expect(trackable(extract('The two countries share a commitment to the role of government.\u200b\u200b We will accelerate our cooperation on AI.'))).toEqual(
      [['commitment', 'We will accelerate our cooperation on AI']],
    )
  })
})

describe('a bracketed label right after the modal', () => {
  it('reads "will (i) modify …" as a pledge', () => {
    expect(trackable(extract('The United States will (i) modify the application of the additional rate of duty.'))).toEqual([
      ['commitment', 'The United States will (i) modify the application of the additional rate of duty'],
    ])
  })
})

describe('a grouping and its summit before the commitment noun', () => {
  it('reads "our G20 St Petersburg commitment to" and "our G20 commitment to"', () => {
    expect(trackable(extract('We reaffirmed our G20 St Petersburg commitment to standstill and roll back protectionist measures.'))).toEqual([
      ['commitment', 'We reaffirmed our G20 St Petersburg commitment to standstill and roll back protectionist measures'],
    ])
    expect(trackable(extract('We recall our G20 commitment to support the multilateral trading system.'))).toEqual([
      ['commitment', 'We recall our G20 commitment to support the multilateral trading system'],
    ])
  })

  it('needs a statement verb before it', () => {
    expect(trackable(extract('We welcome further discussions in line with our G20 commitment to achieve better outcomes.'))).toEqual([])
  })
})

describe('nouns and verbs of intent', () => {
  it('reads "affirmed their keenness to continue to hold …"', () => {
    expect(trackable(extract('The leaders affirmed their keenness to continue to hold the Summit annually.'))).toEqual([
      ['commitment', 'The leaders affirmed their keenness to continue to hold the Summit annually'],
    ])
  })

  it('reads "note their intention to" and "noted their determination to"', () => {
    expect(trackable(extract('The United States and Mexico note their intention to facilitate and enhance commercial ties.'))).toEqual([
      ['commitment', 'The United States and Mexico note their intention to facilitate and enhance commercial ties'],
    ])
    expect(trackable(extract('The leaders noted their determination to remain closely coordinated on efforts to end the conflict.'))).toEqual([
      ['commitment', 'The leaders noted their determination to remain closely coordinated on efforts to end the conflict'],
    ])
  })

  it('does not read a noted commitment with no action as one', () => {
    expect(trackable(extract('The leaders noted the importance of the partnership.'))).toEqual([])
  })

  it('reads "welcome their countries’ plans to" (the parties’ own plans), not a welcome of another’s plan', () => {
    expect(trackable(extract('The leaders welcome their countries’ plans to prioritize bilateral economic cooperation.'))).toEqual([
      ['commitment', 'The leaders welcome their countries’ plans to prioritize bilateral economic cooperation'],
    ])
    expect(trackable(extract('The leaders welcome Japan’s plan to build a new port.'))).toEqual([])
  })

  it('reads "committed their governments to" a gerund or verb', () => {
    expect(trackable(extract('The leaders committed their governments to working collaboratively to support the proposal.'))).toEqual([
      ['commitment', 'The leaders committed their governments to working collaboratively to support the proposal'],
    ])
  })
})

describe('the meeting or "in principle" between a decision verb and its "to"', () => {
  it('reads "agreed at the meeting in Oslo to" and "committed in principle to"', () => {
    expect(trackable(extract('The foreign ministers agreed at the meeting in Oslo to boost efforts to further the agenda.'))).toEqual([
      ['commitment', 'The foreign ministers agreed at the meeting in Oslo to boost efforts to further the agenda'],
    ])
    expect(trackable(extract('To that end, we have committed in principle to establish a Data Bridge.'))).toEqual([
      ['commitment', 'we have committed in principle to establish a Data Bridge'],
    ])
  })

  it('does not read an earlier summit there: "committed at the 2005 World Summit to"', () => {
    expect(trackable(extract('Mexico committed at the 2005 World Summit to support Security Council reform.'))).toEqual([])
  })
})

describe('a pledge to refrain', () => {
  it('reads "has committed not to impose …" and keeps its coordinated "to"', () => {
    expect(trackable(extract('Mexico has committed not to impose a digital service tax and to support a permanent moratorium on customs duties.'))).toEqual([
      ['commitment', 'Mexico has committed not to impose a digital service tax'],
      ['commitment', 'to support a permanent moratorium on customs duties'],
    ])
  })

  it('reads "we commit not to conducting …"', () => {
    expect(trackable(extract('Furthermore, we commit not to conducting destructive anti-satellite missile tests.'))).toEqual([
      ['commitment', 'we commit not to conducting destructive anti-satellite missile tests'],
    ])
  })

  it('does not read "decided not to" as one', () => {
    expect(trackable(extract('The leaders decided not to meet again this year.'))).toEqual([])
  })
})

describe('"why" before the subject', () => {
  it('reads "That is why we have committed to …" and "…, which is why we commit to …"', () => {
    expect(trackable(extract('That is why we have committed to jointly combat inflation.'))).toEqual([
      ['commitment', 'we have committed to jointly combat inflation'],
    ])
    expect(trackable(extract('We recognize the need to protect our networks, which is why we commit to using only trusted vendors.'))).toEqual([
      ['commitment', 'we commit to using only trusted vendors'],
    ])
  })
})

describe('"taking" three words of steps', () => {
  it('reads "we are taking immediate and coordinated steps to …"', () => {
    expect(trackable(extract('Building on these commitments, we are taking immediate and coordinated steps to manage the flows of migrants.'))).toEqual([
      ['commitment', 'we are taking immediate and coordinated steps to manage the flows of migrants'],
    ])
  })
})

describe('subjects that name the parties', () => {
  it('reads "Each country will …", not "each of us will …"', () => {
    expect(trackable(extract('Each country will review and map out existing reserves.'))).toEqual([
      ['commitment', 'Each country will review and map out existing reserves'],
    ])
    expect(trackable(extract('Tomorrow each of us will return to our countries.'))).toEqual([])
  })

  it('reads a bare regional subject that covers the parties', () => {
    const na = extract('North American governments will also develop shared recommendations.', ['United States', 'Canada', 'Mexico'])
    expect(trackable(na)).toEqual([['commitment', 'North American governments will also develop shared recommendations']])
    expect(actorsOf(na)).toEqual([['Canada', 'Mexico', 'United States']])
    const aueu = extract('African and European Ministers agreed to enhance cooperation in their response to the pandemic.', ['African Union', 'European Union'])
    expect(trackable(aueu)).toEqual([['commitment', 'African and European Ministers agreed to enhance cooperation in their response to the pandemic']])
  })

  it('does not read a region that is not the meeting’s as the parties', () => {
    expect(trackable(extract('European countries will do more.', ['United States', 'Canada', 'Mexico']))).toEqual([])
    expect(trackable(extract('Nordic countries will do more.', ['United States', 'Norway']))).toEqual([])
  })
})

describe('a past pledge retold', () => {
  it('drops a decision placed at an earlier occasion', () => {
    expect(
      trackable(
        extract('When we announced the partnership in September 2021, we committed to set the highest non-proliferation standard.', PARTIES, '2023-03-13'),
      ),
    ).toEqual([])
    expect(trackable(extract('In addition, in Elmau, we agreed to launch a price cap on oil.', PARTIES, '2023-05-19'))).toEqual([])
    expect(
      trackable(extract('That is why at the June G7 Leaders’ Summit, the leaders announced their intention to mobilize $600 billion.', PARTIES, '2022-11-15')),
    ).toEqual([])
  })

  it('keeps a decision of this meeting, and one after an earlier date that is not its lead-in', () => {
    expect(trackable(extract('In Elmau, we agreed to launch a price cap on oil.', PARTIES, '2022-06-27'))).toEqual([
      ['commitment', 'we agreed to launch a price cap on oil'],
    ])
    expect(
      trackable(
        extract('Here in San Francisco, where the Forum was first launched in 2011, we reaffirmed our commitment to promote growth.', PARTIES, '2023-11-17'),
      ),
    ).toEqual([['commitment', 'we reaffirmed our commitment to promote growth']])
    expect(trackable(extract('Building on our cooperation in April, the two presidents committed to expand cooperation.', PARTIES, '2024-11-12'))).toEqual([
      ['commitment', 'the two presidents committed to expand cooperation'],
    ])
  })
})
