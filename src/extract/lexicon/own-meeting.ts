// The parties' own next meeting: "another U.S.-Japan SCC later in the year", "the next Foreign and
// Defence Ministerial Meeting". Asking for it is no demand on others, and saying when it will be held
// is a schedule, not a pledge (ANNOTATION.md: commitments and calls; issue 11, precision).
import { escapeRegExp } from '../../core/escape-regexp.js'

/** Words that point to a later meeting of the same series. */
export const NEXT_MEETING_WORDS: readonly string[] = [
  'another',
  'next',
  'following',
  'upcoming',
  'subsequent',
  'further',
  'follow-up',
  'early',
  'earliest',
  'new round of',
]

/** Nouns that name a meeting. */
export const MEETING_NOUNS: readonly string[] = [
  'meeting',
  'meetings',
  'summit',
  'session',
  'dialogue',
  'consultation',
  'consultations',
  'talks',
  '2+2',
  'two-plus-two',
  'ministerial',
]

const LEAD = new RegExp(`^\\s*(?:(?:the|a|an|our)\\s+)?(?:${NEXT_MEETING_WORDS.map(escapeRegExp).join('|')})\\s+`, 'i')
const MEETING_NOUN_SET = new Set(MEETING_NOUNS)

/**
 * True when `phrase` starts with the parties' next meeting: "another SCC", "the next Foreign and
 * Defence Ministerial Meeting", "an early meeting of the Joint Committee". Within the next seven
 * words stands a meeting noun, or a series acronym printed in capitals before any common word
 * ("another SCC", not "the next step for ASEAN").
 */
export function isOwnNextMeeting(phrase: string): boolean {
  const lead = LEAD.exec(phrase)
  if (!lead) return false
  let sawLower = false
  for (const token of phrase.slice(lead[0].length).split(/\s+/).slice(0, 7)) {
    const word = token.replace(/[,;:.)]+$/, '')
    if (MEETING_NOUN_SET.has(word.toLowerCase())) return true
    // An acronym names the series only before any common word ("another SCC", not "the next step for ASEAN").
    if (!sawLower && /^\p{Lu}{2,6}$/u.test(word)) return true
    if (/^\p{Ll}/u.test(word) && !/^(?:of|and|the)$/.test(word)) sawLower = true
    if (word !== token) return false
  }
  return false
}
