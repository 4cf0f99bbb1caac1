import { describe, expect, it } from 'vitest'
import { EVENTS } from '../../lexicon/events.js'
import { eventIdOf, eventName, findEventEntities } from './find-event-entities.js'

describe('findEventEntities', () => {
  it.each<[string, string]>([
    ['the 2020 Tokyo Olympic and Paralympic Games', 'Olympic and Paralympic Games 2020'],
    ['the G7 Hiroshima Summit', 'G7 Summit 2023'],
    ['submit NDCs ahead of UNFCCC-COP30', 'COP30'],
    ['the 70th session of the UN General Assembly', '70th session of the UN General Assembly'],
    ['the 2019 Rugby World Cup', 'Rugby World Cup 2019'],
  ])('%s → %s', (text, name) => {
    const [e] = findEventEntities(text)
    expect(e?.name).toBe(name)
    expect(text.slice(e!.start, e!.end)).toBe(e!.text)
  })

  it('gives every listed event a distinct name that leads back to its id', () => {
    const names = EVENTS.map((e) => eventName(e, ''))
    for (const [i, n] of names.entries()) expect(n, EVENTS[i]!.id).not.toBe('')
    const firstOf = new Map<string, string>()
    for (const [i, n] of names.entries()) if (!firstOf.has(n)) firstOf.set(n, EVENTS[i]!.id)
    for (const [n, id] of firstOf) expect(eventIdOf(n)).toBe(id)
  })
})
