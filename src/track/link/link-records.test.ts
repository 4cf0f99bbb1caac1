import { describe, expect, it } from 'vitest'
import type { Link } from '../../core/tracking.js'
import { planLinkUpdate, statusFromLink, toNewLink, type NewLink } from './link-records.js'
import type { LinkSuggestion } from './types.js'

const suggestion: LinkSuggestion = {
  itemId: 'p5-2',
  kind: 'reported-done',
  score: 0.42,
  meetingId: '2021-09-24',
  paragraph: 4,
  passage: 'We launched the Quad Vaccine Experts Group.',
  start: 100,
  end: 143,
  targetItemId: 'p4-1',
  rule: 'reported-done/launched',
  cue: 'launched',
  signals: { lexical: 0.3, names: null, topics: null, ngram: 1, sharedNames: [], sharedNgram: 'vaccin expert', distinctive: true, yearsDiffer: false },
  reason: 'words: vaccine, experts; cue "launched" → reported-done',
  action: { id: 'p5-2', start: 10, end: 60, text: 'establish a vaccine expert working group' },
}
const stored = (id: number, review: Link['review'], over: Partial<Link> = {}): Link => ({ id, ...toNewLink(suggestion, '17'), review, ...over })

describe('toNewLink', () => {
  it('maps the item ids and starts as a suggestion', () => {
    expect(toNewLink(suggestion, '17', '42')).toMatchObject({ itemId: '17', review: 'suggested', targetItemId: '42', start: 100, end: 143 })
    expect(toNewLink(suggestion, '17').targetItemId).toBeNull()
  })
})

describe('planLinkUpdate', () => {
  const fresh: NewLink = toNewLink(suggestion, '17')

  it('inserts what is new, updates suggestions found again, removes suggestions not found again', () => {
    const other = stored(2, 'suggested', { start: 500, end: 540 })
    expect(planLinkUpdate([stored(1, 'suggested', { score: 0.3 }), other], [fresh])).toEqual({
      insert: [],
      update: [{ id: 1, kind: 'reported-done', score: 0.42, reason: suggestion.reason }],
      remove: [2],
    })
    expect(planLinkUpdate([], [fresh])).toEqual({ insert: [fresh], update: [], remove: [] })
  })

  it('never touches or re-suggests links a person reviewed', () => {
    expect(planLinkUpdate([stored(1, 'rejected', { score: 0.1 }), stored(2, 'confirmed', { start: 500, end: 540 })], [fresh])).toEqual({
      insert: [],
      update: [],
      remove: [],
    })
  })
})

describe('statusFromLink', () => {
  it('sets done with the passage as evidence for a confirmed reported-done link', () => {
    expect(statusFromLink(stored(1, 'confirmed'), { date: '2021-09-24', title: 'Joint Statement from Quad Leaders' })).toEqual({
      status: 'done',
      evidence: {
        date: '2021-09-24',
        url: null,
        note: 'Reported done in Joint Statement from Quad Leaders (2021-09-24), ¶4: "We launched the Quad Vaccine Experts Group."',
      },
    })
  })

  it('changes nothing for a suggestion, a rejected link or another kind', () => {
    expect(statusFromLink(stored(1, 'suggested'), { date: '2021-09-24' })).toBeNull()
    expect(statusFromLink(stored(1, 'rejected'), { date: '2021-09-24' })).toBeNull()
    expect(statusFromLink(stored(1, 'confirmed', { kind: 'reaffirmed' }), { date: '2021-09-24' })).toBeNull()
  })
})
