import { describe, expect, it } from 'vitest'
import { collectWords, joinHyphenated } from './dehyphenate.js'

const lines = [
  'The Ministers welcomed security co-operation between Japan and the UK.',
  'They confirmed the importance of maritime secu-',
  'rity and the Japan-',
  'UK partnership, and non-',
  'proliferation, and the inter-',
  'national co-',
  'operation of partners, in the frame-',
  'work and international security framework.',
]
const words = collectWords(lines)

describe('joinHyphenated', () => {
  it.each([
    ['maritime secu-', 'rity and', 'maritime security and'],
    ['the Japan-', 'UK partnership', 'the Japan-UK partnership'],
    ['and non-', 'proliferation,', 'and non-proliferation,'],
    ['the inter-', 'national co-', 'the international co-'],
    ['national co-', 'operation of', 'national co-operation of'],
    ['in the frame-', 'work and', 'in the framework and'],
    ['unknown Paral-', 'ympic Games', 'unknown Paralympic Games'],
  ])('%j + %j → %j', (left, right, joined) => {
    expect(joinHyphenated(left, right, words)).toBe(joined)
  })

  it('does not count line-end fragments as words', () => {
    expect(words.has('secu')).toBe(false)
    expect(words.has('rity')).toBe(false)
    expect(words.has('security')).toBe(true)
    expect(words.has('co-operation')).toBe(true)
  })
})
