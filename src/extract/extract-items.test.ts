import { describe, expect, it } from 'vitest'
import { extractText } from '../../test/helpers/extract.js'
import type { Item } from '../core/item.js'
import { parseStatement } from '../parse/index.js'
import { extractItems } from './extract-items.js'

/** Extracts the items of one paragraph of text, for a meeting of the given parties and date. */
function extract(text: string, parties = ['Japan', 'United Kingdom'], date = '2016-01-08'): Item[] {
  return extractText(`1. ${text}`, { parties, date })
}

const JP_UK = ['Japan', 'United Kingdom']

describe('extractItems: one row per rule or case', () => {
  // sentence, expected [type, text] of each trackable item (supports/calls/positions listed separately below)
  const trackable: Array<[string, string, Array<[string, string]>]> = [
    [
      'modal future with a named subject',
      'The Ministers confirmed that Japan and the UK would cooperate to tackle global security challenges.',
      [['commitment', 'Japan and the UK would cooperate to tackle global security challenges']],
    ],
    [
      'decision verb',
      'Recognising the challenge, the Ministers decided to strengthen cooperation in cybersecurity.',
      [['commitment', 'the Ministers decided to strengthen cooperation in cybersecurity']],
    ],
    [
      'directive to own officials',
      'To make progress, the Ministers directed their officials to meet regularly and exchange information.',
      [['directive', 'the Ministers directed their officials to meet regularly and exchange information']],
    ],
    [
      'directive on own negotiations',
      'To this end, the Ministers urged negotiations to conclude at the earliest possible opportunity.',
      [['directive', 'the Ministers urged negotiations to conclude at the earliest possible opportunity']],
    ],
    [
      'commitment noun, coordinated "to" split',
      'The Ministers expressed their commitment to cooperate to reduce the risk of terrorism, and to coordinate closely on approaches to instability.',
      [
        ['commitment', 'The Ministers expressed their commitment to cooperate to reduce the risk of terrorism'],
        ['commitment', 'to coordinate closely on approaches to instability'],
      ],
    ],
    [
      'enumerated list of actions',
      'They confirmed that Japan and the UK would continue this programme, including: continuing joint exercises in the Gulf; considering cooperating to improve amphibious capability; and improving counter-IED capability.',
      [
        ['commitment', 'Japan and the UK would continue this programme'],
        ['commitment', 'continuing joint exercises in the Gulf'],
        ['commitment', 'considering cooperating to improve amphibious capability'],
        ['commitment', 'improving counter-IED capability'],
      ],
    ],
    [
      'a verb pair under one "to" stays whole',
      'The Ministers instructed their officials to follow up the results and report to the next Meeting.',
      [['directive', 'The Ministers instructed their officials to follow up the results and report to the next Meeting']],
    ],
    [
      'a list of fields stays whole',
      'These efforts will focus on cyber capabilities, artificial intelligence, and quantum technologies.',
      [['commitment', 'These efforts will focus on cyber capabilities, artificial intelligence, and quantum technologies']],
    ],
    [
      'adjective "committed to"',
      'Japan is committed to adhering to the highest standards.',
      [['commitment', 'Japan is committed to adhering to the highest standards']],
    ],
    [
      'present pledge',
      'Today, we embark on a trilateral effort to seek an optimal pathway.',
      [['commitment', 'we embark on a trilateral effort to seek an optimal pathway']],
    ],
    [
      'progressive pledge',
      'We are taking steps to reduce avenues for circumvention.',
      [['commitment', 'We are taking steps to reduce avenues for circumvention']],
    ],
    // A nominal pledge (ANNOTATION.md; the gold codes it as an optional commitment).
    [
      'a restated commitment to a goal',
      'The Ministers reiterated their unwavering commitment to Ukraine’s sovereignty.',
      [['commitment', 'The Ministers reiterated their unwavering commitment to Ukraine’s sovereignty']],
    ],
    [
      'a present "continue to" pledge of the parties',
      'Going forward, Japan and the UK continue to collaborate toward a secure supply chain.',
      [['commitment', 'Japan and the UK continue to collaborate toward a secure supply chain']],
    ],
    [
      '"our intent" whatever the grammatical subject',
      'It also signals our intent to advance cooperation on critical minerals.',
      [['commitment', 'It also signals our intent to advance cooperation on critical minerals']],
    ],
    [
      '"plan on" and a gerund',
      'We also plan on enhancing our cooperation on the protection of critical infrastructure.',
      [['commitment', 'We also plan on enhancing our cooperation on the protection of critical infrastructure']],
    ],
    [
      'an adverb set off by commas after the modal',
      'We will, therefore, collaborate to strengthen equitable vaccine access.',
      [['commitment', 'We will, therefore, collaborate to strengthen equitable vaccine access']],
    ],
    [
      'a participle pledge after the main clause',
      'The Ministers launched the initiative, committing to expand funding for clean energy.',
      [['commitment', 'committing to expand funding for clean energy']],
    ],
    [
      'a party pleased to announce a new initiative',
      'Japan is pleased to announce a new initiative to award fifty scholarships to students.',
      [['commitment', 'Japan is pleased to announce a new initiative to award fifty scholarships to students']],
    ],
    [
      'an announced intent with a phrase set off by commas',
      'Today the UK announces its intent, working with Parliament, to invest an additional $3.4 million in training.',
      [['commitment', 'Today the UK announces its intent, working with Parliament, to invest an additional $3.4 million in training']],
    ],
    [
      'a hyphenated adjective before the commitment noun',
      'We reaffirm our iron-clad commitment to defend each other.',
      [['commitment', 'We reaffirm our iron-clad commitment to defend each other']],
    ],
    [
      'a reflexive pronoun after the pledge verb',
      'We commit ourselves to providing more opportunities for exchanges.',
      [['commitment', 'We commit ourselves to providing more opportunities for exchanges']],
    ],
    [
      'present "determine to"',
      'They determine to take concrete steps to adopt fair labour policies.',
      [['commitment', 'They determine to take concrete steps to adopt fair labour policies']],
    ],
    [
      'a call on the parties’ own ministries is a directive',
      'We call on our respective defense and foreign ministries to develop this new relationship.',
      [['directive', 'We call on our respective defense and foreign ministries to develop this new relationship']],
    ],
    [
      'a restated goal of the parties with an action',
      'We also reaffirm our goal to deepen intelligence cooperation.',
      [['commitment', 'We also reaffirm our goal to deepen intelligence cooperation']],
    ],
    [
      '"The Alliance" at the start of a sentence is the parties’ own',
      'The Alliance commits to engage in deeper decision-making on deterrence.',
      [['commitment', 'The Alliance commits to engage in deeper decision-making on deterrence']],
    ],
    [
      'a memorandum’s participants and a council’s co-chairs are the parties',
      'Participants intend to enable the laying of cable. The co-chairs intend to meet again in mid-2023.',
      [
        ['commitment', 'Participants intend to enable the laying of cable'],
        ['commitment', 'The co-chairs intend to meet again in mid-2023'],
      ],
    ],
    [
      'an agreement’s "the Parties" and an opening adverb before "we"',
      'The Parties shall cooperate to advance a just peace. Domestically we will seek to redress the imbalance in STEM.',
      [
        ['commitment', 'The Parties shall cooperate to advance a just peace'],
        ['commitment', 'Domestically we will seek to redress the imbalance in STEM'],
      ],
    ],
    [
      'a phrase set off by commas after the modal',
      'Japan and the UK will, by the end of 2023, identify near-term actions on energy security.',
      [['commitment', 'Japan and the UK will, by the end of 2023, identify near-term actions on energy security']],
    ],
    [
      '"resolute / steadfast in" and an action',
      'We remain resolute as ever in supporting Ukraine.',
      [['commitment', 'We remain resolute as ever in supporting Ukraine']],
    ],
    [
      'a progressive "continuing to"',
      'Japan and the UK are continuing to closely and concretely collaborate on energy.',
      [['commitment', 'Japan and the UK are continuing to closely and concretely collaborate on energy']],
    ],
    [
      'a hyphenated "re-" verb, an opening quotation mark, and "that" as a determiner before "continue to"',
      'The leaders also agreed to re-start the economic dialogue. “We intend to work on WTO reform. In that spirit, they continue to promote bilateral trade.',
      [
        ['commitment', 'The leaders also agreed to re-start the economic dialogue'],
        ['commitment', '“We intend to work on WTO reform'],
        ['commitment', 'they continue to promote bilateral trade'],
      ],
    ],
    [
      'a progressive pledge with a phrase set off by commas',
      'We are therefore working together, across all domains and at all levels, to build a global partnership.',
      [['commitment', 'We are therefore working together, across all domains and at all levels, to build a global partnership']],
    ],
    [
      'an obligation the parties agree on for themselves',
      'The Ministers decided that Japan and the UK must continue and expand their partnership.',
      [['commitment', 'Japan and the UK must continue and expand their partnership']],
    ],
    [
      'a declaration’s preamble participle',
      'COMMITTING to engaging in practical cooperation through joint projects;',
      [['commitment', 'COMMITTING to engaging in practical cooperation through joint projects']],
    ],
    [
      'an adjective before the action noun of "committed to"',
      'We are firmly committed to the steady implementation of the realignment plan.',
      [['commitment', 'We are firmly committed to the steady implementation of the realignment plan']],
    ],
    [
      'the parties named after a list stepped back over',
      'Under a new arrangement between NSF and DST, both sides will fund joint research projects.',
      [['commitment', 'both sides will fund joint research projects']],
    ],
    [
      'a verb the lexicon lacks, known by its object',
      'In addition, we intend to layer new technology and data into the network over the coming year.',
      [['commitment', 'we intend to layer new technology and data into the network over the coming year']],
    ],
    [
      '"look to" and an action',
      'Both sides look to achieve this goal through more exchanges.',
      [['commitment', 'Both sides look to achieve this goal through more exchanges']],
    ],
    [
      'coordinated verb after a comma keeps the sentence subject',
      'The Ministers noted the consultation was effective, and committed to identify ways to work together.',
      [['commitment', 'committed to identify ways to work together']],
    ],
  ]
  it.each(trackable)('%s', (_name, sentence, expected) => {
    const items = extract(sentence).filter((i) => i.type === 'commitment' || i.type === 'directive')
    expect(items.map((i) => [i.type, i.text])).toEqual(expected)
  })

  // sentence → no trackable item (and what it is instead, when anything)
  const none: Array<[string, string, string | null]> = [
    ['a welcome of another party’s plan', 'Japan welcomed the UK’s planned participation in Pacific Partnerships 2016.', 'position'],
    ['a hope', 'The UK looked forward to working closely with Japan in its G7 Presidency.', 'position'],
    ['"would welcome" is a hope', 'Japan would welcome a greater presence by the UK in the Asia-Pacific.', 'position'],
    ['a demand on a third party', 'They urged North Korea to comply with all relevant resolutions.', 'call'],
    ['a call for', 'The Ministers called for a peaceful settlement through the Minsk process.', 'call'],
    ['support of someone else’s goal', 'They supported the exercise of freedom of navigation and overflight.', 'support'],
    ['a past action', 'The Ministers discussed the rise of non-traditional security threats.', null],
    ['a prediction by a non-party subject', 'The endeavor we launch today will help sustain peace and stability.', null],
    ['a pledge by a third party', 'North Korea will continue its missile programme.', null],
    ['a refusal', 'The Ministers will not accept any unilateral change of the status quo.', 'position'],
    ['the noun "will"', 'This reflects the political will of the international community.', null],
    ['a relative clause', 'They adopted a framework that will guide future work.', null],
    ['a lasting state, not a pledge', 'Both countries continue to enjoy a robust economic partnership.', null],
    ['"continue to" in a reported fact', 'They noted that, as close partners, Japan and the UK continue to deepen their cooperation.', 'position'],
    ['"continue to" in a circumstance', 'Our nations are united as we continue to work together on the challenges.', null],
    ['a noun after "committed to"', 'We remain committed to peace and the rule of law.', null],
    ['a progressive verb with no object', 'Ties between Japan and the UK are rapidly expanding, and trade is growing.', null],
    ['an announcement of a past agreement', 'Japan and the UK are pleased to announce that they have reached a framework.', null],
    ['a judgement with "will be"', 'Our partnership will be vital to enabling long-term support for recovery.', null],
    ['a description with "will be a … ballast"', 'The Japan-UK relationship will be a ballast of peace and stability for years to come.', null],
    [
      'a progressive in a reported fact',
      'They noted that these steps come at a time when Japan and the UK are launching new projects in the region.',
      'position',
    ],
    ['a progressive report of work under way', 'Japan is providing medical equipment worth approximately $27 million.', null],
    ['a progressive announcing a fact', 'Japan and the UK are announcing that they have reached an agreement.', null],
    ['a grouping’s summit predicting an effect', 'The G7 Leaders’ Summit in Hiroshima will demonstrate the enduring contribution of the G7.', null],
    ['the parties’ work requiring capacity', 'This long-term partnership will require greater capacity.', null],
    ['a performative in a circumstance', 'We are proud to begin a new chapter of exchanges as we inaugurate the Fellowship.', null],
    ['a third party’s aim to be', 'North Korea aims to be a nuclear power.', null],
    ['an obligation agreed for a third party', 'The Ministers agreed that North Korea must abandon its programmes.', null],
    ['a third party’s participle', 'Russia launched attacks on power plants, seeking to destroy the grid.', null],
    ['an opening participle of purpose', 'Seeking to strengthen our relationship, Japan and the UK have agreed to a framework.', null],
    ['a prediction opening up opportunities', 'These efforts will also open up opportunities in trade and investment.', null],
    [
      'a subject set off by a comma that is no party',
      'Further enhancement of relations between the economies of Japan and the UK, will lead to greater prosperity.',
      null,
    ],
  ]
  it.each(none)('%s', (_name, sentence, other) => {
    const items = extract(sentence)
    expect(items.filter((i) => i.type === 'commitment' || i.type === 'directive')).toEqual([])
    if (other) expect(items.map((i) => i.type)).toContain(other)
  })
})

