import { describe, expect, it } from 'vitest'
import { assessableParties, resolveParty } from './parties.js'
import { resolveActor } from './actor.js'
import { describeChange } from './describe-change.js'

describe('assessable parties', () => {
  it('are the actors and meeting parties, groupings expanded', () => {
    const allowed = assessableParties(['G7'], ['Japan'])
    expect(allowed).toContain('Canada')
    expect(allowed).toContain('G7')
    expect(resolveParty('the U.K.', allowed, 4)).toBe('United Kingdom')
    expect(() => resolveParty('Brazil', ['Japan', 'United Kingdom'], 4)).toThrow('"Brazil" is not a party of item 4; assess one of: Japan, United Kingdom')
  })
})

describe('resolveActor', () => {
  it('prefers --as, then $COMMUNIQUE_USER, then the OS user', () => {
    expect(resolveActor({ as: 'alice', envUser: 'bob', osUser: 'root' })).toBe('alice')
    expect(resolveActor({ as: ' ', envUser: 'bob', osUser: 'root' })).toBe('bob')
    expect(resolveActor({ osUser: 'root' })).toBe('root')
    expect(() => resolveActor({})).toThrow(/pass --as NAME/)
  })
})

describe('describeChange', () => {
  it('says what a history entry changed', () => {
    expect(describeChange({ field: 'status', before: 'not-started', after: 'done' })).toBe('status: not-started → done')
    expect(describeChange({ field: 'owner', before: null, after: 'MOFA' })).toBe('owner: (none) → MOFA')
    expect(describeChange({ field: 'assessment', before: { score: 0 }, after: { party: 'Japan', round: 'final', score: 1, rationale: 'done' } })).toBe(
      'assessment Japan [final]: 0 → +1 (done)',
    )
  })
})
