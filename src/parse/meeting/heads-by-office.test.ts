import { describe, expect, it } from 'vitest'
import { headsByOffice } from './heads-by-office.js'

const span = (text: string) => ({ text, start: 0, end: text.length })

describe('headsByOffice', () => {
  it('gives the holders of the head offices named on the meeting day', () => {
    const s = 'Today, the President of the United States and the President of the French Republic met in Rome.'
    const found = headsByOffice([span(s)], '2021-10-29')
    expect(found.map((p) => [p.name, p.country])).toEqual([
      ['Joseph R. Biden', 'United States'],
      ['Emmanuel Macron', 'France'],
    ])
    expect(s.slice(found[1]!.start, found[1]!.end)).toBe('the President of the French Republic')
  })

  it('reads a state’s long form and leaves out guests', () => {
    const s =
      'We, the Prime Minister of the Kingdom of Cambodia and the Prime Minister of the Kingdom of Thailand, as witnessed by the President of the United States of America and the Prime Minister of Malaysia, having met in Kuala Lumpur, declare the following:'
    expect(headsByOffice([span(s)], '2025-10-26').map((p) => p.name)).toEqual(['Hun Manet', 'Anutin Charnvirakul'])
  })

  it('names no one for an office that is not the country’s head office', () => {
    expect(headsByOffice([span('The President of India and the Prime Minister of France met in Delhi.')], '2023-01-10')).toEqual([])
  })
})
