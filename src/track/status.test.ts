import { describe, expect, it } from 'vitest'
import { isClosed, parseStatus } from './status.js'

describe('parseStatus', () => {
  it.each([
    ['done', 'done'],
    ['In progress', 'in-progress'],
    ['partially_done', 'partially-done'],
    [' STALLED ', 'stalled'],
  ])('reads "%s" as %s', (input, want) => {
    expect(parseStatus(input)).toBe(want)
  })
  it('refuses an unknown status, listing the valid ones', () => {
    expect(() => parseStatus('finished')).toThrow('invalid status "finished"; use one of not-started, in-progress, partially-done, done, stalled, dropped')
  })
  it('counts done and dropped as closed', () => {
    expect(['done', 'dropped', 'stalled', 'in-progress'].map((s) => isClosed(parseStatus(s)))).toEqual([true, true, false, false])
  })
})
