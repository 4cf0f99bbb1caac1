import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Heading, Paragraph } from '../../src/core/tree.js'
import { loadSource } from '../../src/ingest/index.js'
import { parseStatement, toDocumentJson } from '../../src/parse/index.js'
import { CORPUS, ROOT, SEED, textFile } from './helpers.js'
import { findInvariantProblems } from './invariants.js'
import { HAS_SHARED, NO_SHARED } from '../helpers/paths.js'

const FIXTURES = `${ROOT}test/fixtures/parse/`
const headings = (p: ReturnType<typeof parseStatement>): string[] => p.tree.children.filter((b): b is Heading => b.type === 'heading').map((h) => h.value)
const paragraphs = (p: ReturnType<typeof parseStatement>): Paragraph[] => p.tree.children.filter((b): b is Paragraph => b.type === 'paragraph')

describe('parse invariants over every fixture', () => {
  const files = [
    SEED,
    ...readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => FIXTURES + f),
  ]
  it.each(files)('%s keeps every invariant', (path) => {
    expect(findInvariantProblems(parseStatement(textFile(path)))).toEqual([])
  })
})

describe('parseStatement on mixed labels (labels-mixed.txt)', () => {
  const parsed = parseStatement(textFile(`${FIXTURES}labels-mixed.txt`))
  it('keeps roman-numbered section titles and the title line as headings', () => {
    expect(headings(parsed)).toEqual(['Joint Statement on Maritime Cooperation', 'I. Strategic Partnership', 'II. Economic Cooperation'])
  })
  it('reads every label kind', () => {
    expect(paragraphs(parsed).map((p) => [p.label, p.labelKind, p.number])).toEqual([
      ['1', 'paren-number', 1],
      ['2', 'paren-number', 2],
      ['a', 'letter', null],
      ['b', 'letter', null],
      ['c', 'letter', null],
      ['1', 'paren-number', 1],
      ['2', 'paren-number', 2],
      ['-', 'bullet', null],
      ['*', 'bullet', null],
      ['•', 'bullet', null],
    ])
  })
  it('reads the meeting from the opening sentence', () => {
    expect(parsed.meeting).toMatchObject({
      title: 'Third Philippines-Australia Ministerial Meeting',
      series: 'Philippines-Australia Ministerial Meeting',
      ordinal: 3,
      date: '2017-03-03',
      place: 'Manila',
      parties: ['Philippines', 'Australia'],
    })
  })
  it('does not warn about a list that restarts at 1', () => {
    expect(parsed.file.diagnostics.filter((d) => d.rule === 'parse/paragraph-numbering')).toEqual([])
  })
})

describe('parseStatement on a dateline at the foot (dateline-foot.txt)', () => {
  const parsed = parseStatement(textFile(`${FIXTURES}dateline-foot.txt`))
  it('takes the dateline and the marker as headings and the intro paragraphs as unnumbered', () => {
    expect(headings(parsed)).toEqual(['Issued in Hanoi, 4 May 2023', '&#x25cf;'])
    expect(paragraphs(parsed).map((p) => p.number)).toEqual([null, null, 1, 2, 3])
  })
  it('prefers the dateline over the visit range and reads the place from it', () => {
    expect(parsed.meeting.date).toBe('2023-05-04')
    expect(parsed.meeting.place).toBe('Hanoi')
  })
  it('finds both leaders, the country of one from the list of leaders', () => {
    expect(toDocumentJson(parsed).participants).toEqual([
      { name: 'Fumio Kishida', honorific: 'His Excellency', office: 'Prime Minister', country: 'Japan' },
      { name: 'Pham Minh Chinh', honorific: 'His Excellency', office: 'Prime Minister', country: 'Vietnam' },
    ])
    expect(parsed.meeting.parties).toEqual(['Japan', 'Vietnam'])
  })
})

