// Forms read in test/gold-fresh (session 5): each case is a general pattern of ANNOTATION.md, with
// the corpus phrase that motivated it.
import { describe, expect, it } from 'vitest'
import { extractText, trackableTyped } from '../../test/helpers/extract.js'
import type { Item } from '../core/item.js'

const QUAD = ['Australia', 'India', 'Japan', 'United States']

/** Extracts the items of one paragraph of text, for a meeting of the given parties and date. */
function extract(text: string, parties = QUAD, date = '2023-02-02'): Item[] {
  return extractText(text, { parties, date })
}

const trackable = trackableTyped

describe('a pledge verb whose "to:" opens a list of actions', () => {
  it('gives one item per entry, the first keeping the lead-in, each with the lead-in’s deadline', () => {
    const items = extract(
      'Recalling the Leaders Meeting, we committed in the near term to: drive more secure software by common security practices; establish common requirements for our critical infrastructure; collaborating on capacity-building activities in the region.',
    )
    expect(trackable(items)).toEqual([
      ['commitment', 'we committed in the near term to: drive more secure software by common security practices'],
      ['commitment', 'establish common requirements for our critical infrastructure'],
      ['commitment', 'collaborating on capacity-building activities in the region'],
    ])
    expect(items.every((i) => i.deadline?.text === 'in the near term')).toBe(true)
    expect(items.every((i) => i.actors.length === 4)).toBe(true)
  })

  it('reads a present perfect pledge ("has also committed to:") as in force', () => {
    const items = extract(
      'In the longer term, the Quad has also committed to: leveraging machine learning to enhance cyber security; establishing secure channels for threat information sharing; and creating a framework for supply chain security.',
    )
    expect(trackable(items).map(([, t]) => t)).toEqual([
      'the Quad has also committed to: leveraging machine learning to enhance cyber security',
      'establishing secure channels for threat information sharing',
      'creating a framework for supply chain security',
    ])
  })

  it('keeps a past perfect pledge ("had committed") out: background, not a pledge', () => {
    expect(trackable(extract('Japan had committed to provide funding before the summit.', ['Japan', 'United States']))).toEqual([])
  })

  it('keeps a "to:" list of nouns whole', () => {
    expect(trackable(extract('We committed to: cyber security; critical infrastructure; and software security.'))).toEqual([])
  })
})

describe('orders to the parties’ own officials and bodies', () => {
  const G7 = ['Canada', 'France', 'Germany', 'Italy', 'Japan', 'United Kingdom', 'United States']
  it('reads "relevant ministers" with no determiner, and splits a second "and to"', () => {
    const items = extract(
      'We instruct relevant ministers to accelerate the process by the end of this year, and to conduct multi-stakeholder outreach and consultation. We also ask relevant ministers to develop a work plan.',
      G7,
    )
    expect(trackable(items)).toEqual([
      ['directive', 'We instruct relevant ministers to accelerate the process by the end of this year'],
      ['directive', 'to conduct multi-stakeholder outreach and consultation'],
      ['directive', 'We also ask relevant ministers to develop a work plan'],
    ])
  })

  it('reads "tasked their teams with" + gerund', () => {
    expect(trackable(extract('The leaders tasked their teams with finding areas in which to deepen commercial ties.', ['United States', 'Iraq']))).toEqual([
      ['directive', 'The leaders tasked their teams with finding areas in which to deepen commercial ties'],
    ])
  })

  it('makes "decided to instruct <body> to" a directive, not "agreed to direct funding"', () => {
    const parties = ['United States', 'Brazil']
    expect(trackable(extract('They decided to instruct the CCWG to reconvene as early as possible.', parties))).toEqual([
      ['directive', 'They decided to instruct the CCWG to reconvene as early as possible'],
    ])
    expect(trackable(extract('They agreed to direct new funding to clean energy projects.', parties)).map(([t]) => t)).not.toContain('directive')
  })
})

describe('gerund lists after "including"', () => {
  it('keeps a gerund that stands alone with the next entry, and an adjective pair whole', () => {
    expect(
      trackable(
        extract(
          'We will continue cooperation on cybersecurity issues, including preventing and responding to cyber threats, promoting cybersecurity education.',
        ),
      ).map(([, t]) => t),
    ).toEqual(['We will continue cooperation on cybersecurity issues', 'preventing and responding to cyber threats', 'promoting cybersecurity education'])
    expect(trackable(extract('We will conduct outreach, including developing and emerging economies.')).map(([, t]) => t)).toEqual([
      'We will conduct outreach, including developing and emerging economies',
    ])
  })
})

