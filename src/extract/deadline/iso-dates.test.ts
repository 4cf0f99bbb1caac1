import { describe, expect, it } from 'vitest'
import { addDays, addMonths, daysBetween, endOfMonth, isIsoDate, isoDate, monthSpan, yearSpan } from './iso-dates.js'

describe('iso dates', () => {
  it('adds months keeping the day, or the month end when the day does not exist', () => {
    expect(addMonths('2021-09-15', 18)).toBe('2023-03-15')
    expect(addMonths('2016-01-31', 1)).toBe('2016-02-29')
    expect(addMonths('2016-03-15', -6)).toBe('2015-09-15')
  })

  it('adds days across month and year ends', () => {
    expect(addDays('2016-01-08', 90)).toBe('2016-04-07')
    expect(addDays('2030-01-01', -1)).toBe('2029-12-31')
  })

  it('spans months past December into the next year', () => {
    expect(monthSpan(2016, 12, 15)).toEqual({ start: '2016-12-01', end: '2017-03-31' })
    expect(monthSpan(2016, 2, 2)).toEqual({ start: '2016-02-01', end: '2016-02-29' })
    expect(yearSpan(2016)).toEqual({ start: '2016-01-01', end: '2016-12-31' })
  })

  it('rolls over out-of-range days and knows month ends', () => {
    expect(isoDate(2016, 1, 32)).toBe('2016-02-01')
    expect(endOfMonth(2015, 2)).toBe('2015-02-28')
    expect(daysBetween('2016-01-08', '2016-01-31')).toBe(23)
  })

  it('validates ISO dates', () => {
    expect(isIsoDate('2016-02-29')).toBe(true)
    expect(isIsoDate('2015-02-29')).toBe(false)
    expect(isIsoDate('2016-1-8')).toBe(false)
  })
})
