// Forms of session 13's recall work (`s13-recall`): the false negatives of every fitting set grouped
// by form; each form read over the White House corpus and a UN sample before it was kept. Sentences
// are shaped like the corpus ones; negative forms beside them.
import { describe, expect, it } from 'vitest'
import { extractText, trackableTexts } from '../helpers/extract.js'
import type { Item } from '../../src/core/item.js'

/** Extracts the items of a text (one or more paragraphs) for a meeting of the given parties. */
function extract(text: string, parties = ['United States', 'Italy', 'Germany']): Item[] {
  return extractText(text, { parties, date: '2024-07-09' })
}

const trackable = trackableTexts

describe('the parties\' joint work under way: "are collaborating on", "are coordinating closely with"', () => {
  it('"on" or "with" after a gerund of working together, the parties as subject', () => {
    expect(
      trackable(
        extract(
          'Italy and the United States are further collaborating on clean energy, sustainable agriculture, and e-mobility projects, starting with potential projects in Kenya.',
        ),
      ),
    ).toEqual([
      'Italy and the United States are further collaborating on clean energy, sustainable agriculture, and e-mobility projects, starting with potential projects in Kenya',
    ])
    expect(
      trackable(
        extract(
          'These systems will help to protect Ukrainian cities, and we are coordinating closely with the Ukrainian government so that these systems can be utilized rapidly.',
        ),
      ),
    ).toContain('we are coordinating closely with the Ukrainian government so that these systems can be utilized rapidly')
    expect(trackable(extract('We are working on a further announcement this year of additional strategic air defense systems for Ukraine.'))).toEqual([
      'We are working on a further announcement this year of additional strategic air defense systems for Ukraine',
    ])
  })

  it("not a third party, not a reported fact, not one speaker's speech", () => {
    expect(trackable(extract('Russia is working with Iran on drone production.'))).toEqual([])
    expect(trackable(extract('We note that the United States and Italy are collaborating on clean energy projects.'))).toEqual([])
    expect(
      trackable(
        extractText('I am proud to address this Assembly. We are working with our neighbours on the management of shared rivers.', {
          parties: ['Nepal'],
          date: '2019-09-25',
        }),
      ),
    ).toEqual([])
  })
})

describe('the parties\' cooperation grows: "are strengthening commercial collaboration", "also are expanding our cooperation"', () => {
  it('a gerund of growth before the cooperation of the parties', () => {
    const parties = ['Japan', 'Republic of Korea', 'United States']
    expect(
      trackable(
        extract('We are strengthening commercial collaboration around AI chips in addition to enhancing protections for critical technology.', parties),
      ),
    ).toEqual(['We are strengthening commercial collaboration around AI chips in addition to enhancing protections for critical technology'])
    expect(
      trackable(
        extract(
          'Japan, the ROK, and the United States also are expanding our cooperation on development and humanitarian assistance across the globe, including through a senior-level biennial policy dialogue.',
          parties,
        ),
      ),
    ).toEqual([
      'Japan, the ROK, and the United States also are expanding our cooperation on development and humanitarian assistance across the globe, including through a senior-level biennial policy dialogue',
    ])
  })

  it("not a third party's cooperation, not in a relative clause", () => {
    expect(trackable(extract('We express deep concern about countries that are deepening military cooperation with North Korea.'))).toEqual([])
    expect(trackable(extract('Russia and Iran are deepening their military cooperation.'))).toEqual([])
  })
})

describe('a "to" set off by a comma after a noun\'s purpose goes back to the pledge', () => {
  it('", to …, and to …" after "a joint effort to address …" and ", as well as to …" are pledges of their own', () => {
    const parties = ['United States', 'Mexico']
    expect(
      trackable(
        extract(
          'They agreed to collaborate on a joint effort to address the root causes of regional migration, to improve migration management, and to develop legal pathways for migration.',
          parties,
        ),
      ),
    ).toEqual([
      'They agreed to collaborate on a joint effort to address the root causes of regional migration',
      'to improve migration management',
      'to develop legal pathways for migration',
    ])
    expect(
      trackable(
        extract(
          'The two countries have committed to strengthen security cooperation through complementary actions to address non-market policies of other countries, as well as to combat duty evasion and cooperate on export controls.',
          parties,
        ),
      ),
    ).toEqual([
      'The two countries have committed to strengthen security cooperation through complementary actions to address non-market policies of other countries',
      'to combat duty evasion and cooperate on export controls',
    ])
  })

  it('not without the comma, and not after a means ("tools to build …, to scale …")', () => {
    expect(
      trackable(extract('We will also launch an annual Dialogue to coordinate our approaches and to continually identify new areas for common action.')),
    ).toEqual(['We will also launch an annual Dialogue to coordinate our approaches and to continually identify new areas for common action'])
    expect(
      trackable(
        extract(
          'We intend to utilize all diplomatic, technical, and financial tools to build stronger food systems, to scale agricultural production capacity and to invest in resilient agricultural sectors.',
        ),
      ),
    ).toEqual([
      'We intend to utilize all diplomatic, technical, and financial tools to build stronger food systems, to scale agricultural production capacity and to invest in resilient agricultural sectors',
    ])
  })
})