describe('extractItems: actors', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['The Ministers decided to strengthen cooperation.', JP_UK, JP_UK],
    ['Both countries would continue such joint efforts.', JP_UK, JP_UK],
    ['The UK will host a seminar on disaster relief.', JP_UK, ['United Kingdom']],
    ['Prime Minister Abe expressed his intention to continue enhancing cooperation.', ['Philippines', 'Japan'], ['Japan']],
    ['The Japanese side will dispatch experts.', JP_UK, ['Japan']],
    ['DHS is also committed to expanding weapons seizures.', ['Mexico', 'United States'], ['United States']],
    [
      'We will promote deeper information and technology sharing.',
      ['Australia', 'United Kingdom', 'United States'],
      ['Australia', 'United Kingdom', 'United States'],
    ],
    ['Our leaders and foreign ministers will meet annually.', ['Quad'], ['Australia', 'India', 'Japan', 'United States']],
    ['Our experts and senior officials will continue to meet regularly.', JP_UK, JP_UK],
    [
      'Japan, the Republic of Korea (ROK), and the United States are determined to align our efforts.',
      ['Japan', 'Republic of Korea', 'United States'],
      ['Japan', 'Republic of Korea', 'United States'],
    ],
    [
      'We announce that the U.S. Food and Drug Administration and Japan’s Medical Devices Agency (PMDA) intend to collaborate on oncology.',
      ['Japan', 'United States'],
      ['United States', 'Japan'],
    ],
    [
      'The Ministers of Japan and the UK discussed the plan and expressed their determination to implement it.',
      ['Japan', 'United Kingdom'],
      ['Japan', 'United Kingdom'],
    ],
    ['The Philippines appreciates these efforts and expresses its willingness to share its experience.', ['Japan', 'Philippines'], ['Philippines']],
  ]
  it.each(cases)('%s', (sentence, parties, actors) => {
    const [item] = extract(sentence, parties).filter((i) => i.type === 'commitment' || i.type === 'directive')
    expect(item?.actors).toEqual(actors)
  })
})

