// Regular expressions that find the people of a meeting in its opening sentences, built from the
// word lists in ../lexicon/offices.ts. Three shapes cover the documents we see:
//   A  office, name       "The Minister for Foreign Affairs of Japan, H.E. Mr. Fumio Kishida,"
//   B  name, office       "His Excellency Rodrigo Roa Duterte, President of the Republic of the Philippines,"
//   C  title name [of X]  "His Excellency Prime Minister Shinzo Abe", "Prime Minister Fumio Kishida of Japan"
import { HONORIFICS, OFFICE_PREFIXES, OFFICE_TITLES, PLURAL_OFFICE } from '../lexicon/offices.js'
import { ACRONYMS, NOT_NAME_WORDS } from '../lexicon/meeting.js'
import { latinVariant, lettersAllLatin } from '../../core/latin-regexp.js'
import { PARTICLE, SUFFIX } from '../lexicon/names.js'

const byLength = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).join('|')

const HON = `(?:(?<!\\p{L})(?:the\\s+|The\\s+)?(?:${byLength(HONORIFICS)})\\s+)+`
const OFFICE = `(?:(?:${OFFICE_PREFIXES.join('|')})\\s+)*(?:${byLength(OFFICE_TITLES)})\\b`
const CAPWORD = `\\p{Lu}[\\p{L}\\p{N}’'.\\-]*`
/** A capitalised word of a name; it may end in an elision before the next word of the name ("Apala Pen’ Apala"). */
const NAME_WORD = `(?!(?:${NOT_NAME_WORDS.join('|')})(?![\\p{L}]))\\p{Lu}[\\p{L}’'\\-]*\\p{Ll}(?:[’'](?=\\s+\\p{Lu}\\p{Ll}))?`
const INITIAL = '\\p{Lu}\\.'
/** A family name printed in capitals, Japanese order: "MOTEGI Toshimitsu", "KONO Taro". */
const CAPS_FAMILY = `(?!(?:${ACRONYMS.join('|')})(?![\\p{L}]))\\p{Lu}{2,}(?:-\\p{Lu}{2,})?(?![\\p{L}.])`
// Note: "YOON Suk Yeol": a Korean given name may be printed as two words after the family name.
const NAME = `(?:${CAPS_FAMILY}(?:\\s+${NAME_WORD}){1,2}|${NAME_WORD}\\s+${CAPS_FAMILY}|(?:${NAME_WORD}|${INITIAL})(?:\\s+(?:${PARTICLE}\\s+)*(?:${NAME_WORD}|${INITIAL})){0,4})(?:,?\\s+${SUFFIX})?`
/** "and" that joins two people rather than two words of an office. */
const AND_NOT_PERSON = `and(?!\\s+(?:the\\s+)?(?:${HON}|${OFFICE}))`

/** Any office word: patterns A–D all need one, so a sentence without it is not searched further. */
export const ANY_OFFICE = new RegExp(`\\b${OFFICE}`, 'u')

/** A: office, [honorific] name. */
export const OFFICE_THEN_NAME = new RegExp(
  `(?<office>\\b${OFFICE}(?:\\s+(?:of|for|on|the|${AND_NOT_PERSON}|${CAPWORD}))*?)\\s*,\\s+(?<hon>${HON})?(?<name>${NAME})`,
  'dgu',
)

/** "Economy, Trade and Industry", "Foreign, Commonwealth and Development Affairs": a comma inside a series of portfolios that "and" closes. */
const PORTFOLIO_COMMA = `,(?=\\s+${CAPWORD}(?:,\\s+${CAPWORD})*,?\\s+and\\s+${CAPWORD})`

/** "(DRC)", "(OIC)": a country's or an office's acronym in brackets. */
const ACRONYM_IN_BRACKETS = '\\(\\p{Lu}{2,6}\\)'

/** "of the Republic of Korea", "for Foreign Affairs", "to the Royal Government of Cambodia": the words after an office. */
const OFFICE_TAIL = `(?:\\s+(?:of|for|to)\\s+(?:the\\s+)?${CAPWORD}(?:${PORTFOLIO_COMMA}|\\s+(?:of|for|the|${AND_NOT_PERSON}|${CAPWORD}|${ACRONYM_IN_BRACKETS}))*)?`

/** B: [honorific] name, [country] office [and office] [of country]: "Richard Marles MP, Australian Deputy Prime Minister and Minister for Defence". */
export const NAME_THEN_OFFICE = new RegExp(
  `(?<hon>${HON})?(?<name>${NAME})\\s*,\\s+(?:the\\s+)?(?<office>(?:(?:U\\.S\\.|${CAPWORD}(?:\\s+${CAPWORD})?)\\s+(?=${OFFICE}))?${OFFICE}${OFFICE_TAIL}(?:\\s+and\\s+${OFFICE}${OFFICE_TAIL}){0,2})(?=[,.;)]|\\s+\\(|\\s+(?!and\\s+\\p{Lu})\\p{Ll}|$)`,
  'dgu',
)

/**
 * What B needs after the name: a comma, then an office (its country's words may come first). B tries
 * a name at every capital of a sentence and is costly; a sentence without this is not searched by it.
 */
