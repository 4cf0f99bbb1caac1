// Invariants every parsed statement must keep: positions slice to text, children nest in order,
// line/column agree with offsets, and the tree and meeting survive a JSON round-trip.
import { createLineIndex } from '../../src/core/line-index.js'
import type { Node, Paragraph, Position } from '../../src/core/tree.js'
import type { ParsedStatement } from '../../src/parse/index.js'

/**
 * Checks a parsed statement and returns the problems found (empty when all hold).
 * @param parsed the result of parseStatement
 * @param options.roundTrip also compare a JSON round-trip (slower on big corpora)
 */
export function findInvariantProblems(parsed: ParsedStatement, options: { roundTrip?: boolean } = {}): string[] {
  const { tree, file, meeting } = parsed
  const text = file.value
  const lines = createLineIndex(text)
  const problems: string[] = []
  const at = (p: Position): string => `${p.start.line}:${p.start.column}`
  const checkPosition = (node: Node, parent: Position | undefined): void => {
    const p = node.position
    if (!p) return void problems.push(`${node.type} has no position`)
    if (p.start.offset > p.end.offset) problems.push(`${node.type} at ${at(p)} ends before it starts`)
    for (const point of [p.start, p.end]) {
      const expected = lines.pointAt(point.offset)
      if (expected.line !== point.line || expected.column !== point.column)
        problems.push(`${node.type} at ${at(p)}: line/column do not match offset ${point.offset}`)
    }
    if (parent && (p.start.offset < parent.start.offset || p.end.offset > parent.end.offset)) problems.push(`${node.type} at ${at(p)} lies outside its parent`)
    const value = (node as { value?: unknown }).value
    if (typeof value === 'string' && text.slice(p.start.offset, p.end.offset) !== value)
      problems.push(`${node.type} at ${at(p)}: position does not slice to its value`)
  }
  checkPosition(tree, undefined)
  let previousEnd = -1
  let ordinal = 0
  for (const block of tree.children) {
    checkPosition(block, tree.position)
    if (block.position.start.offset < previousEnd) problems.push(`${block.type} at ${at(block.position)} is out of order`)
    previousEnd = block.position.end.offset
    const slice = text.slice(block.position.start.offset, block.position.end.offset)
    if (slice !== slice.trim() || slice === '') problems.push(`${block.type} at ${at(block.position)} has surrounding white space or is empty`)
    if (block.type !== 'paragraph') continue
    const paragraph = block as Paragraph
    if (paragraph.ordinal !== ++ordinal) problems.push(`paragraph at ${at(block.position)} has ordinal ${paragraph.ordinal}, expected ${ordinal}`)
    let sentenceEnd = paragraph.position.start.offset
    for (const s of paragraph.children) {
      checkPosition(s, paragraph.position)
      if (s.position.start.offset < sentenceEnd) problems.push(`sentence at ${at(s.position)} is out of order or overlaps the label`)
      sentenceEnd = s.position.end.offset
      if (s.value !== s.value.trim() || s.value === '') problems.push(`sentence at ${at(s.position)} has surrounding white space or is empty`)
    }
    if (paragraph.label !== null && paragraph.children[0] && paragraph.children[0].position.start.offset === paragraph.position.start.offset) {
      problems.push(`paragraph at ${at(block.position)}: its first sentence includes the label`)
    }
  }
  for (const field of ['title', 'place'] as const) {
    const p = meeting.positions[field]
    if (p && text.slice(p.start.offset, p.end.offset) !== meeting[field]) problems.push(`meeting ${field} position does not slice to "${meeting[field]}"`)
  }
  for (const person of meeting.participants) {
    const p = person.position
    if (p && text.slice(p.start.offset, p.end.offset).replace(/,(?=\s+(?:Jr|Sr)\b)/, '') !== person.name)
      problems.push(`participant ${person.name}: position does not slice to the name`)
  }
  if (options.roundTrip !== false) {
    for (const [name, value] of [
      ['tree', tree],
      ['meeting', meeting],
    ] as const) {
      const bad = findNonJson(value, name)
      if (bad) problems.push(`${bad} does not survive a JSON round-trip`)
    }
  }
  return problems
}

/** The path of the first value that JSON would change (undefined, NaN, a class instance, a Map), or null. */
export function findNonJson(value: unknown, path: string): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null
  if (typeof value === 'number') return Number.isFinite(value) ? null : path
  if (Array.isArray(value)) {
    for (let k = 0; k < value.length; k++) {
      const bad = findNonJson(value[k], `${path}[${k}]`)
      if (bad) return bad
    }
    return null
  }
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return path
  for (const [key, v] of Object.entries(value)) {
    const bad = findNonJson(v, `${path}.${key}`)
    if (bad) return bad
  }
  return null
}