describe('parseStatement on a speech (speech.txt)', () => {
  const parsed = parseStatement(textFile(`${FIXTURES}speech.txt`))
  it('keeps a salutation ending in a comma as a paragraph', () => {
    expect(headings(parsed)).toEqual([])
    expect(paragraphs(parsed)).toHaveLength(5)
  })
  it('warns about what it could not find, with rule ids', () => {
    expect(parsed.file.diagnostics.map((d) => [d.severity, d.rule])).toEqual([
      ['warning', 'parse/unnumbered-paragraphs'],
      ['info', 'parse/meeting-title'],
      ['warning', 'parse/meeting-date'],
      ['warning', 'parse/meeting-parties'],
      ['warning', 'parse/meeting-place'],
    ])
    expect(parsed.file.diagnostics[0]!.position?.start).toEqual({ line: 1, column: 1, offset: 0 })
  })
})

describe('parseStatement with hints and metadata', () => {
  it('follows heading and list-item hints', () => {
    const value = 'Strengthening Security Cooperation.\nshort entry\nThe Ministers met.'
    const file = {
      ...textFile('hinted.txt', value),
      hints: [
        { kind: 'heading' as const, start: 0, end: 35 },
        { kind: 'list-item' as const, start: 36, end: 47 },
      ],
    }
    const parsed = parseStatement(file)
    expect(parsed.tree.children.map((b) => b.type)).toEqual(['heading', 'paragraph', 'paragraph'])
  })
  it('takes title and date from metadata when the text has none, without positions', () => {
    const file = {
      ...textFile('meta.txt', 'The Ministers met and agreed to cooperate.'),
      metadata: { title: 'U.S.-Japan Joint Statement | The White House', date: '2021-04-16' },
    }
    const { meeting } = parseStatement(file)
    expect(meeting).toMatchObject({ title: 'U.S.-Japan Joint Statement', date: '2021-04-16', parties: ['United States', 'Japan'] })
    expect(meeting.sources).toMatchObject({ title: 'metadata', date: 'metadata', parties: 'metadata' })
    expect(meeting.positions).toEqual({})
  })
  it('warns when numbered paragraphs skip a number', () => {
    const parsed = parseStatement(textFile('gap.txt', '1. One thing.\n2. Another.\n4. A fourth.'))
    expect(parsed.file.diagnostics.filter((d) => d.rule === 'parse/paragraph-numbering').map((d) => d.position?.start.line)).toEqual([3])
  })
  it('rejects a value that is not a source file', () => {
    expect(() => parseStatement({} as never)).toThrow(/expected a SourceFile/)
  })
})

describe.skipIf(!HAS_SHARED)(`parseStatement on the gold corpus documents (through loadSource)${NO_SHARED}`, () => {
  it('reads the Philippines-Japan joint statement of 26 October 2016', async () => {
    const parsed = parseStatement(await loadSource(`${CORPUS}dutertetimes-ph-reposts/ph-2016-10-26-philippines-japan-joint-statement.txt`))
    const doc = toDocumentJson(parsed)
    // The two unnumbered lines before paragraph 1 are the page's introduction, not the statement's paragraphs.
    expect(doc.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 15 }, (_, k) => k + 1))
    expect(parsed.tree.children.filter((b) => b.type === 'paragraph')).toHaveLength(17)
    expect(doc).toMatchObject({ date: '2016-10-26', place: 'Tokyo', parties: ['Philippines', 'Japan'] })
    expect(doc.participants.map((p) => [p.name, p.country])).toEqual([
      ['Rodrigo Roa Duterte', 'Philippines'],
      ['Shinzo Abe', 'Japan'],
    ])
    expect(findInvariantProblems(parsed)).toEqual([])
  })
  it('reads the AUKUS leaders statement of 15 September 2021', async () => {
    const parsed = parseStatement(await loadSource(`${CORPUS}wh-briefings-outcome-docs/wh-2021-09-15-joint-leaders-statement-on-aukus.txt`))
    const doc = toDocumentJson(parsed)
    expect(doc.parties).toEqual(['Australia', 'United Kingdom', 'United States'])
    expect(doc.paragraphs).toHaveLength(6)
    expect(doc.paragraphs.every((p) => p.number === null && !p.text.includes('\n'))).toBe(true)
    expect(doc.place).toBeNull()
    expect(findInvariantProblems(parsed)).toEqual([])
  })
})
