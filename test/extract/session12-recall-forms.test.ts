// Forms of session 12's recall work: the false negatives of every fitting set grouped by form, each
// form counted over the White House corpus and read over it and a UN sample before it was kept.
// Sentences are shaped like the corpus ones; negative forms beside them.
import { describe, expect, it } from 'vitest'
import { extractText, trackableTexts } from '../helpers/extract.js'
import type { Item } from '../../src/core/item.js'
import { extractItems } from '../../src/extract/index.js'
import { parseStatement } from '../../src/parse/index.js'

/** Extracts the items of a text (one or more paragraphs) for a meeting of the given parties. */
function extract(text: string, parties = ['United States', 'Mexico', 'Canada']): Item[] {
  return extractText(text, { parties, date: '2023-01-10' })
}

const trackable = trackableTexts

describe('"This includes …" after a pledge noun whose object is a noun phrase', () => {
  it('the gerund entries are the items, split at ";", with the parties of the position', () => {
    const items = extract(
      'Today, we affirm our joint commitment to safe, orderly, and humane migration under the Los Angeles Declaration. This includes assisting host communities and promoting migrant and refugee integration; providing protection to refugees and vulnerable migrants; strengthening asylum capacity in the region; and collaborating to counter xenophobia and discrimination against migrants.',
    )
    expect(trackable(items)).toEqual([
      'This includes assisting host communities and promoting migrant and refugee integration',
      'providing protection to refugees and vulnerable migrants',
      'strengthening asylum capacity in the region',
      'collaborating to counter xenophobia and discrimination against migrants',
    ])
    expect(items.filter((i) => i.type === 'commitment').every((i) => i.actors.length === 3)).toBe(true)
  })

  it('"reaffirmed their existing commitments on …" is such a head too', () => {
    expect(
      trackable(
        extract(
          'The two countries reaffirmed their existing commitments on fostering an orderly, humane, and regular migration. This includes reinforcing our partnership to address the root causes of migration.',
          ['United States', 'Mexico'],
        ),
      ),
    ).toEqual(['This includes reinforcing our partnership to address the root causes of migration'])
  })

  it('no item after a stance that names no pledge ("reiterate the urgency of …")', () => {
    expect(
      trackable(
        extract(
          'We reiterate the urgency of addressing debt vulnerabilities in low- and middle-income countries. This includes finalizing outstanding country cases and improving our toolkits.',
        ),
      ),
    ).toEqual([])
  })
})

describe('the meeting’s own initiative by its abbreviation, and its members, are the parties', () => {
  const statement = (body: string): string =>
    `The members of the International Counter Ransomware Initiative (CRI) met in Washington on October 31 and November 1, 2022.\n\n${body}`
  /** A document read from the text alone, its title given by a manifest: "… Initiative 2022 Joint Statement". */
  function extractTitled(text: string): Item[] {
    const file = { path: 'case.txt', format: 'text' as const, value: `${text}\n`, metadata: {}, diagnostics: [] }
    return extractItems(
      parseStatement(file, {
        overrides: {
          parties: ['Australia', 'Japan', 'United States'],
          date: '2022-11-01',
          title: 'International Counter Ransomware Initiative 2022 Joint Statement',
        },
      }),
    )
  }

  it.each([
    [
      'CRI members are committed to taking action, in line with national law and policy, to disrupt and degrade the ransomware ecosystem.',
      'CRI members are committed to taking action, in line with national law and policy, to disrupt and degrade the ransomware ecosystem',
    ],
    [
      'CRI members plan to work with the full spectrum of stakeholders to drive focused regional efforts.',
      'CRI members plan to work with the full spectrum of stakeholders to drive focused regional efforts',
    ],
    [
      'CRI members are working closely with the private sector to share information about ransomware threats.',
      'CRI members are working closely with the private sector to share information about ransomware threats',
    ],
  ])('%s', (sentence, item) => {
    const items = extractTitled(statement(sentence))
    expect(trackable(items)).toEqual([item])
    expect(items.find((i) => i.type === 'commitment')!.actors).toEqual(['Australia', 'Japan', 'United States'])
  })

  it('another initiative’s members are no parties ("GCC partners plan to invest …")', () => {
    expect(trackable(extractTitled(statement('GCC partners plan to invest a total of $3 billion in projects in the region.')))).toEqual([])
  })
})

describe('a relative clause set off by ", which" ends the pledge', () => {
  it('"…, which will be further discussed …" is cut', () => {
    expect(
      trackable(
        extract(
          'The United States and Mexico intend to intensify cooperation on space issues, which will be further discussed during the Vice President’s upcoming visit.',
          ['United States', 'Mexico'],
        ),
      ),
    ).toEqual(['The United States and Mexico intend to intensify cooperation on space issues'])
  })

  it('not where the action goes on after it (", by the end of this year", ", and to conduct …")', () => {
    expect(
      trackable(
        extract(
          'We instruct relevant ministers to accelerate the process toward developing the Comprehensive Policy Framework, which includes project based cooperation, by the end of this year, and to conduct multi-stakeholder outreach and consultation.',
        ),
      ),
    ).toEqual([
      'We instruct relevant ministers to accelerate the process toward developing the Comprehensive Policy Framework, which includes project based cooperation, by the end of this year',
      'to conduct multi-stakeholder outreach and consultation',
    ])
  })
})

describe('"This includes" + an action noun or a means, after a pledge', () => {
  it.each([
    [
      'We intend to expand collaborative efforts to combat smuggling of migrants. This includes expanded collaboration to prosecute migrant smuggling and human trafficking criminal organizations.',
      'This includes expanded collaboration to prosecute migrant smuggling and human trafficking criminal organizations',
    ],
    [
      'We are committed to advancing reforms for better, bigger, and more effective multilateral development banks. This includes the implementation of critical financial reforms.',
      'This includes the implementation of critical financial reforms',
    ],
    [
      'We also intend to leverage partnerships with the international financial institutions to support investment. This includes through new innovative financing mechanisms at the World Bank.',
      'This includes through new innovative financing mechanisms at the World Bank',
    ],
  ])('%s', (text, entry) => {
    expect(trackable(extract(text))).toContain(entry)
  })

  it('no item after a sentence that pledges nothing ("… are critical to …. This includes delivery of …")', () => {
    expect(
      trackable(
        extract(
          'Maritime security and navigational rights are critical to ensuring free movement of essential commodities. This includes the provision of life-saving humanitarian assistance to Yemen.',
        ),
      ),
    ).toEqual([])
  })
})
