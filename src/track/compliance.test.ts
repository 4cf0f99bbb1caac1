import { describe, expect, it } from 'vitest'
import { complianceAverages, type ComplianceRecord } from './compliance.js'

const r = (
  itemId: number,
  party: string,
  score: -1 | 0 | 1,
  round: string,
  recordedAt: string,
  topics: string[] = ['cyber'],
  meeting = 'm1',
): ComplianceRecord => ({ itemId, party, score, round, recordedAt, topics, meeting })

const records = [
  r(1, 'Japan', 0, 'interim-2016', '2016-06-01'),
  r(1, 'Japan', 1, 'final-2016', '2016-12-01'),
  r(1, 'United Kingdom', -1, 'interim-2016', '2016-06-01'),
  r(2, 'Japan', 1, 'interim-2016', '2016-06-02', ['maritime', 'cyber'], 'm2'),
  r(3, 'Japan', -1, 'final-2016', '2016-12-02', [], 'm2'),
]

describe('complianceAverages', () => {
  it("averages each party's latest score per item when no round is chosen", () => {
    expect(complianceAverages(records, { by: 'party' })).toEqual([
      { key: 'Japan', count: 3, items: 3, mean: 0.33, percent: 66.7 },
      { key: 'United Kingdom', count: 1, items: 1, mean: -1, percent: 0 },
    ])
  })
  it('keeps interim and final rounds apart', () => {
    expect(complianceAverages(records, { by: 'party', round: 'interim-2016' }).map((a) => [a.key, a.mean])).toEqual([
      ['Japan', 0.5],
      ['United Kingdom', -1],
    ])
    expect(complianceAverages(records, { by: 'party', round: 'final-2016' }).map((a) => [a.key, a.mean])).toEqual([['Japan', 0]])
  })
  it('groups by topic (an item counts in each of its topics) and by meeting', () => {
    expect(complianceAverages(records, { by: 'topic' }).map((a) => [a.key, a.count, a.percent])).toEqual([
      ['(no topic)', 1, 0],
      ['cyber', 3, 66.7],
      ['maritime', 1, 100],
    ])
    expect(complianceAverages(records, { by: 'meeting' }).map((a) => [a.key, a.mean])).toEqual([
      ['m1', 0],
      ['m2', 0],
    ])
  })
})
