// Countries named in a text, as entities: names and abbreviations always, nationality adjectives
// unless they are part of a place name ("Korean Peninsula", "Indian Ocean") or a region ("Latin American").
import { matchAll } from '../../core/match-all.js'
import type { Entity } from '../../core/item.js'
import { countryNameForms } from '../../lexicon/countries.js'
import { firstLetters } from '../../lexicon/first-letters.js'
import { Gazetteer } from './gazetteer.js'
import { tokenize, type Token } from './tokens.js'
import { escapeRegExp } from '../../core/escape-regexp.js'

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

// "Korean Peninsula", "Latin American", "North American Leaders’ Summit", "Indian Ocean Rim".
const PLACE_PATTERN = new RegExp(
  `${firstLetters(PLACE_NAMES)}(?<![\\p{L}\\p{N}])(?:${PLACE_NAMES.map(escapeRegExp).join('|')})(?:n|s)?(?![\\p{L}\\p{N}])`,
  'giu',
)

// Country names that are written with "the" ("the UK", "the Philippines"); other names lose a "the"
// that belongs to the phrase around them ("the Japan-UK Consultation").
const TAKES_THE =
  /^(?:[A-Z.]{2,}|(?:United|Republic|Democratic|Kingdom|Federal|Islamic|Holy|Czech|Dominican|Central|Russian|Solomon|Marshall|Cook|Gambia|Bahamas|Philippines|Netherlands|Maldives|Comoros|Seychelles|Emirates|Vatican|Congo|Sudan)\b)/u

/** What a country form stands for. */
interface CountryValue {
  name: string
  demonym: boolean
}

let gazetteer: Gazetteer<CountryValue> | null = null

/** The country gazetteer: every form of src/lexicon/countries.ts, as tokens. */
function countries(): Gazetteer<CountryValue> {
  if (gazetteer) return gazetteer
  gazetteer = new Gazetteer<CountryValue>()
  const values = new Map<string, CountryValue>()
  for (const form of countryNameForms()) {
    const key = `${form.code}:${form.demonym}`
    const value = values.get(key) ?? { name: form.name, demonym: form.demonym }
    values.set(key, value)
    const other = gazetteer.add(
      tokenize(form.text, { mergeAbbreviations: true }).map((t) => t.key),
      value,
    )
    // Note: "U.S." and "US" are one token sequence; a real clash (two countries) keeps the first.
    if (other && other.name !== value.name) continue
  }
  return gazetteer
}

/**
 * Finds countries: names ("Japan", "the UK", "DPRK") and nationality adjectives ("the Japanese
 * side", "British and Japanese nationals"), each with the country's canonical name, exactly as
 * findCountryMentions (src/lexicon/countries.ts) would, but over tokens (many times faster).
 * Policy: an adjective counts, since "Japanese participation" is Japan taking part; the text of an
 * adjective mention is the adjective alone. A "the" is kept only before names written with it
 * ("the UK", "the Philippines"), not before a compound ("the Japan-UK Consultation"). Curly
 * apostrophes count as straight ones ("Democratic People’s Republic of Korea" is North Korea).
 * @param text the text to scan
 * @param offset added to every start/end
 */
export function findCountryEntities(text: string, offset = 0): Entity[] {
  return countriesInTokens(text, tokenize(text, { mergeAbbreviations: true }), offset)
}

/**
 * findCountryEntities over tokens already made by tokenize(text, { mergeAbbreviations: true })
 * (or lexiconTokens, whose spelling changes touch no country name).
 */
export function countriesInTokens(text: string, tokens: readonly Token[], offset = 0): Entity[] {
  const found: Entity[] = []
  let places: Array<[number, number]> | null = null
  for (const { value, from, to } of countries().matches(tokens)) {
    let start = tokens[from]!.start
    const end = tokens[to - 1]!.end
    const before = tokens[from - 1]
    const bare = text.slice(start, end)
    const hyphenated = /^[-‐‑–]/.test(text.slice(end, end + 1))
    if (before?.key === 'the' && /^\s+$/.test(text.slice(before.end, start)) && !value.demonym && !hyphenated && TAKES_THE.test(bare)) {
      start = before.start
    }
    if (places === null) {
      places = []
      for (const m of matchAll(text, PLACE_PATTERN)) places.push([m.index, m.index + m[0].length])
    }
    if (places.some(([a, b]) => start < b && end > a)) continue
    found.push({ kind: 'country', name: value.name, text: text.slice(start, end), start: offset + start, end: offset + end })
  }
  return found
}
