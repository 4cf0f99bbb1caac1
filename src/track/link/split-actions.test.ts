import { describe, expect, it } from 'vitest'
import type { Item } from '../../core/item.js'
import { splitActions } from './split-actions.js'

const item = (text: string, action: string): Item => ({
  id: 'p1-1',
  type: 'directive',
  paragraph: 1,
  text,
  start: 10,
  end: 10 + text.length,
  actors: [],
  actorRole: 'parties',
  action,
  modality: 'future',
  deadline: null,
  topics: [],
  entities: [],
  strength: 'firm',
  reaffirmed: false,
  event: 'OTHER',
  rule: 'test',
})

describe('splitActions', () => {
  it('splits at "and" before an action verb, with offsets into the document', () => {
    const units = splitActions(item('officials will closely follow up the results and report to the next Meeting', 'follow up the results'))
    expect(units.map((u) => [u.id, u.verb, u.text])).toEqual([
      ['p1-1/a1', 'follow', 'officials will closely follow up the results'],
      ['p1-1/a2', 'report', 'report to the next Meeting'],
    ])
    expect(units[1]!.start).toBe(10 + 'officials will closely follow up the results and '.length)
  })

  it('splits at semicolons and "as well as" too', () => {
    expect(
      splitActions(item('We will establish a working group; hold a summit by 2021, as well as launch the Quad Fellowship', 'establish a working group')).map(
        (u) => u.verb,
      ),
    ).toEqual(['establish', 'hold', 'launch'])
  })

  it('keeps one action when "and" joins nouns', () => {
    const one = splitActions(
      item('They will strengthen information-sharing and cooperation in cybersecurity', 'strengthen information-sharing and cooperation'),
    )
    expect(one).toHaveLength(1)
    expect(one[0]!.id).toBe('p1-1')
  })
})
