// Regular expressions that find the people of a meeting in its opening sentences, built from the
// word lists in ../lexicon/offices.ts. Three shapes cover the documents we see:
//   A  office, name       "The Minister for Foreign Affairs of Japan, H.E. Mr. Fumio Kishida,"
//   B  name, office       "His Excellency Rodrigo Roa Duterte, President of the Republic of the Philippines,"
//   C  title name [of X]  "His Excellency Prime Minister Shinzo Abe", "Prime Minister Fumio Kishida of Japan"
import { SENTENCE_OPENERS } from '../abbreviations.js'
import { HONORIFICS, OFFICE_PREFIXES, OFFICE_TITLES } from '../lexicon/offices.js'

const byLength = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).join('|')

/** Capitalised words that are never part of a personal name. */
const NOT_NAME_WORDS = [
  ...SENTENCE_OPENERS, 'Affairs', 'Ambassador', 'April', 'August', 'Chancellor', 'Commonwealth', 'Crown',
  'December', 'Defence', 'Defense', 'Deputy', 'Emperor', 'Excellency', 'February', 'Foreign', 'General',
  'Government', 'Governor', 'January', 'Joint', 'July', 'June', 'King', 'Kingdom', 'Leaders', 'March',
  'Meeting', 'Minister', 'Ministers', 'Ministry', 'November', 'October', 'Premier', 'President', 'Prime',
  'Queen', 'Republic', 'Secretary', 'September', 'State', 'States', 'Statement', 'Summit', 'United', 'Vice',
]

const HON = `(?:(?<!\\p{L})(?:the\\s+|The\\s+)?(?:${byLength(HONORIFICS)})\\s+)+`
const OFFICE = `(?:(?:${OFFICE_PREFIXES.join('|')})\\s+)*(?:${byLength(OFFICE_TITLES)})\\b`
const CAPWORD = `\\p{Lu}[\\p{L}\\p{N}’'.\\-]*`
const NAME_WORD = `(?!(?:${NOT_NAME_WORDS.join('|')})(?![\\p{L}]))\\p{Lu}[\\p{L}’'\\-]*\\p{Ll}`
const INITIAL = '\\p{Lu}\\.'
const PARTICLE = '(?:bin|bint|al|el|de|da|di|del|der|van|von|dos|du|la|le)'
const SUFFIX = '(?:Jr\\.?|Sr\\.?|II|III|IV)(?!\\p{L})'
const NAME = `(?:${NAME_WORD}|${INITIAL})(?:\\s+(?:${PARTICLE}\\s+)*(?:${NAME_WORD}|${INITIAL})){0,4}(?:,?\\s+${SUFFIX})?`
/** "and" that joins two people rather than two words of an office. */
const AND_NOT_PERSON = `and(?!\\s+(?:the\\s+)?(?:${HON}|${OFFICE}))`

/** A: office, [honorific] name. */
export const OFFICE_THEN_NAME = new RegExp(
  `(?<office>\\b${OFFICE}(?:\\s+(?:of|for|on|the|${AND_NOT_PERSON}|${CAPWORD}))*?)\\s*,\\s+(?<hon>${HON})?(?<name>${NAME})`, 'dgu')

/** B: [honorific] name, office [of country]. */
export const NAME_THEN_OFFICE = new RegExp(
  `(?<hon>${HON})?(?<name>${NAME})\\s*,\\s+(?:the\\s+)?(?<office>${OFFICE}(?:\\s+(?:of|for)\\s+(?:the\\s+)?${CAPWORD}(?:\\s+(?:of|for|the|${AND_NOT_PERSON}|${CAPWORD}))*)?)(?=[,.;]|\\s+(?!and\\s+\\p{Lu})\\p{Ll}|$)`, 'dgu')

/** C: [honorific] title [honorific] name [of country]. */
export const TITLE_THEN_NAME = new RegExp(
  `(?<hon>${HON})?(?<office>\\b${OFFICE})\\s+(?<hon2>${HON})?(?<name>${NAME})(?<of>\\s+of\\s+(?:the\\s+)?${CAPWORD}(?:\\s+(?:of|the|${CAPWORD}))*)?`, 'dgu')
