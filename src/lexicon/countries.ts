// Country names: ISO 3166 names from i18n-iso-countries, one canonical English name each, plus the
// variants and demonyms our documents use, and the member lists of groupings (G7, Quad, AUKUS ...).
import { matchAll } from '../core/match-all.js'
import countries from 'i18n-iso-countries'
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' }
import { firstLetters } from './first-letters.js'
import { lexiconVersion, userLexicon } from './user-lexicon.js'
import { escapeRegExp } from '../core/escape-regexp.js'

countries.registerLocale(en)

/**
 * Canonical names where the ISO short name is not what diplomatic documents (and our manifests)
 * use: "United States", not "United States of America"; "Republic of Korea", not "South Korea".
 */
const CANONICAL_OVERRIDES: Record<string, string> = {
  BN: 'Brunei',
  BO: 'Bolivia',
  CN: 'China',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  CI: "Côte d'Ivoire",
  CV: 'Cabo Verde',
  CZ: 'Czechia',
  FM: 'Micronesia',
  GB: 'United Kingdom',
  GM: 'The Gambia',
  IR: 'Iran',
  KP: 'North Korea',
  KR: 'Republic of Korea',
  LA: 'Laos',
  MD: 'Moldova',
  MK: 'North Macedonia',
  PS: 'Palestine',
  RU: 'Russia',
  SY: 'Syria',
  TR: 'Türkiye',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  US: 'United States',
  VA: 'Holy See',
  VE: 'Venezuela',
  VN: 'Vietnam',
}

/** Extra names and abbreviations, by ISO alpha-2 code (the ISO list's own variants are added too). */
const EXTRA_ALIASES: Record<string, string[]> = {
  AE: ['U.A.E.', 'the Emirates'],
  AU: ['Commonwealth of Australia'],
  BA: ['Bosnia'],
  CN: ["People's Republic of China", 'PRC', 'the PRC'],
  CZ: ['Czech Republic'],
  GB: ['U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland', 'United Kingdom and Northern Ireland'],
  IN: ['Republic of India'],
  KG: ['Kyrgyz Republic'],
  JP: ['Nippon'],
  KP: ["Democratic People's Republic of Korea", 'DPRK', 'D.P.R.K.', 'North Korea'],
  KR: ['ROK', 'R.O.K.', 'South Korea', 'Korea', 'Republic of Korea'],
  MM: ['Burma'],
  MX: ['United Mexican States'],
  NL: ['Holland'],
  PH: ['Republic of the Philippines', 'the Philippines'],
  RU: ['Russian Federation'],
  SA: ['KSA'],
  TR: ['Turkey', 'Republic of Türkiye'],
  US: ['U.S.', 'U.S.A.', 'USA', 'America', 'United States of America', 'the United States', 'United State', 'U.S'],
  VN: ['Viet Nam', 'Socialist Republic of Viet Nam'],
}

/** Adjectives and nationality words → ISO code ("Japanese side" → Japan). */
const DEMONYMS: Record<string, string[]> = {
  AR: ['Argentine', 'Argentinian'],
  AU: ['Australian'],
  BR: ['Brazilian'],
  CA: ['Canadian'],
  CN: ['Chinese'],
  DE: ['German'],
  DK: ['Danish'],
  EG: ['Egyptian'],
  FI: ['Finnish'],
  ES: ['Spanish'],
  FR: ['French'],
  GB: ['British'],
  ID: ['Indonesian'],
  IL: ['Israeli'],
  IN: ['Indian'],
  IQ: ['Iraqi'],
  IR: ['Iranian'],
  IT: ['Italian'],
  JP: ['Japanese'],
  KP: ['North Korean'],
  KR: ['South Korean', 'Korean'],
  MX: ['Mexican'],
  NL: ['Dutch'],
  NO: ['Norwegian'],
  NZ: ['New Zealand'],
  PH: ['Philippine', 'Filipino'],
  PL: ['Polish'],
  RO: ['Romanian'],
  RU: ['Russian'],
  SA: ['Saudi'],
  SE: ['Swedish'],
  SG: ['Singaporean'],
  TR: ['Turkish'],
  UA: ['Ukrainian'],
  US: ['American', 'U.S.', 'US'],
  VN: ['Vietnamese'],
}

