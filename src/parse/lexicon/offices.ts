// Honorifics and office titles that introduce the participants of a meeting, as regular-expression
// sources (one alternative per entry, longest first where they share a start).

/** Honorifics printed before a name: "H.E. Mr.", "the Rt Hon", "His Excellency". */
export const HONORIFICS: readonly string[] = [
  'H\\.\\s?E\\.',
  'H\\.\\s?M\\.',
  'H\\.\\s?R\\.\\s?H\\.',
  'HRH',
  'Her Excellency',
  'Her Majesty',
  'Her Royal Highness',
  'His Excellency',
  'His Highness',
  'His Majesty',
  'His Royal Highness',
  'Hon\\.?',
  'Honorable',
  'Honourable',
  'Baroness',
  'Dame',
  'Lady',
  'Lord',
  'Dr\\.?',
  'Mr\\.?',
  'Mrs\\.?',
  'Ms\\.?',
  'Prof\\.?',
  'Right Honourable',
  'Senator',
  'Rt\\.? Hon\\.?',
  'Sheikh',
  'Shri',
  'Smt\\.?',
  'Shaikh',
  'Sir',
]

/** Words that may stand before an office: "Deputy Prime Minister", "Federal Chancellor". */
export const OFFICE_PREFIXES: readonly string[] = [
  'Acting',
  'Chief',
  'Defen[cs]e',
  'Deputy',
  'European',
  'Federal',
  'First',
  'Foreign',
  'Senior',
  'State',
  'Vice',
]

/** Office titles that can stand directly before a name ("President Biden", "Prime Minister Kishida"). */
export const OFFICE_TITLES: readonly string[] = [
  'Advis[eo]r',
  'Ambassador',
  'Chair',
  'Chairman',
  'Chairperson',
  'Chancellor',
  'Commissioner',
  'Crown Prince',
  'Emir',
  'Emperor',
  'General Secretary',
  'Governor',
  'High Representative',
  'King',
  'Minister',
  'Homeland Security Advis[eo]r',
  'National Security Advis[eo]r',
  'National Security and Intelligence Advis[eo]r',
  'Premier',
  'President',
  'Prime Minister',
  'Queen',
  'Secretary of (?:State|Defen[cs]e|Commerce|Energy|Homeland Security|the Treasury)',
  'Secretary(?:-General| General)?',
  'State Counsellor',
  'Sultan',
  'Taoiseach',
  'Trade Representative',
  'Under\\s?[Ss]ecretary',
]

/** Heads of state or government: one per country, so a neighbour's country is never inherited. */
export const HEAD_OF_STATE_OR_GOVERNMENT =
  /\b(?:President|Prime Minister|Chancellor|King|Queen|Emperor|Emir|Sultan|Premier|Taoiseach|State Counsellor|Crown Prince|Chairman|General Secretary)\b/

/** The plural of an office before two names: "Prime Ministers", "Foreign Ministers", "Presidents". */
export const PLURAL_OFFICE = `(?:(?:Prime|Foreign|Defen[cs]e|Trade)\\s+Ministers|Presidents|Premiers|Chancellors)`

/** An office or honorific: someone is named before a cue. */
export const PERSON_WORD =
  /\b(?:Minister|Secretary|President|Premier|Chancellor|King|Queen|Prince|Emir|Sultan|Mr|Ms|Mrs|Dr|H\.E|Adviser|Advisor|Representative|Commissioner)\b/u
