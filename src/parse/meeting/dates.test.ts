import { describe, expect, it } from 'vitest'
import { readDateline } from './dateline.js'
import { findDates, isDateLine } from './dates.js'

describe('findDates', () => {
  // text → ISO date of the first date found (null: a date without a year)
  const cases: Array<[string, string | null]> = [
    ['January 8, 2016', '2016-01-08'],
    ['8 January 2016', '2016-01-08'],
    ['met in Tokyo on 8 January 2016 for the', '2016-01-08'],
    ['from 25 to 27 October 2016', '2016-10-25'],
    ['from 2 to 5 June, 2015', '2015-06-02'],
    ['25-27 October 2016', '2016-10-25'],
    ['March 12-13, 2021', '2021-03-12'],
    ['September 30 to October 1, 2021', '2021-09-30'],
    ['30 September to 1 October 2021', '2021-09-30'],
    ['Issued in Tokyo, 26 October 2016', '2016-10-26'],
    ['on Jan. 8, 2016', '2016-01-08'],
    ['the 8th of January 2016', '2016-01-08'],
    ['met on this 26th day of April, 2023 to mark', '2023-04-26'],
    ['Signed at Jerusalem on the 14th day of the July, 2022', '2022-07-14'],
    ['2016-01-08', '2016-01-08'],
    ['LUCCA, 10-11 APRIL 2017', '2017-04-10'],
    ['HELD AT NATO HEADQUARTERS, BRUSSELS, ON 2-3 DECEMBER 2008', '2008-12-02'],
    ['on 6 January, which is', null],
    ['In the summit meeting on 4 June, Mr. Shinzo Abe', null],
  ]
  it.each(cases)('reads %j', (text, iso) => {
    const found = findDates(text)
    expect(found.length).toBeGreaterThan(0)
    expect(found[0]!.iso).toBe(iso)
    expect(text.slice(found[0]!.start, found[0]!.end)).toMatch(/\d/)
  })

  it('marks ranges and keeps offsets', () => {
    const [d] = findDates('from 25 to 27 October 2016', 10)
    expect(d).toMatchObject({ range: true, start: 15, end: 36, year: 2016, month: 10, day: 25 })
  })

  it.each(['in 2016', 'the 2002 Declaration', 'February 30, 2016', 'May I add', 'WE MAY 8 2016 AGREE', 'Marine 5 corps'])('finds no date in %j', (text) => {
    expect(findDates(text).filter((d) => d.iso)).toEqual([])
  })
})

describe('isDateLine', () => {
  it.each(['January 8, 2016', '8 January 2016', 'Friday, 8 January 2016', 'January 8, 2016.'])('accepts %j', (line) => {
    expect(isDateLine(line)).toBe(true)
  })
  it.each(['January 8', 'They met on 8 January 2016.', 'Second Japan-UK Meeting 1'])('rejects %j', (line) => {
    expect(isDateLine(line)).toBe(false)
  })
})

describe('readDateline', () => {
  it('reads "Issued in Tokyo, 26 October 2016" with a trailing marker', () => {
    const line = 'Issued in Tokyo, 26 October 2016 ●'
    const d = readDateline(line)!
    expect(d.place).toEqual({ text: 'Tokyo', start: 10, end: 15 })
    expect(line.slice(d.dateStart)).toBe('26 October 2016 ●')
  })
  it('takes the city before the first comma', () => {
    expect(readDateline('Bali, Indonesia, 15-16 November 2022')?.place?.text).toBe('Bali')
    expect(readDateline('Washington, D.C., March 12, 2021')?.place?.text).toBe('Washington')
  })
  it('reads a bare date line without a place', () => {
    expect(readDateline('January 8, 2016')).toEqual({ place: null, dateStart: 0 })
  })
  it('rejects prose', () => {
    expect(readDateline('Japan, the UK and others met in 2016.')).toBeNull()
  })
})
