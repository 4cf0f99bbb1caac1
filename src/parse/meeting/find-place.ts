// Finds the city or venue of the meeting: "in Tokyo on 8 January 2016", "met in Lima",
// "Issued in Tokyo, 26 October 2016". Countries and regions are not places ("Visit to Japan").
import { matchAll } from '../../core/match-all.js'
import { canonicalCountry } from '../../lexicon/countries.js'
import type { Document } from '../../core/tree.js'
import { SENTENCE_OPENERS } from '../abbreviations.js'
import type { FoundValue } from './find-title.js'
import { readDateline, readPlaceLine, readTitleDateline } from './dateline.js'
import { furtherMeetingSentences, meetingSentences, openingSentences, spanOffset, type TextSpan } from './opening.js'
import {
  CITY_STATES,
  DATELINE_LABEL,
  HELD_IN_HEADLINE,
  HELD_IN_VERB,
  HELD_MEETING_VERB,
  HOST_VERB,
  MEETING_NOUN_WORD,
  MEETING_CUE,
  NOT_PLACES,
  PEOPLE_LIST_WORD,
  VERB_THEN_PEOPLE,
  VENUE_WORD,
  VIRTUAL,
} from '../lexicon/meeting.js'

// Note: "Washington, D.C." keeps its district; coders write the place as printed.
const PLACE = `(?<place>\\p{Lu}[\\p{L}’'\\-]+(?:\\s+(?:de\\s+|da\\s+|do\\s+|la\\s+|upon\\s+)?\\p{Lu}[\\p{L}’'\\-]+){0,2}(?:,\\s+D\\.C\\.)?)`
/** "the White House", "the Pentagon": "the" before a place whose last word names a building. */
const THE_VENUE = `(?:the\\s+(?=(?:\\p{Lu}[\\p{L}’'\\-]+\\s+){0,2}(?:${VENUE_WORD})(?![\\p{L}])))?`
const DATE_AHEAD = '(?:\\d|the\\s+\\d|\\p{Lu}\\p{Ll}+\\.?\\s+\\d)'

/** A character of one clause: no sentence end, but the dots of initials, "Jr.", "Hon.", "a.m." and of "10:00". */
const CLAUSE_CHAR = `(?:[^.;:]|\\.(?=\\S)|(?<=(?<!\\p{L})\\p{Lu}|\\b[ap]\\.m|\\bJr|\\bHon)\\.(?=\\s)|(?<=(?<!\\p{L})\\p{Lu}\\p{Ll}{1,4})\\.(?=\\s+\\p{Lu})|(?<=\\d):(?=\\d))`

