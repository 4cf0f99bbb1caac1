import { describe, expect, it } from 'vitest'
import { applyLead, applyModifier, partOf } from './frame.js'
import type { Resolved } from './types.js'

const year2016: Resolved = { kind: 'date', start: '2016-01-01', end: '2016-12-31' }

describe('partOf', () => {
  it('splits a year into thirds by months', () => {
    expect(partOf(year2016, 'early')).toEqual({ start: '2016-01-01', end: '2016-04-30' })
    expect(partOf(year2016, 'mid')).toEqual({ start: '2016-05-01', end: '2016-08-31' })
    expect(partOf(year2016, 'late')).toEqual({ start: '2016-09-01', end: '2016-12-31' })
  })

  it('splits a month into thirds by days, the last third to the month end', () => {
    const january = { start: '2016-01-01', end: '2016-01-31' }
    expect(partOf(january, 'early')).toEqual({ start: '2016-01-01', end: '2016-01-10' })
    expect(partOf(january, 'late')).toEqual({ start: '2016-01-21', end: '2016-01-31' })
  })
})

describe('applyModifier', () => {
  it('runs "later this year" from the document date and marks "earlier" as past', () => {
    expect(applyModifier(year2016, 'later', '2016-06-10')).toMatchObject({ start: '2016-06-10', end: '2016-12-31' })
    expect(applyModifier(year2016, 'earlier', '2016-06-10').past).toBe(true)
  })
})

describe('applyLead', () => {
  it('ends "before" the day before the period, but an event keeps its year', () => {
    expect(applyLead({ kind: 'date', start: '2030-01-01', end: '2030-12-31' }, 'before', '2016-01-08')).toMatchObject({
      start: '2016-01-08',
      end: '2029-12-31',
    })
    expect(applyLead({ kind: 'event', start: '2020-01-01', end: '2020-12-31' }, 'before', '2016-01-08')).toMatchObject({ end: '2020-12-31' })
  })

  it('counts "by" from the document date, and leaves "from" open', () => {
    expect(applyLead({ kind: 'date', start: '2030-01-01', end: '2030-12-31' }, 'by', '2016-01-08')).toMatchObject({ start: '2016-01-08', end: '2030-12-31' })
    expect(applyLead({ kind: 'date', start: '2023-01-01', end: '2023-12-31' }, 'from', '2023-03-13')).toMatchObject({ start: '2023-01-01', end: null })
  })

  it('starts "in" at the document date when it falls inside the period', () => {
    expect(applyLead(year2016, 'in', '2016-01-08').start).toBe('2016-01-08')
    expect(applyLead(year2016, 'in', '2015-11-01').start).toBe('2016-01-01')
  })
})
