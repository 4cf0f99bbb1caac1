// Organisations that are themselves a party to a meeting (not through their members): NATO, ASEAN,
// the European Union in a summit with a state, the African Union, and the user's organisations
// without members (src/lexicon/user-lexicon.ts). ANNOTATION.md: such an organisation stays one actor.
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
  const entries = organisationParties()
  // Note: the global forms of the patterns are made once per lexicon, not per call; each search stops
  // at the first mention that counts (not every match found first: speed).
  if (searchCache?.entries !== entries) searchCache = { entries, all: entries.map((o) => new RegExp(o.re.source, 'gu')) }
  const found: Array<{ name: string; at: number }> = []
  entries.forEach((o, k) => {
    const all = searchCache!.all[k]!
    all.lastIndex = 0
    for (let m = all.exec(text); m !== null; m = all.exec(text)) {
      if (m[0] === 'Alliance') continue
      found.push({ name: o.name, at: m.index })
      break
    }
    all.lastIndex = 0
  })
  return found.sort((a, b) => a.at - b.at)
}

let searchCache: { entries: ReadonlyArray<{ name: string; re: RegExp }>; all: RegExp[] } | null = null