/** Groupings whose name stands for their members when they act together. */
export const GROUP_MEMBERS: Record<string, string[]> = {
  AUKUS: ['Australia', 'United Kingdom', 'United States'],
  // "we – the presidents of the United States, the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of Tajikistan, Turkmenistan, and the Republic of Uzbekistan" (wh 2023-09-21)
  'C5+1': ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan', 'United States'],
  G7: ['Canada', 'France', 'Germany', 'Italy', 'Japan', 'United Kingdom', 'United States'],
  G20: [
    'Argentina',
    'Australia',
    'Brazil',
    'Canada',
    'China',
    'France',
    'Germany',
    'India',
    'Indonesia',
    'Italy',
    'Japan',
    'Mexico',
    'Republic of Korea',
    'Russia',
    'Saudi Arabia',
    'South Africa',
    'Türkiye',
    'United Kingdom',
    'United States',
    'European Union',
  ],
  I2U2: ['India', 'Israel', 'United Arab Emirates', 'United States'],
  P3: ['France', 'United Kingdom', 'United States'],
  Quad: ['Australia', 'India', 'Japan', 'United States'],
}

/** Other names of the groupings. */
const GROUP_ALIASES: Record<string, string[]> = {
  AUKUS: ['AUKUS'],
  'C5+1': ['C5+1', 'C5 + 1'],
  G7: ['G7', 'G-7', 'Group of Seven'],
  G20: ['G20', 'G-20', 'Group of Twenty'],
  I2U2: ['I2U2'],
  P3: ['P3'],
  Quad: ['Quad', 'the Quad', 'Quadrilateral Security Dialogue'],
}

/** A country named in a text. */
export interface CountryMention {
  /** Canonical name: "United Kingdom". */
  name: string
  /** ISO 3166 alpha-2 code. */
  code: string
  /** The words as printed: "the UK". */
  text: string
  start: number
  end: number
  /** True when found through an adjective ("Japanese"), not a name. */
  demonym: boolean
}

const canonicalByCode = new Map<string, string>()
const codeByKey = new Map<string, string>()
const demonymCode = new Map<string, string>()

const keyOf = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[’‘]/g, "'")
    .replace(/^the\s+/i, '')
    .trim()
    .toLowerCase()

for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
  const canonical = CANONICAL_OVERRIDES[code] ?? names[0]!
  canonicalByCode.set(code, canonical)
  for (const n of [canonical, ...names, ...(EXTRA_ALIASES[code] ?? [])]) {
    // Note: skip inverted ISO forms such as "Korea, Republic of": no document writes them.
    if (!n.includes(',')) codeByKey.set(keyOf(n), code)
  }
}
for (const [code, words] of Object.entries(DEMONYMS)) for (const w of words) demonymCode.set(keyOf(w), code)
const builtinKeys = new Set(codeByKey.keys())
const builtinDemonyms = new Set(demonymCode.keys())
const builtinCodes = new Set(canonicalByCode.keys())
let registered = 0

/**
 * Brings the parties of the user lexicons (src/lexicon/user-lexicon.ts) into the name tables: a
 * new party gets the code "X-<name>"; names of a known country become more of its aliases.
 */
function syncUserParties(): void {
  if (registered === lexiconVersion()) return
  registered = lexiconVersion()
  for (const k of [...codeByKey.keys()]) if (!builtinKeys.has(k)) codeByKey.delete(k)
  for (const k of [...demonymCode.keys()]) if (!builtinDemonyms.has(k)) demonymCode.delete(k)
  for (const k of [...canonicalByCode.keys()]) if (!builtinCodes.has(k)) canonicalByCode.delete(k)
  for (const party of userLexicon().parties) {
    const known = codeByKey.get(keyOf(party.name))
    const code = known ?? `X-${party.name}`
    if (!known) canonicalByCode.set(code, party.name)
    for (const n of [party.name, ...(party.aliases ?? [])]) codeByKey.set(keyOf(n), code)
    for (const d of party.demonyms ?? []) demonymCode.set(keyOf(d), code)
  }
  pattern = null
}
// Note: two-letter ISO alias "US" stays; lower-case "us" (the pronoun) is excluded at match time.

