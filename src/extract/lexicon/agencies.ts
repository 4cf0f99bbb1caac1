// Agencies, departments and offices that act for one party: a clause whose subject names one of
// them is that party's pledge ("JICA will provide ..." → Japan). User lexicons add more
// (agencies and offices, src/lexicon/user-lexicon.ts).
import { canonicalCountry } from '../../lexicon/countries.js'
import { lexiconVersion, userLexicon } from '../../lexicon/user-lexicon.js'

/** Names as printed (case-sensitive) → the canonical party they act for. */
export const AGENCIES: Readonly<Record<string, string>> = {
  DFC: 'United States',
  EXIM: 'United States',
  JBIC: 'Japan',
  JICA: 'Japan',
  JAXA: 'Japan',
  MCC: 'United States',
  NASA: 'United States',
  NEXI: 'Japan',
  USAID: 'United States',
  ATF: 'United States',
  CBP: 'United States',
  CDC: 'United States',
  DEA: 'United States',
  DHS: 'United States',
  DOE: 'United States',
  DOJ: 'United States',
  DoD: 'United States',
  EPA: 'United States',
  FBI: 'United States',
  FDA: 'United States',
  HHS: 'United States',
  NIST: 'United States',
  NOAA: 'United States',
  NSF: 'United States',
  USDA: 'United States',
  USTDA: 'United States',
  // "MINDEF and U.S. DoD’s Defense Innovation Unit (DIU) intend to formalize a partnership …" (Singapore's Ministry of Defence)
  MINDEF: 'Singapore',
  'Peace Corps': 'United States',
  'U.S. Coast Guard': 'United States',
  'Department of Health and Human Services': 'United States',
  'Department of Agriculture': 'United States',
  'Department of Transportation': 'United States',
  'Japan Coast Guard': 'Japan',
  'Australian Border Force': 'Australia',
  'Indian Coast Guard': 'India',
  USTR: 'United States',
  'U.S. Department': 'United States',
  'Department of State': 'United States',
  'Department of Defense': 'United States',
  'Department of Homeland Security': 'United States',
  'Department of Justice': 'United States',
  'Department of Energy': 'United States',
  'Department of Commerce': 'United States',
  'Japan Self-Defense Forces': 'Japan',
  'Self-Defense Forces': 'Japan',
  'U.S. Forces': 'United States',
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

/** Titles before a person's name in a subject ("Prime Minister Abe", "Secretary Blinken"): the person's country is the actor. */
export const PERSON_TITLES: readonly string[] = [
  'President',
  'Prime Minister',
  'Chancellor',
  'Premier',
  'King',
  'Queen',
  'Emperor',
  'Minister',
  'Secretary',
  'Vice President',
  'Crown Prince',
  'Sultan',
  'Emir',
  'Sheikh',
  'Taoiseach',
  'Chairman',
  'General Secretary',
]
