// Named agreements and programmes the lexicons do not know, found by their shape: "the" (or a
// possessive), capitalised words, and a head noun such as Agreement, Initiative or Dialogue.
import { matchAll } from '../../core/match-all.js'
import type { Entity, EntityKind } from '../../core/item.js'

/** Head nouns of a name and the entity kind they make. */
export const GENERIC_HEADS: Readonly<Record<string, Extract<EntityKind, 'agreement' | 'programme'>>> = {
  Accord: 'agreement',
  Accords: 'agreement',
  Agreement: 'agreement',
  Arrangement: 'agreement',
  Charter: 'agreement',
  Compact: 'agreement',
  Consultation: 'programme',
  Consultations: 'programme',
  Convention: 'agreement',
  Declaration: 'agreement',
  Dialogue: 'programme',
  Framework: 'agreement',
  Initiative: 'programme',
  Mechanism: 'programme',
  Partnership: 'programme',
  Program: 'programme',
  Programme: 'programme',
  Project: 'programme',
  Protocol: 'agreement',
  Treaty: 'agreement',
}

/** Words too general to make a name on their own ("the Joint Declaration", "the Strategic Partnership"). */
const GENERAL = new Set([
  'Annual',
  'Bilateral',
  'Comprehensive',
  'Economic',
  'Enhanced',
  'First',
  'Global',
  'Joint',
  'Multilateral',
  'New',
  'Partnership',
  'Security',
  'Special',
  'Strategic',
  'That',
  'This',
  'Trilateral',
])

/** Leading words that are not part of the name: ordinals and "Annual" ("the Fourth Annual UK-Japan Nuclear Dialogue"). */
const LEADING = /^(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d+(?:st|nd|rd|th)|Annual|Inaugural)\s+)+/

// A capitalised word ("U.S.-Japan", "Air-to-Air", "Women’s", "ASEAN-U.S."), or a year. Full stops only
// inside abbreviations, so that a name never runs on into the next sentence.
const ABBR = String.raw`\p{Lu}\.(?:\p{Lu}\.)+`
const CAP = String.raw`(?:(?:${ABBR}|\p{Lu}[\p{L}\p{N}’'&]*)(?:-(?:${ABBR}|[\p{L}\p{N}]+))*|\d{4})`
const LINK = String.raw`(?:(?:of|for|on|in)(?:\s+the)?|and|&)`
const HEADS = Object.keys(GENERIC_HEADS).join('|')
// A cheap test run first: most clauses name no agreement or programme.
const HEAD_WORD = new RegExp(HEADS)
// "the Japan-UK Counter-Terrorism Consultation", "the Partnership for Global Infrastructure and Investment"
const GENERIC = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:the|The|\p{Lu}[\p{L}.-]*[’']s)\s+((?:${CAP}\s+(?:${LINK}\s+)*)*(?:${HEADS}))` +
    String.raw`((?:\s+(?:on|of|for|against)\s+(?:the\s+)?${CAP}(?:\s+(?:${LINK}\s+)*${CAP})*)?)(?![\p{L}\p{N}])`,
  'gu',
)

/**
 * Finds capitalised names ending in (or led by) an agreement or programme head noun that the
 * lexicons may not know: "the Japan-UK Counter-Terrorism Consultation" (programme), "the
 * Trans-Atlantic Data Privacy Framework" (agreement). The name (and `text`) starts after "the"
 * and any ordinal; it must hold a word that is not general ("the Joint Declaration" is no name).
 * @param text the text to scan
 * @param offset added to every start/end
 */
export function findGenericNames(text: string, offset = 0): Entity[] {
  const found: Entity[] = []
  if (!HEAD_WORD.test(text)) return found
  for (const m of matchAll(text, GENERIC)) {
    const whole = m[0]
    const head = m[1]!
    const tail = m[2] ?? ''
    const lead = LEADING.exec(head)?.[0].length ?? 0
    const words = head.slice(lead).split(/\s+/)
    const modifiers = [...words.slice(0, -1), ...tail.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w))]
    if (!modifiers.some((w) => !GENERAL.has(w) && !/^\d{4}$/.test(w))) continue
    const start = m.index + whole.length - head.length - tail.length + lead
    const end = m.index + whole.length
    const printed = text.slice(start, end)
    found.push({ kind: GENERIC_HEADS[words[words.length - 1]!]!, name: printed.replace(/\s+/g, ' '), text: printed, start: offset + start, end: offset + end })
  }
  return found
}
