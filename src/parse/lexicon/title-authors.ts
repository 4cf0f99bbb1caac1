// Words of a title that names the document's authors: "Joint Statement from the Governments of
// A, B and C", "Joint Statement on F-16s for Ukraine from U.S. President ..., Dutch Prime Minister
// ..." (read by src/commands/title-authors.ts).

/** Nouns of an outcome document that a title may follow with its authors ("Statement from", "Declaration by"). */
export const DOCUMENT_NOUNS: readonly string[] = ['Statement', 'Declaration', 'Communiqu[eé]', 'Press Release', 'Readout']

/** The bodies that issue a document, between "from the" and "of" ("from the Governments of A and B"). */
export const AUTHOR_BODIES: readonly string[] = [
  'Leaders',
  'Heads of State and Government',
  'Heads of State',
  'Governments',
  'Presidents',
  'Prime Ministers',
  'Foreign Ministers',
  'Ministers',
  'National Security Advis[eo]rs',
]

/**
 * Words after the authors that start the rest of the title: "from Mexico and the United States on
 * the Launch ...", "... following the First ... Meeting", "... Endorsing the Activation ...".
 */
export const AFTER_AUTHORS = String.raw`\s+(?:on|to|for|at|in|regarding|concerning|following|after|with)\b|\s+\p{Lu}\p{Ll}+ing\b|\s*[:(–—]|\s+-\s`
