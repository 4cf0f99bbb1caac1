// List forms of session 11 (issue 11, gold-fit10 and the corpus): lead-ins in capitals, entries that
// are a ";" series of verbs, "including (by):" lists of gerunds, and where a list's entry is not the
// lead-in's pledge. Sentences are shaped like the corpus ones (ASEAN–U.S. 2022 and 2023, the 2025
// trade frameworks, Carbis Bay, TTC 2021, Hiroshima food security), with negative forms.
import { describe, expect, it } from 'vitest'
import { extractText, trackableItems, trackableTexts } from '../helpers/extract.js'
import type { Item } from '../../src/core/item.js'

function extract(text: string, parties = ['ASEAN', 'United States']): Item[] {
  return extractText(text, { parties, date: '2023-09-06' })
}

const trackable = trackableTexts

describe('lead-ins in capitals', () => {
  it('reads "WE HEREBY COMMITTO:" (a space lost in capitals) and its entries across sub-headings and restarted numbers', () => {
    const text = [
      'WE HEREBY COMMITTO:',
      '',
      '1. FULFILL the goals outlined in the POA to Implement the ASEAN-U.S. Strategic Partnership;',
      '',
      'Maritime Cooperation',
      '',
      '1. ENHANCE maritime cooperation through ASEAN-led mechanisms by upholding freedom of navigation and overflight;',
      '',
      'Connectivity',
      '',
      '1. FURTHER PROMOTE the stability and sustainable development of the Mekong subregion;',
    ].join('\n')
    const items = trackableItems(extract(text))
    expect(items.map((i) => i.text)).toEqual([
      'FULFILL the goals outlined in the POA to Implement the ASEAN-U.S. Strategic Partnership',
      'ENHANCE maritime cooperation through ASEAN-led mechanisms by upholding freedom of navigation and overflight',
      'FURTHER PROMOTE the stability and sustainable development of the Mekong subregion',
    ])
    expect(items.every((i) => i.actors.includes('ASEAN') && i.actors.includes('United States'))).toBe(true)
  })

  it('reads "WE HEREBY DECLARE TO:"', () => {
    const text =
      'WE HEREBY DECLARE TO:\n\n- ESTABLISH the ASEAN-U.S. Comprehensive Strategic Partnership;\n\n- BUILD people-to-people connectivity within the region;\n'
    expect(trackable(extract(text))).toEqual([
      'ESTABLISH the ASEAN-U.S. Comprehensive Strategic Partnership',
      'BUILD people-to-people connectivity within the region',
    ])
  })

  it('reads "we have agreed a shared G7 agenda for global action to:"', () => {
    const text =
      'Guided by our values, we have agreed a shared G7 agenda for global action to:\n\n- End the pandemic and prepare for the future by driving an intensified international effort.\n- Strengthen our partnerships with others around the world.\n'
    expect(trackable(extract(text, ['Canada', 'France', 'Germany', 'Italy', 'Japan', 'United Kingdom', 'United States']))).toEqual([
      'End the pandemic and prepare for the future by driving an intensified international effort',
      'Strengthen our partnerships with others around the world',
    ])
  })

  it('does not read "the Parties declare:" or a lead-in without a pledge word as a list of pledges', () => {
    const text = 'The Parties note the following:\n\n- Expand cooperation on sustainable management of marine resources;\n'
    expect(trackable(extract(text))).toEqual([])
  })
})

describe('an entry that is a ";" series of verbs', () => {
  it('gives one item per verb with its own object', () => {
    const text =
      'WE HEREBY COMMIT TO:\n\n1. EXPAND cooperation on sustainable management of marine resources; strengthen capacity to combat illegal, unreported, and unregulated (IUU) fishing; protect the livelihood of coastal communities; and improve maritime domain awareness;\n'
    expect(trackable(extract(text))).toEqual([
      'EXPAND cooperation on sustainable management of marine resources',
      'strengthen capacity to combat illegal, unreported, and unregulated (IUU) fishing',
      'protect the livelihood of coastal communities',
      'improve maritime domain awareness',
    ])
  })

  it('keeps a ";" part that opens with a noun in its entry ("; support for …")', () => {
    const text = 'The Leaders resolve to:\n\n- Expand cooperation on clean energy; support for the AHA Centre remains a priority;\n'
    expect(trackable(extract(text))).toEqual(['Expand cooperation on clean energy; support for the AHA Centre remains a priority'])
  })

  it('keeps a comma series of gerunds after one "by" whole', () => {
    const text =
      'WE HEREBY COMMIT TO:\n\n1. ENHANCE maritime cooperation by upholding freedom of navigation, reaffirming the need to pursue peaceful resolution of disputes, and promoting cooperation among our agencies;\n'
    expect(trackable(extract(text))).toHaveLength(1)
  })
})

