import { describe, expect, it } from 'vitest'
import { findCountryMentions } from '../../lexicon/countries.js'
import { findCountryEntities } from './find-country-entities.js'

const seed = 'Japan and the UK would cooperate with the U.S., the Philippines and the Republic of Korea.'

describe('findCountryEntities', () => {
  it.each<[string, string[]]>([
    ['Japan and the UK', ['Japan=Japan', 'United Kingdom=the UK']],
    ['the Japanese side', ['Japan=Japanese']],
    ['British and Japanese nationals', ['United Kingdom=British', 'Japan=Japanese']],
    ['the Japan-UK Counter-Terrorism Consultation', ['Japan=Japan', 'United Kingdom=UK']],
    ['the Democratic People’s Republic of Korea', ['North Korea=the Democratic People’s Republic of Korea']],
    ['denuclearization of the Korean Peninsula', []],
    ['Latin American and Caribbean States', []],
    ['the Indian Ocean Rim', []],
    ['disputes in the South China Sea with China', ['China=China']],
    ['join us', []],
  ])('%s', (text, expected) => {
    expect(findCountryEntities(text).map((e) => `${e.name}=${e.text}`)).toEqual(expected)
  })

  it('finds what findCountryMentions finds, at the same ends', () => {
    const ours = findCountryEntities(seed).map((e) => `${e.name}@${e.end}`)
    expect(ours).toEqual(findCountryMentions(seed).map((m) => `${m.name}@${m.end}`))
  })

  it('adds the offset', () => {
    expect(findCountryEntities('to Japan', 10)[0]).toMatchObject({ start: 13, end: 18 })
  })
})
