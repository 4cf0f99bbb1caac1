// The meeting record: who met, where, when, in which series — read from the text or supplied by the user.
import type { Position } from './tree.js'

/** One participant of the meeting as named in the text. */
export interface Participant {
  /** Personal name without honorifics: "Fumio Kishida". */
  name: string
  /** Honorifics as printed: "H.E. Mr.", "the Rt Hon", or null. */
  honorific: string | null
  /** Office: "Minister for Foreign Affairs". */
  office: string | null
  /** Canonical country (or organisation) name: "Japan", "United Kingdom". */
  country: string | null
  /** Where the name stands in the normalized text. */
  position?: Position
}

/** Where a meeting field came from. */
export type FieldSource = 'text' | 'metadata' | 'flag' | 'inferred'

/** The fields of a meeting that can come from the text, the page metadata or a flag. */
export type MeetingField = 'title' | 'series' | 'ordinal' | 'date' | 'place' | 'parties' | 'participants'

/** What a document says about its meeting. Fields it does not state are null / empty. */
export interface MeetingRecord {
  /** "Second Japan-UK Foreign and Defence Ministerial Meeting". */
  title: string | null
  /** The title without its ordinal: "Japan-UK Foreign and Defence Ministerial Meeting". */
  series: string | null
  /** 2 for "Second" / "2nd". */
  ordinal: number | null
  /** ISO date YYYY-MM-DD of the meeting (the first day when it spans several). */
  date: string | null
  /** City or venue: "Tokyo". */
  place: string | null
  participants: Participant[]
  /** Canonical names of the countries/organisations that are parties to the outcome document. */
  parties: string[]
  /** Where each field came from (absent when the field is empty). */
  sources: Partial<Record<MeetingField, FieldSource>>
  /** Positions in the normalized text of fields read from the text. */
  positions: Partial<Record<MeetingField, Position>>
}

/** Values supplied by the user (CLI flags, manifest rows); they win over what the text says. */
export interface MeetingOverrides {
  title?: string
  series?: string
  date?: string
  parties?: string[]
  place?: string
  ordinal?: number
}

/** An empty meeting record. */
export function emptyMeeting(): MeetingRecord {
  return {
    title: null,
    series: null,
    ordinal: null,
    date: null,
    place: null,
    participants: [],
    parties: [],
    sources: {},
    positions: {},
  }
}