describe('extractItems: fields', () => {
  it('resolves the deadline against the document date, also from the rest of the sentence', () => {
    const [a] = extract('They also confirmed they would pursue the visit of RAF Typhoon aircraft to Japan in 2016.')
    expect(a?.deadline).toMatchObject({ text: 'in 2016', end: '2016-12-31' })
    const [b] = extract('They planned to intensify consular cooperation, in the run up to the 2019 Rugby World Cup and 2020 Tokyo Olympics.')
    expect(b?.deadline?.end).toBe('2020-12-31')
    const [c] = extract(
      'The Ministers instructed their respective officials to closely follow up the results and report to the next Foreign and Defence Ministerial Meeting.',
    )
    expect(c?.deadline).toMatchObject({ relative: 'next-meeting' })
  })

  it('marks exploratory pledges weak and restated pledges reaffirmed', () => {
    const [weak] = extract('The Ministers decided to explore possible cooperation between Japan, the UK and other partners.')
    expect(weak?.strength).toBe('weak')
    const [again] = extract('The Ministers reaffirmed their commitment to supporting Ukraine’s efforts towards stability.')
    expect(again?.reaffirmed).toBe(true)
    expect(again?.rule).toBe('commitment/commitment-noun')
  })

  it('keeps text equal to the normalized text between start and end', () => {
    const value = '1. The Ministers decided to strengthen cooperation, and committed to identify ways to work together.\n'
    const parsed = parseStatement({ path: 'x.txt', format: 'text', value, metadata: {}, diagnostics: [] }, { overrides: { parties: JP_UK } })
    for (const item of extractItems(parsed)) expect(value.slice(item.start, item.end)).toBe(item.text)
  })

  it('refuses a tree that is not a document', () => {
    const parsed = parseStatement({ path: 'x.txt', format: 'text', value: 'Text.\n', metadata: {}, diagnostics: [] })
    expect(() => extractItems({ ...parsed, tree: parsed.tree.children[0] as never })).toThrow(/expected a tree of type 'document'/)
  })
})

