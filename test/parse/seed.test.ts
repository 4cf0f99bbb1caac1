import { describe, expect, it } from 'vitest'
import type { Heading, Paragraph } from '../../src/core/tree.js'
import { parseStatement, toDocumentJson } from '../../src/parse/index.js'
import { findInvariantProblems } from './invariants.js'
import { SEED, textFile } from './helpers.js'

describe('parseStatement on the seed (Japan-UK 2+2, 8 January 2016)', () => {
  const parsed = parseStatement(textFile(SEED))
  const doc = toDocumentJson(parsed)

  it('reads the meeting fields of acceptance 1', () => {
    expect(doc.title).toBe('Second Japan-UK Foreign and Defence Ministerial Meeting')
    expect(doc.series).toBe('Japan-UK Foreign and Defence Ministerial Meeting')
    expect(doc.ordinal).toBe(2)
    expect(doc.date).toBe('2016-01-08')
    expect(doc.place).toBe('Tokyo')
    expect(doc.parties).toEqual(['Japan', 'United Kingdom'])
  })

  it('finds the four participants with honorifics, offices and countries', () => {
    expect(doc.participants).toEqual([
      { name: 'Fumio Kishida', honorific: 'H.E. Mr.', office: 'Minister for Foreign Affairs', country: 'Japan' },
      { name: 'Gen Nakatani', honorific: 'H.E. Mr.', office: 'Minister of Defence', country: 'Japan' },
      { name: 'Philip Hammond', honorific: 'the Rt Hon', office: 'Secretary of State for Foreign and Commonwealth Affairs', country: 'United Kingdom' },
      { name: 'Michael Fallon', honorific: 'the Rt Hon', office: 'Secretary of State for Defence', country: 'United Kingdom' },
    ])
  })

  it('gives exactly 23 paragraphs labelled 1–23, with ordinals 1–23', () => {
    const paragraphs = parsed.tree.children.filter((b): b is Paragraph => b.type === 'paragraph')
    expect(paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 23 }, (_, k) => k + 1))
    expect(paragraphs.map((p) => p.label)).toEqual(Array.from({ length: 23 }, (_, k) => String(k + 1)))
    expect(paragraphs.map((p) => p.ordinal)).toEqual(Array.from({ length: 23 }, (_, k) => k + 1))
    expect(doc.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 23 }, (_, k) => k + 1))
  })

  it('takes the title, date, captions and "Back to" lines as headings', () => {
    const headings = parsed.tree.children.filter((b): b is Heading => b.type === 'heading').map((h) => h.value)
    expect(headings).toEqual([
      'Japan-United Kingdom Relations',
      'January 8, 2016',
      'Second Japan-UK Foreign and Defence Ministerial Meeting 1',
      'Second Japan-UK Foreign and Defence Ministerial Meeting 2',
      'Second Japan-UK Foreign and Defence Ministerial Meeting 3',
      'Back to Japan-United Kingdom Relations',
    ])
  })

  it('includes the label in the paragraph and starts the sentences after it', () => {
    const first = parsed.tree.children.find((b): b is Paragraph => b.type === 'paragraph')!
    const text = parsed.file.value
    expect(text.slice(first.position.start.offset, first.position.start.offset + 3)).toBe('1. ')
    expect(first.children[0]!.value.startsWith('The Minister for Foreign Affairs of Japan, H.E. Mr. Fumio Kishida,')).toBe(true)
    expect(first.children[0]!.position.start.offset).toBe(first.position.start.offset + 3)
    expect(doc.paragraphs[0]!.text.startsWith('1. The Minister')).toBe(true)
  })

  it('splits paragraph 3 into its six sentences and paragraph 1 into one', () => {
    const p = (n: number): Paragraph => parsed.tree.children.find((b): b is Paragraph => b.type === 'paragraph' && b.number === n)!
    expect(p(1).children).toHaveLength(1)
    expect(p(3).children.map((s) => s.value.slice(0, 20))).toEqual([
      'The Ministers recogn',
      'They noted that, as ',
      'The Ministers confir',
      'Recognising Japan as',
      'Japan welcomed the U',
      'Japan appreciated th',
    ])
    expect(doc.sentences).toBe(69)
  })

  it('records where each meeting field came from, with positions into the text', () => {
    const { sources, positions } = parsed.meeting
    expect(sources).toMatchObject({ title: 'text', series: 'text', ordinal: 'text', date: 'text', place: 'text', participants: 'text', parties: 'text' })
    const slice = (field: 'title' | 'series' | 'ordinal' | 'date' | 'place'): string =>
      parsed.file.value.slice(positions[field]!.start.offset, positions[field]!.end.offset)
    expect(slice('title')).toBe('Second Japan-UK Foreign and Defence Ministerial Meeting')
    expect(slice('series')).toBe('Japan-UK Foreign and Defence Ministerial Meeting')
    expect(slice('ordinal')).toBe('Second')
    expect(slice('place')).toBe('Tokyo')
    expect(slice('date')).toBe('8 January 2016')
  })

  it('adds no diagnostics', () => {
    expect(parsed.file.diagnostics).toEqual([])
  })

  it('keeps every invariant', () => {
    expect(findInvariantProblems(parsed)).toEqual([])
  })

  it('lets overrides win and marks them as flags', () => {
    const over = parseStatement(textFile(SEED), {
      overrides: { title: 'Third Japan-UK Foreign and Defence Ministerial Meeting', date: '2017-12-14', place: 'London', parties: ['UK', 'Japan', 'Atlantis'] },
    }).meeting
    expect(over).toMatchObject({
      title: 'Third Japan-UK Foreign and Defence Ministerial Meeting',
      ordinal: 3,
      series: 'Japan-UK Foreign and Defence Ministerial Meeting',
      date: '2017-12-14',
      place: 'London',
      parties: ['United Kingdom', 'Japan', 'Atlantis'],
    })
    expect(over.sources).toMatchObject({ title: 'flag', date: 'flag', place: 'flag', parties: 'flag', ordinal: 'inferred', series: 'inferred' })
    expect(over.positions.title).toBeUndefined()
    expect(over.positions.date).toBeUndefined()
  })
})