describe('entries that are not the lead-in’s pledge', () => {
  it('reads an entry that states a view ("NOTE …", "Welcoming …") as a sentence of its own, and the list goes on', () => {
    const text =
      'WE HEREBY COMMIT TO:\n\n1. NOTE the United Nations General Assembly Resolution A/RES/77/248 which emphasises the universal character of UNCLOS;\n\n1. PROMOTE cooperation and partnerships that support digital innovation;\n'
    expect(trackable(extract(text))).toEqual(['PROMOTE cooperation and partnerships that support digital innovation'])
  })

  it('keeps an entry that pairs a view with an action ("Welcoming and supporting …") and drops "Welcoming …", "Noting …"', () => {
    const text =
      'We are joining hands to take the following actions:\n\n- Supporting local fertilizer production.\n- Welcoming and supporting the dialogue on the food security crisis to be co-hosted by Japan.\n- Welcoming awareness-raising activities on millets.\n- Noting the importance of trade.\n- Promoting efficient use of fertilizers.\n'
    expect(trackable(extract(text, ['Japan', 'India']))).toEqual([
      'We are joining hands to take the following actions',
      'Supporting local fertilizer production',
      'Welcoming and supporting the dialogue on the food security crisis to be co-hosted by Japan',
      'Promoting efficient use of fertilizers',
    ])
  })

  it('keeps the directive an entry gives itself ("…, and task our officials to follow up")', () => {
    const text =
      'WE HEREBY DECLARE TO:\n\n- ESTABLISH the ASEAN-U.S. Comprehensive Strategic Partnership to open new areas of cooperation, and task our officials to follow up on its implementation.\n'
    const items = trackableItems(extract(text))
    expect(items.map((i) => [i.type, i.text])).toEqual([
      ['commitment', 'ESTABLISH the ASEAN-U.S. Comprehensive Strategic Partnership to open new areas of cooperation'],
      ['directive', 'task our officials to follow up on its implementation'],
    ])
  })

  it('passes a condition before the entry’s verb ("To the extent practicable …, consult …")', () => {
    const text =
      'To improve these measures, the United States and the European Union intend to:\n\n- Make an inventory of the domestic measures that each already employs; and,\n- To the extent practicable or deemed desirable by both sides, consult or coordinate on the use of such measures.\n'
    expect(trackable(extract(text, ['United States', 'European Union']))).toEqual([
      'Make an inventory of the domestic measures that each already employs',
      'To the extent practicable or deemed desirable by both sides, consult or coordinate on the use of such measures',
    ])
  })

  it('reads an -ing noun with its object as a gerund entry after gerund entries ("- Building partnerships …")', () => {
    const text =
      'We are joining hands to take the following actions:\n\n- Supporting local fertilizer production in line with relevant WTO rules.\n- Building partnerships during the UN Food System Stocktaking Moment.\n- Funding for research remains essential.\n'
    // The lead-in is an item of its own here (a progressive with its goal); "Funding for …" is a noun.
    expect(trackable(extract(text, ['Japan', 'India']))).toEqual([
      'We are joining hands to take the following actions',
      'Supporting local fertilizer production in line with relevant WTO rules',
      'Building partnerships during the UN Food System Stocktaking Moment',
    ])
  })
})