/**
 * The canonical English name of a country, from any name, abbreviation or ISO code it goes by.
 * @example canonicalCountry('the U.K.') // 'United Kingdom'
 * @returns null when the name is not a country
 */
export function canonicalCountry(name: string): string | null {
  syncUserParties()
  const k = keyOf(name)
  const code = codeByKey.get(k) ?? (/^[A-Z]{2}$/.test(name.trim()) ? name.trim() : undefined)
  return code ? (canonicalByCode.get(code) ?? null) : null
}

/** The canonical country of a nationality adjective ("Japanese" → "Japan"), or null. */
export function countryOfDemonym(word: string): string | null {
  syncUserParties()
  const code = demonymCode.get(keyOf(word))
  return code ? (canonicalByCode.get(code) ?? null) : null
}

/** The members of a grouping ("G7", "the Quad"), or null when the name is not a known grouping. */
export function groupMembers(name: string): string[] | null {
  const k = keyOf(name)
  for (const [group, aliases] of Object.entries(GROUP_ALIASES)) {
    if (aliases.some((a) => keyOf(a) === k)) return GROUP_MEMBERS[group]!
  }
  for (const o of userLexicon().organisations) {
    if (o.members?.length && [o.name, ...(o.aliases ?? [])].some((a) => keyOf(a) === k)) return o.members.map((m) => canonicalCountry(m) ?? m)
  }
  return null
}

/**
 * The grouping whose members are exactly these countries (the European Union may stand beside a
 * grouping it does not belong to, as at G7 meetings), or null.
 * @example groupOfMembers(['Australia', 'United Kingdom', 'United States']) // 'AUKUS'
 */
export function groupOfMembers(countries: readonly string[]): string | null {
  const given = new Set(countries.map((c) => canonicalCountry(c) ?? c))
  for (const [group, members] of Object.entries(GROUP_MEMBERS)) {
    const rest = new Set(given)
    if (!members.every((m) => rest.delete(m))) continue
    rest.delete('European Union')
    if (rest.size === 0) return group
  }
  return null
}

/**
 * The short name of a grouping printed under any of its names ("Group of Seven" → "G7"), or null.
 * @example groupShortName('the Group of Seven') // 'G7'
 */
export function groupShortName(name: string): string | null {
  const k = keyOf(name.replace(/^the\s+/i, ''))
  for (const [group, aliases] of Object.entries(GROUP_ALIASES)) if (aliases.some((a) => keyOf(a.replace(/^the\s+/i, '')) === k)) return group
  return null
}

let groupPattern: { version: number; re: RegExp } | null = null