describe('"to" + base verb after a gerund action', () => {
  const G7 = ['Canada', 'France', 'Germany', 'Italy', 'Japan', 'United Kingdom', 'United States']
  it('is a purpose inside the action when another "to" + verb stands between', () => {
    expect(
      trackable(
        extract(
          'We are steadfast in our commitment to providing the support Ukraine needs to uphold its sovereignty, to defend itself, and to choose its own future.',
          G7,
        ),
      ).map(([, t]) => t),
    ).toEqual([
      'We are steadfast in our commitment to providing the support Ukraine needs to uphold its sovereignty, to defend itself, and to choose its own future',
    ])
  })

  it('is a second pledge when none stands between, or after a preposition "to"', () => {
    const parties = ['Australia', 'United States']
    expect(
      trackable(
        extract(
          'They committed to ensuring the voices of First Nations people are heard, and to draw on their knowledge to address shared challenges.',
          parties,
        ),
      ).map(([, t]) => t),
    ).toEqual(['They committed to ensuring the voices of First Nations people are heard', 'to draw on their knowledge to address shared challenges'])
    expect(
      trackable(
        extract('The leaders reaffirmed their commitment to providing assistance to the Ukrainian people, and to ensure the export of grain.', parties),
      ).map(([, t]) => t),
    ).toEqual(['The leaders reaffirmed their commitment to providing assistance to the Ukrainian people', 'to ensure the export of grain'])
  })
})

describe('an activity as the subject of "will"', () => {
  it('predicts an effect: no pledge ("Increasing Quad engagement ... will ensure ...")', () => {
    expect(
      trackable(
        extract(
          'Increasing Quad engagement in the Indo-Pacific through greater sharing of information will ensure closer collaboration with our partners. Further, coordinating and collaborating on capacity building efforts will enhance regional resilience.',
        ),
      ),
    ).toEqual([])
  })

  it('is not an adjective in -ing ("working groups will report ...")', () => {
    expect(trackable(extract('Our working groups will regularly report progress to Ministers.')).map(([, t]) => t)).toEqual([
      'Our working groups will regularly report progress to Ministers',
    ])
  })
})

describe('examples after "such as"', () => {
  it('stay in their clause: examples of a field, not a list of pledged actions', () => {
    expect(
      trackable(
        extract(
          'They decided to instruct the CCWG to reconvene to discuss areas of cooperation, such as fighting deforestation and degradation, enhancing the bioeconomy, and bolstering clean energy deployment.',
          ['United States', 'Brazil'],
        ),
      ).map(([, t]) => t),
    ).toEqual(['They decided to instruct the CCWG to reconvene to discuss areas of cooperation'])
  })
})

describe('subjects named by nationality adjectives', () => {
  const parties = ['United States', 'Mexico']
  it('reads "U.S. and Mexican officials" and "The U.S and Mexican delegations" as both parties', () => {
    const items = extract(
      'U.S. and Mexican officials committed to increase cooperation to combat firearms trafficking. The U.S and Mexican delegations committed to undertake a series of public outreach events.',
      parties,
    )
    expect(items.filter((i) => i.type === 'commitment').map((i) => i.actors)).toEqual([parties, parties])
  })

  it('does not read "North American" as the United States', () => {
    const items = extract('The three North American governments will work together to disrupt the supply of illicit fentanyl.', [
      'United States',
      'Mexico',
      'Canada',
    ])
    expect(items.map((i) => i.actors)).toEqual([['United States', 'Mexico', 'Canada']])
  })
})

describe('"better" before the verb', () => {
  it('is an adverb: "are working together to better secure cyberspace"', () => {
    expect(trackable(extract('Quad partners are working together to better secure cyberspace and foster a digital economy.')).map(([, t]) => t)).toEqual([
      'Quad partners are working together to better secure cyberspace and foster a digital economy',
    ])
  })
})

describe('a second commitment noun under the same statement verb', () => {
  it('is its own item ("reaffirmed their commitment to ... and their determination to ...")', () => {
    expect(
      trackable(
        extract(
          'The two leaders reaffirmed their shared commitment to the strong bilateral partnership under the Strategic Framework Agreement and their determination to continue security coordination.',
          ['United States', 'Iraq'],
        ),
      ).map(([, t]) => t),
    ).toEqual([
      'The two leaders reaffirmed their shared commitment to the strong bilateral partnership under the Strategic Framework Agreement',
      'their determination to continue security coordination',
    ])
  })

  it('needs the statement verb: "Our partners and our commitment to ..." as a subject is none', () => {
    expect(trackable(extract('Trade between our nations and our commitment to open markets remain strong.'))).toEqual([])
  })
})

