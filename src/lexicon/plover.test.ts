import { describe, expect, it } from 'vitest'
import type { EventCategory, ItemType } from '../core/item.js'
import { EVENT_CATEGORIES, eventCategory, PLOVER_CUES } from './plover.js'

describe('eventCategory', () => {
  // One row per case: type, verb, text → category.
  it.each<[ItemType, string | null, string, EventCategory]>([
    ['commitment', 'would cooperate', 'Japan and the UK would cooperate to tackle global security challenges', 'COOPERATE'],
    ['commitment', 'decided', 'the Ministers decided to strengthen information-sharing and cooperation in cybersecurity', 'COOPERATE'],
    ['directive', 'directed', 'the Ministers directed their officials to meet regularly and exchange information and proposals', 'CONSULT'],
    [
      'directive',
      'instructed',
      'The Ministers instructed their respective officials to closely follow up the results of today’s Meeting and report to the next Meeting',
      'CONSULT',
    ],
    ['directive', 'urged', 'the Ministers urged negotiations to conclude at the earliest possible opportunity', 'AGREE'],
    ['support', 'supported', 'supported the exercise of freedom of navigation and overflight', 'SUPPORT'],
    ['commitment', 'reaffirmed', 'reaffirmed their commitment to supporting Ukraine’s efforts towards political and economic stability', 'SUPPORT'],
    ['call', 'urged', 'They urged North Korea to comply with all relevant UN Security Council resolutions', 'DEMAND'],
    ['call', 'called on', 'They called on all parties to refrain from activities that increase tension', 'REQUEST'],
    ['position', 'condemned', 'The Ministers strongly condemned the nuclear test conducted by North Korea on 6 January', 'ACCUSE'],
    [
      'position',
      'expressed',
      'The Ministers expressed grave concern over North Korea’s continued development of nuclear and ballistic missile programmes',
      'ACCUSE',
    ],
    ['position', 'expressed', 'They expressed their opposition to any coercive or unilateral actions', 'REJECT'],
    ['position', 'will not accept', 'We will not accept any unilateral attempts to change the status quo by force', 'REJECT'],
    ['commitment', 'will provide', 'Japan will provide USD 10 million in emergency grant assistance to Ukraine', 'AID'],
    ['commitment', 'will impose', 'the G7 will impose sanctions on those responsible', 'SANCTION'],
    ['commitment', null, 'continuing joint exercises on mine sweeping in the Gulf', 'ENGAGE'],
    ['commitment', 'would pursue', 'they would pursue the visit of RAF Typhoon aircraft to Japan in 2016', 'ENGAGE'],
    ['commitment', 'will', 'both sides will sign the Reciprocal Access Agreement', 'AGREE'],
    ['commitment', 'will', 'Russia must withdraw its forces', 'RETREAT'],
    ['position', 'warned', 'the Leaders warned of severe consequences', 'THREATEN'],
    ['position', 'noted', 'noted that decisions of the tribunal are legally binding', 'OTHER'],
    ['commitment', null, 'a new joint study on personnel vulnerability evaluation', 'COOPERATE'],
  ])('%s "%s": %s → %s', (type, verb, text, expected) => {
    expect(eventCategory({ type, verb, text })).toBe(expected)
  })

  it('reads the cue at or after the verb, not a word before it', () => {
    const text = 'Recognising the shared challenge, the Ministers condemned the attacks'
    expect(eventCategory({ type: 'position', verb: 'condemned', text })).toBe('ACCUSE')
    expect(eventCategory({ type: 'support', verb: 'supported', text: 'Having condemned the attack, they supported the inquiry' })).toBe('SUPPORT')
  })
})

describe('PLOVER_CUES', () => {
  it('have unique ids, documented categories and patterns without capturing groups', () => {
    const ids = PLOVER_CUES.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const c of PLOVER_CUES) {
      expect(EVENT_CATEGORIES[c.category], c.id).toBeTruthy()
      expect(new RegExp(`${c.pattern}|`).exec('')!.length, c.id).toBe(1)
    }
  })
})
