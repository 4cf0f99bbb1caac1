// Ordinals of meetings: "Second", "2nd", "Twenty-first", "12th" → integers.
import { matchAll } from '../../core/match-all.js'
import { FIRST_TIME, FIRST_WORDS, TEENS, TENS, TENTHS, UNITS } from '../lexicon/ordinals.js'

/** "[Ss]econd": a word with either case of its first letter, as a regular-expression source. */
const eitherCase = (w: string): string => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`
const words = (table: Record<string, number>): string => Object.keys(table).map(eitherCase).join('|')

/** A regular-expression source matching one ordinal word or numeral: "Second", "2nd", "Twenty-first". */
export const ORDINAL_SOURCE = [
  '\\d{1,3}(?:st|nd|rd|th)',
  `(?:${words(TENS)})[- ](?:${words(UNITS)})`,
  words(TENTHS),
  words(TEENS),
  words(UNITS),
  words(FIRST_WORDS),
].join('|')

/**
 * The integer value of an ordinal word or numeral, or null when it is not one.
 * @example parseOrdinal('Twenty-first') // 21
 * @example parseOrdinal('12th') // 12
 */
export function parseOrdinal(word: string): number | null {
  const w = word.trim().toLowerCase()
  const numeral = /^(\d{1,3})(st|nd|rd|th)$/.exec(w)
  if (numeral) return Number(numeral[1]) > 0 ? Number(numeral[1]) : null
  const simple = UNITS[w] ?? TEENS[w] ?? TENTHS[w] ?? FIRST_WORDS[w]
  if (simple !== undefined) return simple
  const compound = /^([a-z]+)[- ]([a-z]+)$/.exec(w)
  if (compound && TENS[compound[1]!] !== undefined && UNITS[compound[2]!] !== undefined) {
    return TENS[compound[1]!]! + UNITS[compound[2]!]!
  }
  return null
}

const LEADING_ORDINAL = new RegExp(`^(?:[Tt]he\\s+)?(${ORDINAL_SOURCE})\\s+(?=\\S)`)

/**
 * Splits a leading ordinal off a title: "Second Japan-UK ... Meeting" → ordinal 2 and the rest.
 * A leading "The" goes too. Returns null when the title does not start with an ordinal.
 */
export function splitLeadingOrdinal(title: string): { ordinal: number; rest: string } | null {
  const m = LEADING_ORDINAL.exec(title)
  if (!m) return null
  const ordinal = parseOrdinal(m[1]!)
  return ordinal === null ? null : { ordinal, rest: title.slice(m[0].length) }
}

/** The words after an ordinal up to a meeting's noun or an acronym ("the 29th AUKMIN"), as a regular-expression source. */
const orderedMeeting = (acronym: boolean): string =>
  `\\b(?:[Tt]he|[Tt]his|their|its|our)\\s+(?<ordinal>${ORDINAL_SOURCE})(?:-ever)?\\s+(?<rest>(?:[\\p{L}\\p{N}’'.+\\-]+\\s+|\\([\\p{L}\\p{N}’'.+\\-]{1,12}\\)\\s+){0,8}?(?:meeting|summit|dialogue|consultations?|talks|session|round|Meeting|Summit|Dialogue|Consultations?|Talks|Session|Round|Conference|Forum|Council|Committee|Commission|${acronym ? '\\p{Lu}{3,}(?:MIN)?|' : ''}\\d\\+\\d))(?![\\p{L}])`

const ORDINAL_IN_TEXT = new RegExp(orderedMeeting(true), 'dgu')
/** The same from a given offset, up to a meeting's noun only: "the 11th ASEAN-United States (U.S.) Summit" past its "ASEAN". */
const ORDINAL_NOUN_AT = new RegExp(orderedMeeting(false), 'dyu')

/**
 * The ordinal of this meeting as the text gives it, when the title has none: "for the 29th AUKMIN",
 * "held their second meeting", "the Seventh Japan-Australia 2+2". The words after the ordinal must
 * end in a meeting noun or a capitalised name the title also has ("AUKMIN"); "the 75th anniversary"
 * is no meeting; "the first-ever C5+1 Presidential Summit" is the first. An ordinal after "previous" or "last"
 * counts another meeting, and so does one after "during" or "on the margins of" ("held during the 78th
 * session of the United Nations General Assembly"): the event this meeting was held at.
 * @param text a sentence of the opening
 * @param title the meeting's title, if any
 * @returns the ordinal and its offsets in `text`, or null
 */
export function findOrdinalInText(text: string, title: string | null): { ordinal: number; start: number; end: number } | null {
  for (const found of matchAll(text, ORDINAL_IN_TEXT)) {
    let m = found
    if (!isMeetingNoun(m.groups!.rest!.split(/\s+/).pop()!)) {
      ORDINAL_NOUN_AT.lastIndex = m.index
      m = ORDINAL_NOUN_AT.exec(text) ?? m
    }
    const rest = m.groups!.rest!
    const last = rest.split(/\s+/).pop()!
    const noun = isMeetingNoun(last)
    // "the 45th anniversary of ASEAN-U.S. Dialogue Relations": a count of years, not of meetings.
    if (/\b(?:anniversary|century|years?|birthday)\b/i.test(rest)) continue
    if (!noun && !(title && new RegExp(`(?<![\\p{L}])${last.replace(/[.+]/g, '\\$&')}(?![\\p{L}])`, 'u').test(title))) continue
    if (
      /\b(?:previous|prior|last|past|earlier|next|upcoming|following|during|margins\s+of|sidelines\s+of)\s*$/i.test(
        text.slice(Math.max(0, m.index - 30), m.index),
      )
    )
      continue
    const ordinal = parseOrdinal(m.groups!.ordinal!)
    const [start, end] = m.indices!.groups!.ordinal!
    if (ordinal !== null) return { ordinal, start, end }
  }
  return null
}

/** True for a noun that names a meeting ("Summit", "talks", "2+2"). */
function isMeetingNoun(word: string): boolean {
  return /^(?:meeting|summit|dialogue|consultations?|talks|session|round|conference|forum|council|committee|commission|\d\+\d)$/i.test(word)
}

/**
 * "gathered for the first time on 16 June 2023 in Tokyo": the first meeting, told by its verb; not a
 * first meeting of the past ("Fourteen years ago, the Leaders of the G20 met for the first time").
 * @returns ordinal 1 and the offsets of "first", or null
 */
export function findFirstTimeInText(text: string): { ordinal: number; start: number; end: number } | null {
  const first = FIRST_TIME.exec(text)
  if (!first || /\b(?:ago|years|previously|last\s+year|earlier)\b/i.test(text)) return null
  const start = first.index + first[0].lastIndexOf('first')
  return { ordinal: 1, start, end: start + 'first'.length }
}
