// Which parties may be assessed on an item: its actors and the meeting's parties, groups expanded.
import { CommuniqueError } from '../core/errors.js'
import { canonicalCountry, groupMembers } from '../lexicon/countries.js'

/**
 * The parties an item can be assessed for: its actors and its meeting's parties, with groupings
 * ("G7", "Quad") expanded to their members as well.
 */
export function assessableParties(actors: readonly string[], meetingParties: readonly string[]): string[] {
  const out = new Set<string>()
  for (const p of [...actors, ...meetingParties]) {
    out.add(p)
    for (const m of groupMembers(p) ?? []) out.add(m)
  }
  return [...out]
}

/**
 * The canonical name of `party` if it is one of `allowed` (any case, any variant: "UK", "the U.K.").
 * @throws CommuniqueError 'usage' naming the allowed parties
 */
export function resolveParty(party: string, allowed: readonly string[], itemId: number | string): string {
  const wanted = (canonicalCountry(party) ?? party.trim()).toLowerCase()
  const hit = allowed.find((p) => p.toLowerCase() === wanted)
  if (hit) return hit
  const list = allowed.length > 0 ? allowed.join(', ') : 'none recorded'
  throw new CommuniqueError('usage', `"${party}" is not a party of item ${itemId}; assess one of: ${list}`, {
    params: { field: 'party', value: party, itemId },
  })
}

/** The canonical form of a party name a user typed, for filters: "UK" → "United Kingdom". */
export function canonicalParty(party: string): string {
  return canonicalCountry(party) ?? party.trim()
}
