import { describe, expect, it } from 'vitest'
import { markdownBlocks } from './markdown-blocks.js'
import { isEmphasizedHeading, markdownInline } from './markdown-inline.js'

const doc = ` 
**September 29, 2021  
Pittsburgh, Pennsylvania**

**Bilateral and Multilateral Cooperation on Migration**

Both leaders recognized the many contributions of migrants to the
economic strength of the United States and Mexico (USMCA)
(ROK) and committed to policies.  They agreed to deepen cooperation.

1.  **Ending the COVID-19 pandemic remains
    our first priority.**  
2.  **U.S. and EU supply chains are closely intertwined.**
    1.  Critical raw materials are shipped back and forth between the
        EU and U.S.
    2.  The U.S. and EU have worked closely together.

-   We support [stakeholder](https://example.org/a_b) engagement on
    **investment
    screening**, the \\_underscore\\_ and \\[brackets\\].

    A second paragraph of the same entry.

<!-- -->

-   Another entry on April 22<sup>nd</sup> &amp; after.

##### Japan-Philippines Joint Declaration:

Issued in Tokyo, 4 June 2015
&#x25cf;

\\###
`

describe('markdownBlocks', () => {
  const blocks = markdownBlocks(doc)
  const texts = blocks.map((b) => b.text)

  it('splits at hard line breaks and keeps wholly bold short lines as headings', () => {
    expect(texts.slice(0, 3)).toEqual(['September 29, 2021', 'Pittsburgh, Pennsylvania', 'Bilateral and Multilateral Cooperation on Migration'])
    expect(blocks[2]!.kind).toBe('heading')
  })

  it('joins wrapped lines, even those starting with "(" or a lazy continuation', () => {
    expect(texts[3]).toBe(
      'Both leaders recognized the many contributions of migrants to the economic strength of the United States and Mexico (USMCA) (ROK) and committed to policies. They agreed to deepen cooperation.',
    )
  })

  it('gives every list entry, nested ones too, its own block with its label', () => {
    expect(texts).toContain('1. Ending the COVID-19 pandemic remains our first priority.')
    expect(texts).toContain('2. U.S. and EU supply chains are closely intertwined.')
    expect(texts).toContain('1. Critical raw materials are shipped back and forth between the EU and U.S.')
    expect(texts).toContain('2. The U.S. and EU have worked closely together.')
    expect(blocks.filter((b) => b.kind === 'list-item')).toHaveLength(6)
  })

  it('removes inline markup, links and escapes', () => {
    expect(texts).toContain('- We support stakeholder engagement on investment screening, the _underscore_ and [brackets].')
    expect(texts).toContain('A second paragraph of the same entry.')
    expect(texts).toContain('- Another entry on April 22nd & after.')
  })

  it('reads ATX headings and drops decoration lines', () => {
    expect(blocks).toContainEqual({ kind: 'heading', text: 'Japan-Philippines Joint Declaration:' })
    expect(texts).toContain('Issued in Tokyo, 4 June 2015')
    expect(texts.at(-1)).toBe('Issued in Tokyo, 4 June 2015')
  })
})

describe('markdownInline', () => {
  it.each([
    ['**WE,** the Member States', 'WE, the Member States'],
    ['Security **', 'Security '],
    ['5 * 3 = 15', '5 * 3 = 15'],
    ['*In the 21<sup>st</sup> century*', 'In the 21st century'],
    ['snake_case stays', 'snake_case stays'],
    ['![photo](a.jpg)Text[^1]', 'Text'],
  ])('%j → %j', (md, text) => {
    expect(markdownInline(md)).toBe(text)
  })

  it('tells bold headings from bold sentences', () => {
    expect(isEmphasizedHeading('**Bilateral Climate Change Cooperation**')).toBe(true)
    expect(isEmphasizedHeading('**This week, the Taskforce met in Washington.**')).toBe(false)
    expect(isEmphasizedHeading('**Partly** bold')).toBe(false)
  })
})
