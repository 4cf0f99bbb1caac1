// Which parties to believe when a manifest lists some and the text names others.
import { groupMembers } from '../lexicon/countries.js'
import { isRegion } from '../lexicon/regions.js'
import type { ParsedStatement } from '../parse/index.js'
import { openingSentences } from '../parse/meeting/opening.js'
import { orderParties, partiesFromLeadersList } from '../parse/meeting/find-parties.js'
import { titleAuthors } from './title-authors.js'

/** What the text says about who speaks, beside the parties the parser read. */
export interface PartyEvidence {
  /**
   * The parties the opening names as the statement's speakers, in a list after "We, the leaders
   * of", "the governments of", "the Ministers and Representatives of" (canonical names; a grouping
   * stands for its members).
   */
  speakers: string[]
  /**
   * The parties the title names as its authors: "Joint Statement from the Governments of A, B and
   * C", "Joint Statement from A and B on Support for C" (A and B), "... by U.S. President X, Dutch
   * Prime Minister Y" (see titleAuthors).
   */
  authors: string[]
}

/**
 * The parties of a document whose manifest names some. The manifest's, except:
 * - a region ("Africa") names no party and is left out;
 * - where the manifest names a single country and the text names that country with others, the
 *   text's (a manifest row that says "United States" for the U.S.–Vietnam joint statement);
 * - where the opening names the speakers in a list ("We, the Leaders of the Group of Seven",
 *   "the leaders of France, Germany, Italy, the United Kingdom and the United States released the
 *   following statement") that holds the manifest's lead party, and the text's parties do not
 *   cover the manifest's, the text's: the manifest then lists a country the statement speaks
 *   about ("support to the State of Israel") or a forum it met beside ("the margins of the G20").
 *   A manifest whose parties the text all names (with others named as context: "the Summit of the
 *   leaders of the United States, the GCC members, Egypt, Iraq, and Jordan") keeps its own;
 * - where the title names the authors ("Joint Statement from the United States and the European
 *   Union on Support for Angola, Zambia and the Democratic Republic of the Congo") and they hold the
 *   manifest's lead party, the title's: the manifest then adds the countries the statement supports
 *   or leaves out some of the signatories.
 * @param listed the manifest's parties (canonical names)
 * @param fromText the parties the parser read from the text
 * @param evidence what the opening and the title say about who speaks (see partyEvidence)
 */
export function reconcileParties(listed: string[], fromText: string[], evidence: Partial<PartyEvidence> = {}): string[] {
  const manifest = listed.filter((p) => !isRegion(p))
  if (manifest.length === 0) return fromText
  const lead = [...members([manifest[0]!])]
  const listedMembers = members(manifest)
  const speakers = members(evidence.speakers ?? [])
  const text = members(fromText)
  if (speakers.size >= 2 && lead.every((p) => speakers.has(p)) && [...listedMembers].some((p) => !text.has(p))) return fromText
  const authors = evidence.authors ?? []
  const byTitle = members(authors)
  if (byTitle.size >= 2 && lead.every((p) => byTitle.has(p)) && !sameSet(byTitle, listedMembers)) return authors
  if (manifest.length === 1 && fromText.length > 1 && fromText.includes(manifest[0]!)) return fromText
  return manifest
}

/**
 * What a parsed statement says about who speaks: the speakers its opening lists and the authors
 * its title names (the title a manifest gave, when it gave one).
 * @param parsed a statement parsed without a manifest's parties
 */
export function partyEvidence(parsed: ParsedStatement): PartyEvidence {
  return {
    speakers: orderParties(partiesFromLeadersList(openingSentences(parsed.tree))),
    authors: parsed.meeting.title ? titleAuthors(parsed.meeting.title) : [],
  }
}

/** The parties with every grouping replaced by its members ("G7" → Canada, France ...). */
function members(parties: string[]): Set<string> {
  return new Set(parties.flatMap((p) => groupMembers(p) ?? [p]))
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x))
}
