import { describe, expect, it } from 'vitest'
import { parseLabel, romanValue } from './parse-label.js'

describe('parseLabel', () => {
  // line → label, kind, number, contentStart
  const labelled: Array<[string, string, string, number | null, number]> = [
    ['1. The Ministers met.', '1', 'number', 1, 3],
    ['23. The Ministers instructed.', '23', 'number', 23, 4],
    ['1.  We commit to enhance', '1', 'number', 1, 4],
    ['1.The Ministers met.', '1', 'number', 1, 2],
    ['1) The Ministers met.', '1', 'paren-number', 1, 3],
    ['(1) The Ministers met.', '1', 'paren-number', 1, 4],
    ['(a) cooperation on cyber;', 'a', 'letter', null, 4],
    ['a) cooperation on cyber;', 'a', 'letter', null, 3],
    ['b. cooperation on cyber;', 'b', 'letter', null, 3],
    ['(c) cooperation on cyber;', 'c', 'letter', null, 4],
    ['(i) first item', 'i', 'roman', 1, 4],
    ['(iv) fourth item', 'iv', 'roman', 4, 5],
    ['I. Strategic Partnership', 'I', 'roman', 1, 3],
    ['IV. Security', 'IV', 'roman', 4, 4],
    ['XII. Final Provisions', 'XII', 'roman', 12, 5],
    ['- joint exercises', '-', 'bullet', null, 2],
    ['* joint exercises', '*', 'bullet', null, 2],
    ['• joint exercises', '•', 'bullet', null, 2],
    ['· joint exercises', '·', 'bullet', null, 2],
    ['– joint exercises', '–', 'bullet', null, 2],
  ]
  it.each(labelled)('reads %j', (line, label, kind, number, contentStart) => {
    expect(parseLabel(line)).toEqual({ label, kind, number, contentStart })
  })

  const unlabelled = [
    'U.S. and Japan will cooperate.',
    '2016 was a year of progress.',
    '2.5 million people were displaced.',
    '**Strengthening Security Cooperation**',
    '--',
    'The Ministers met.',
    'A. Smith said so.',
    '',
  ]
  it.each(unlabelled)('finds no label in %j', (line) => {
    expect(parseLabel(line)).toBeNull()
  })
})

describe('romanValue', () => {
  it.each([
    ['i', 1],
    ['iv', 4],
    ['ix', 9],
    ['XIV', 14],
    ['xl', 40],
    ['lxxxviii', 88],
  ] as const)('reads %s as %i', (token, value) => {
    expect(romanValue(token)).toBe(value)
  })
  it.each(['iiii', 'vv', 'abc', 'ic', ''])('rejects %j', (token) => {
    expect(romanValue(token)).toBeNull()
  })
})

describe('nested numbering', () => {
  it('gives the paragraphs under a numbered section title distinct labels', async () => {
    const { parseStatement, toDocumentJson } = await import('./index.js')
    const text =
      'Overview of the meeting\n\n1. General Remarks\n1. The Ministers affirmed their partnership.\n2. They shared the view that cooperation matters.\n2. Security co-operation\n1. The Japanese side welcomed the visit.\n'
    const doc = toDocumentJson(parseStatement({ format: 'text', value: text, metadata: {}, diagnostics: [] }))
    expect(doc.paragraphs.map((p) => p.label)).toEqual(['1.1', '1.2', '2.1'])
  })
})
