// Forms fixed by the lead in session 13: "support to" after a pledge verb is the noun, so the pledge
// keeps its object ("will double EU support to the programme" was cut to "will double", with a
// support item "EU support to the programme" beside it).
import { describe, expect, it } from 'vitest'
import { extractText, trackableTexts } from '../helpers/extract.js'

const PARTIES = ['European Union', 'United States']

describe('"support to" is the noun', () => {
  it('keeps the noun with the verb before it, in the second action of a series', () => {
    const text = 'The European Union will increase its funding to the Erasmus+ programme, and will double EU support to the Fulbright-Schuman programme.'
    const items = extractText(text, { parties: PARTIES, date: '2023-10-20' })
    expect(trackableTexts(items)).toEqual([
      'The European Union will increase its funding to the Erasmus+ programme',
      'will double EU support to the Fulbright-Schuman programme',
    ])
    expect(items.filter((i) => i.type === 'support')).toEqual([])
  })

  it('keeps the object of a pledge verb ("agreed to provide … support to …")', () => {
    const text = 'The United States agreed to provide Georgia a package of practical support to strengthen its armed forces.'
    expect(trackableTexts(extractText(text, { parties: PARTIES, date: '2023-10-20' }))).toEqual([
      'The United States agreed to provide Georgia a package of practical support to strengthen its armed forces',
    ])
  })

  it('still reads the verb "support" as a support', () => {
    const items = extractText('The United States supported the exercise of freedom of navigation and overflight.', { parties: PARTIES, date: '2023-10-20' })
    expect(items.map((i) => i.type)).toContain('support')
  })
})
