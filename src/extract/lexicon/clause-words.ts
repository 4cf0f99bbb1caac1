// Words pass 3 (03-clauses) reads clause boundaries with: "work" as a verb, nouns that take a purpose.

/** "work" as a verb: after "and", "or", "to" or a modal (and an adverb). */
export const VERB_WORK = /\b(?:and|or|to|will|would|shall)\s+(?:[a-z]+ly\s+|also\s+|together\s+)?work\s+$/i

/** Nouns whose "to" + verb states their purpose: "efforts to end", "a dialogue to address". */
export const PURPOSE_NOUN =
  /^(?:efforts?|dialogues?|initiatives?|mechanisms?|measures|steps|actions?|work|programs?|programmes?|platforms?|frameworks?|partnerships?|plans?)$/i

/** Means whose "to" + verb states what they serve, a series of purposes included: "tools to build …, to scale … and to invest …". */
export const MEANS_NOUN = /^(?:tools|instruments|capability|capabilities|ability|abilities|resources|means)$/i
