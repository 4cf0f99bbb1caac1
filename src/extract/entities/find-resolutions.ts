// UN resolutions cited by number: "resolution 2231", "UNSCR 1718", "UNSC Res. 2966", "resolutions 1718, 1874 and 2087",
// "General Assembly resolution ES-11/1".
import { matchAll } from '../../core/match-all.js'
import type { Entity } from '../../core/item.js'

// "resolution 2231 (2015)", "resolutions 1718 (2006), 1874 (2009) and 2397 (2017)", "UNSCRs 2270 and 2321", "A/RES/75/1".
const NUMBER = String.raw`(?:ES-\d{1,2}\/\d{1,3}|\d{1,3}\/\d{1,3}|\d{3,4})(?:\s*\(\d{4}\))?`
const HEAD = String.raw`(?:[Rr]esolutions?|[Rr]es\.|UNSCRs?|UNSC\s+[Rr]esolutions?|A\/RES\/)`
const RESOLUTIONS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${HEAD}\s*(?:No\.\s*)?(${NUMBER}(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)${NUMBER})*)(?![\p{L}\p{N}\/])`,
  'gu',
)
const ONE = new RegExp(NUMBER, 'gu')

/**
 * The canonical name of a resolution number: a plain number is a Security Council resolution
 * ("2231" → "UNSC Resolution 2231"); a session/number pair is a General Assembly one
 * ("75/1" → "UNGA Resolution 75/1", "ES-11/1" → "UNGA Resolution ES-11/1").
 */
export function resolutionName(number: string): string {
  const n = number.replace(/\s*\(\d{4}\)$/, '')
  return n.includes('/') ? `UNGA Resolution ${n}` : `UNSC Resolution ${n}`
}

/**
 * Finds numbered UN resolutions, one agreement entity per number. The first number's text
 * includes the word "resolution(s)" ("resolution 2231"); later numbers of a list are their
 * digits alone ("1874"). Unnumbered mentions ("all relevant resolutions") are not entities.
 * @param text the text to scan
 * @param offset added to every start/end
 */
export function findResolutions(text: string, offset = 0): Entity[] {
  const found: Entity[] = []
  for (const m of matchAll(text, RESOLUTIONS)) {
    const listStart = m.index + m[0].length - m[1]!.length
    let first = true
    for (const n of matchAll(m[1]!, ONE)) {
      const start = first ? m.index : listStart + n.index
      const end = listStart + n.index + n[0].length
      found.push({ kind: 'agreement', name: resolutionName(n[0]), text: text.slice(start, end), start: offset + start, end: offset + end })
      first = false
    }
  }
  return found
}