describe('subjects that are not the parties', () => {
  const items = (text: string) => extractItems(parseStatement({ format: 'text', value: text, metadata: {}, diagnostics: [] }))
  it('a grouping predicting an effect and the parties’ work resting on others are no commitments', () => {
    const found = items(
      'The Secretaries of Australia, the United Kingdom and the United States met in Washington on 7 December 2022. They emphasised that AUKUS will make a positive contribution to peace and stability. These initiatives will build upon ASEAN-led mechanisms. The Alliance will continue to pursue a 360-degree approach to security.',
    )
    expect(found.filter((i) => i.type === 'commitment').map((i) => i.text)).toEqual(['The Alliance will continue to pursue a 360-degree approach to security'])
  })
})

describe('a lead-in with no action of its own, then a list', () => {
  it.each(['The Ministers resolved to:', 'Hereby decide to:', 'Japan and Australia will:'])('%s makes one item per entry', (lead) => {
    const text = `1. The Ministers of Australia and Japan met in Sydney on 14 September 2012.\n2. ${lead}\n(a) strengthen cooperation on maritime security;\n(b) to conduct joint exercises in 2013; and\n(c) fulfil their obligations under the agreement.\n3. The Ministers welcomed the visit.\n`
    const items = extractItems(parseStatement({ format: 'text', value: text, metadata: {}, diagnostics: [] })).filter((i) => i.type === 'commitment')
    expect(items.map((i) => i.text)).toEqual([
      'strengthen cooperation on maritime security',
      'to conduct joint exercises in 2013',
      'fulfil their obligations under the agreement',
    ])
    expect(items.every((i) => [...i.actors].sort().join() === 'Australia,Japan')).toBe(true)
  })
})

