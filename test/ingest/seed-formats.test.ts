// The seed statement as .txt, HTML page, PDF and DOCX gives the same 23 paragraphs and meeting facts.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadBytes, loadSource } from '../../src/ingest/index.js'
import { blockLines, numberedParagraphs, SEED_DIR, SEED_TITLE, SEED_TXT, seedParagraphs } from './helpers.js'

const seed = seedParagraphs()

describe('the seed as plain text', () => {
  it('round-trips exactly (gold offsets depend on it)', async () => {
    const file = await loadSource(SEED_TXT)
    expect(file.format).toBe('text')
    expect(file.value).toBe(readFileSync(SEED_TXT, 'utf8'))
    expect(seed).toHaveLength(23)
  })

  it.each([
    ['UTF-8 with BOM', (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)])],
    ['UTF-16LE with BOM', (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
    ['UTF-16BE with BOM', (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()])],
    ['CRLF line ends', (t: string) => Buffer.from(t.replace(/\n/g, '\r\n'))],
    ['CR line ends', (t: string) => Buffer.from(t.replace(/\n/g, '\r'))],
    ['NBSP and ideographic spaces', (t: string) => Buffer.from(t.replace('Fumio Kishida', 'Fumio\u00A0Kishida').replace('Tokyo on', 'Tokyo\u3000on'))],
  ])('loads the %s variant to the same text', async (_name, encode) => {
    const text = readFileSync(SEED_TXT, 'utf8')
    const file = await loadBytes(encode(text), { path: 'seed.txt' })
    expect(file.format).toBe('text')
    expect(file.value).toBe(text)
  })
})

describe.each([
  ['html', 'japan-uk-2plus2-2016-01-08.html'],
  ['pdf', 'japan-uk-2plus2-2016-01-08.pdf'],
  ['docx', 'japan-uk-2plus2-2016-01-08.docx'],
])('the seed as %s', (format, name) => {
  const load = () => loadSource(join(SEED_DIR, name))

  it('gives the 23 numbered paragraphs of the .txt, word for word', async () => {
    const file = await load()
    expect(file.format).toBe(format)
    expect(numberedParagraphs(file)).toEqual(seed)
  })

  it('keeps the title and the date', async () => {
    const file = await load()
    const lines = blockLines(file).map((l) => l.text)
    expect(lines.includes(SEED_TITLE) || file.metadata.title === SEED_TITLE).toBe(true)
    expect(file.metadata.title).toBe(SEED_TITLE)
    expect(file.metadata.date).toBe('2016-01-08')
    expect(lines).toContain('January 8, 2016')
  })

  it('puts one block on each line, each with a hint', async () => {
    const file = await load()
    const lines = blockLines(file)
    expect(file.hints).toHaveLength(lines.length)
    for (const h of file.hints ?? []) expect(file.value.slice(h.start, h.end)).not.toMatch(/\n|^\s|\s$/)
    expect(lines.find((l) => l.text === SEED_TITLE)?.kind).toBe('heading')
  })

  it('leaves out page furniture', async () => {
    const file = await load()
    expect(file.value).not.toMatch(/Back to|Page top|Home >|Skip to|Tweet|Copyright|Meeting \d$|^- ?\d+ ?-$|Joint Statement - /m)
  })
})

describe('the seed PDF fixture', () => {
  it('really has running headers, page numbers and words broken at line ends', async () => {
    const { readPdf } = await import('../../src/ingest/pdf/read-pdf.js')
    const { pageLines } = await import('../../src/ingest/pdf/pdf-lines.js')
    const { pages } = await readPdf(readFileSync(join(SEED_DIR, 'japan-uk-2plus2-2016-01-08.pdf')), 'seed.pdf')
    const lines = pages.flatMap((p, i) => pageLines(p, i)).map((l) => l.text)
    expect(pages.length).toBeGreaterThanOrEqual(2)
    expect(lines.filter((l) => l.startsWith('Joint Statement - '))).toHaveLength(pages.length)
    expect(lines).toContain('- 2 -')
    // Both kinds of line-end hyphen: typesetter's ("secu-" + "rity") and real ("Counter-" + "Terrorism").
    expect(lines.filter((l) => /[a-z]-$/.test(l)).length).toBeGreaterThanOrEqual(5)
    expect(lines.some((l) => /(?:Counter|Cross|non|Japan)-$/.test(l))).toBe(true)
  })
})
