// Forms read in session 8 (issue 11, recall): each case is a general pattern of ANNOTATION.md found
// in the fitting sets or the White House corpus, written as a short invented sentence.
import { describe, expect, it } from 'vitest'
import { extractText, trackableTyped } from '../../test/helpers/extract.js'
import type { Item } from '../core/item.js'

const PARTIES = ['Australia', 'United States']

/** Extracts the items of one paragraph of text, for a meeting of the given parties and date. */
function extract(text: string, parties = PARTIES, date = '2023-11-03'): Item[] {
  return extractText(text, { parties, date })
}

const trackable = trackableTyped

describe('a past pledge verb with a noun phrase and its purpose', () => {
  it('is a commitment: "committed to regular consultations to resolve …"', () => {
    expect(trackable(extract('The two leaders committed to regular consultations to resolve regional conflicts.'))).toEqual([
      ['commitment', 'The two leaders committed to regular consultations to resolve regional conflicts'],
    ])
  })

  it('is a commitment after a name: "committed to a holistic approach to address …"', () => {
    expect(trackable(extract('President Biden and Prime Minister Albanese committed to a holistic approach to address drug trafficking.'))).toEqual([
      ['commitment', 'President Biden and Prime Minister Albanese committed to a holistic approach to address drug trafficking'],
    ])
  })

  it('is no commitment without a purpose, or after "are"', () => {
    expect(trackable(extract('The two leaders committed to a holistic approach.'))).toEqual([])
    expect(trackable(extract('We are committed to a holistic approach to address drug trafficking.'))).toEqual([])
  })
})

describe('a noun modifier before an action noun', () => {
  it('reads "committed to further commercial space collaboration" as an action', () => {
    expect(trackable(extract('The leaders committed to further commercial space collaboration through industry engagements.'))).toEqual([
      ['commitment', 'The leaders committed to further commercial space collaboration through industry engagements'],
    ])
  })

  it('does not read "committed to the principles of cooperation" as one', () => {
    expect(trackable(extract('The leaders committed to the principles of cooperation.'))).toEqual([])
  })
})

describe('an inline list labelled "i) … ii) …"', () => {
  it('gives one item per action after "will:"', () => {
    expect(
      trackable(
        extract(
          'We will: i) work together to improve fiscal space for food security; ii) support the design of a new financing facility; iii) expand joint research.',
        ),
      ),
    ).toEqual([
      ['commitment', 'We will: i) work together to improve fiscal space for food security'],
      ['commitment', 'support the design of a new financing facility'],
      ['commitment', 'expand joint research'],
    ])
  })

  it('splits a list of gerunds after a pledge', () => {
    expect(
      trackable(
        extract('We will enhance this partnership by: i) raising its profile, ii) supporting the launch of a platform, and iii) working with our banks.'),
      ),
    ).toEqual([
      ['commitment', 'We will enhance this partnership by'],
      ['commitment', 'raising its profile'],
      ['commitment', 'supporting the launch of a platform'],
      ['commitment', 'working with our banks'],
    ])
  })

  it('keeps a list of fields whole', () => {
    expect(trackable(extract('The partnership will focus on i) competitiveness and innovation, ii) health security, and iii) climate change.'))).toEqual([
      ['commitment', 'The partnership will focus on i) competitiveness and innovation, ii) health security, and iii) climate change'],
    ])
  })
})

describe('a longer aside between the modal and its verb', () => {
  it('reads "shall, at the request of either Party and in accordance with …, immediately meet"', () => {
    expect(
      trackable(
        extract('The Parties shall, at the request of either Party and in accordance with their respective laws, immediately meet to determine next steps.'),
      ),
    ).toEqual([
      [
        'commitment',
        'The Parties shall, at the request of either Party and in accordance with their respective laws, immediately meet to determine next steps',
      ],
    ])
  })

  it('reads "will, among other commitments, adopt …"', () => {
    expect(trackable(extract('Australia will, among other commitments, adopt and implement a prohibition on imports of goods made by forced labor.'))).toEqual([
      ['commitment', 'Australia will, among other commitments, adopt and implement a prohibition on imports of goods made by forced labor'],
    ])
  })
})

describe('a directive with the officials named in an aside', () => {
  it('reads "asked their respective envoys, NAME and NAME, to explore"', () => {
    expect(trackable(extract('They asked their respective climate envoys, John Smith and Jane Doe, to explore new opportunities.'))).toEqual([
      ['directive', 'They asked their respective climate envoys, John Smith and Jane Doe, to explore new opportunities'],
    ])
  })

  it('does not read a list of addressees as an aside', () => {
    expect(trackable(extract('They called on our governments, businesses, and universities to realize this vision.'))).toEqual([])
  })
})