/** "in Tokyo on 8 January", "met in Lima", "held in Camp David". */
const IN_SENTENCE = [
  new RegExp(`\\bin\\s+${PLACE}(?:,\\s+[\\p{L}.]+)?,?\\s+on\\s+${DATE_AHEAD}`, 'dgu'),
  // "gathered for the first time on 16 June 2023 in Tokyo, Japan": a time and a day between the verb and the place.
  new RegExp(
    `\\b(?:${HELD_IN_VERB})\\s+(?:here\\s+|today\\s+|yesterday\\s+)?(?:for\\s+the\\s+\\p{Ll}+\\s+time\\s+)?(?:on\\s+(?:\\d{1,2}\\s+\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\s+\\d{1,2}),?\\s+(?:\\d{4},?\\s+)?)?(?:in|at)\\s+${THE_VENUE}${PLACE}`,
    'dgu',
  ),
  // "met on 4 August 2015 at the 48th ASEAN Foreign Ministers Meeting (48th AMM) in Kuala Lumpur": the
  // meeting's name between the verb (and its day) and the city.
  new RegExp(
    `\\b(?:${HELD_IN_VERB})\\s+(?:here\\s+|today\\s+)?(?:on\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\s+\\d{1,2}(?:st|nd|rd|th)?),?\\s+(?:\\d{4},?\\s+)?)?(?:at|for|during|on\\s+the\\s+(?:margins|sidelines)\\s+of)\\s+the\\s+(?:[\\p{Lu}\\d][\\p{L}\\p{N}’'.+\\-]*\\s+|(?:of|and|on|the|for)\\s+){1,12}(?:${MEETING_NOUN_WORD})(?:\\s+\\([^()]{1,20}\\))?,?\\s+in\\s+${PLACE}(?=\\s+(?:on|from|for|to|with)\\b|\\s+and\\s+\\p{Ll}|\\s*[,.;)]|$)`,
    'dgu',
  ),
  // "On the occasion of the U.S.-Africa Leaders Summit in Washington, D.C., the United States and the African Union ...":
  // the meeting that sets the statement, opening the sentence.
  new RegExp(
    `^\\W*[Oo]n\\s+the\\s+occasion\\s+of\\s+the\\s+(?:[\\p{Lu}\\d][\\p{L}\\p{N}’'.+\\-]*\\s+|(?:of|and|on|the|for)\\s+){1,12}(?:${MEETING_NOUN_WORD})(?:\\s+\\([^()]{1,20}\\))?,?\\s+in\\s+${PLACE}(?=\\s*,)`,
    'dgu',
  ),
  // "on the sidelines of the 2024 G7 Leaders' Summit on June 13th, in Borgo Egnazia, Italy": a day, then the place.
  new RegExp(`\\bon\\s+(?:\\d{1,2}\\s+\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\s+\\d{1,2}(?:st|nd|rd|th)?),?\\s+(?:\\d{4},?\\s+)?in\\s+${PLACE}(?=\\s*[,.;]|$)`, 'dgu'),
  // "Today in Tokyo, we convene ...", "Here in San Francisco, California, ...": the place set before the sentence.
  new RegExp(`^\\W*(?:Today|Here|Earlier\\s+today|Yesterday)\\s+in\\s+${PLACE}(?=\\s*,)`, 'dgu'),
  // "held the U.S.-Japan Security Consultative Committee (SCC) in Tokyo", "convened the Summit in Lima",
  // "held the first ... Meeting with Hon. A, ..., for about 90 minutes from 10:00 a.m. in an in-person format in Tokyo",
  // "the Summit, held during the 78th session of the United Nations General Assembly in New York City and commit ..."
  new RegExp(
    `\\b(?:${HELD_MEETING_VERB})\\s+(?:during\\s+)?(?:the|a|an|their|its|our)\\b${CLAUSE_CHAR}{0,400}?\\s+in\\s+${PLACE}(?=\\s+(?:on|from|for|to|with)\\b|\\s+and\\s+\\p{Ll}|\\s*[,.;)]|$)`,
    'dgu',
  ),
  // "met today with President His Highness Sheikh A, President of the United Arab Emirates (UAE), in Jeddah, Saudi
  // Arabia, in a bilateral meeting": the place set off by a comma after the people met with (not after a purpose: "met
  // with their counterparts to discuss the situation in Gaza").
  new RegExp(
    `\\bmet\\s+(?:here\\s+|today\\s+|yesterday\\s+)?with\\s+(?:(?!\\bto\\s)${CLAUSE_CHAR}){0,300}?,\\s+in\\s+${PLACE}(?=\\s+(?:on|from|for|to|with|in)\\b|\\s+and\\s+\\p{Ll}|\\s*[,.;)]|$)`,
    'dgu',
  ),
  // "held a summit meeting with H.E. Mr. YOON ..., during his visit to Seoul, the Republic of Korea", "made an official
  // visit to Hanoi": the city of the visit the meeting was part of (a country is no place: "visit to Japan").
  new RegExp(
    `\\b(?:(?:during|on\\s+the\\s+occasion\\s+of)\\s+(?:his|her|their|the|this|its)|(?:made|paid|paying|pays|making)\\s+(?:an?|his|her|their))\\s+(?:[\\p{L}-]+\\s+){0,3}?visit\\s+to\\s+${PLACE}(?=\\s+(?:on|from|for|to|and|in)\\b|\\s*[,.;)]|$)`,
    'dgu',
  ),
  // "Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting San Francisco, the United States to attend the APEC
  // Summit, held a leaders' meeting": the city the people who met are visiting.
  new RegExp(`\\b(?:who\\s+(?:is|are|was|were)|while)\\s+visiting\\s+${PLACE}(?=\\s*,|\\s+(?:to|for|on|and)\\b)`, 'dgu'),
  // "Secretary Austin hosted Deputy Prime Minister Marles ... at the Pentagon to discuss"
  new RegExp(`\\b(?:${HOST_VERB})\\b(?:[^.;:]|\\.(?=\\S)){0,240}?\\s+at\\s+(?:the\\s+)?${PLACE}(?=\\s+(?:to|on|for|in)\\b|\\s*[,.;]|$)`, 'dgu'),
]

/** "to be held in", "will meet in": the words before the place of a meeting still to come (not "the first-ever to be held in"). */
const FUTURE_MEETING = /(?<!\bfirst(?:-ever)?\s+)\b(?:to|will|shall|would)\s+(?:be\s+held|meet|convene|gather|take\s+place)\b/

/** ", in London" or " in London" right after a venue, closing the clause. */
const CITY_AFTER_VENUE = new RegExp(`^,?\\s+in\\s+${PLACE}(?=\\s+(?:on|from|for|to)\\b|\\s*[,.;)]|$)`, 'du')

/**
 * A news dateline that opens the first paragraph: "Tokyo, 8 January 2016 - The Ministers ...",
 * "TOKYO, March 16 (Kyodo) — ...", "Washington, D.C. — ...".
 */
