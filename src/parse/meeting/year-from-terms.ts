// Gives a year to a meeting day printed without one, from the terms of office of the people who
// met: "On 20 July, Foreign Secretary Jeremy Hunt ... hosted ... Julie Bishop" can only be 2018.
import { OFFICE_KINDS, TERMS, type OfficeKind, type Term } from '../lexicon/officeholders.js'
import { isValidDay, toIso } from './dates.js'

/** A person of the meeting as the reader found them. */
export interface PersonInOffice {
  name: string
  office: string | null
  country: string | null
}

/** The year found, with the people whose terms placed it. */
export interface YearFromTerms {
  iso: string
  people: string[]
}

/**
 * The one year in which every person found in the terms list held office on that day of that
 * month, or null when no person is known or several years fit.
 * @example yearFromTerms(7, 20, [{ name: 'Jeremy Hunt', office: 'Foreign Secretary', country: null }, { name: 'Julie Bishop', office: 'Minister for Foreign Affairs', country: 'Australia' }])?.iso // '2018-07-20'
 */
export function yearFromTerms(month: number, day: number, people: readonly PersonInOffice[]): YearFromTerms | null {
  const known = people.map((p) => ({ person: p, terms: termsOf(p) })).filter((k) => k.terms.length > 0)
  if (known.length === 0) return null
  const years = new Set<number>()
  for (const t of known[0]!.terms) {
    const last = t[4] === null ? Number(t[3].slice(0, 4)) + 25 : Number(t[4].slice(0, 4))
    for (let y = Number(t[3].slice(0, 4)); y <= last; y++) years.add(y)
  }
  const fits = [...years].filter((y) => {
    if (!isValidDay(y, month, day)) return false
    const iso = toIso(y, month, day)
    return known.every((k) => k.terms.some((t) => t[3] <= iso && (t[4] === null || iso <= t[4])))
  })
  if (fits.length !== 1) return null
  return { iso: toIso(fits[0]!, month, day), people: known.map((k) => k.person.name) }
}

/** The kind of an office as printed ("Secretary of State for Defence" is defence), or null. */
export function officeKind(office: string | null): OfficeKind | null {
  if (!office) return null
  return OFFICE_KINDS.find(([, re]) => re.test(office))?.[0] ?? null
}

/**
 * The terms of the one person the name fits (of the printed country, in the printed kind of
 * office where one is printed); none when the name fits nobody or two people.
 */
function termsOf(p: PersonInOffice): Term[] {
  const words = nameWords(p.name)
  if (!words.some((w) => w.length >= 3)) return []
  const fitting = TERMS.filter((t) => (p.country === null || t[1] === p.country) && fitsName(words, nameWords(t[0])))
  if (new Set(fitting.map((t) => t[0])).size !== 1) return []
  const kind = officeKind(p.office)
  const ofKind = fitting.filter((t) => t[2] === kind)
  return ofKind.length > 0 ? ofKind : fitting
}

/** Every printed word is a word of the listed name, or an initial ("Antony J. Blinken"); one at least is a whole name. */
function fitsName(printed: readonly string[], listed: readonly string[]): boolean {
  return printed.some((w) => w.length >= 3 && listed.includes(w)) && printed.every((w) => listed.includes(w) || w.length <= 2)
}

/** Lower-cased words of a name without accents or suffixes ("Jr."). */
function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[.,]+$/, ''))
    .filter((w) => w.length > 0 && !/^(?:jr|sr|ii|iii)$/.test(w))
}

/**
 * The country of the one person of the terms list a printed name and office fit ("Vivian Balakrishnan",
 * "Minister for Foreign Affairs": Singapore), or null when the name fits nobody or people of two countries.
 */
export function countryOfHolder(name: string, office: string | null): string | null {
  const countries = new Set(termsOf({ name, office, country: null }).map((t) => t[1]))
  return countries.size === 1 ? [...countries][0]! : null
}
