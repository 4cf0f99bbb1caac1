// chrono-node as an oracle: where it reads full dates, month-years and spans well, our grammar must agree.
import * as chrono from 'chrono-node'
import { describe, expect, it } from 'vitest'
import { findTimeExpressions } from './find-time-expressions.js'

const pad = (n: number | null): string => String(n).padStart(2, '0')

/** The last day chrono reads in a phrase: its end, its certain day, or the month of an uncertain day. */
function chronoEnd(text: string, reference: string): string | null {
  const [r] = chrono.parse(text, new Date(`${reference}T00:00:00Z`), { forwardDate: false })
  if (r === undefined) return null
  const c = r.end ?? r.start
  const ym = `${c.get('year')}-${pad(c.get('month'))}`
  return c.isCertain('day') || (r.end ?? null) !== null || /\bwithin\b/.test(text) ? `${ym}-${pad(c.get('day'))}` : ym
}

describe('the grammar agrees with chrono-node where chrono is reliable', () => {
  it.each([
    ['by 31 March 2017', '2016-01-08'],
    ['on 8 January 2016', '2016-01-08'],
    ['by December 15, 2024', '2024-06-14'],
    ['in January 2016', '2016-01-08'],
    ['by March 2017', '2016-01-08'],
    ['on 9–10 January 2023', '2023-01-01'],
    ['on June 22-23', '2023-05-20'],
    ['by the end of August 2021', '2021-06-13'],
    ['within six months', '2016-01-08'],
    ['in November 2024', '2024-09-21'],
    ['the 15th of December 2024', '2024-06-14'],
  ])('%j (document of %s)', (phrase, documentDate) => {
    const expected = chronoEnd(phrase, documentDate)
    expect(expected).not.toBeNull()
    const [ours] = findTimeExpressions(phrase, { documentDate, offset: 0 })
    expect(ours?.end?.slice(0, expected!.length)).toBe(expected)
  })

  it('covers what chrono misses (STACK.md)', () => {
    for (const phrase of ['in 2016', 'spring 2016', 'as early as possible in 2016']) {
      expect(chrono.parse(phrase, new Date('2016-01-08T00:00:00Z'))).toEqual([])
      expect(findTimeExpressions(phrase, { documentDate: '2016-01-08', offset: 0 })[0]?.end).toMatch(/^2016-(06-30|12-31)$/)
    }
  })
})
