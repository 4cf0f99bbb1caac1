// Finds every named entity of a text: countries, organisations, agreements, programmes and events.
import type { Entity } from '../../core/item.js'
import { countriesInTokens } from './find-country-entities.js'
import { findEventEntities } from './find-event-entities.js'
import { findGenericNames } from './find-generic-names.js'
import { lexiconEntitiesInTokens } from './find-lexicon-entities.js'
import { lexiconTokens } from './lexicon-matcher.js'
import { findResolutions } from './find-resolutions.js'

const overlaps = (a: Entity, b: Entity): boolean => a.start < b.end && b.start < a.end

/**
 * Finds the named entities of a text, with offsets into it (`text.slice(start - offset, end - offset) === entity.text`).
 *
 * - Organisations, agreements, programmes and events come from the lexicons (src/lexicon/) and
 *   from numbered UN resolutions ("resolution 2231" → "UNSC Resolution 2231"); they never overlap
 *   one another: the longest name wins ("G7 Ise Shima Summit" is an event, with no "G7" inside it).
 * - Capitalised names of an agreement or programme shape that no lexicon knows ("the Japan-UK
 *   Counter-Terrorism Consultation") come last and only where no known name stands.
 * - Countries may sit inside those names ("EU-Japan Economic Partnership Agreement" also names
 *   Japan): a name that binds two countries is evidence about both. Nationality adjectives count
 *   ("Japanese participation"), except inside place names ("Korean Peninsula").
 *
 * @param text the text to scan (a clause, a paragraph or a whole normalized document)
 * @param offset added to every start/end, so offsets point into the whole document
 * @returns entities sorted by start (longer first at the same start)
 * @example findEntities('urged North Korea to return to the NPT')
 *   // [{ kind: 'country', name: 'North Korea', text: 'North Korea', start: 6, end: 17 },
 *   //  { kind: 'agreement', name: 'Treaty on the Non-Proliferation of Nuclear Weapons', text: 'NPT', start: 35, end: 38 }]
 */
export function findEntities(text: string, offset = 0): Entity[] {
  const tokens = lexiconTokens(text)
  const candidates = [...findEventEntities(text, offset), ...lexiconEntitiesInTokens(text, tokens, offset), ...findResolutions(text, offset)]
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const named: Entity[] = []
  for (const c of candidates) if (!named.some((n) => overlaps(n, c))) named.push(c)
  for (const g of findGenericNames(text, offset)) if (!named.some((n) => overlaps(n, g))) named.push(g)
  const all = [...countriesInTokens(text, tokens, offset), ...named]
  return all.sort((a, b) => a.start - b.start || b.end - a.end)
}