export const OFFICE_AFTER_COMMA = new RegExp(`,\\s+(?:the\\s+)?(?:(?:U\\.S\\.|${CAPWORD}(?:\\s+${CAPWORD})?)\\s+)?${OFFICE}`, 'u')

/** C: [honorific] title [honorific] name [of country]. */
export const TITLE_THEN_NAME = new RegExp(
  `(?<hon>${HON})?(?<office>\\b${OFFICE})\\s+(?<hon2>${HON})?(?<name>${NAME})(?<of>\\s+of\\s+(?:the\\s+)?${CAPWORD}(?:\\s+(?:of|the|${CAPWORD}))*)?`,
  'dgu',
)

/** "Undersecretary and Officer in Charge (OIC)": a second office joined to the first, and its acronym, before "of". */
const OFFICE_JOINED = `(?:\\s+and\\s+(?:${CAPWORD}\\s+)?${CAPWORD}(?:\\s+in\\s+${CAPWORD})?)?(?:\\s+\\(\\p{Lu}{2,6}\\))?`

/** D: full office, then the name without a comma: "Minister for Foreign Affairs Motegi", "Secretary of State Antony Blinken", "Minister for Foreign Affairs Dr. Vivian Balakrishnan". */
export const FULL_OFFICE_THEN_NAME = new RegExp(
  `(?<hon>${HON})?(?<office>\\b${OFFICE}${OFFICE_JOINED}\\s+(?:of|for)\\s+(?:the\\s+)?(?:(?:(?!${OFFICE}|${HON})${CAPWORD}(?:${PORTFOLIO_COMMA})?|and|of|the)\\s+){1,10}?)(?<hon2>${HON})?(?<name>${NAME})(?=\\s*(?:,|\\(|\\band\\b|\\s+\\p{Ll})|\\.?\\s*$)`,
  'dgu',
)

/** E: "his Japanese counterpart Yoko Kamikawa", "her counterpart, H.E. Mr. Enrique Manalo": the name after "counterpart". */
export const COUNTERPART_THEN_NAME = new RegExp(
  `\\b(?:his|her|their|its)\\s+(?<office>(?:${CAPWORD}\\s+){0,2}counterparts?),?\\s+(?<hon>${HON})?(?<name>${NAME})`,
  'dgu',
)

/** F: the second name after "counterparts": "their Australian counterparts Penny Wong and Richard Marles". */
export const COUNTERPARTS_SECOND_NAME = new RegExp(
  `\\b(?:his|her|their|its)\\s+(?<office>(?:${CAPWORD}\\s+){0,2}counterparts),?\\s+(?:${HON})?${NAME},?\\s+and\\s+(?<hon>${HON})?(?<name>${NAME})`,
  'dgu',
)

/** A plural office before a capital: the cheap test before G. */
export const ANY_PLURAL_OFFICE = new RegExp(`\\b${PLURAL_OFFICE}\\s+\\p{Lu}`, 'u')

/** G: "Prime Ministers John Key and Julia Gillard held bilateral talks": one plural office before two names (both read). */
export const PLURAL_OFFICE_THEN_NAMES = new RegExp(
  `\\b(?<office>${PLURAL_OFFICE})\\s+(?<hon>${HON})?(?<name>${NAME})\\s+and\\s+(?<hon2>${HON})?(?<second>${NAME})(?![\\p{L}])`,
  'dgu',
)

/** The patterns that read a sentence's people (A–G, and B's cheap test). */
export interface PeoplePatterns {
  officeThenName: RegExp
  officeAfterComma: RegExp
  nameThenOffice: RegExp
  titleThenName: RegExp
  fullOfficeThenName: RegExp
  counterpartThenName: RegExp
  counterpartsSecondName: RegExp
  pluralOfficeThenNames: RegExp
}

const FULL: PeoplePatterns = {
  officeThenName: OFFICE_THEN_NAME,
  officeAfterComma: OFFICE_AFTER_COMMA,
  nameThenOffice: NAME_THEN_OFFICE,
  titleThenName: TITLE_THEN_NAME,
  fullOfficeThenName: FULL_OFFICE_THEN_NAME,
  counterpartThenName: COUNTERPART_THEN_NAME,
  counterpartsSecondName: COUNTERPARTS_SECOND_NAME,
  pluralOfficeThenNames: PLURAL_OFFICE_THEN_NAMES,
}

/**
 * The same patterns with their letter classes cut to U+0000–U+024F (core/latin-regexp.ts): they read a
 * text whose letters and digits are all Latin exactly as the full ones do, and compile some twenty
 * times faster (the full ones cost 30–120 ms each on their first use in a process, 0.3–0.9 MB of
 * regex bytecode each).
 */
const LATIN = Object.fromEntries(Object.entries(FULL).map(([k, re]) => [k, latinVariant(re)])) as unknown as PeoplePatterns

/**
 * The people patterns for a sentence: the Latin copies where its letters are all Latin, else the full ones.
 * @example peoplePatterns('Prime Minister Kishida').titleThenName
 */
export function peoplePatterns(text: string): PeoplePatterns {
  return lettersAllLatin(text) ? LATIN : FULL
}
