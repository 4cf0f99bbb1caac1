import { describe, expect, it } from 'vitest'
import { parseRound, parseScore, scoreToPercent } from './score.js'

describe('scores and rounds', () => {
  it.each([
    ['-1', -1],
    ['0', 0],
    ['1', 1],
    ['+1', 1],
  ])('reads score %s', (input, want) => {
    expect(parseScore(input)).toBe(want)
  })
  it('refuses scores off the −1/0/+1 scale', () => {
    for (const bad of ['2', '0.5', 'yes', '']) expect(() => parseScore(bad)).toThrow(/invalid score/)
  })
  it('maps −1 → 0 %, 0 → 50 %, +1 → 100 %', () => {
    expect([-1, 0, 1, 1 / 3].map(scoreToPercent)).toEqual([0, 50, 100, 66.7])
  })
  it('names rounds, "default" when none is given', () => {
    expect(parseRound(undefined)).toBe('default')
    expect(parseRound('interim-2016')).toBe('interim-2016')
    expect(() => parseRound('final 2016')).toThrow(/invalid round name "final 2016"/)
  })
})