/** A pattern (global) over the names of every grouping with members, the user's included: "the Quad", "G-7". */
export function groupNamePattern(): RegExp {
  if (groupPattern?.version !== lexiconVersion()) {
    const names = [
      ...Object.values(GROUP_ALIASES).flat(),
      ...userLexicon()
        .organisations.filter((o) => o.members?.length)
        .flatMap((o) => [o.name, ...(o.aliases ?? [])]),
    ]
      .map((n) => n.replace(/^the\s+/i, ''))
      .sort((a, b) => b.length - a.length)
      .map((n) => escapeRegExp(n).replace(/-/g, '-?'))
    groupPattern = { version: lexiconVersion(), re: new RegExp(`(?<![\\p{L}\\p{N}])(?:the\\s+)?(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu') }
  }
  groupPattern.re.lastIndex = 0
  return groupPattern.re
}

/** All canonical country names. */
export function allCountries(): string[] {
  return [...new Set(canonicalByCode.values())].sort()
}

function buildPattern(): RegExp {
  const names = new Set<string>()
  for (const [code, canonical] of canonicalByCode) {
    names.add(canonical)
    for (const n of countries.getNames('en', { select: 'all' })[code] ?? []) if (!n.includes(',')) names.add(n)
    for (const n of EXTRA_ALIASES[code] ?? []) names.add(n.replace(/^the\s+/i, ''))
  }
  for (const words of Object.values(DEMONYMS)) for (const w of words) names.add(w)
  for (const p of userLexicon().parties) for (const n of [p.name, ...(p.aliases ?? []), ...(p.demonyms ?? [])]) names.add(n.replace(/^the\s+/i, ''))
  // Note: names are written with "'" but documents often print "’" ("Democratic People’s Republic of Korea").
  const alternatives = [...names].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n).replace(/'/g, "['’]"))
  // Letters or digits must not touch the match; "U.S." may end in a full stop.
  return new RegExp(`${firstLetters(names, 't')}(?<![\\p{L}\\p{N}])(?:the\\s+)?(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
}

let pattern: RegExp | null = null

/**
 * Finds the countries named in a text (names, abbreviations and nationality adjectives).
 * @param text the text to scan
 * @param offset added to every start/end, so offsets point into the whole document
 * @example findCountryMentions('Japan and the UK would cooperate')
 *   // [{ name: 'Japan', text: 'Japan', start: 0, end: 5 }, { name: 'United Kingdom', text: 'the UK', start: 10, end: 16 }]
 */
export function findCountryMentions(text: string, offset = 0): CountryMention[] {
  // Every name and adjective in the list is capitalised: a text without capitals names none.
  if (!/[A-Z\u00c0-\u00de]/.test(text)) return []
  syncUserParties()
  pattern ??= buildPattern()
  const found: CountryMention[] = []
  for (const m of matchAll(text, pattern)) {
    const words = m[0].replace(/^the\s+/i, '')
    // "US" is a country only in capitals; "us" is a pronoun.
    if (words === 'us' || words === 'Us') continue
    const code = codeByKey.get(keyOf(words)) ?? demonymCode.get(keyOf(words))
    if (!code) continue
    const demonym = !codeByKey.has(keyOf(words))
    found.push({ name: canonicalByCode.get(code)!, code, text: m[0], start: offset + m.index, end: offset + m.index + m[0].length, demonym })
  }
  return found
}

/** One printed form findCountryMentions matches: a name, variant, abbreviation or adjective. */
export interface CountryNameForm {
  /** The form as printed ("UK", "Viet Nam", "Japanese"); never with a leading "the". */
  text: string
  /** ISO 3166 alpha-2 code. */
  code: string
  /** Canonical name of the country. */
  name: string
  /** True for a nationality adjective. */
  demonym: boolean
}

/**
 * Every printed form that findCountryMentions looks for, so that other matchers (the token
 * gazetteer of src/extract/entities) find exactly the same countries. Mentions may also carry a
 * leading lower-case "the", as in findCountryMentions.
 */
export function countryNameForms(): CountryNameForm[] {
  const forms = new Set<string>()
  const all = countries.getNames('en', { select: 'all' })
  for (const [code, canonical] of canonicalByCode) {
    forms.add(canonical)
    for (const n of all[code] ?? []) if (!n.includes(',')) forms.add(n)
    for (const n of EXTRA_ALIASES[code] ?? []) forms.add(n.replace(/^the\s+/i, ''))
  }
  for (const words of Object.values(DEMONYMS)) for (const w of words) forms.add(w)
  const out: CountryNameForm[] = []
  for (const text of forms) {
    const code = codeByKey.get(keyOf(text)) ?? demonymCode.get(keyOf(text))
    if (code) out.push({ text, code, name: canonicalByCode.get(code)!, demonym: !codeByKey.has(keyOf(text)) })
  }
  return out
}
