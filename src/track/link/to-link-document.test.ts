import { describe, expect, it } from 'vitest'
import type { Item } from '../../core/item.js'
import type { Document, Paragraph, Sentence } from '../../core/tree.js'
import { toLinkDocument } from './to-link-document.js'

const text = '1. We will hold talks. The talks matter.\n2. They welcomed the plan.'
const point = (offset: number) => ({ line: 1, column: offset + 1, offset })
const sentence = (start: number, end: number): Sentence => ({
  type: 'sentence',
  value: text.slice(start, end),
  position: { start: point(start), end: point(end) },
})
const paragraph = (n: number, start: number, end: number, children: Sentence[]): Paragraph => ({
  type: 'paragraph',
  label: String(n),
  labelKind: 'number',
  number: n,
  ordinal: n,
  position: { start: point(start), end: point(end) },
  children,
})
const tree: Document = {
  type: 'document',
  children: [
    paragraph(1, 0, 40, [sentence(3, 22), sentence(23, 40)]),
    { type: 'heading', value: 'Heading', position: { start: point(40), end: point(40) } },
    paragraph(2, 41, 67, [sentence(44, 67)]),
  ],
}
const item = (id: string, start: number, end: number): Item => ({
  id,
  type: 'commitment',
  paragraph: 1,
  text: text.slice(start, end),
  start,
  end,
  actors: [],
  actorRole: 'parties',
  action: 'hold talks',
  modality: 'future',
  deadline: null,
  topics: [],
  entities: [],
  strength: 'firm',
  reaffirmed: false,
  event: 'OTHER',
  rule: 'test',
})

describe('toLinkDocument', () => {
  it('makes one passage per sentence with its paragraph number, offsets and items', () => {
    const doc = toLinkDocument({ meetingId: 'm1', date: '2016-01-08', tree, items: [item('p1-1', 3, 21)] })
    expect(doc.passages).toEqual([
      { paragraph: 1, start: 3, end: 22, text: 'We will hold talks.', itemIds: ['p1-1'] },
      { paragraph: 1, start: 23, end: 40, text: 'The talks matter.', itemIds: [] },
      { paragraph: 2, start: 44, end: 67, text: 'They welcomed the plan.', itemIds: [] },
    ])
    for (const p of doc.passages) expect(text.slice(p.start, p.end)).toBe(p.text)
  })
})