describe('a list of names before an auxiliary', () => {
  const parties = ['United States', 'Republic of Korea']
  it('keeps every name: "President Biden and President Yoon have committed to ..."', () => {
    const items = extract(
      'To commemorate this year, President Biden and President Yoon have committed to develop an ever-stronger mutual defense relationship and affirm in the strongest words possible their commitment to the combined defense posture.',
      parties,
    )
    expect(trackable(items).map(([, t]) => t)).toEqual([
      'President Biden and President Yoon have committed to develop an ever-stronger mutual defense relationship',
      'affirm in the strongest words possible their commitment to the combined defense posture',
    ])
    expect(items[0]!.actors).toEqual(parties)
  })
})

describe('non-recognition', () => {
  it('"will never recognise" is a commitment; "will not accept" and "do not recognize" stay positions', () => {
    const items = extract(
      'We will never recognise these referenda. We will not accept any unilateral change of the status quo. We do not recognize the results.',
    )
    expect(items.map((i) => [i.type, i.rule])).toEqual([
      ['commitment', 'commitment/non-recognition'],
      ['position', 'position/refusal'],
      ['position', 'position/refusal'],
    ])
  })
})

describe('examples after ", such as"', () => {
  it('end the item when they close the clause', () => {
    expect(
      trackable(
        extract(
          'The two leaders expressed their intent to work together toward meaningful Security Council reform, such as expansion of the body to include permanent seats for countries in Africa.',
          ['United States', 'Brazil'],
        ),
      ).map(([, t]) => t),
    ).toEqual(['The two leaders expressed their intent to work together toward meaningful Security Council reform'])
  })

  it('stay inside it when the action goes on after them', () => {
    expect(
      trackable(
        extract('We will coordinate with key multilateral initiatives, such as the COVAX Facility, to procure safe vaccines for low-income countries.'),
      ).map(([, t]) => t),
    ).toEqual(['We will coordinate with key multilateral initiatives, such as the COVAX Facility, to procure safe vaccines for low-income countries'])
  })
})

describe('a progressive action of a party with a goal', () => {
  const parties = ['United States', 'Mexico']
  it('is a commitment ("are deploying new authorities ... to target ...")', () => {
    expect(
      trackable(extract('DOJ and ATF are deploying new authorities from the Bipartisan Safer Communities Act to target southbound firearms flows.', parties)),
    ).toEqual([['commitment', 'DOJ and ATF are deploying new authorities from the Bipartisan Safer Communities Act to target southbound firearms flows']])
  })

  it('is none without a goal, with a preposition "to", or when the goal is someone else’s', () => {
    expect(trackable(extract('The United States is working on identifying best security practices for software.', parties))).toEqual([])
    expect(trackable(extract('The United States is providing assistance to Mexico.', parties))).toEqual([])
    expect(trackable(extract('Mexico is requiring importers to provide more information about steel products.', parties))).toEqual([])
    expect(trackable(extract('They noted that the United States is deploying new teams to target trafficking.', parties))).toEqual([])
  })
})

describe('"This includes" + gerund after a pledge', () => {
  const parties = ['United States', 'Republic of Korea']
  it('is an entry of the previous sentence’s pledge, with its actors', () => {
    const items = extract(
      'President Yoon affirmed that the ROK will apply the full range of its capabilities to the combined defense posture. This includes working in lockstep with the United States to connect the capabilities of the new Strategic Command.',
      parties,
    )
    expect(items.filter((i) => i.type === 'commitment').map((i) => [i.rule, i.actors])).toEqual([
      ['commitment/modal-future', ['Republic of Korea']],
      ['commitment/includes-entry', ['Republic of Korea']],
    ])
  })

  it('is none after a sentence with no pledge', () => {
    expect(
      trackable(extract('We reiterate the urgency of addressing debt vulnerabilities. This includes finalizing outstanding country cases.', parties)),
    ).toEqual([])
  })
})

describe('a second progressive action under the same "are"', () => {
  it('is its own item with the sentence’s subject ("…, and working with Mexican counterparts to increase …")', () => {
    const items = extract(
      'DOJ and ATF are deploying new authorities to target southbound firearms flows, and working with Mexican counterparts to increase firearms tracing.',
      ['United States', 'Mexico'],
    )
    expect(items.filter((i) => i.type === 'commitment').map((i) => [i.text, i.actors])).toEqual([
      ['DOJ and ATF are deploying new authorities to target southbound firearms flows', ['United States']],
      ['working with Mexican counterparts to increase firearms tracing', ['United States']],
    ])
  })

  it('is none without a progressive before it', () => {
    expect(trackable(extract('The agency published a report, and working with partners to improve it remains hard.', ['United States', 'Mexico']))).toEqual([])
  })
})
