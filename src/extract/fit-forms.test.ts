// Forms read in test/gold-fit and test/gold-pages/dev3 (session 5, round 2): each case is a
// general pattern of ANNOTATION.md, with the corpus phrase that motivated it.
import { describe, expect, it } from 'vitest'
import { extractText, trackableTexts } from '../../test/helpers/extract.js'
import type { Item } from '../core/item.js'

const C5 = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan', 'United States']

/** Extracts the items of one paragraph of text, for a meeting of the given parties and date. */
function extract(text: string, parties = C5, date = '2023-09-19'): Item[] {
  return extractText(text, { parties, date })
}

const trackable = trackableTexts

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

describe('a ";" list of gerunds after "to" + gerund (ANNOTATION.md: an enumerated list gives one item per entry)', () => {
  it('gives one item per entry, the first keeping the lead-in', () => {
    expect(
      trackable(
        extract(
          'We reaffirm our shared commitment to supporting host communities; strengthening regular pathways; fostering opportunities for decent work; and promoting principles of safe migration.',
          ['United States', 'Mexico'],
          '2022-06-10',
        ),
      ),
    ).toEqual([
      'We reaffirm our shared commitment to supporting host communities',
      'strengthening regular pathways',
      'fostering opportunities for decent work',
      'promoting principles of safe migration',
    ])
  })

  it('gives the entries the actors of the lead-in', () => {
    const items = extract(
      'Malaysia has committed to accepting U.S. manufactured vehicles; streamlining import licenses for U.S. steel products; and addressing U.S. concerns with conformity assessment procedures.',
      ['United States', 'Malaysia'],
      '2025-10-26',
    ).filter((i) => i.type === 'commitment')
    expect(items).toHaveLength(3)
    expect(items.every((i) => i.actors.join() === 'Malaysia')).toBe(true)
  })

  it('leaves a progressive’s gerunds after a dash whole ("We are deepening our cooperation—strengthening ...; advancing ...")', () => {
    expect(
      trackable(
        extract(
          'We are deepening our cooperation to reflect the challenges of our time—strengthening our economic security; advancing secure energy transitions; reinforcing multilateralism.',
          ['United States', 'European Union'],
          '2023-10-20',
        ),
      ).length,
    ).toBeLessThanOrEqual(1)
  })
})

describe('"will" as a commitment noun ("reiterate our will to strengthen ...")', () => {
  it('is a commitment, with a coordinated second "to" split off', () => {
    expect(
      trackable(
        extract(
          'We reiterate our will to strengthen national and regional efforts to create the conditions for safe migration, and to strengthen frameworks for international protection.',
          ['United States', 'Mexico'],
          '2022-06-10',
        ),
      ),
    ).toEqual([
      'We reiterate our will to strengthen national and regional efforts to create the conditions for safe migration',
      'to strengthen frameworks for international protection',
    ])
  })
})

describe('"and to" after an example noun\'s own "to" ("including efforts to end ... and to build ...")', () => {
  it('continues the example, not the pledge: one item', () => {
    expect(
      trackable(
        extract(
          'Our countries will work to strengthen global health and health security, including efforts to end the COVID-19 pandemic and to build resilience against future pandemics.',
          ['United States', 'France'],
          '2021-10-29',
        ),
      ),
    ).toEqual([
      'Our countries will work to strengthen global health and health security, including efforts to end the COVID-19 pandemic and to build resilience against future pandemics',
    ])
  })

  it('still splits "to cooperate to reduce ..., and to coordinate ..." (ANNOTATION.md)', () => {
    expect(
      trackable(
        extract(
          'The Ministers expressed their commitment to cooperate to reduce the risk of terrorism, and to coordinate closely on developing approaches to countering violent extremism.',
          ['United States', 'France'],
          '2021-10-29',
        ),
      ),
    ).toHaveLength(2)
  })

  it('continues the purpose of a noun in the action ("launch a Dialogue to coordinate ... and to identify ...")', () => {
    expect(
      trackable(
        extract(
          'We will also launch an annual Trilateral Indo-Pacific Dialogue to coordinate implementation of our Indo-Pacific approaches and to continually identify new areas for common action.',
          ['United States', 'Japan', 'Republic of Korea'],
          '2023-08-18',
        ),
      ),
    ).toHaveLength(1)
  })

  it('splits where the noun stands after a comma or the verb comes again', () => {
    expect(
      trackable(
        extract(
          'The leaders reaffirmed their commitment to increase energy trade, as part of efforts to ensure energy security, and to establish the United States as a leading supplier of crude oil.',
          ['United States', 'India'],
          '2025-02-13',
        ),
      ),
    ).toHaveLength(2)
  })
})

