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

  it('joins a paragraph number alone on its line to the paragraph it numbers', () => {
    const text = `FINAL MINUTES
1.
The Ministers reviewed the progress made over the past year in every field
of cooperation and welcomed the report of the officials on the matter.
2.
The Ministers agreed to meet again next year in a place to be decided by
the chair, and asked the officials to prepare the agenda of the meeting.
`
    expect(unwrapLines(text).split('\n').slice(1, 3)).toEqual([
      '1. The Ministers reviewed the progress made over the past year in every field of cooperation and welcomed the report of the officials on the matter.',
      '2. The Ministers agreed to meet again next year in a place to be decided by the chair, and asked the officials to prepare the agenda of the meeting.',
    ])
  })

  it('joins a line that stops after "of the" to the next, even under a title line', () => {
    const text = `Minutes
CAIRO, 4 MAY 2019
We, the Ministers of Ruritania, Freedonia and the Grand Duchy of
Fenwick, have met today to discuss the matters of common concern to all
of our nations and to agree on the next steps of our work together.
The Ministers reviewed the progress made over the past year in every field
of cooperation and welcomed the report of the officials on the matter.
`
    expect(unwrapLines(text).split('\n')[2]).toBe(
      'We, the Ministers of Ruritania, Freedonia and the Grand Duchy of Fenwick, have met today to discuss the matters of common concern to all of our nations and to agree on the next steps of our work together.',
    )
  })

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

  it('keeps the indented lines of a labelled entry with it, even after a full stop (a hanging indent)', () => {
    const hanging = [
      '(1) The four Ministers reaffirmed the importance of the partnership between Japan and France',
      '  in the face of the increasingly severe security environment surrounding the two countries.',
      '(2) The four Ministers confirmed that they would further strengthen defense cooperation.',
      '  In addition, the four Ministers shared the view on raising cooperation in the region to a',
      '  higher level and further promoting cooperation to address regional challenges.',
      '(3) The Ministers decided to hold the next meeting in Paris at a mutually convenient time.',
      '',
      '    A new paragraph with a first-line indent, written flush on its later lines and going on',
      'to the end of the line before it wraps onto the next line of the same paragraph here.',
      '    Another paragraph with a first-line indent.',
    ].join('\n')
    const out = unwrapLines(hanging).split('\n')
    expect(out[1]).toBe(
      '(2) The four Ministers confirmed that they would further strengthen defense cooperation. In addition, the four Ministers shared the view on raising cooperation in the region to a higher level and further promoting cooperation to address regional challenges.',
    )
    expect(out[2]).toMatch(/^\(3\) The Ministers decided/)
    expect(out.at(-1)).toBe('    Another paragraph with a first-line indent.')
  })

  it('joins a hanging indent in text that is not wrapped at one width, and nothing else', () => {
    const text = [
      '1. General remarks',
      '(1) The Ministers reaffirmed the importance of the partnership between the two countries in the face of a severe environment,',
      '  and welcomed the strengthening of their cooperation.',
      '(2) The Ministers confirmed that they would further strengthen cooperation.',
      '  In addition, they shared the view on raising cooperation to a higher level.',
      `A paragraph of its own. ${'It goes on at length. '.repeat(8)}`,
    ].join('\n')
    expect(estimateWrapWidth(text.split('\n'))).toBeNull()
    expect(unwrapLines(text).split('\n')).toEqual([
      '1. General remarks',
      '(1) The Ministers reaffirmed the importance of the partnership between the two countries in the face of a severe environment, and welcomed the strengthening of their cooperation.',
      '(2) The Ministers confirmed that they would further strengthen cooperation. In addition, they shared the view on raising cooperation to a higher level.',
      `A paragraph of its own. ${'It goes on at length. '.repeat(8)}`,
    ])
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
