// The parties a title names as the document's authors, read from the title a manifest or the page gives.
import { matchAll } from '../core/match-all.js'
import { findCountryMentions, groupMembers, groupNamePattern } from '../lexicon/countries.js'
import { findOrganisationParties } from '../lexicon/organisation-parties.js'
import { HEAD_OF_STATE_OR_GOVERNMENT } from '../parse/lexicon/offices.js'
import { AFTER_AUTHORS, AUTHOR_BODIES, DOCUMENT_NOUNS } from '../parse/lexicon/title-authors.js'

// "Joint Statement from the Governments of A, B, and C", "Joint Statement by the G7 Announcing ...".
const AUTHORS_AFTER_NOUN = new RegExp(
  String.raw`\b(?:${DOCUMENT_NOUNS.join('|')})\s+(?:from|by|of)\s+(?:the\s+)?(?:(?:${AUTHOR_BODIES.join('|')})\s+of\s+(?:the\s+)?)?`,
  'u',
)
// "Joint Statement on F-16s for Ukraine from U.S. President Joseph R. Biden, Dutch Prime Minister ...":
// a list of leaders that ends the title.
const LEADERS_AT_END = new RegExp(String.raw`\s(?:from|by)\s+((?:the\s+)?\S+(?:\s+\S+)?\s+${HEAD_OF_STATE_OR_GOVERNMENT.source}.*)$`, 'u')

/**
 * The parties a title names as its authors, in the order printed: countries (an adjective only
 * before a leader's office: "Dutch Prime Minister"), groupings as their members, organisations.
 * Empty when the title names no authors, or fewer than two parties.
 * @example titleAuthors('Joint Statement from the United States and the European Union on Support for Angola')
 *   // ['United States', 'European Union']
 */
export function titleAuthors(title: string): string[] {
  const list = authorList(title)
  if (!list) return []
  const found: Array<{ name: string; at: number }> = []
  for (const c of findCountryMentions(list)) {
    if (!c.demonym || new RegExp(`^\\s+(?:(?:Acting|Deputy|Federal|Vice)\\s+)?${HEAD_OF_STATE_OR_GOVERNMENT.source}`, 'u').test(list.slice(c.end)))
      found.push({ name: c.name, at: c.start })
  }
  for (const g of matchAll(list, groupNamePattern())) for (const name of groupMembers(g[0]) ?? []) found.push({ name, at: g.index })
  for (const o of findOrganisationParties(list)) found.push({ name: o.name, at: o.at })
  const names = [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.name))]
  return names.length >= 2 ? names : []
}

/** The words of the title that list the authors, or null. */
function authorList(title: string): string | null {
  const lead = AUTHORS_AFTER_NOUN.exec(title)
  if (lead) {
    const rest = title.slice(lead.index + lead[0].length)
    const stop = new RegExp(AFTER_AUTHORS, 'u').exec(rest)
    return stop ? rest.slice(0, stop.index) : rest
  }
  return LEADERS_AT_END.exec(title)?.[1] ?? null
}
