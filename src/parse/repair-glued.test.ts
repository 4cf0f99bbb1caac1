import { describe, expect, it } from 'vitest'
import { extractItems } from '../extract/index.js'
import { parseStatement } from './parse-statement.js'
import { createGlueRepairer } from './repair-glued.js'

const GLUED = `Joint statement - SeventhJapan-Australia Consultations
1. The Ministers welcomed thecloser engagement between Japan and Australia,including the visit in January 2017. Theyreaffirmed their determination to further enhance the Special Strategic Partnershipbetween the two countries.
2. The Ministers renewed theirdetermination to strengthen security cooperation ofJapan and Australia.
`

describe('repairGluedWords', () => {
  it('splits words glued by a lost space, with a map back to the original offsets', () => {
    const repair = createGlueRepairer(GLUED)
    const fixed = repair('Theyreaffirmed their determination to enhance the Partnershipbetween the two,including')!
    expect(fixed.text).toBe('They reaffirmed their determination to enhance the Partnership between the two, including')
    const at = fixed.text.indexOf('between')
    expect(fixed.map[at]).toBe('Theyreaffirmed their determination to enhance the Partnershipbetween'.indexOf('between'))
    expect(fixed.map[fixed.text.length]).toBe('Theyreaffirmed their determination to enhance the Partnershipbetween the two,including'.length)
  })

  it('needs two signs of lost spaces in the document, capitals or commas, before it repairs anything', () => {
    const line = 'Theyreaffirmed their determination to enhance the Partnershipbetween the two'
    // One capital after two lower-case letters ("ofJapan"), one comma between letters, at the ends of the text.
    expect(createGlueRepairer(`${line} ofJapan`)(line)).toBeNull()
    expect(createGlueRepairer(`${line} ofJapan and Inada,Australian`)(line)).not.toBeNull()
    expect(createGlueRepairer(`a,bc ${line} ofJapan`)(line)).toBeNull()
    expect(createGlueRepairer(`${line} ofJapan ofJa`)(line)).not.toBeNull()
    expect(createGlueRepairer(`${line} ofJapan ofJ`)(line)).toBeNull()
  })

  it('cuts a chain of three or more capitalised words at each capital, and counts it as one sign of lost spaces', () => {
    const page = 'JDF JapanDefenseFocus No.63 FranceOn March 13th, the Ministers met.'
    const fixed = createGlueRepairer(page)(page)!
    expect(fixed.text).toBe('JDF Japan Defense Focus No.63 France On March 13th, the Ministers met.')
    expect(page.slice(fixed.map[fixed.text.indexOf('March')]!)).toMatch(/^March 13th/)
    // The chain alone is one sign: a page needs another before it is repaired.
    expect(createGlueRepairer('JDF JapanDefenseFocus No.63 and more words')('JapanDefenseFocus')).toBeNull()
    // A part that is no word ("Xqzt") leaves the chain whole.
    expect(createGlueRepairer('FranceOn and ofJapan JapanXqztFocus')('JapanXqztFocus')).toBeNull()
  })

  it('leaves sound text alone: names, compounds, links', () => {
    const sound =
      'Francis Robinson and Tomomi Inada discussed semiconductors, frameworks and Microsoft in Poland. See https://example.org/a,b and the underrepresented groups. Together they reaffirmed it.'
    expect(createGlueRepairer(sound)(sound)).toBeNull()
    expect(createGlueRepairer(GLUED)('Francis Robinson and Tomomi Inada discussed semiconductors, frameworks and Microsoft in Poland.')).toBeNull()
  })

  it('lets extraction find glued pledges, and item offsets still point into the original text', () => {
    const file = { format: 'text' as const, value: GLUED, metadata: {}, diagnostics: [] }
    const items = extractItems(parseStatement(file)).filter((i) => i.type === 'commitment')
    expect(items.map((i) => i.text)).toEqual([
      'Theyreaffirmed their determination to further enhance the Special Strategic Partnershipbetween the two countries',
      'The Ministers renewed theirdetermination to strengthen security cooperation ofJapan and Australia',
    ])
    for (const i of items) expect(GLUED.slice(i.start, i.end)).toBe(i.text)
  })
})