const OPENING_DATELINE = new RegExp(
  `^${PLACE}(?:,\\s+\\p{Lu}[\\p{L}.]+)?(?:,?\\s+(?:\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+\\p{Lu}\\p{Ll}+\\.?(?:,?\\s+\\d{4})?|\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?(?:,\\s*\\d{4})?))?\\s*(?:\\([^()]{1,30}\\)\\s*)?(?:[-–—]+|(?<![\\d\\s]):)\\s+(?=\\p{Lu})`,
  'du',
)

/** "[Place] Tokyo" in a database header. */
const BRACKET_PLACE = /^\[(?:Place|Venue|Location)\]\s*(?<place>[^[\]]{2,60}?)\s*$/u

/**
 * Finds the place of the meeting in the opening sentences that tell of it, or in a dateline.
 * @param tree the statement tree
 * @returns the place with its offsets, or null when no city or venue is clear
 */
export function findPlace(tree: Document): FoundValue<string> | null {
  for (const block of tree.children) {
    if (block.type !== 'heading') continue
    const m = BRACKET_PLACE.exec(block.value)
    if (m) {
      const at = block.position.start.offset + block.value.indexOf(m.groups!.place!)
      const city = m.groups!.place!.split(',')[0]!.trim()
      return { value: city, source: 'text', start: at, end: at + city.length }
    }
  }
  const stated = placeInSentences(meetingSentences(tree))
  if (stated) return stated
  // "Issued by the Heads of State and Government participating in the meeting of the North Atlantic
  // Council in Riga on 29 November 2006": a heading before the first paragraph that tells of the meeting.
  for (const block of tree.children) {
    if (block.type === 'paragraph') break
    if (block.type !== 'heading' || !MEETING_CUE.test(block.value)) continue
    const m = IN_SENTENCE[0]!.exec(block.value)
    IN_SENTENCE[0]!.lastIndex = 0
    if (m && isPlace(m.groups!.place!)) {
      const a = block.position.start.offset + m.indices!.groups!.place![0]
      return { value: m.groups!.place!, source: 'text', start: a, end: a + m.groups!.place!.length }
    }
  }
  const held = headlinePlace(tree)
  if (held) return held
  // "**Jeddah, Saudi Arabia**" over the statement: a dateline without its date.
  for (const block of tree.children) {
    if (block.type === 'paragraph') break
    const line = block.type === 'heading' ? readPlaceLine(block.value) : null
    if (line && isPlace(line.text))
      return { value: line.text, source: 'text', start: block.position.start.offset + line.start, end: block.position.start.offset + line.end }
  }
  for (const s of openingSentences(tree)) {
    const found = placeAfterPeople(s.text)
    if (found) return { value: found.value, source: 'text', start: s.start + found.start, end: s.start + found.end }
  }
  let seen = 0
  for (const block of tree.children) {
    if (block.type !== 'paragraph' || seen++ >= 2) continue
    const first = block.children[0]
    const m = first ? OPENING_DATELINE.exec(first.value) : null
    if (m && first && isPlace(m.groups!.place!) && !DATELINE_LABEL.test(m.groups!.place!)) {
      const [a, b] = m.indices!.groups!.place!
      return { value: m.groups!.place!, source: 'text', start: first.position.start.offset + a, end: first.position.start.offset + b }
    }
  }
  // "Share this page ... Ministers gathered in Kigali, Rwanda, on 26 October 2021": where the opening names
  // no place, a sentence a few paragraphs on that tells who met comes before the page's dateline.
  const further = placeInSentences(furtherMeetingSentences(tree))
  if (further) return further
  for (const block of tree.children) {
    if (block.type !== 'heading') continue
    const place = readDateline(block.value)?.place ?? readTitleDateline(block.value)?.place
    const at = block.position.start.offset
    if (place && isPlace(place.text)) return { value: place.text, source: 'text', start: at + place.start, end: at + place.end }
  }
  return null
}

/** True when the opening says the meeting was held over video ("via video conference", "virtually"). */
export function isVirtualMeeting(tree: Document): boolean {
  return meetingSentences(tree).some((s) => VIRTUAL.test(s.text))
}

/** "in Tokyo" (or "to Adelaide" after "welcomed", "hosted", "received") followed by the end of the clause, a date or a purpose. */
const IN_PLACE_AHEAD = new RegExp(`^\\s+(?<prep>in|to)\\s+${THE_VENUE}${PLACE}(?=\\s+(?:on|from|for|to|this|today|yesterday)\\b|\\s*[,.;)]|$)`, 'du')

