// Looks a person up in the leaders list by full name or by an unambiguous surname.
import { LEADERS } from './leaders.js'

const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/

const countryByName = new Map<string, string>()
/** Surname (or East Asian family name) → country; null when two countries share it. */
const countryBySurname = new Map<string, string | null>()
/** Surname → first letters of the other words of the leaders' names ("wong" → "l" of Lawrence). */
const initialsBySurname = new Map<string, Set<string>>()
for (const leader of LEADERS) {
  countryByName.set(nameKey(leader.name), leader.country)
  const tokens = nameTokens(leader.name)
  // The last word, and the first one too for names written family name first ("Xi Jinping").
  for (const key of new Set([tokens[tokens.length - 1]!, tokens[0]!])) {
    const known = countryBySurname.get(key)
    countryBySurname.set(key, known === undefined || known === leader.country ? leader.country : null)
    const initials = initialsBySurname.get(key) ?? new Set<string>()
    for (const t of tokens) if (t !== key) initials.add(t[0]!)
    initialsBySurname.set(key, initials)
  }
}

/**
 * The country of a head of state or government, from the name as printed: "Shinzo Abe", "Abe",
 * "Joseph R. Biden Jr." and "Biden" all work; a surname shared by leaders of two countries
 * ("Lee") finds nothing.
 * @returns the canonical country, or null when the name is unknown or ambiguous
 * @example leaderCountry('Prime Minister Abe'.slice(15)) // 'Japan'
 */
export function leaderCountry(name: string): string | null {
  const exact = countryByName.get(nameKey(name))
  if (exact) return exact
  const tokens = nameTokens(name)
  const last = tokens[tokens.length - 1]
  if (!last) return null
  // "Penny Wong" is not "Lawrence Wong": a printed given name must fit the leader's ("Joe" fits "Joseph").
  if (tokens.length > 1 && initialsBySurname.get(last) && !initialsBySurname.get(last)!.has(tokens[0]![0]!)) return null
  return countryBySurname.get(last) ?? null
}

function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()
}

function nameTokens(name: string): string[] {
  return nameKey(name)
    .split(' ')
    .filter((t) => t.length > 0 && !SUFFIX.test(t))
}