describe('"work to A …, and to B" after a verb "work"', () => {
  it('splits on the own "to"', () => {
    expect(trackable(extract('We will also engage other governments and work to detect illicit flows, and to deny these individuals safe haven.'))).toEqual([
      ['commitment', 'We will also engage other governments and work to detect illicit flows'],
      ['commitment', 'to deny these individuals safe haven'],
    ])
  })

  it('keeps a noun\'s purpose whole ("efforts to A and to B")', () => {
    expect(trackable(extract('We will enhance our efforts to support refugees and to address root causes.'))).toEqual([
      ['commitment', 'We will enhance our efforts to support refugees and to address root causes'],
    ])
  })
})

describe('a noun paired with the commitment noun', () => {
  it('reads "the willingness and commitment of the United States to cooperate"', () => {
    expect(trackable(extract('President Biden expressed the willingness and commitment of the United States to cooperate with Australia on energy.'))).toEqual([
      ['commitment', 'President Biden expressed the willingness and commitment of the United States to cooperate with Australia on energy'],
    ])
  })

  it('reads "our shared responsibility and determination to coordinate"', () => {
    expect(trackable(extract('We affirm our shared responsibility and determination to coordinate on export controls.'))).toEqual([
      ['commitment', 'We affirm our shared responsibility and determination to coordinate on export controls'],
    ])
  })
})

describe('statement verbs and commitment nouns of ministry readouts', () => {
  it('reads "conveyed the Japanese government\'s decision to resume …"', () => {
    expect(
      trackable(extract('Prime Minister Kishida conveyed the Japanese government’s decision to fully resume youth exchanges.', ['Japan', 'Republic of Korea'])),
    ).toEqual([['commitment', 'Prime Minister Kishida conveyed the Japanese government’s decision to fully resume youth exchanges']])
  })

  it('reads "reaffirmed their joint engagement to reform …"', () => {
    expect(trackable(extract('Leaders reaffirmed their joint engagement to reform the World Trade Organisation.', ['China', 'European Union']))).toEqual([
      ['commitment', 'Leaders reaffirmed their joint engagement to reform the World Trade Organisation'],
    ])
  })
})

describe('a pledge whose object is another pledge', () => {
  it('gives no item that stops at "commit" before "that … will address …"', () => {
    const items = trackable(
      extract('In turn, the African Union will politically commit that participating members will address obstacles to investment.', [
        'African Union',
        'United States',
      ]),
    )
    expect(items).toHaveLength(1)
    expect(items[0]![1]).toMatch(/will address obstacles to investment$/)
  })
})

describe('non-party subjects: a relationship that improves, a thing that helps, a welcome’s object', () => {
  it('gives no commitment for "this dialogue will further enhance …", but keeps a body’s pledge with the same verb', () => {
    expect(trackable(extract('The Ministers affirmed that this dialogue will further enhance the depth of bilateral defence cooperation.'))).toEqual([])
    expect(trackable(extract('Our cooperation will strengthen the shipbuilding industries in each nation.'))).toEqual([])
    expect(trackable(extract('The Task Force will strengthen coordination among customs agencies.'))).toHaveLength(1)
  })

  it('keeps an effort that includes an improving action: "Efforts will include improving …"', () => {
    expect(trackable(extract('Efforts will include improving network resilience to prevent incidents.'))).toHaveLength(1)
  })

  it('reads "that X was … and would help …" as X helping, not the parties pledging', () => {
    const text = 'The Ministers emphasized that further strengthening of bilateral cooperation was in mutual interest and would also help in furthering peace.'
    expect(trackable(extract(text))).toEqual([])
  })

  it('keeps the sentence’s subject for an action verb after "that X is …": "… is a global priority and will work to …"', () => {
    expect(
      trackable(extract('We are united in recognizing that climate change is a global priority and will work to strengthen climate actions.')),
    ).toHaveLength(1)
  })

  it('reads "welcomed the expertise New Zealand will bring" as a welcome, not a pledge of New Zealand', () => {
    const items = extract('Prime Minister Abbott welcomed the expertise New Zealand will bring.', ['Australia', 'New Zealand'], '2014-02-07')
    expect(trackable(items)).toEqual([])
    expect(items.map((i) => i.type)).toEqual(['position'])
  })
})