describe('a fronted phrase with an adjective series and no comma before "we"', () => {
  it('"As global, outward looking nations we remain committed to …" is the parties\' pledge', () => {
    expect(
      trackable(
        extract('3. As global, outward looking nations we remain committed to defending our people and upholding our values as liberal democracies.', [
          'United Kingdom',
          'France',
        ]),
      ),
    ).toEqual(['As global, outward looking nations we remain committed to defending our people and upholding our values as liberal democracies'])
  })
})

describe('"are discussing ways to", "are in discussion to": the parties explore an action', () => {
  it('the action after "ways to" / "in discussion to" is a weak pledge of the parties', () => {
    const parties = ['Japan', 'Republic of Korea', 'United States']
    expect(
      trackable(
        extract(
          'People-to-people ties between our countries are rapidly expanding, and we are discussing ways to maintain and build upon this momentum.',
          parties,
        ),
      ),
    ).toEqual(['we are discussing ways to maintain and build upon this momentum'])
    expect(
      trackable(
        extract('The United States and Malaysia are in discussion to finalize their mutual understanding on currency policy.', ['United States', 'Malaysia']),
      ),
    ).toEqual(['The United States and Malaysia are in discussion to finalize their mutual understanding on currency policy'])
  })

  it('not a third party, not a mere discussion', () => {
    expect(trackable(extract('Russia and Iran are discussing ways to evade sanctions.'))).toEqual([])
    expect(trackable(extract('We are discussing the situation in the region.'))).toEqual([])
  })
})

describe('a later sentence of a list entry that opens with a bare verb', () => {
  it("is an action of the list, as the entry's first sentence", () => {
    const items = extract(
      'The Leaders will:\n\n1. Strengthen cooperation on energy transformation in line with the Energy Cooperation Work Plan. Explore collaboration on digital solutions and smart grids in the region;\n\n2. Support the development of interoperable digital solutions.',
      ['United States', 'Singapore'],
    )
    expect(trackable(items)).toEqual([
      'Strengthen cooperation on energy transformation in line with the Energy Cooperation Work Plan',
      'Explore collaboration on digital solutions and smart grids in the region',
      'Support the development of interoperable digital solutions',
    ])
  })

  it('not a later sentence with a subject of its own or a noun first', () => {
    const items = extract(
      'The Leaders will:\n\n1. Strengthen cooperation on energy transformation. Progress is reviewed each year.\n\n2. Support the development of digital solutions. Russia continues its attacks.',
      ['United States', 'Singapore'],
    )
    expect(trackable(items)).toEqual(['Strengthen cooperation on energy transformation', 'Support the development of digital solutions'])
  })
})

describe('the parties announce a scheme of their own: "announce a comprehensive program to …"', () => {
  it('is a commitment of the parties', () => {
    expect(
      trackable(
        extract('Guatemala and the United States announce a comprehensive program to manage irregular migration, including a six-month pilot phase.', [
          'United States',
          'Guatemala',
        ]),
      ),
    ).toEqual(['Guatemala and the United States announce a comprehensive program to manage irregular migration, including a six-month pilot phase'])
  })

  it('not a third party\'s, not after "will" or in a relative clause, not in one speaker\'s speech', () => {
    expect(trackable(extract('Russia announced a new program to expand its military.', ['United States', 'Guatemala']))).toEqual([])
    expect(trackable(extract('The plan we announce today delivers on this commitment.', ['United States', 'Guatemala']))).toEqual([])
    expect(
      trackable(extractText('I am honoured to speak here. We announce a new national program for rural roads.', { parties: ['Nepal'], date: '2019-09-25' })),
    ).toEqual([])
  })
})
