// Leaders a text names by their office alone ("the President of the United States and the President
// of the French Republic met in Rome"): the one holder of that country's head office on the meeting's day.
import { matchAll } from '../../core/match-all.js'
import { findCountryMentions } from '../../lexicon/countries.js'
import { HEAD_TITLES, TERMS } from '../lexicon/officeholders.js'
import { GUEST_CUE, MEMBER_CUE, STATE_FORM } from '../lexicon/meeting.js'
import type { FoundParticipant } from './find-participants.js'
import { spanOffset, type TextSpan } from './opening.js'

/** " Republic" after a country's adjective. */
const REPUBLIC = /^\s+Republic\b/

const OFFICE_OF = /\b[Tt]he\s+(?<office>President|Prime\s+Minister|Chancellor)\s+of\s+/dgu

/**
 * The leaders the sentences name by "the President of X", "the Prime Minister of the Kingdom of Y", where the
 * office is X's head office (HEAD_TITLES) and the terms list has one holder of it on `iso`. A guest ("as
 * witnessed by the President of ...") is no participant. Offsets are those of the office's words.
 * @param sentences the sentences that tell of the meeting
 * @param iso the meeting's day, YYYY-MM-DD
 */
export function headsByOffice(sentences: readonly TextSpan[], iso: string): FoundParticipant[] {
  const found: FoundParticipant[] = []
  for (const s of sentences) {
    for (const m of matchAll(s.text, OFFICE_OF)) {
      const after = m.index + m[0].length
      const rest = s.text.slice(after, after + 60)
      const form = STATE_FORM.exec(rest)?.[0].length ?? 0
      const country = findCountryMentions(rest.slice(form))[0]
      if (!country || country.start !== 0) continue
      // "the French Republic": an adjective names the country only before "Republic".
      const republic = country.demonym ? (REPUBLIC.exec(rest.slice(form + country.end))?.[0].length ?? 0) : 0
      if (country.demonym && republic === 0) continue
      const office = m.groups!.office!.replace(/\s+/g, ' ')
      if (HEAD_TITLES[country.name] !== office) continue
      if (isGuest(s.text.slice(0, m.index))) continue
      const holders = new Set(TERMS.filter((t) => t[1] === country.name && t[2] === 'head' && t[3] <= iso && (t[4] === null || iso < t[4])).map((t) => t[0]))
      if (holders.size !== 1) continue
      const name = [...holders][0]!
      if (found.some((p) => p.name === name)) continue
      const end = after + form + country.end + republic
      found.push({ name, honorific: null, office, country: country.name, start: spanOffset(s, m.index), end: spanOffset(s, end) })
    }
  }
  return found
}

/** True when the last cue before the office brings in a guest ("as witnessed by"), not a member. */
function isGuest(before: string): boolean {
  const last = (re: RegExp): number => Math.max(-1, ...matchAll(before, re).map((m) => m.index))
  const guest = last(GUEST_CUE)
  return guest >= 0 && guest > last(MEMBER_CUE)
}
