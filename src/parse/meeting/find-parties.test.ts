import { describe, expect, it } from 'vitest'
import { orderParties, partiesFromLeadersList, partiesFromTitle, partiesFromOffices } from './find-parties.js'

const spans = (...texts: string[]): Array<{ text: string; start: number; end: number }> => {
  let at = 0
  return texts.map((text) => {
    const s = { text, start: at, end: at + text.length }
    at += text.length + 1
    return s
  })
}

describe('partiesFromOffices', () => {
  it.each([
    [
      'Today, the President of the United States and Prime Minister of the United Kingdom reaffirm their commitment to work together.',
      ['United States', 'United Kingdom'],
    ],
    [
      'On September 10, 2023, General Secretary of the Communist Party of Vietnam Nguyen Phu Trong and President of the United States Joseph R. Biden Jr. met and held talks in Hanoi, Vietnam.',
      ['Vietnam', 'United States'],
    ],
    [
      'Today, we, President Joseph R. Biden, Jr. of the United States and President William S. Ruto of Kenya, reinforce our mutual commitment.',
      ['United States', 'Kenya'],
    ],
    ['This year, as the United States and Kenya commemorate our 60th anniversary of diplomatic relations, we celebrate.', ['United States', 'Kenya']],
    ['The Ministers discussed the situation in Ukraine and Syria.', []],
    ['Today, the President of the United States and the President of the French Republic met in Rome.', ['United States', 'France']],
    ['Today, the President of the United States met French officials in Rome.', ['United States']],
    [
      'Today (October 31, 2021) the United States, the European Union, Australia, Democratic Republic of the Congo, Republic of Korea, and the United Kingdom met to discuss supply chains.',
      ['United States', 'European Union', 'Australia', 'Democratic Republic of the Congo', 'Republic of Korea', 'United Kingdom'],
    ],
    ['The African Union and the United States reaffirm their commitment to food security.', ['African Union', 'United States']],
  ])('%s', (text, expected) => {
    expect(orderParties(partiesFromOffices(spans(text)))).toEqual(expected)
  })
})

describe('partiesFromLeadersList', () => {
  it.each([
    [
      'Today, we, the leaders of the European Commission, France, Germany, Italy, the United Kingdom, Canada, and the United States condemn Putin’s war of choice and attacks on the sovereign nation and people of Ukraine.',
      ['European Union', 'France', 'Germany', 'Italy', 'United Kingdom', 'Canada', 'United States'],
    ],
    ['We, the leaders of Arctic nations, Canada, Finland, and the United States, recognize the region.', ['Canada', 'Finland', 'United States']],
    ['We met the Ministers of Foreign Affairs and the Ambassador of Guatemala to the United States.', ['Guatemala', 'United States']],
    // "members of" a noun phrase tells of people, not of a grouping's members.
    ['They expressed sympathy for the families of members of the Afghan security forces killed on duty, and of civilians in Afghanistan.', []],
    ['As members of the International Counter Ransomware Initiative (CRI)—Australia, Austria, and Belgium—we met.', ['Australia', 'Austria', 'Belgium']],
  ])('%s', (text, expected) => {
    expect(orderParties(partiesFromLeadersList(spans(text)))).toEqual(expected)
  })
})

describe('partiesFromTitle', () => {
  it.each([
    ['MEETING OF THE NORTH ATLANTIC COUNCIL', ['NATO']],
    ['Meeting of the African Union Executive Council', ['African Union']],
    ['Third EU-AU Ministerial Meeting', ['European Union', 'African Union']],
  ])('%s', (title, expected) => {
    expect(orderParties(partiesFromTitle(title, 0))).toEqual(expected)
  })
})
