import { describe, expect, it } from 'vitest'
import { addDays, formatDate, isIsoDate } from './dates.js'

describe('dates', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2016-02-29')).toBe(true)
    expect(isIsoDate('2017-02-29')).toBe(false)
    expect(isIsoDate('2016-1-8')).toBe(false)
    expect(isIsoDate(20160108)).toBe(false)
  })

  it('adds days across month and year ends', () => {
    expect(addDays('2016-12-31', 1)).toBe('2017-01-01')
    expect(addDays('2017-11-15', 90)).toBe('2018-02-13')
    expect(addDays('2016-03-01', -1)).toBe('2016-02-29')
  })

  it('writes dates out for readers', () => {
    expect(formatDate('2016-01-08')).toBe('8 January 2016')
    expect(formatDate(null)).toBe('')
    expect(formatDate('spring 2016')).toBe('spring 2016')
  })
})