describe('"including (by)" lists of gerunds inside a sentence', () => {
  const parties = ['United States', 'El Salvador']

  it('goes past ", such as" examples inside an entry when the list goes on', () => {
    const text =
      'El Salvador has committed to addressing a wide range of non-tariff barriers affecting trade in priority areas, including streamlining regulatory requirements for U.S. exports, such as pharmaceutical products and medical devices; removing import restrictions on remanufactured goods; and expediting product registration requirements for U.S. exports.'
    expect(trackable(extract(text, parties))).toEqual([
      'El Salvador has committed to addressing a wide range of non-tariff barriers affecting trade in priority areas',
      'streamlining regulatory requirements for U.S. exports, such as pharmaceutical products and medical devices',
      'removing import restrictions on remanufactured goods',
      'expediting product registration requirements for U.S. exports',
    ])
  })

  it('still ends an action at ", such as" when no list goes on', () => {
    const text = 'El Salvador has committed to removing barriers to U.S. exports, such as pharmaceutical products and medical devices.'
    expect(trackable(extract(text, parties))).toEqual(['El Salvador has committed to removing barriers to U.S. exports'])
  })

  it('takes an entry named by a noun after ";" gerund entries ("and implementation of regionalization …")', () => {
    const text =
      'Malaysia has committed to address and prevent non-tariff barriers to U.S. food and agricultural products, including by accepting currently agreed certificates issued by U.S. regulatory authorities; streamlining halal and facility registration requirements; and implementation of regionalization of the United States for animal diseases.'
    expect(trackable(extract(text, ['United States', 'Malaysia']))).toEqual([
      'Malaysia has committed to address and prevent non-tariff barriers to U.S. food and agricultural products',
      'accepting currently agreed certificates issued by U.S. regulatory authorities',
      'streamlining halal and facility registration requirements',
      'implementation of regionalization of the United States for animal diseases',
    ])
  })

  it('reads "including by:" with an adverb inside a gerund pair, and splits the head at its own "and to"', () => {
    const text =
      'Thailand commits to adopt and maintain high levels of environmental protection and to effectively enforce its environmental laws, including by: taking measures to combat trade in illegally harvested forest products; encouraging a more resource efficient economy; and accepting and fully implementing the WTO Agreement on Fisheries Subsidies.'
    expect(trackable(extract(text, ['United States', 'Thailand']))).toEqual([
      'Thailand commits to adopt and maintain high levels of environmental protection',
      'to effectively enforce its environmental laws',
      'taking measures to combat trade in illegally harvested forest products',
      'encouraging a more resource efficient economy',
      'accepting and fully implementing the WTO Agreement on Fisheries Subsidies',
    ])
  })

  it('reads an -ing noun with an object as an entry ("; building climate resilience;")', () => {
    const text =
      'We will work together to address the challenges of climate change, including averting, minimizing, and addressing loss and damage; building climate resilience; and protecting human health.'
    expect(trackable(extract(text, ['Brazil', 'United States']))).toEqual([
      'We will work together to address the challenges of climate change',
      'averting, minimizing, and addressing loss and damage',
      'building climate resilience',
      'protecting human health',
    ])
  })

  it('keeps a list of nouns after "including" whole', () => {
    const text =
      'The two leaders intend to further expand cooperation on all issues of common concern, including good governance; pluralism; and respect for human rights.'
    expect(trackable(extract(text, ['United States', 'Indonesia']))).toHaveLength(1)
  })
})

describe('a perfect predicate after a pledge', () => {
  it('ends the pledge before ", and has identified …"', () => {
    const text =
      'The United States has committed to maintain at 19 percent the reciprocal tariffs on originating goods of Malaysia, and has identified products from the list set out in Annex III to receive a zero percent reciprocal tariff rate.'
    expect(trackable(extract(text, ['United States', 'Malaysia']))).toEqual([
      'The United States has committed to maintain at 19 percent the reciprocal tariffs on originating goods of Malaysia',
    ])
  })
})

describe('a year after a name’s acronym', () => {
  it('is no deadline: "in line with the Master Plan on ASEAN Connectivity (MPAC) 2025"', () => {
    const [item] = trackableItems(
      extract('WE HEREBY COMMIT TO:\n\n1. SUPPORT ASEAN’s infrastructure and connectivity in line with the Master Plan on ASEAN Connectivity (MPAC) 2025;\n'),
    )
    expect(item?.deadline).toBeNull()
  })

  it('is a deadline after a fiscal year’s acronym: "in Japanese Fiscal Year (JFY) 2027"', () => {
    const [item] = trackableItems(
      extractText('Japan will increase its defense budget to two percent of GDP in Japanese Fiscal Year (JFY) 2027.', {
        parties: ['United States', 'Japan'],
        date: '2024-04-10',
      }),
    )
    expect(item?.deadline?.end).toMatch(/^2028|^2027/)
  })
})
