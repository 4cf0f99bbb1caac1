// The opening of a statement: the sentences of its first paragraphs, where the meeting is named.
import type { Document, Paragraph } from '../../core/tree.js'
import type { GlueRepairer } from '../repair-glued.js'
import { BEGIN_TEXT, FURTHER_MEETING_VERB, MEETING_CUE, PAST_MEETINGS } from '../lexicon/meeting.js'

/** A piece of the normalized text with its offsets. */
export interface TextSpan {
  text: string
  start: number
  end: number
  /** When `text` was repaired (glued words split): offset in `text` → offset from `start` in the original. */
  map?: Int32Array
}

/**
 * A span, made with every field in one order (`map` undefined when the text was not repaired): all
 * spans share one hidden class, so the meeting reader's code that reads them stays monomorphic (session 13).
 */
export function textSpan(text: string, start: number, end: number, map?: Int32Array): TextSpan {
  return { text, start, end, map }
}

const repairers = new WeakMap<Document, GlueRepairer>()

/**
 * The sentences already read from a tree, by kind and count ("o2": openingSentences(tree, 2), "m2":
 * meetingSentences, "f": furtherMeetingSentences): the meeting reader asks for them a few dozen times
 * per document, and each reading repairs and tests every sentence again. Callers get a copy of the list.
 */
const readings = new WeakMap<Document, Map<string, TextSpan[]>>()

/** The cached reading of a tree under a key, made by `read` on first need; a copy of the list. */
function cached(tree: Document, key: string, read: () => TextSpan[]): TextSpan[] {
  let byKey = readings.get(tree)
  if (!byKey) readings.set(tree, (byKey = new Map()))
  let spans = byKey.get(key)
  if (!spans) byKey.set(key, (spans = read()))
  return spans.slice()
}

/** Reads the opening of this tree with glued words split (see repair-glued.ts). */
export function useRepairer(tree: Document, repair: GlueRepairer): void {
  repairers.set(tree, repair)
  readings.delete(tree)
}

/** The offset in the original text of offset `i` of a span's text. */
export function spanOffset(s: TextSpan, i: number): number {
  return s.start + (s.map ? s.map[Math.min(Math.max(i, 0), s.map.length - 1)]! : i)
}

/** How many paragraphs count as the opening. */
export const OPENING_PARAGRAPHS = 2

/**
 * The sentences of the first paragraphs of a statement.
 * @param tree the statement tree
 * @param count how many paragraphs to take
 */
export function openingSentences(tree: Document, count = OPENING_PARAGRAPHS): TextSpan[] {
  return cached(tree, `o${count}`, () => readOpening(tree, count))
}

function readOpening(tree: Document, count: number): TextSpan[] {
  const spans: TextSpan[] = []
  const repair = repairers.get(tree)
  for (const block of openingParagraphs(tree, count)) {
    for (const s of block.children) {
      const fixed = repair?.(s.value)
      spans.push(textSpan(fixed ? fixed.text : s.value, s.position.start.offset, s.position.end.offset, fixed?.map))
    }
  }
  return spans
}

/** A line of a few words without a sentence's end: a site's tag line ("worldwide online news"), no prose. */
function isStub(p: Paragraph): boolean {
  if (p.children.length !== 1) return false
  const text = p.children[0]!.value.trim()
  return text.length <= 60 && !/[.!?:;”"’)]$/.test(text) && text.split(/\s+/).length <= 6
}

/**
 * The first `count` paragraphs that hold prose (tag lines skipped) and, when a page marks where the
 * statement it reposts begins ("Begin Text:"), the first `count` after that mark too: a news
 * site's introduction may fill the first paragraphs.
 */
function openingParagraphs(tree: Document, count: number): Paragraph[] {
  const chosen: Paragraph[] = []
  let seen = 0
  let mark = -1
  let afterMark = 0
  for (const block of tree.children) {
    if (block.type !== 'paragraph') continue
    const p = block as Paragraph
    seen++
    if (mark < 0 && seen <= 8 && p.children.length === 1 && BEGIN_TEXT.test(p.children[0]!.value.trim())) {
      mark = seen
      continue
    }
    if (isStub(p)) continue
    if (mark >= 0 && afterMark < count) {
      afterMark++
      if (!chosen.includes(p)) chosen.push(p)
    } else if (chosen.length < count) chosen.push(p)
    if (chosen.length >= count && (mark >= 0 ? afterMark >= count : seen >= 8)) break
  }
  return chosen
}

/** The opening sentences that tell of the meeting (see MEETING_CUE). */
export function meetingSentences(tree: Document, count = OPENING_PARAGRAPHS): TextSpan[] {
  return cached(tree, `m${count}`, () => openingSentences(tree, count).filter((s) => MEETING_CUE.test(s.text)))
}

/** How many paragraphs are read for a sentence that tells of the meeting (its day, place or people) when the opening tells of none. */
export const FURTHER_OPENING_PARAGRAPHS = 6

/**
 * The sentences past the opening, within the first few paragraphs, whose verb tells that people met
 * ("gathered in Kigali, Rwanda, on 26 October 2021", "met in Singapore on August 4"), not of an earlier
 * meeting: where a site's banner, a slogan or a summary line fills the first paragraphs.
 */
export function furtherMeetingSentences(tree: Document): TextSpan[] {
  return cached(tree, 'f', () => readFurther(tree))
}

function readFurther(tree: Document): TextSpan[] {
  const opening = new Set(openingSentences(tree).map((s) => s.start))
  // "gathered in Kigali on 26 October 2021, took stock of ... the last AU – EU Summit held in 2017": the words
  // before an earlier meeting is named tell of this one.
  return openingSentences(tree, FURTHER_OPENING_PARAGRAPHS)
    .filter((s) => !opening.has(s.start) && !s.map)
    .map((s) => {
      const past = PAST_MEETINGS.exec(s.text)
      return past ? textSpan(s.text.slice(0, past.index), s.start, s.start + past.index) : s
    })
    .filter((s) => FURTHER_MEETING_VERB.test(s.text))
}
