// Countries named in a text, as entities: names and abbreviations always, nationality adjectives
// unless they are part of a place name ("Korean Peninsula", "Indian Ocean") or a region ("Latin American").
import type { Entity } from '../../core/item.js'
import { findCountryMentions } from '../../lexicon/countries.js'

/**
 * Place names that contain a country name or adjective but name no country. A country mention
 * inside one of these is dropped.
 */
export const PLACE_NAMES: readonly string[] = [
  'Arabian Gulf',
  'Central America',
  'Chinese Taipei',
  'East China Sea',
  'Gulf of Guinea',
  'Gulf of Mexico',
  'Indian Ocean',
  'Korean Peninsula',
  'Latin America',
  'North America',
  'Sea of Japan',
  'South America',
  'South China Sea',
]

// Country names that are written with "the" ("the UK", "the Philippines"); other names lose a "the"
// that belongs to the phrase around them ("the Japan-UK Consultation").
const TAKES_THE = /^(?:[A-Z.]{2,}|(?:United|Republic|Democratic|Kingdom|Federal|Islamic|Holy|Czech|Dominican|Central|Russian|Solomon|Marshall|Cook|Gambia|Bahamas|Philippines|Netherlands|Maldives|Comoros|Seychelles|Emirates|Vatican|Congo|Sudan)\b)/u

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// "Korean Peninsula", "Latin American", "North American Leaders’ Summit", "Indian Ocean Rim".
const PLACE_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PLACE_NAMES.map(escape).join('|')})(?:n|s)?(?![\\p{L}\\p{N}])`, 'giu')

/**
 * Finds countries: names ("Japan", "the UK", "DPRK") and nationality adjectives ("the Japanese
 * side", "British and Japanese nationals"), each with the country's canonical name. Policy:
 * an adjective counts, since "Japanese participation" is Japan taking part; the text of an
 * adjective mention is the adjective alone (without "the"). Curly apostrophes are read as
 * straight ones ("Democratic People’s Republic of Korea" is North Korea, not the Republic of Korea).
 * @param text the text to scan
 * @param offset added to every start/end
 */
export function findCountryEntities(text: string, offset = 0): Entity[] {
  // Note: the replacement keeps every offset, since both apostrophes are one UTF-16 unit.
  const plain = text.replace(/[’‘]/g, "'")
  const places: Array<[number, number]> = []
  for (const m of plain.matchAll(PLACE_PATTERN)) places.push([m.index, m.index + m[0].length])
  const found: Entity[] = []
  for (const m of findCountryMentions(plain)) {
    let start = m.start
    const bare = m.text.replace(/^the\s+/i, '')
    const hyphenated = plain[m.end] === '-' || plain[m.end] === '–'
    if (bare !== m.text && (m.demonym || hyphenated || !TAKES_THE.test(bare))) start += m.text.length - bare.length
    if (places.some(([a, b]) => start < b && m.end > a)) continue
    found.push({ kind: 'country', name: m.name, text: text.slice(start, m.end), start: offset + start, end: offset + m.end })
  }
  return found
}
