// Organisations that are themselves a party to a meeting (not through their members): NATO, ASEAN,
// the European Union in a summit with a state, the African Union, and the user's organisations
// without members (src/lexicon/user-lexicon.ts). ANNOTATION.md: such an organisation stays one actor.
import { matchAll } from '../core/match-all.js'
import { lexiconVersion, userLexicon } from './user-lexicon.js'

/** Canonical name → printed forms (case-sensitive). */
export const ORGANISATION_PARTIES: Readonly<Record<string, readonly string[]>> = {
  'European Union': ['European Union', 'EU', 'European Council', 'European Commission'],
  ASEAN: ['ASEAN', 'Association of Southeast Asian Nations'],
  NATO: ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance', 'North Atlantic Council', 'Alliance'],
  'African Union': ['African Union', 'AU'],
  'Pacific Islands Forum': ['Pacific Islands Forum'],
}

let orgCache: { version: number; entries: Array<{ name: string; re: RegExp }> } | null = null

/** Organisations that act as one party, the user's (those without members) included, each with a pattern of its names. */
export function organisationParties(): ReadonlyArray<{ name: string; re: RegExp }> {
  if (orgCache?.version !== lexiconVersion()) {
    const user = userLexicon()
      .organisations.filter((o) => !o.members?.length)
      .map((o): [string, readonly string[]] => [o.name, [o.name, ...(o.aliases ?? [])]])
    const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')
    orgCache = {
      version: lexiconVersion(),
      entries: [...Object.entries(ORGANISATION_PARTIES), ...user].map(([name, forms]) => ({
        name,
        re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'u'),
      })),
    }
  }
  return orgCache.entries
}

/**
 * The organisations acting as one party named in a text, in order of first mention. A bare
 * "Alliance" does not count here (it may be any alliance); "North Atlantic Alliance" does.
 */
export function findOrganisationParties(text: string): Array<{ name: string; at: number }> {
  const found: Array<{ name: string; at: number }> = []
  for (const o of organisationParties()) {
    const all = new RegExp(o.re.source, 'gu')
    for (const m of matchAll(text, all)) {
      if (m[0] === 'Alliance') continue
      found.push({ name: o.name, at: m.index })
      break
    }
  }
  return found.sort((a, b) => a.at - b.at)
}
