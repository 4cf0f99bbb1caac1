// Converts offsets into line/column points with one index built per text.
import type { Point, Position } from './tree.js'

/** Offsets → points for one text; build once per file, query many times. */
export interface LineIndex {
  /** The point of an offset (0 ≤ offset ≤ text length). */
  pointAt(offset: number): Point
  /** The position of a half-open offset range. */
  positionOf(start: number, end: number): Position
}

/**
 * Builds a line index of `text` (LF line ends).
 * @example createLineIndex('a\nb').pointAt(2) // { line: 2, column: 1, offset: 2 }
 */
export function createLineIndex(text: string): LineIndex {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  let hint = 0
  const pointAt = (offset: number): Point => {
    if (offset < 0 || offset > text.length) {
      throw new RangeError(`pointAt: offset ${offset} is outside the text (0..${text.length})`)
    }
    // Offsets are mostly asked in text order: the line of the last answer is tried first.
    if (offset >= starts[hint]! && (hint + 1 === starts.length || offset < starts[hint + 1]!))
      return { line: hint + 1, column: offset - starts[hint]! + 1, offset }
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    hint = lo
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset }
  }
  return { pointAt, positionOf: (start, end) => ({ start: pointAt(start), end: pointAt(end) }) }
}
