import { describe, expect, it } from 'vitest'
import { tokenize } from './tokens.js'

const keys = (text: string, options = {}): string[] => tokenize(text, options).map((t) => t.key)

describe('tokenize', () => {
  it.each<[string, object, string[]]>([
    ['Japan and the UK', {}, ['Japan', 'and', 'the', 'UK']],
    ['Non-Proliferation', {}, ['Non', 'Proliferation']],
    ['People’s Republic', {}, ['People', "'", 's', 'Republic']],
    ['U.S.-Japan', { mergeAbbreviations: true }, ['US', 'Japan']],
    ['the U.N. Charter', { mergeAbbreviations: true }, ['the', 'UN', 'Charter']],
    ['United Nations Security Council', { mergeAbbreviations: true }, ['UN', 'Security', 'Council']],
    ['U.S', { mergeAbbreviations: true }, ['U', '.', 'S']],
    ['Counter-Terrorism (CT)', { lowerCase: true }, ['counter', 'terrorism', '(', 'ct', ')']],
    ['İstanbul Convention', { lowerCase: true }, ['i̇stanbul', 'convention']],
  ])('%s %j', (text, options, expected) => {
    expect(keys(text, options)).toEqual(expected)
  })

  it('keeps offsets into the original text', () => {
    const text = 'the U.S.\u00a0and İstanbul'
    const slices = tokenize(text, { mergeAbbreviations: true, lowerCase: true }).map((t) => text.slice(t.start, t.end))
    expect(slices).toEqual(['the', 'U.S.', 'and', 'İstanbul'])
  })
})
