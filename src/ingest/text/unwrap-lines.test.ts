import { describe, expect, it } from 'vitest'
import { estimateWrapWidth, unwrapLines } from './unwrap-lines.js'

const wrapped = `Joint Statement on Maritime Cooperation
January 8, 2016

1. The Ministers welcomed progress in defence and security co-operation
over the year and reaffirmed the dynamic strategic partnership between
Japan and the UK, as set out in the Joint Statement during Prime
Minister Abe's visit to the UK in May 2014.

2. The Ministers recognised our shared values of democracy, the rule of
law, human rights, and open and transparent markets. They noted that,
as close partners, Japan and the UK continue to deepen their cooperation
to uphold the international system and norms.
- a bullet entry that is short
- another entry
3. The Ministers directed their officials to meet regularly and exchange
information and proposals.`

describe('unwrapLines', () => {
  const lines = unwrapLines(wrapped).split('\n')

  it('joins the wrapped lines of each paragraph with one space', () => {
    expect(lines).toContain(
      "1. The Ministers welcomed progress in defence and security co-operation over the year and reaffirmed the dynamic strategic partnership between Japan and the UK, as set out in the Joint Statement during Prime Minister Abe's visit to the UK in May 2014.",
    )
    expect(lines.find((l) => l.startsWith('2. '))).toMatch(/rule of law, human rights.*system and norms\.$/)
    expect(lines.find((l) => l.startsWith('3. '))).toBe('3. The Ministers directed their officials to meet regularly and exchange information and proposals.')
  })

  it('never joins a title line, a date line or a labelled line to its neighbour', () => {
    expect(lines.slice(0, 2)).toEqual(['Joint Statement on Maritime Cooperation', 'January 8, 2016'])
    expect(lines).toContain('- a bullet entry that is short')
    expect(lines).toContain('- another entry')
  })

  it('leaves text that is not hard-wrapped untouched', () => {
    const text = `Title\n\n${'A long paragraph sentence that goes on. '.repeat(10)}\nSecond Japan-UK Meeting 1\nSecond Japan-UK Meeting 2\n${'Another long paragraph. '.repeat(12)}`
    expect(unwrapLines(text)).toBe(text)
    expect(estimateWrapWidth(text.split('\n'))).toBeNull()
  })

  it('estimates the wrap column', () => {
    expect(estimateWrapWidth(wrapped.split('\n'))).toBeGreaterThanOrEqual(70)
  })
})
