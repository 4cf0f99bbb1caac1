import { describe, expect, it } from 'vitest'
import { toLemmas, tokenize } from './normalize.js'

describe('toLemmas', () => {
  it('drops stop and framing words and stems the rest', () => {
    expect(toLemmas('The two leaders welcomed the signing of the agreements')).toEqual(['sign', 'agreement'])
  })

  it('gives one key per country however it is named', () => {
    expect(toLemmas('Japan-U.S.-ROK trilateral partnership')).toEqual(['country:jp', 'country:us', 'country:kr', 'trilater', 'partnership'])
    expect(toLemmas('the Republic of Korea')).toEqual(toLemmas('ROK'))
  })

  it('keeps numbers with letters and years', () => {
    expect(toLemmas('5G networks by 2030')).toEqual(['5g', 'network', '2030'])
  })
})

describe('tokenize', () => {
  it('keeps offsets into the input and drops the possessive', () => {
    const tokens = tokenize("Japan's CoRe Partnership")
    expect(tokens.map((t) => t.lower)).toEqual(['japan', 'core', 'partnership'])
    expect(tokens[1]).toMatchObject({ start: 8, end: 12, text: 'CoRe' })
  })
})
