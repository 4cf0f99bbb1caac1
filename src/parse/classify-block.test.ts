import { describe, expect, it } from 'vitest'
import { classifyBlock } from './classify-block.js'
import { parseLabel } from './parse-label.js'

const kind = (line: string, hint?: 'heading' | 'paragraph' | 'list-item'): string => classifyBlock(line, parseLabel(line), hint)

describe('classifyBlock', () => {
  const cases: Array<[string, 'heading' | 'paragraph']> = [
    ['Japan-United Kingdom Relations', 'heading'],
    ['CONVENED AT THE CONGRESS CENTRE, OSLO,', 'heading'],
    ['Held at the Congress Centre, Oslo,', 'paragraph'],
    ['January 8, 2016', 'heading'],
    ['Second Japan-UK Foreign and Defence Ministerial Meeting 1', 'heading'],
    ['Back to Japan-United Kingdom Relations', 'heading'],
    ['Strengthening Security Cooperation', 'heading'],
    ['Issued in Tokyo, 26 October 2016', 'heading'],
    ['Issued in Tokyo, 26 October 2016 ●', 'heading'],
    ['\\###', 'heading'],
    ['&#x25cf;', 'heading'],
    ["##### APEC 2016 LEADERS' DECLARATION", 'heading'],
    ['I. Strategic Partnership for Shared Principles and Goals', 'heading'],
    ['1. The Ministers met in Tokyo.', 'paragraph'],
    ['The Ministers met in Tokyo.', 'paragraph'],
    ['the two leaders state the following:', 'paragraph'],
    ['Mr. President,', 'paragraph'],
    ['- joint exercises on mine sweeping', 'paragraph'],
    ['continued from the line before', 'paragraph'],
  ]
  it.each(cases)('reads %j as a %s', (line, expected) => {
    expect(kind(line)).toBe(expected)
  })

  it('follows heading and list-item hints', () => {
    expect(kind('The Ministers met in Tokyo.', 'heading')).toBe('heading')
    expect(kind('Cyber capabilities', 'list-item')).toBe('paragraph')
  })

  it('does not let a paragraph hint turn a date line into a paragraph', () => {
    expect(kind('January 8, 2016', 'paragraph')).toBe('heading')
  })
})
