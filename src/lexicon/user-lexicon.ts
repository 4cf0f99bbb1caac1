// User lexicons: parties, organisations with members, agencies and offices, topic keywords and
// pledge verbs that a user adds to the built-in word lists (schema/lexicon.schema.json). The
// additions in force are held here; the matchers that read the built-in lists also read these, and
// rebuild their compiled patterns when `lexiconVersion()` changes. Reading files lives in
// src/commands/load-lexicon.ts; this module does no I/O.

/** A country or other state-like party the built-in list lacks, or more names for one it has. */
export interface UserParty {
  /** Canonical name, as actors are reported: "Kosovo", "Taiwan". */
  name: string
  /** Other printed names and abbreviations: "Republic of Kosovo". */
  aliases?: string[]
  /** Nationality adjectives: "Kosovar". */
  demonyms?: string[]
}

/** An organisation or grouping; with members, a pledge by it resolves to the members. */
export interface UserOrganisation {
  /** Canonical name: "Pacific Islands Forum". */
  name: string
  aliases?: string[]
  /** Members as party names; none when the organisation is itself the actor (like NATO). */
  members?: string[]
}

/** An agency or office that acts for one party: "JICA" → Japan, "Minister for Trade of Fiji" → Fiji. */
export interface UserAgency {
  /** The name as printed (case-sensitive). */
  name: string
  /** The party it acts for. */
  party: string
}

/** Extra keywords for a topic of the taxonomy, or a new topic. */
export interface UserTopic {
  /** An existing topic id ("cyber") to extend, or a new kebab-case id. */
  id: string
  /** Label of a new topic (default: the id). */
  label?: string
  /** Lower-case words or phrases, as in src/lexicon/topics.ts ("terroris*" matches any ending). */
  keywords: string[]
}

/** One user lexicon file, after checking. */
export interface UserLexicon {
  parties?: UserParty[]
  organisations?: UserOrganisation[]
  agencies?: UserAgency[]
  offices?: UserAgency[]
  topics?: UserTopic[]
  /** Verbs of pledge in the present tense ("undertake"), each read like "commit": "X undertakes to build ...". */
  pledgeVerbs?: string[]
}

let active: Required<UserLexicon> = empty()
let version = 0

function empty(): Required<UserLexicon> {
  return { parties: [], organisations: [], agencies: [], offices: [], topics: [], pledgeVerbs: [] }
}

/**
 * Puts these lexicons in force (replacing any before), merged in order.
 * @example useLexicons([{ parties: [{ name: 'Kosovo' }] }])
 */
export function useLexicons(lexicons: readonly UserLexicon[]): void {
  const next = empty()
  for (const l of lexicons) {
    next.parties.push(...(l.parties ?? []))
    next.organisations.push(...(l.organisations ?? []))
    next.agencies.push(...(l.agencies ?? []))
    next.offices.push(...(l.offices ?? []))
    next.topics.push(...(l.topics ?? []))
    next.pledgeVerbs.push(...(l.pledgeVerbs ?? []).map((v) => v.trim().toLowerCase()).filter(Boolean))
  }
  active = next
  version++
}

/** The additions in force (empty lists when none). */
export function userLexicon(): Readonly<Required<UserLexicon>> {
  return active
}

/** A number that changes whenever the additions change, for caches of compiled patterns. */
export function lexiconVersion(): number {
  return version
}
