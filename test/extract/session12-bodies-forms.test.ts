// Forms of session 12's work on the meeting's own grouping and bodies as subjects (gold-fit12: the
// Counter Ransomware Initiative statements): the grouping named by its abbreviation ("The CRI is
// committed to …"), its members ("CRI members plan to …", "Members will …"), a body the text sets up
// ("The ICRTF expects to …", "This advisory panel will …", "The Council will …"), a pillar of the
// initiative, and a body of the parties with any present-tense pledge verb. Sentences are shaped like
// the corpus ones; negative forms beside them.
import { describe, expect, it } from 'vitest'
import type { Item } from '../../src/core/item.js'
import { extractText, trackableItems, trackableTexts } from '../helpers/extract.js'

const PARTIES = ['Australia', 'Germany', 'Nigeria', 'Singapore', 'United Kingdom', 'United States']
const OPENING =
  'The members of the International Counter Ransomware Initiative (CRI) — Australia, Germany, Nigeria, Singapore, the United Kingdom, and the United States — met in Washington, D.C. on October 31, 2022.'

/** Extracts the items of a text (one or more paragraphs) for a meeting of the given parties. */
function extract(text: string, parties = PARTIES): Item[] {
  return extractText(text, { parties, date: '2022-11-01' })
}

describe('the grouping whose members the parties are called', () => {
  it.each([
    'CRI members plan to work with the full spectrum of stakeholders to drive focused regional efforts.',
    'CRI members are committed to taking action, in line with national law and policy, to disrupt and degrade the ransomware ecosystem.',
    'CRI members intend to implement the Recommendation 15 on the regulation of virtual assets.',
    'The CRI is committed to helping other countries protect their networks.',
    'Members will work toward attaining a comprehensive understanding of the ransomware threat by sharing information.',
    'Members plan to create and share resources to build their national counter-ransomware capacity.',
  ])('%s', (sentence) => {
    const items = trackableItems(extract(`${OPENING}\n\n${sentence}`))
    expect(items.map((i) => i.text)).toEqual([sentence.replace(/\.$/, '')])
    expect(items[0]!.actors).toEqual(PARTIES)
  })

  it('reads the progressive forms of the parties’ ongoing work through the grouping (existing progressive rules)', () => {
    const text = `${OPENING}\n\nCRI members are working closely with the private sector to share information and set goals to prevent ransomware threats.`
    expect(trackableTexts(extract(text))).toEqual([
      'CRI members are working closely with the private sector to share information and set goals to prevent ransomware threats',
    ])
  })

  it('no pledge from "Members" where the text names no grouping of the parties (a speech’s audience)', () => {
    expect(trackableTexts(extract('Members will recall the resolution adopted last year.', ['Ghana']))).toEqual([])
    expect(trackableTexts(extract('Members will work toward a common understanding of the threat.'))).toEqual([])
  })

  it('no pledge from the members of an organisation the lexicon knows ("WTO members will decide …")', () => {
    const text = `${OPENING}\n\nThe members of the World Trade Organization (WTO) met in Geneva. WTO members will decide on its extension to cover diagnostics.`
    expect(trackableTexts(extract(text))).toEqual([])
  })
})

describe('a body the text sets up, named by its abbreviation', () => {
  const SET_UP = 'To that end, we intend to establish a voluntary International Counter Ransomware Task Force (ICRTF) to develop cross-sectoral tools.'

  it.each([
    'The ICRTF expects to produce public reports on tools, tactics, and procedures.',
    'The ICRTF intends to consider a model for ongoing collaboration with key private sector partners.',
    'The ICRTF will build a living toolkit for members.',
  ])('%s', (sentence) => {
    const texts = trackableTexts(extract(`${SET_UP} ${sentence}`))
    expect(texts).toContain(sentence.replace(/\.$/, ''))
  })

  it('"we will convene a Forum on … (DICAS) …. The DICAS will provide updates …"', () => {
    const text =
      'We will convene a Forum on Defense Industrial Cooperation, Acquisition and Sustainment (DICAS) to identify priority areas. The DICAS will provide updates on progress to the foreign and defense ministers.'
    expect(trackableTexts(extract(text, ['United States', 'Japan']))).toContain(
      'The DICAS will provide updates on progress to the foreign and defense ministers',
    )
  })

  it('no pledge from a body the parties did not set up ("We welcome the … Task Force (GPTF)")', () => {
    const text = 'We welcome the work of the Global Pandemic Task Force (GPTF). The GPTF expects to meet in May.'
    expect(trackableTexts(extract(text))).toEqual([])
  })

  it('no pledge from a framework the parties launched that predicts an effect ("IPEF will enhance our ability …")', () => {
    const text =
      'In May 2022, Australia, Singapore and the United States launched the Indo-Pacific Economic Framework for Prosperity (IPEF). Through our ongoing engagement, IPEF will enhance our ability to promote workers’ rights.'
    expect(trackableTexts(extract(text))).toEqual([])
  })
})

