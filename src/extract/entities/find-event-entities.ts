// Named events (summits, conferences, games, expos, General Assembly sessions) as entities, from
// the events list of src/lexicon/events.ts, each under one canonical name.
import type { Entity } from '../../core/item.js'
import { EVENTS, findEventMentions, type EventEntry } from '../../lexicon/events.js'

const GROUPS: Record<string, string> = { apec: 'APEC', g20: 'G20', g7: 'G7', nato: 'NATO', quad: 'Quad' }
const ordinal = (n: number): string => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`

/** Canonical names of events whose ids follow no series pattern. */
const NAMES: Record<string, string> = {
  'expo-2020-dubai': 'Expo 2020 Dubai',
  'expo-2025-osaka': 'Expo 2025 Osaka, Kansai',
  'summit-of-the-future': 'UN Summit of the Future',
  'tokyo-n4g-2021': 'Tokyo Nutrition for Growth Summit 2021',
  'un-food-systems-summit-2021': 'UN Food Systems Summit 2021',
}

/**
 * The canonical name of an event: "G7 Summit 2016", "COP26", "Olympic and Paralympic Games 2020",
 * "78th session of the UN General Assembly", "NPT Review Conference 2022".
 * Note: src/lexicon/events.ts gives ids, not display names, so the name is built from the id;
 * an id of an unknown shape falls back to the words as printed.
 */
export function eventName(entry: EventEntry, printed: string): string {
  const id = entry.id
  let m: RegExpExecArray | null
  if (NAMES[id]) return NAMES[id]
  if ((m = /^(apec|g20|g7|nato|quad)-(\d{4})$/.exec(id))) return m[1] === 'apec' ? `APEC ${m[2]}` : `${GROUPS[m[1]!]} Summit ${m[2]}`
  if ((m = /^cop-(\d+)$/.exec(id))) return `COP${m[1]}`
  if ((m = /^olympics-(\d{4})$/.exec(id))) return `Olympic and Paralympic Games ${m[1]}`
  if ((m = /^unga-(\d+)$/.exec(id))) return `${ordinal(Number(m[1]))} session of the UN General Assembly`
  if ((m = /^npt-revcon-(\d{4})$/.exec(id))) return `NPT Review Conference ${m[1]}`
  if ((m = /^fifa-world-cup-(\d{4})$/.exec(id))) return `FIFA World Cup ${m[1]}`
  if ((m = /^rugby-world-cup-(\d{4})$/.exec(id))) return `Rugby World Cup ${m[1]}`
  if ((m = /^sdg-summit-(\d{4})$/.exec(id))) return `SDG Summit ${m[1]}`
  return printed.replace(/^the\s+/i, '').replace(/\s+/g, ' ')
}

/**
 * Finds named events. Where a name fits several events ("the Elmau Summit": 2015 and 2022) the
 * first listed is taken.
 * @param text the text to scan
 * @param offset added to every start/end
 */
export function findEventEntities(text: string, offset = 0): Entity[] {
  return findEventMentions(text, offset).map((m) => ({
    kind: 'event',
    name: eventName(m.entries[0]!, m.text),
    text: m.text,
    start: m.start,
    end: m.end,
  }))
}

/** The event id behind a canonical event name, for topic hints ("COP26" → "cop-26"), or undefined. */
export function eventIdOf(name: string): string | undefined {
  return idByName().get(name)
}

let ids: Map<string, string> | null = null
function idByName(): Map<string, string> {
  if (ids) return ids
  ids = new Map()
  for (const entry of EVENTS) {
    const name = eventName(entry, '')
    if (name && !ids.has(name)) ids.set(name, entry.id)
  }
  return ids
}
