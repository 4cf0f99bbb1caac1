// Verbs that pledges and the reports on them use for the same act: "we will hold a summit" is
// answered by "we convened in person", "establish a working group" by "we launched the group".
// Data only: each group is mapped to its first word's stem before comparison.

/** Groups of interchangeable verbs (base forms; the first is the group's key). */
export const VERB_SYNONYMS: readonly (readonly string[])[] = [
  ['establish', 'create', 'form', 'inaugurate', 'launch', 'set'],
  ['hold', 'convene', 'host', 'held'],
]