/**
 * "Minister Hayashi and Minister Hamada met with Foreign Minister Wong ... in Tokyo", "Foreign
 * Secretary Hammond hosted Foreign Minister Kishida ... in London", "welcomed their counterparts,
 * Foreign Secretary Cleverly ..., to Adelaide": the place after a meeting verb and a list of people.
 * Only names, offices and a few small words may stand between the verb and "in" ("met ... to
 * discuss the situation in Gaza" names no place of the meeting).
 */
function placeAfterPeople(text: string): { value: string; start: number; end: number } | null {
  for (const v of matchAll(text, VERB_THEN_PEOPLE)) {
    const from = v.index + v[0].length
    const window = text.slice(from, from + 240)
    for (const at of matchAll(window, /\s+(?:in|to)\s+/gu)) {
      const between = window.slice(0, at.index).replace(/[,()“”"]/g, ' ')
      if (!between.split(/\s+/).every((w) => w === '' || PEOPLE_LIST_WORD.test(w))) break
      const m = IN_PLACE_AHEAD.exec(window.slice(at.index))
      if (!m) continue
      if (m.groups!.prep === 'to' && !/^(?:hosted|co-hosted|welcomed|welcomes?|received)$/.test(v[0])) continue
      const place = m.groups!.place!
      if (!isPlace(place)) continue
      const start = from + at.index + m.indices!.groups!.place![0]
      return { value: place, start, end: start + place.length }
    }
  }
  return null
}

/** Every place-like run of words in a text (the parts of a headline's "held at" line). */
const PLACES = new RegExp(PLACE, 'dgu')

/** "HELD AT NATO HEADQUARTERS, BRUSSELS,", "Held in Lucca, Italy": a line of the headline that says where. */
const HELD_LINE = new RegExp(`\\b(?:${HELD_IN_HEADLINE})\\s+(?:AT|IN|at|in)\\s+(?<rest>\\p{Lu}[^;:()]*)`, 'du')

/**
 * The place a line of the page's headline (before the first paragraph of prose) gives after "held
 * at" or "held in": of its comma-separated parts the last that is a city ("NATO HEADQUARTERS,
 * BRUSSELS" gives Brussels, "Brussels, Belgium" Brussels too). A place in capitals is given in
 * title case.
 */
function headlinePlace(tree: Document): FoundValue<string> | null {
  for (const block of tree.children) {
    let line: string
    if (block.type === 'heading') line = block.value
    else {
      // "HELD AT NATO HEADQUARTERS, BRUSSELS,": a line of the headline that ends in a comma reads as prose.
      const only = block.children.length === 1 ? block.children[0]! : null
      if (!only || only.value.split(/\s+/).length > 10 || !/,$/.test(only.value.trim())) break
      line = only.value
    }
    const m = HELD_LINE.exec(line)
    if (!m) continue
    const rest = m.groups!.rest!
    const restAt = block.position.start.offset + m.indices!.groups!.rest![0]
    const parts = matchAll(rest, PLACES).filter((p) => /(?:^|,)\s*$/.test(rest.slice(0, p.index)))
    for (const p of parts.reverse()) {
      const words = p.groups!.place!
      const value = /\p{Ll}/u.test(words) ? words : words.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase())
      if (!isPlace(value) || /^(?:On|At|In|The)\b/.test(value)) continue
      return { value, source: 'text', start: restAt + p.index, end: restAt + p.index + words.length }
    }
  }
  return null
}

function isPlace(words: string): boolean {
  const first = words.split(/\s+/)[0]!
  return (CITY_STATES.has(words) || !canonicalCountry(words)) && !NOT_PLACES.has(words) && !SENTENCE_OPENERS.has(first) && !/^(?:the|The)$/.test(first)
}

/** The first place a sentence gives the meeting ("met in Tokyo", "at Lancaster House in London"), or null. */
function placeInSentences(sentences: TextSpan[]): FoundValue<string> | null {
  for (const s of sentences) {
    for (const pattern of IN_SENTENCE) {
      for (const m of matchAll(s.text, pattern)) {
        const [a, b] = m.indices!.groups!.place!
        if (!isPlace(m.groups!.place!)) continue
        // "the international conference to be held in Paris on 13 December": a meeting still to come is another one.
        if (FUTURE_MEETING.test(s.text.slice(Math.max(0, m.index - 40), Math.min(a, m.index + 40)))) continue
        // "at Lancaster House in London": the city after the venue is the place.
        const city = CITY_AFTER_VENUE.exec(s.text.slice(b))
        if (city && isPlace(city.groups!.place!)) {
          const [c, d] = city.indices!.groups!.place!
          return { value: city.groups!.place!, source: 'text', start: spanOffset(s, b + c), end: spanOffset(s, b + d) }
        }
        return { value: m.groups!.place!, source: 'text', start: spanOffset(s, a), end: spanOffset(s, b) }
      }
    }
  }
  return null
}
