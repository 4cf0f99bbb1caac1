// The "document" object that `communique parse --json` and `extract --json` print.
import type { Paragraph } from '../core/tree.js'
import type { ParsedStatement } from './parse-statement.js'

/** One paragraph in the JSON view: printed number (or null), label and offsets into the normalized text. */
export interface DocumentParagraphJson {
  number: number | null
  label: string | null
  start: number
  end: number
  text: string
}

/** One participant in the JSON view. */
export interface DocumentParticipantJson {
  name: string
  honorific: string | null
  office: string | null
  country: string | null
}

/** The meeting and paragraphs of a parsed statement, as printed by the CLI. */
export interface DocumentJson {
  title: string | null
  series: string | null
  ordinal: number | null
  date: string | null
  place: string | null
  participants: DocumentParticipantJson[]
  parties: string[]
  paragraphs: DocumentParagraphJson[]
  /** How many sentences the paragraphs hold. */
  sentences: number
}

/**
 * Builds the JSON "document" view of a parsed statement: the meeting fields, every paragraph with
 * its printed number (null when unnumbered) and offsets, and the sentence count. Pure.
 * @param parsed the result of parseStatement
 */
export function toDocumentJson(parsed: ParsedStatement): DocumentJson {
  const { meeting, tree, file } = parsed
  const paragraphs = statementParagraphs(tree.children.filter((b): b is Paragraph => b.type === 'paragraph'))
  return {
    title: meeting.title,
    series: meeting.series,
    ordinal: meeting.ordinal,
    date: meeting.date,
    place: meeting.place,
    participants: meeting.participants.map((p) => ({ name: p.name, honorific: p.honorific, office: p.office, country: p.country })),
    parties: [...meeting.parties],
    paragraphs: paragraphs.map((p) => ({
      number: p.number,
      label: p.label,
      start: p.position.start.offset,
      end: p.position.end.offset,
      text: file.value.slice(p.position.start.offset, p.position.end.offset),
    })),
    sentences: paragraphs.reduce((n, p) => n + p.children.length, 0),
  }
}

/**
 * The paragraphs of the statement itself. Where the statement numbers its paragraphs from "1.",
 * unnumbered lines before paragraph 1 are the page's introduction ("Mr. Shinzo Abe ... met in
 * Tokyo ... and issued the following joint statement."), not paragraphs of the statement; they
 * stay in the tree, where the meeting record is read from them. A page cut after its first
 * numbered paragraphs ("At the invitation of ... made an official visit" ×3, then "1.") and a
 * statement whose first paragraph goes unnumbered before "2." (its printed numbers start at 2)
 * count only their numbered paragraphs too: a short introduction (at most
 * MAX_INTRODUCTION_PARAGRAPHS) before numbers that run on from 1 or 2, with no more unnumbered
 * paragraphs among them than numbered ones. A lead-in ("agree to take the following actions:")
 * before "1." opens a numbered list inside the statement, no numbering of its paragraphs.
 */
export function statementParagraphs(paragraphs: Paragraph[]): Paragraph[] {
  const numbered = paragraphs.filter((p) => p.labelKind === 'number')
  const first = paragraphs.findIndex((p) => p.labelKind === 'number')
  if (first < 0) return paragraphs
  const start = paragraphs[first]!.number
  const majority = numbered.length >= 2 && numbered.length > paragraphs.length / 2 && start === 1
  const unnumberedAfter = paragraphs.slice(first).filter((p) => p.number === null).length
  const introduced =
    (start === 1 || start === 2) &&
    first > 0 &&
    first <= MAX_INTRODUCTION_PARAGRAPHS &&
    !endsInLeadIn(paragraphs[first - 1]!) &&
    unnumberedAfter <= numbered.length &&
    numbered.every((p, k) => p.number === start + k)
  if (!majority && !introduced) return paragraphs
  return paragraphs.filter((p, i) => i >= first || p.number !== null)
}

/** How many unnumbered paragraphs a page may print before its numbered ones as an introduction. */
const MAX_INTRODUCTION_PARAGRAPHS = 3

/** True when a paragraph ends on a colon: the lead-in of the list that follows. */
function endsInLeadIn(p: Paragraph): boolean {
  const last = p.children[p.children.length - 1]
  return last !== undefined && /:\s*$/.test(last.value)
}