describe('a third party named as the sentence’s subject ("Russia cannot ... and expect to benefit ...")', () => {
  it('is the subject of a later clause with none: no pledge of the parties', () => {
    expect(
      trackable(
        extract(
          'Russia cannot grossly violate international law and expect to benefit from being part of the international economic order.',
          ['Canada', 'Japan', 'United States'],
          '2022-03-11',
        ),
      ),
    ).toEqual([])
  })

  it('leaves the parties’ pledge after a sentence opened by a party', () => {
    expect(
      trackable(
        extract('Japan has long supported the region and intends to expand its assistance to small island states.', ['Japan', 'United States'], '2022-03-11'),
      ),
    ).toHaveLength(1)
  })
})

describe('", including ..." inside a list entry is an example of that entry, not an entry of its own', () => {
  it('keeps "including at UNEA-5.2" and a list of names with their entry', () => {
    const texts = trackable(
      extract(
        'We aim to build on existing initiatives, including recognizing valuable work of and improving collaboration with the existing organizations focused on Atlantic cooperation, including the Zone of Peace and Cooperation in the South Atlantic, the Atlantic Centre, and the Air Centre.',
        ['United States', 'Brazil', 'Portugal'],
        '2023-09-18',
      ),
    )
    expect(texts.some((t) => /^including the Zone/.test(t))).toBe(false)
    expect(texts.some((t) => t.includes('improving collaboration') && t.includes('the Air Centre'))).toBe(true)
  })
})

describe('a commitment noun in a relative clause ("partners who share the determination to ...")', () => {
  it('is the others’ stance, not a pledge of the parties', () => {
    expect(
      trackable(
        extract(
          'The global arrangement will be open to any interested country that shares our commitment to achieving the goals of restoring market-orientation. We welcome all who share this vision to join our efforts.',
          ['United States', 'European Union'],
          '2021-10-31',
        ),
      ).filter((t) => /commitment to achieving|vision to join/.test(t)),
    ).toEqual([])
  })
})

describe('a nationality adjective before a capitalised institution’s name names that party', () => {
  it('reads "the Saudi General Authority for Civil Aviation" as Saudi Arabia', () => {
    const items = extract(
      'The Saudi General Authority for Civil Aviation announced its decision to open the Kingdom’s airspace for all air carriers.',
      ['United States', 'Saudi Arabia'],
      '2022-07-15',
    ).filter((i) => i.type === 'commitment')
    expect(items.map((i) => i.actors)).toEqual([['Saudi Arabia']])
  })

  it('does not read "Mexican companies" as Mexico', () => {
    const items = extract('Mexican companies will invest in new plants.', ['United States', 'Mexico'], '2022-09-12').filter((i) => i.type === 'commitment')
    expect(items).toEqual([])
  })
})

describe('"will look for ways to / look into" explores (a weak pledge); "will look forward to" is a hope', () => {
  it('reads each as ANNOTATION.md does', () => {
    const items = extract(
      'France and the United States will look for ways to strengthen multilateral support for the G5 Sahel. They will look forward to the next meeting.',
      ['United States', 'France'],
      '2021-10-29',
    )
    expect(trackable(items)).toEqual(['France and the United States will look for ways to strengthen multilateral support for the G5 Sahel'])
    expect(items.find((i) => i.text.includes('forward'))?.type).toBe('position')
  })
})

describe('a pronoun subject ("it", "they") read from the sentence around it', () => {
  it('"it" is the one party that opens the sentence', () => {
    const items = extract(
      'As France assumes the Presidency of the European Union during the first half of 2022, it will keep the United States closely informed of its priorities. The United States affirms that it intends to take into consideration India’s request.',
      ['United States', 'France', 'India'],
      '2021-10-29',
    ).filter((i) => i.type === 'commitment')
    expect(items.map((i) => i.actors)).toEqual([['France'], ['United States']])
  })

  it('"they" after "we" in the same sentence are others: no pledge', () => {
    expect(
      trackable(
        extract(
          'We announce these shared principles at the start of our new chapter together, with the belief that they will continue to guide our trilateral partnership for years to come.',
          ['United States', 'Japan', 'Republic of Korea'],
          '2023-08-18',
        ),
      ),
    ).toEqual([])
  })
})

describe('pledge words the lexicon lacked', () => {
  it('reads present "cooperate / coordinate to", "confirmed to", "invested in" and "challenge our governments to"', () => {
    expect(
      trackable(
        extract(
          'The United States and Mexico cooperate to improve the regional business environment. The Ministers confirmed to continue to work closely together. We are invested in enhancing Central Asia’s water security. Moreover, we challenge our governments to identify new opportunities to expand cooperation.',
          ['United States', 'Mexico'],
          '2022-09-12',
        ),
      ),
    ).toHaveLength(4)
  })

  it('not a present "cooperate" after a modal, "to", "and" or a comma, nor "cooperate towards"', () => {
    expect(
      trackable(
        extract(
          'They discussed how the European Union can best collaborate to support digital needs. We cooperate towards open technology approaches.',
          ['United States', 'European Union'],
          '2023-05-31',
        ),
      ),
    ).toEqual([])
  })
})
