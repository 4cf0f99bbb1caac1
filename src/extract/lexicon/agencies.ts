// Agencies, departments and offices that act for one party: a clause whose subject names one of
// them is that party's pledge ("JICA will provide ..." → Japan). User lexicons add more
// (agencies and offices, src/lexicon/user-lexicon.ts).
import { canonicalCountry } from '../../lexicon/countries.js'
import { lexiconVersion, userLexicon } from '../../lexicon/user-lexicon.js'

/** Names as printed (case-sensitive) → the canonical party they act for. */
export const AGENCIES: Readonly<Record<string, string>> = {
  DFC: 'United States', EXIM: 'United States', JBIC: 'Japan', JICA: 'Japan', JAXA: 'Japan', MCC: 'United States',
  NASA: 'United States', NEXI: 'Japan', USAID: 'United States', USTR: 'United States', 'U.S. Department': 'United States',
  'Department of State': 'United States', 'Department of Defense': 'United States', 'Department of Homeland Security': 'United States',
  'Department of Justice': 'United States', 'Department of Energy': 'United States', 'Department of Commerce': 'United States',
  'Japan Self-Defense Forces': 'Japan', 'Self-Defense Forces': 'Japan', 'U.S. Forces': 'United States',
}

let cache: { version: number; entries: Array<[string, string]> } | null = null

/** The agencies and offices in force: the built-in table, then the user's. */
export function agencyEntries(): ReadonlyArray<[string, string]> {
  if (cache?.version !== lexiconVersion()) {
    const user = [...userLexicon().agencies, ...userLexicon().offices].map((a): [string, string] => [a.name, canonicalCountry(a.party) ?? a.party])
    cache = { version: lexiconVersion(), entries: [...Object.entries(AGENCIES), ...user] }
  }
  return cache.entries
}

/** Organisations that are themselves a party (not through members): canonical name → printed forms. */
export const ORGANISATION_PARTIES: Readonly<Record<string, readonly string[]>> = {
  'European Union': ['European Union', 'EU'],
  ASEAN: ['ASEAN', 'Association of Southeast Asian Nations'],
  NATO: ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Alliance'],
  'African Union': ['African Union'],
}

let orgCache: { version: number; entries: Array<{ name: string; re: RegExp }> } | null = null

/** Organisations that act as one party, the user's (those without members) included, each with a pattern of its names. */
export function organisationParties(): ReadonlyArray<{ name: string; re: RegExp }> {
  if (orgCache?.version !== lexiconVersion()) {
    const user = userLexicon().organisations.filter((o) => !o.members?.length).map((o): [string, readonly string[]] => [o.name, [o.name, ...(o.aliases ?? [])]])
    const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')
    orgCache = {
      version: lexiconVersion(),
      entries: [...Object.entries(ORGANISATION_PARTIES), ...user].map(([name, forms]) => ({ name, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'u') })),
    }
  }
  return orgCache.entries
}
