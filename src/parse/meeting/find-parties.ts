// Finds the parties to an outcome document: the countries (or groupings' members) that issue it,
// not every country it mentions.
import { canonicalCountry, findCountryMentions, groupMembers } from '../../lexicon/countries.js'
import type { TextSpan } from './opening.js'

/** A party with the offset of the evidence that names it (Infinity when not from the text). */
export interface FoundParty {
  name: string
  at: number
}

// "We, the leaders of Australia, India, Japan, and the United States," / "As leaders of ..." /
// "We, Australia, Denmark, Norway, and the United States, recognize"
const LEADERS_OF = /\b(?:(?:leaders|heads of state and government|heads of state|heads of government|governments|foreign ministers|ministers|representatives)\s+of\s+|We,\s+(?=(?:the\s+)?[A-Z]))/gi
const GROUPS = /\b(?:the\s+)?(?:Quad|AUKUS|G-?7|G-?20|I2U2|P3)\b/g

/**
 * Countries named in the list after "leaders of" (and its kin) in the opening sentences. The list
 * ends at a comma that is not followed by another name ("..., and the United States, guided by").
 */
export function partiesFromLeadersList(sentences: TextSpan[]): FoundParty[] {
  const found: FoundParty[] = []
  for (const s of sentences) {
    for (const m of s.text.matchAll(LEADERS_OF)) {
      const from = m.index + m[0].length
      const rest = s.text.slice(from)
      const stop = /,\s+(?!and\b|the\s+\p{Lu}|\p{Lu})|[.;:]|\s+(?:met|have|are|reaffirm|resolve|held|convened|gathered|hereby)\b/u.exec(rest)
      const list = stop ? rest.slice(0, stop.index) : rest
      for (const c of findCountryMentions(list, s.start + from)) if (!c.demonym) found.push({ name: c.name, at: c.start })
      for (const g of list.matchAll(GROUPS)) for (const name of groupMembers(g[0]) ?? []) found.push({ name, at: s.start + from + g.index })
    }
  }
  return found
}

/**
 * Parties named in a title: countries joined by hyphens or dashes ("Japan-UK", "U.S.-Japan",
 * "United States-Japan-Republic of Korea"), "between A and B", and groupings ("Quad" → its members).
 * @param title the meeting or document title
 * @param at offset of the title in the text, or Infinity when it came from metadata
 */
export function partiesFromTitle(title: string, at: number): FoundParty[] {
  const found: FoundParty[] = []
  const mentions = findCountryMentions(title)
  const between = /\bbetween\s+/i.exec(title)
  for (const c of mentions) {
    const before = title.slice(0, c.start).trimEnd().slice(-1)
    const after = title.slice(c.end).trimStart()[0] ?? ''
    const joined = /[-–—/]/.test(before) || /[-–—/]/.test(after) || (between !== null && c.start > between.index)
    if (joined) found.push({ name: c.name, at: Number.isFinite(at) ? at + c.start : at })
  }
  for (const g of title.matchAll(GROUPS)) {
    for (const name of groupMembers(g[0]) ?? []) found.push({ name, at: Number.isFinite(at) ? at + g.index : at })
  }
  return found
}

/**
 * Orders parties by their first evidence in the text and removes repeats; parties known only from
 * metadata come last, in the order given.
 */
export function orderParties(found: FoundParty[]): string[] {
  const sorted = [...found].sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? -1 : 1))
  return [...new Set(sorted.map((p) => p.name))]
}

/**
 * Canonical names of parties supplied by the user: country names and abbreviations become the
 * canonical country ("UK" → "United Kingdom"); other names are kept as given.
 */
export function canonicalParties(names: string[]): string[] {
  return [...new Set(names.map((n) => canonicalCountry(n) ?? n.trim()).filter(Boolean))]
}
