// The hand-coded gold file format (../shared/gold/*.json) and a guard that checks it.
import { CommuniqueError } from '../core/errors.js'

/** One hand-coded item. */
export interface GoldItem {
  paragraph: number | null
  quote: string
  type: string
  actors: string[]
  deadline?: { text?: string; end: string | null; relative?: string } | null
  optional?: boolean
}

/** The hand-coded meeting fields. */
export interface GoldMeeting {
  /** The title, or a list of accepted titles. */
  title?: string | string[]
  date?: string
  /** The place, or a list of accepted spellings; null for a video conference or where the text does not say. */
  place?: string | string[] | null
  ordinal?: number | null
  paragraphs?: number | null
  participants?: Array<{ name: string }>
}

/** One gold file. */
export interface GoldDocument {
  /** File name of the document's text ("japan-uk-2plus2-2016-01-08.txt"). */
  document: string
  meeting: GoldMeeting | null
  items: GoldItem[]
}

const TYPES = new Set(['commitment', 'directive', 'support', 'call', 'position'])

/**
 * Checks that a parsed JSON value is a gold file and returns it typed.
 * @param where the file's path, named in the message
 * @throws CommuniqueError 'invalid-input' saying which field is wrong
 */
export function assertGoldDocument(value: unknown, where: string): GoldDocument {
  const bad = (what: string): never => {
    throw new CommuniqueError('invalid-input', `${where}: not a gold file: ${what} (see ../shared/gold/*.json for the format)`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) bad('expected a JSON object')
  const v = value as Record<string, unknown>
  if (typeof v.document !== 'string' || !v.document) bad('"document" must name the text file')
  if (!Array.isArray(v.items)) bad('"items" must be an array')
  if (v.meeting !== null && v.meeting !== undefined && typeof v.meeting !== 'object') bad('"meeting" must be an object or null')
  ;(v.items as unknown[]).forEach((raw, i) => {
    const it = raw as Record<string, unknown>
    if (typeof it !== 'object' || it === null) bad(`items[${i}] is not an object`)
    if (typeof it.quote !== 'string' || !it.quote) bad(`items[${i}].quote must be a non-empty string`)
    if (typeof it.type !== 'string' || !TYPES.has(it.type)) bad(`items[${i}].type must be one of ${[...TYPES].join(', ')}`)
    if (it.paragraph !== null && it.paragraph !== undefined && typeof it.paragraph !== 'number') bad(`items[${i}].paragraph must be a number or null`)
    if (it.actors !== undefined && !Array.isArray(it.actors)) bad(`items[${i}].actors must be an array of names`)
    const deadline = it.deadline as Record<string, unknown> | null | undefined
    if (deadline !== null && deadline !== undefined) {
      if (typeof deadline !== 'object') bad(`items[${i}].deadline must be an object or null`)
      if (deadline.end !== null && deadline.end !== undefined && (typeof deadline.end !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(deadline.end)))
        bad(`items[${i}].deadline.end must be a date (YYYY-MM-DD), null or absent (a deadline relative to the series), not ${JSON.stringify(deadline.end)}`)
    }
  })
  return {
    document: v.document as string,
    meeting: (v.meeting ?? null) as GoldMeeting | null,
    items: (v.items as GoldItem[]).map((i) => ({ ...i, actors: i.actors ?? [], paragraph: i.paragraph ?? null })),
  }
}
