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

  it('splits a list of actions in the base form at each comma before a verb (session 8)', () => {
    const units = splitActions(
      item(
        'we pledge to respond to the economic and health impacts of COVID-19, combat climate change, and address shared challenges, including in cyber space',
        'respond to the economic and health impacts of COVID-19, combat climate change, and address shared challenges',
      ),
    )
    expect(units.map((u) => u.text)).toEqual([
      'we pledge to respond to the economic and health impacts of COVID-19',
      'combat climate change',
      'address shared challenges, including in cyber space',
    ])
    expect(units[0]!.action).toBe('respond to the economic and health impacts of COVID-19')
    expect(units[1]!.start).toBe(10 + 'we pledge to respond to the economic and health impacts of COVID-19, '.length)
  })

  it('keeps lists of adjectives and purpose clauses whole', () => {
    expect(
      splitActions(item('commit to maintaining an inclusive, free, and open Indo-Pacific', 'maintaining an inclusive, free, and open Indo-Pacific')),
    ).toHaveLength(1)
    expect(
      splitActions(item('our countries will cooperate to create a safe, prosperous, and dynamic region', 'cooperate to create a safe region')),
    ).toHaveLength(1)
    // Note: no list of actions ends the item ("and benefit" is not the end of a comma list), so ", to speed" does not cut.
    expect(
      splitActions(item('we will join forces to expand safe, affordable, and effective vaccine production, to speed economic recovery', 'join forces')),
    ).toHaveLength(1)
  })

  it('does not cut before a noun that is also a verb ("respect for")', () => {
    expect(splitActions(item('to promote the rule of law, respect for human rights, and meet the needs of migrants', 'promote')).map((u) => u.text)).toEqual([
      'to promote the rule of law, respect for human rights',
      'meet the needs of migrants',
    ])
  })

  it('keeps verbs that share one object together', () => {
    expect(
      splitActions(item('The three leaders committed to intensify and expand coordinated efforts to prosecute drug traffickers', 'intensify')),
    ).toHaveLength(1)
    expect(splitActions(item('we will strengthen health security to prevent, prepare for, and respond to future pandemics', 'strengthen'))).toHaveLength(1)
    expect(splitActions(item('they will sign a memorandum on trade and launch a dialogue on investment', 'sign')).map((u) => u.verb)).toEqual([
      'sign',
      'launch',
    ])
  })

  it('splits before "and continuing to"', () => {
    expect(
      splitActions(item('The three countries committed to meeting again this summer and continuing to build on existing frameworks', 'meeting again')).map(
        (u) => u.verb,
      ),
    ).toEqual(['meeting', 'continuing'])
  })
})
