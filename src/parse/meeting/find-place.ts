// Finds the city or venue of the meeting: "in Tokyo on 8 January 2016", "met in Lima",
// "Issued in Tokyo, 26 October 2016". Countries and regions are not places ("Visit to Japan").
import { canonicalCountry } from '../../lexicon/countries.js'
import type { Document } from '../../core/tree.js'
import { SENTENCE_OPENERS } from '../abbreviations.js'
import type { FoundValue } from './find-title.js'
import { readDateline } from './dateline.js'
import { meetingSentences } from './opening.js'

const PLACE = `(?<place>\\p{Lu}[\\p{L}’'\\-]+(?:\\s+(?:de\\s+|da\\s+|do\\s+|la\\s+|upon\\s+)?\\p{Lu}[\\p{L}’'\\-]+){0,2})`
const DATE_AHEAD = '(?:\\d|the\\s+\\d|\\p{Lu}\\p{Ll}+\\.?\\s+\\d)'

/** "in Tokyo on 8 January", "met in Lima", "held in Camp David". */
const IN_SENTENCE = [
  new RegExp(`\\bin\\s+${PLACE}(?:,\\s+[\\p{L}.]+)?\\s+on\\s+${DATE_AHEAD}`, 'dgu'),
  new RegExp(`\\b(?:met|meet|held|convened|gathered|took\\s+place|meeting|summit)\\s+(?:here\\s+)?(?:in|at)\\s+${PLACE}`, 'dgu'),
]

/** Regions and other capitalised words that follow "in" but are no city. */
const NOT_PLACES = new Set([
  'Africa', 'America', 'Americas', 'Antarctica', 'Arctic', 'Asia', 'Asia-Pacific', 'Caribbean', 'Europe', 'Gulf',
  'Indo-Pacific', 'Latin America', 'Middle East', 'North Africa', 'Pacific', 'South Asia', 'Southeast Asia',
  'April', 'August', 'December', 'February', 'January', 'July', 'June', 'March', 'May', 'November', 'October',
  'September',
])

/**
 * Finds the place of the meeting in the opening sentences that tell of it, or in a dateline.
 * @param tree the statement tree
 * @returns the place with its offsets, or null when no city or venue is clear
 */
export function findPlace(tree: Document): FoundValue<string> | null {
  for (const s of meetingSentences(tree)) {
    for (const pattern of IN_SENTENCE) {
      for (const m of s.text.matchAll(pattern)) {
        const [a, b] = m.indices!.groups!.place!
        if (isPlace(m.groups!.place!)) return { value: m.groups!.place!, source: 'text', start: s.start + a, end: s.start + b }
      }
    }
  }
  for (const block of tree.children) {
    if (block.type !== 'heading') continue
    const place = readDateline(block.value)?.place
    const at = block.position.start.offset
    if (place && isPlace(place.text)) return { value: place.text, source: 'text', start: at + place.start, end: at + place.end }
  }
  return null
}

function isPlace(words: string): boolean {
  const first = words.split(/\s+/)[0]!
  return !canonicalCountry(words) && !NOT_PLACES.has(words) && !SENTENCE_OPENERS.has(first) && !/^(?:the|The)$/.test(first)
}
