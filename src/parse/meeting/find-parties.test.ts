import { describe, expect, it } from 'vitest'
import { orderParties, partiesFromOffices } from './find-parties.js'

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
  ])('%s', (text, expected) => {
    expect(orderParties(partiesFromOffices(spans(text)))).toEqual(expected)
  })
})
