import { describe, expect, it } from 'vitest'
import type { Assessment, ComplianceScore } from '../core/tracking.js'
import { complianceByParty, pickScores } from './compliance.js'

let nextId = 1
function a(party: string, score: ComplianceScore, round: string, recordedAt: string): Assessment {
  return { id: nextId++, itemId: 'p1-1', party, score, rationale: `${party} ${round}`, round, author: 'x', recordedAt }
}

describe('pickScores', () => {
  const list = [
    a('United Kingdom', -1, 'interim-2016', '2016-07-01T00:00:00Z'),
    a('Japan', 0, 'interim-2016', '2016-07-01T00:00:00Z'),
    a('Japan', 1, 'final-2016', '2016-12-20T00:00:00Z'),
    a('Japan', 0, 'final-2016', '2016-12-01T00:00:00Z'),
  ]

  it('takes the named round, the latest recorded when a party was scored twice in it', () => {
    expect(pickScores(list, 'final-2016', ['Japan', 'United Kingdom'])).toEqual([
      { party: 'Japan', score: 1, rationale: 'Japan final-2016', round: 'final-2016', author: 'x' },
    ])
  })

  it('takes the latest assessment per party when no round is named', () => {
    const scores = pickScores(list, null, ['Japan', 'United Kingdom'])
    expect(scores.map((s) => [s.party, s.score, s.round])).toEqual([
      ['Japan', 1, 'final-2016'],
      ['United Kingdom', -1, 'interim-2016'],
    ])
  })

  it('lists meeting parties first, then other parties alphabetically', () => {
    const scores = pickScores([a('Zambia', 0, 'r', 't'), a('Austria', 0, 'r', 't'), a('Japan', 0, 'r', 't')], 'r', ['Japan'])
    expect(scores.map((s) => s.party)).toEqual(['Japan', 'Austria', 'Zambia'])
  })
})

describe('complianceByParty', () => {
  const s = (party: string, score: ComplianceScore) => ({ party, score, rationale: '', round: 'r', author: '' })

  it('maps the mean score onto 0–100 %: −1 → 0 %, 0 → 50 %, +1 → 100 %', () => {
    const result = complianceByParty(
      [
        [s('A', -1), s('B', 1), s('C', 0)],
        [s('A', -1), s('B', 1), s('C', 1)],
      ],
      ['A', 'B', 'C'],
    )
    expect(result.map((r) => [r.party, r.mean, r.percent])).toEqual([
      ['A', -1, 0],
      ['B', 1, 100],
      ['C', 0.5, 75],
    ])
    expect(result[2]).toMatchObject({ scored: 2, done: 1, partly: 1, notDone: 0 })
  })

  it('lists a party with no score with null mean and percent', () => {
    expect(complianceByParty([], ['Japan'])).toEqual([{ party: 'Japan', mean: null, percent: null, scored: 0, done: 0, partly: 0, notDone: 0 }])
  })
})
