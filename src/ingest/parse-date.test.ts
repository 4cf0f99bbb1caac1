import { describe, expect, it } from 'vitest'
import { parseDate } from './parse-date.js'

describe('parseDate', () => {
  it.each([
    ['2016-01-08', '2016-01-08'],
    ['2016-01-08T18:30:00+09:00', '2016-01-08'],
    ['2016/1/8', '2016-01-08'],
    ['January 8, 2016', '2016-01-08'],
    ['Jan. 8, 2016', '2016-01-08'],
    ['Friday, January 8, 2016', '2016-01-08'],
    ['8 January 2016', '2016-01-08'],
    ['8th Sept 2016', '2016-09-08'],
    ['D:20160108090000Z', '2016-01-08'],
    ['February 30, 2016', null],
    ['Monday 8', null],
    ['Janus 8, 2016', null],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso)
  })
})
