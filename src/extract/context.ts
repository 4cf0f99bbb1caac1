// What every pass needs to know about the document: its parties, people and date.
import type { MeetingRecord } from '../core/meeting.js'
import { groupMembers } from '../lexicon/countries.js'

/** Document-wide facts the passes read. */
export interface ExtractContext {
  /** The normalized text of the whole document. */
  text: string
  /** Canonical names of the meeting's parties (may be empty when unknown). */
  parties: string[]
  /** Participants' names (lower-cased words of each name) → their country. */
  people: Array<{ words: string[]; country: string }>
  /** ISO date of the document, or null. */
  documentDate: string | null
  /** Resolved subject phrases, by text (subjects repeat: "we", "the two leaders"). */
  subjects: Map<string, unknown>
}

/** Builds the context from a meeting record and the normalized text. */
export function createContext(text: string, meeting: MeetingRecord): ExtractContext {
  const people = meeting.participants
    .filter((p) => p.country)
    .map((p) => ({ words: p.name.toLowerCase().split(/\s+/).filter((w) => w.length > 1), country: p.country! }))
  // A grouping that is a party ("Quad", "AUKUS", "G7") acts through its members.
  const parties: string[] = []
  for (const p of meeting.parties) for (const n of groupMembers(p) ?? [p]) if (!parties.includes(n)) parties.push(n)
  return { text, parties, people, subjects: new Map(), documentDate: meeting.date && /^\d{4}-\d{2}-\d{2}$/.test(meeting.date) ? meeting.date : null }
}