describe('pledges in the purpose of the meeting', () => {
  it('takes the subject of "met ... to reaffirm"', () => {
    const text = 'The leaders of Japan and the United States met in Washington on 13 January 2023 to reaffirm their commitment to work together on climate.'
    const items = extractItems(parseStatement({ format: 'text', value: text, metadata: {}, diagnostics: [] }))
    expect(items.map((i) => [i.type, i.text, [...i.actors].sort().join()])).toEqual([
      ['commitment', 'to reaffirm their commitment to work together on climate', 'Japan,United States'],
    ])
  })
})

describe('a lead-in with "seek to" or "continue to" before a list', () => {
  it.each(['Together, we seek to:', 'We continue to:'])('%s makes one item per entry', (lead) => {
    const text = `1. The Ministers of Australia and Japan met in Sydney on 14 September 2012.\n2. ${lead}\n(a) strengthen cooperation on maritime security;\n(b) explore joint exercises in 2013.\n3. The Ministers welcomed the visit.\n`
    const items = extractItems(parseStatement({ format: 'text', value: text, metadata: {}, diagnostics: [] })).filter((i) => i.type === 'commitment')
    expect(items.map((i) => i.text)).toEqual(['strengthen cooperation on maritime security', 'explore joint exercises in 2013'])
  })
})

describe('a list entry of several sentences', () => {
  it('is its first sentence; the sentences after it are read on their own', () => {
    const text = `1. The Ministers of Australia and Japan met in Sydney on 14 September 2012.\n2. Under the Compact, Australia and Japan intend to:\n- Accelerate the diversification of clean energy supply chains. We intend to identify areas where we can coordinate. Both countries recognise the importance of storage.\n- Promote a stable supply of critical minerals.\n3. The Ministers welcomed the visit.\n`
    const items = extractItems(parseStatement({ format: 'text', value: text, metadata: {}, diagnostics: [] })).filter((i) => i.type === 'commitment')
    expect(items.map((i) => i.text)).toEqual([
      'Accelerate the diversification of clean energy supply chains',
      'We intend to identify areas where we can coordinate',
      'Promote a stable supply of critical minerals',
    ])
  })
})
