import { describe, expect, it } from 'vitest'
import { dueFromDeadline, isOverdue, parseDue } from './due.js'

describe('due dates', () => {
  it('start at the deadline end, and an open or relative deadline gives none', () => {
    expect(dueFromDeadline({ text: 'in 2016', start: '2016-01-01', end: '2016-12-31', span: { start: 0, end: 7 } })).toBe('2016-12-31')
    expect(dueFromDeadline({ text: 'at the earliest possible opportunity', start: null, end: null, span: { start: 0, end: 1 } })).toBeNull()
    expect(dueFromDeadline(null)).toBeNull()
  })
  it('read a calendar date or "none", nothing else', () => {
    expect(parseDue('2016-02-29')).toBe('2016-02-29')
    expect(parseDue('none')).toBeNull()
    expect(() => parseDue('2015-02-29')).toThrow(/YYYY-MM-DD/)
    expect(() => parseDue('31/12/2016')).toThrow(/got "31\/12\/2016"/)
  })
  it('make an item overdue only when past due and not done or dropped', () => {
    expect(isOverdue({ due: '2016-06-30', status: 'in-progress' }, '2016-07-01')).toBe(true)
    expect(isOverdue({ due: '2016-06-30', status: 'in-progress' }, '2016-06-30')).toBe(false)
    expect(isOverdue({ due: '2016-06-30', status: 'done' }, '2017-01-01')).toBe(false)
    expect(isOverdue({ due: null, status: 'not-started' }, '2017-01-01')).toBe(false)
  })
})
