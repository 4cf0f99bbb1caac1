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

// Note: "the President of the United States and Prime Minister of the United Kingdom", "We, the President of France,
// Chancellor of Germany, ...": "the" may be left out after "and" or a comma.
const OFFICE_OF = /\b(?:[Tt]he\s+|(?<=\band\s+|,\s+))(?<office>President|Prime\s+Minister|Chancellor)\s+of\s+/dgu

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
      const holders = headsOn(country.name, iso)
      if (holders.size !== 1) continue
      const name = [...holders][0]!
      if (found.some((p) => p.name === name)) continue
      const end = after + form + country.end + republic
      found.push({ name, honorific: null, office, country: country.name, start: spanOffset(s, m.index), end: spanOffset(s, end) })
    }
  }
  return found
}

/** "the leaders of", "the Presidents of", "the Heads of State and Government of": the heads of a list of countries. */
const HEADS_OF =
  /\b[Tt]he\s+(?<office>[Ll]eaders|[Pp]residents|[Pp]rime\s+[Mm]inisters|[Hh]eads\s+of\s+(?:[Ss]tate|[Gg]overnment)(?:\s*(?:and|or|\/)\s*(?:[Ss]tate|[Gg]overnment))?)\s+of\s+/dgu

/**
 * What may stand between two countries of a list: a comma, "and", "the", an abbreviation in brackets ("Republic of
 * Korea (ROK), and"); or an organisation's members ("the Gulf Cooperation Council (GCC) member states and"), whose
 * heads the list does not name.
 */
const LIST_GAP = /^(?:\s*,)?\s*(?:and\s+)?(?:the\s+)?$|^(?:the\s+)?[^,;.]{0,60}?\bmember\s+(?:states|countries)\s*,?\s*(?:and\s+)?(?:the\s+)?$/u

/**
 * The leaders a sentence names as the heads of a list of countries ("We, the leaders of Japan, the Republic of
 * Korea (ROK), and the United States, convened ..."; "the leaders of the GCC member states and the United States
 * met"): for each country of the list whose head's title TERMS knows, the one holder on `iso`. "The Presidents
 * of" takes only countries whose head is a President.
 */
export function headsOfListedCountries(sentences: readonly TextSpan[], iso: string): FoundParticipant[] {
  const found: FoundParticipant[] = []
  for (const s of sentences) {
    for (const m of matchAll(s.text, HEADS_OF)) {
      if (isGuest(s.text.slice(0, m.index))) continue
      const after = m.index + m[0].length
      const rest = s.text.slice(after, after + 300)
      const office = m.groups!.office!.toLowerCase()
      let at = 0
      let last: string | null = null
      const listed: FoundParticipant[] = []
      let complete = true
      for (const country of findCountryMentions(rest)) {
        // "the Republic of Korea (ROK)": the abbreviation names the country again.
        if (country.name === last && /^\s*\($/.test(rest.slice(at, country.start))) {
          at = country.end + (rest[country.end] === ')' ? 1 : 0)
          continue
        }
        if (!LIST_GAP.test(rest.slice(at, country.start)) || country.demonym) break
        at = country.end
        last = country.name
        const title = HEAD_TITLES[country.name]
        const holders = headsOn(country.name, iso)
        if (
          !title ||
          (office === 'presidents' && title !== 'President') ||
          (office === 'prime ministers' && title !== 'Prime Minister') ||
          holders.size !== 1
        ) {
          complete = false
          continue
        }
        listed.push({
          name: [...holders][0]!,
          honorific: null,
          office: title,
          country: country.name,
          start: spanOffset(s, after + country.start),
          end: spanOffset(s, after + country.end),
        })
      }
      // "the presidents of the United States, the Republic of Kazakhstan, ...", "the Leaders of Canada, the European
      // Commission, ...": a list that goes on past the countries read names others.
      if (/^\s*(?:\([^)]{1,12}\)\s*)?,?\s*(?:and\s+)?(?:the\s+)?\p{Lu}/u.test(rest.slice(at))) complete = false
      // Note: only a list whose every head is known; "the Heads of Government of India, Israel, ..." with one
      // unknown would give part of the meeting as the whole.
      if (complete) for (const p of listed) if (!found.some((q) => q.name === p.name)) found.push(p)
    }
  }
  return found
}

/** The names of the head of state or government of `country` on the ISO day `iso` (TERMS): one name where the table knows the holder. */
function headsOn(country: string, iso: string): Set<string> {
  return new Set(TERMS.filter((t) => t[1] === country && t[2] === 'head' && t[3] <= iso && (t[4] === null || iso < t[4])).map((t) => t[0]))
}

/** True when the last cue before the office brings in a guest ("as witnessed by"), not a member. */
function isGuest(before: string): boolean {
  const last = (re: RegExp): number => Math.max(-1, ...matchAll(before, re).map((m) => m.index))
  const guest = last(GUEST_CUE)
  return guest >= 0 && guest > last(MEMBER_CUE)
}