describe('a body the text sets up, named again by its noun', () => {
  it('"Canada established a new … Advisory Panel …. This advisory panel will catalyze …"', () => {
    const text =
      'Canada established a new Public-Private Sector Advisory Panel to advise and support CRI members in combating ransomware. This advisory panel will catalyze effective information sharing, build trust, and develop best practices.'
    expect(trackableTexts(extract(text))).toEqual(['This advisory panel will catalyze effective information sharing, build trust, and develop best practices'])
  })

  it('"we have decided to … establish the … Joint Council on …. The Council will develop …"', () => {
    const text =
      'For this reason, we have decided to take steps to establish the Australia-United States Joint Council on Combatting Online Child Sexual Exploitation. The Council will develop and facilitate the implementation of a joint work plan.'
    expect(trackableTexts(extract(text, ['Australia', 'United States']))).toContain(
      'The Council will develop and facilitate the implementation of a joint work plan',
    )
  })

  it('no pledge from another council with a name of its own ("The Security Council will …")', () => {
    const text = 'We have decided to establish the Joint Council on Critical Minerals. The Security Council will adopt a resolution on the matter.'
    expect(trackableTexts(extract(text, ['Australia', 'United States']))).not.toContain('The Security Council will adopt a resolution on the matter')
  })

  it('no pledge from a panel nobody set up in the text', () => {
    expect(trackableTexts(extract('The advisory panel will catalyze effective information sharing.'))).toEqual([])
  })
})

describe('a pillar of the parties’ initiative, and a body with any pledge verb', () => {
  it.each([
    'The Policy Pillar will share best practices on cyber insurance with members.',
    'Over the next year, the Diplomacy and Capacity Building Pillar will continue to expand the mentorship program.',
  ])('%s', (sentence) => {
    expect(trackableTexts(extract(sentence)).length).toBe(1)
  })

  it('no pledge from a pillar as a figure of speech ("the three pillars of the UN system will …")', () => {
    expect(trackableTexts(extract('The three pillars of the UN system will guide the reform.'))).toEqual([])
  })

  it('"The Task Force expects to produce …": a body of the parties expects, commits, resolves', () => {
    expect(trackableTexts(extract('The Task Force expects to produce public reports on its work.'))).toEqual([
      'The Task Force expects to produce public reports on its work',
    ])
    expect(trackableTexts(extract('The Working Group commits to publish its findings by June.'))).toEqual([
      'The Working Group commits to publish its findings by June',
    ])
  })

  it('no pledge where the parties’ work (no body) "expects to" (a forecast)', () => {
    expect(trackableTexts(extract('The project expects to generate 500 jobs in the region.'))).toEqual([])
  })
})

describe('"not only to A, but also to B": two actions, each with its own "to"', () => {
  it('splits the pair after "not only to"', () => {
    const text = `${OPENING}\n\nThe CRI is committed not only to protecting ourselves and each other from ransomware, but also to helping other countries protect and disrupt so that ransomware is unable to gain traction worldwide.`
    expect(trackableTexts(extract(text))).toEqual([
      'The CRI is committed not only to protecting ourselves and each other from ransomware',
      'to helping other countries protect and disrupt so that ransomware is unable to gain traction worldwide',
    ])
  })

  it('keeps one purpose whole ("not only in order to …, but also to …")', () => {
    const text =
      'We reiterate our commitment to cooperation, not only in order to eradicate poverty and combat climate change, but also to maintain international peace and security.'
    expect(trackableTexts(extract(text))).toHaveLength(1)
  })
})

describe('an agency name is a whole word of the subject', () => {
  it('"The FATF will adopt …" is no pledge of the United States ("ATF" is inside "FATF")', () => {
    const items = extractText('The FATF will adopt new standards on beneficial ownership.', { parties: ['United States', 'Japan'], date: '2023-05-05' })
    expect(trackableItems(items)).toEqual([])
  })

  it('"The ATF will train …" stays the United States\' pledge', () => {
    const items = trackableItems(
      extractText('The ATF will train Mexican officers in firearms tracing.', { parties: ['United States', 'Mexico'], date: '2023-05-05' }),
    )
    expect(items.map((i) => i.actors)).toEqual([['United States']])
  })
})
