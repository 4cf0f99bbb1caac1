import { describe, expect, it } from 'vitest'
import { EVENTS, EVENT_CUE, eventsNamed, findEventMentions } from './events.js'

const ISO = /^\d{4}-\d{2}-\d{2}$/

describe('EVENTS', () => {
  it('is sorted by id, with unique ids', () => {
    const ids = EVENTS.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual([...ids].sort())
  })

  it('has valid dates that fall around the event year', () => {
    for (const e of EVENTS) {
      if (e.start === undefined) continue
      expect(e.start, e.id).toMatch(ISO)
      expect(e.end, e.id).toMatch(ISO)
      expect(e.start <= e.end!, e.id).toBe(true)
      // Postponed events (Tokyo 2020, Expo 2020) are held after their name's year, never before it.
      expect(Number(e.start.slice(0, 4)) - e.year, e.id).toBeGreaterThanOrEqual(0)
      expect(Number(e.start.slice(0, 4)) - e.year, e.id).toBeLessThanOrEqual(1)
    }
  })

  it('has names that compile and capture nothing', () => {
    for (const e of EVENTS) {
      for (const name of e.names) {
        const re = new RegExp(`${name}|`, 'u')
        expect(re.exec('')!.length, `${e.id}: ${name}`).toBe(1)
      }
    }
  })
})

describe('eventsNamed', () => {
  it.each([
    ['2020 Tokyo Olympic and Paralympic Games', 'olympics-2020'],
    ['Olympic and Paralympic Games Tokyo 2020', 'olympics-2020'],
    ['2019 Rugby World Cup', 'rugby-world-cup-2019'],
    ['COP26', 'cop-26'],
    ['UNFCCC-COP28', 'cop-28'],
    ['COP 21', 'cop-21'],
    ['G7 Hiroshima Summit', 'g7-2023'],
    ['G7 Summit in Apulia', 'g7-2024'],
    ['Apulia G7 Leaders’ Summit', 'g7-2024'],
    ['G7 Ise Shima Summit', 'g7-2016'],
    ['2023 G20 Leaders’ Summit in New Delhi', 'g20-2023'],
    ['G20 Summit in Bali', 'g20-2022'],
    ['Expo 2025 Osaka', 'expo-2025-osaka'],
    ['2028 Los Angeles Olympics', 'olympics-2028'],
    ['APEC 2023', 'apec-2023'],
    ['2026 NPT Review Conference', 'npt-revcon-2026'],
    ['2020 NPT Review Conference', 'npt-revcon-2022'],
    ['80th session of the UN General Assembly', 'unga-80'],
    ['seventieth session of the United Nations General Assembly', 'unga-70'],
    ['NATO Leaders’ Summit in Madrid', 'nato-2022'],
    ['2023 Vilnius Summit', 'nato-2023'],
  ])('knows %s as %s', (words, id) => {
    expect(eventsNamed(words).map((e) => e.id)).toContain(id)
    expect(EVENT_CUE.test(words)).toBe(true)
  })

  it('lists every event a shared name may stand for', () => {
    expect(eventsNamed('Elmau Summit').map((e) => e.id)).toEqual(['g7-2015', 'g7-2022'])
  })

  it('knows no "COP15" (the biodiversity COP is not on the list)', () => {
    expect(eventsNamed('COP15')).toEqual([])
  })
})

describe('findEventMentions', () => {
  it('finds events with their offsets', () => {
    const text = 'in the run up to the 2019 Rugby World Cup and 2020 Tokyo Olympics in Japan'
    const found = findEventMentions(text, 10)
    expect(found.map((m) => [m.entries[0]!.id, m.text])).toEqual([
      ['rugby-world-cup-2019', '2019 Rugby World Cup'],
      ['olympics-2020', '2020 Tokyo Olympics'],
    ])
    for (const m of found) expect(text.slice(m.start - 10, m.end - 10)).toBe(m.text)
  })

  it('finds nothing in a text without events', () => {
    expect(findEventMentions('the Ministers decided to strengthen cooperation in cybersecurity')).toEqual([])
  })
})
