// What every pass needs to know about the document: its parties, people and date.
import { isIsoDate } from '../core/dates.js'
import { escapeRegExp } from '../core/escape-regexp.js'
import type { MeetingRecord } from '../core/meeting.js'
import { groupMembers } from '../lexicon/countries.js'
import { createGlueRepairer, type GlueRepairer } from '../parse/repair-glued.js'
import { readOwnNames, type OwnNames } from './passes/02-subjects.js'

/** Document-wide facts the passes read. */
export interface ExtractContext {
  /** The normalized text of the whole document. */
  text: string
  /** Canonical names of the meeting's parties (may be empty when unknown). */
  parties: string[]
  /** Participants' names (lower-cased words of each name, and a word pattern of each word over two letters) → their country. */
  people: Array<{ words: string[]; country: string; patterns: RegExp[] }>
  /** ISO date of the document, or null. */
  documentDate: string | null
  /** Resolved subject phrases, by text (subjects repeat: "we", "the two leaders"). */
  subjects: Map<string, unknown>
  /** Splits words glued by a lost space in this document's sentences (null when none is glued). */
  repair: GlueRepairer
  /** Told the number of each pass as it runs and the offset of the sentence or paragraph (tests check the order). */
  trace?: PassTrace
  /** The actors of the last pledge of the previous sentence in the same paragraph, or null (see AnchorRule.continuesPrevious). */
  previousPledge?: string[] | null
  /**
   * The meeting's own initiative (by the abbreviations of its title), grouping and bodies as the text names
   * them: one reading per document, made here, for the subjects of pass 2.
   */
  own: OwnNames
  /** True when the document is one speaker's speech (an "I will", "I am", "I would like" in it). */
  oneSpeaker: boolean
}

/** Receives the number of each pass (1–6) as it runs, with the offset of the text it works on. */
export type PassTrace = (pass: number, at: number) => void

/** An article or particle joined to a family name by a hyphen or apostrophe: "al-", "el-", "bin-", "d’". */
const NAME_PARTICLE = /^(?:al|el|ad|ad-d|as|ash|an|ar|at|az|ibn|bin|abu|d|o)[-’'](?=\p{L}{3})/u

/** Builds the context from a meeting record and the normalized text. */
export function createContext(text: string, meeting: MeetingRecord): ExtractContext {
  const people = meeting.participants
    .filter((p) => p.country)
    .map((p) => {
      const words = p.name
        .toLowerCase()
        .split(/\s+/)
        // "Mohammed Shia’a Al-Sudani" is "Prime Minister Sudani": a name after an article or particle joined by a hyphen.
        .flatMap((w) => {
          const particle = NAME_PARTICLE.exec(w)
          return particle ? [w, w.slice(particle[0].length)] : [w]
        })
        .filter((w) => w.length > 1)
      // Compiled once per document: subjects are matched against these for every clause.
      return { words, country: p.country!, patterns: words.filter((w) => w.length > 2).map((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`)) }
    })
  // A grouping that is a party ("Quad", "AUKUS", "G7") acts through its members.
  const parties: string[] = []
  for (const p of meeting.parties) for (const n of groupMembers(p) ?? [p]) if (!parties.includes(n)) parties.push(n)
  // Note: every field is set here, the optional ones too, so that a context keeps one hidden class
  // (extractItems sets `previousPledge` and `trace` later; added then, they changed its shape mid-document).
  const ctx: ExtractContext = {
    text,
    parties,
    people,
    subjects: new Map(),
    repair: createGlueRepairer(text),
    documentDate: isIsoDate(meeting.date) ? meeting.date : null,
    trace: undefined,
    previousPledge: null,
    own: NO_OWN_NAMES,
    oneSpeaker: SPEAKER_I.test(text),
  }
  // Read once the parties and people are set: a name that names a party is no body of the parties' own.
  ctx.own = readOwnNames(ctx, meeting)
  return ctx
}

/** The context's `own` until it is read (the field is set at once, so that the context keeps one shape). */
const NO_OWN_NAMES: OwnNames = { initiative: [], abbreviations: new Set(), membersRe: null, members: false, created: new Map() }

/** A speaker's "I" ("I will", "I am", "I would like"): the text is one speaker's speech. */
const SPEAKER_I = /\bI\s+(?:am|will|would|have|want|wish|call|believe|thank|welcome|must|can|should|also)\b/
