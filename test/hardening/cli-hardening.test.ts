// Issue 13, points 1, 3, 4, 6, 7: what an attacker or a careless user types never reaches a
// spreadsheet, a terminal, a report or the store in a harmful form.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/open-store.js'
import { itemOfParagraph, seededStore, type SeededStore } from './seeded-store.js'

const FORMULAS = ['=HYPERLINK("http://evil.example","x")', "=cmd|' /C calc'!A0", '+SUM(1,2)', '@SUM(1,2)', '-2+3', '\tTAB', '\rCR']
const ESCAPES = '\u001b[2J\u001b]0;pwned\u0007\u009b31m'
const EVIL_URL = 'https://ok.example/"><script>alert(9)</script>'

let s: SeededStore
let id: number

beforeAll(async () => {
  s = await seededStore()
  id = await itemOfParagraph(s, 16)
  // Every free-text field a user controls gets a formula; the owner also terminal escapes.
  expect((await s.cli('owner', String(id), `${FORMULAS[0]}${ESCAPES}`)).code).toBe(0)
  expect((await s.cli('status', String(id), 'in-progress', '--note', FORMULAS[1]!)).code).toBe(0)
  expect((await s.cli('evidence', String(id), '--note', FORMULAS[2]!, '--date', '2016-03-01')).code).toBe(0)
  expect((await s.cli('comment', String(id), FORMULAS[3]!)).code).toBe(0)
  expect((await s.cli('assess', String(id), '--party', 'Japan', '--score', '-1', '--rationale', FORMULAS[4]!)).code).toBe(0)
  const other = await itemOfParagraph(s, 13)
  expect((await s.cli('owner', String(other), FORMULAS[5]!)).code).toBe(0)
})
afterAll(() => {
  s?.cleanup()
})

/** Every cell of a CSV text, BOM removed. */
function cells(csv: string): string[] {
  return (parseCsv(csv.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][]).flat()
}

describe('1. CSV formula injection', () => {
  it('no CSV the project writes has a cell starting with = + - @ TAB or CR unescaped', async () => {
    const outputs = [
      (await s.cli('report', '--format', 'csv', '--as-of', '2016-07-01')).out,
      (await s.cli('report', '--series', 'Japan-UK Foreign and Defence Ministerial Meeting', '--format', 'csv', '--as-of', '2016-07-01')).out,
      (await s.cli('export', '--format', 'csv', '--all')).out,
      (await s.cli('list', '--csv')).out,
      (await s.cli('list', '--csv', '--all')).out,
      (await s.cli('history', String(id), '--csv')).out,
      (await s.cli('search', 'Typhoon', '--csv')).out,
      (await s.cli('meetings', '--csv')).out,
    ]
    for (const csv of outputs) {
      expect(csv.length).toBeGreaterThan(20)
      for (const cell of cells(csv)) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    }
    const all = outputs.join('\n')
    expect(all).toContain("'=HYPERLINK(")
    expect(all).toContain("'-1")
  })
})

describe('3. report and export never overwrite the store or a foreign file', () => {
  it('report --out <store file> exits non-zero and leaves the store byte-identical, even with --force', async () => {
    const before = readFileSync(s.db)
    for (const extra of [[], ['--force']]) {
      const r = await s.cli('report', '--out', s.db, ...extra)
      expect(r.code).not.toBe(0)
      expect(r.err.trim().split('\n')).toHaveLength(1)
      expect(r.err).toMatch(/it is the store/)
    }
    const e = await s.cli('export', '--format', 'csv', '--output', s.db, '--force')
    expect(e.code).not.toBe(0)
    expect(readFileSync(s.db).equals(before)).toBe(true)
  })

  it('refuses a folder and a file that is not an earlier output of the same kind unless --force', async () => {
    const folder = join(s.dir, 'folder')
    mkdirSync(folder)
    expect((await s.cli('report', '--out', folder)).err).toMatch(/it is a folder/)
    const notes = join(s.dir, 'notes.txt')
    writeFileSync(notes, 'my notes\n')
    const refused = await s.cli('report', '--format', 'md', '--out', notes)
    expect(refused.code).toBe(1)
    expect(refused.err).toMatch(/exists and is not an earlier md report; .*--force/)
    expect(readFileSync(notes, 'utf8')).toBe('my notes\n')
    expect((await s.cli('report', '--format', 'md', '--out', notes, '--force')).code).toBe(0)
    // A previous output of the same kind is replaced without --force; another kind is not.
    expect((await s.cli('report', '--format', 'md', '--out', notes)).code).toBe(0)
    expect((await s.cli('report', '--format', 'html', '--out', notes)).code).toBe(1)
    const exported = join(s.dir, 'export.json')
    expect((await s.cli('export', '--output', exported)).code).toBe(0)
    expect((await s.cli('export', '--output', exported)).code).toBe(0)
    expect((await s.cli('export', '--format', 'csv', '--output', exported)).err).toMatch(/not an earlier csv export/)
  })
})

describe('4. evidence URLs', () => {
  it('are parsed with URL and stored as the normalized href; other schemes and host-less URLs are refused', async () => {
    const r = await s.cli('evidence', String(id), '--url', EVIL_URL, '--date', '2016-06-01', '--json')
    expect(r.code).toBe(0)
    expect(r.out).not.toContain('<script>')
    expect(r.out).toContain('https://ok.example/%22%3E%3Cscript%3Ealert(9)%3C/script%3E')
    for (const bad of ['javascript:alert(1)', 'https://', 'http://', 'ftp://x.example/', 'file:///etc/passwd', 'data:text/html,<b>']) {
      const refused = await s.cli('evidence', String(id), '--url', bad)
      expect(refused.code, bad).toBe(2)
      expect(refused.err).toMatch(/--url must be an http\(s\) address with a host/)
    }
  })

  it('never reach a report raw, in any format', async () => {
    for (const format of ['md', 'html', 'csv', 'json', 'ics']) {
      const r = await s.cli('report', '--format', format, '--as-of', '2016-07-01')
      expect(r.code).toBe(0)
      expect(r.out, format).not.toMatch(/<script>|"><script/)
    }
    const md = (await s.cli('report', '--format', 'md', '--as-of', '2016-07-01')).out
    expect(md).toContain('<https://ok.example/%22%3E%3Cscript%3Ealert(9)%3C/script%3E>')
  })
})

describe('6. terminal control characters', () => {
  it('are not printed by list, show, search or history, nor written into md or csv; the store keeps them', async () => {
    const printed = [
      (await s.cli('list')).out,
      (await s.cli('show', String(id))).out,
      (await s.cli('history', String(id))).out,
      (await s.cli('list', '--csv')).out,
      (await s.cli('report', '--format', 'md')).out,
      (await s.cli('report', '--format', 'csv')).out,
      (await s.cli('export', '--format', 'csv')).out,
    ]
    // eslint-disable-next-line no-control-regex
    for (const text of printed) expect(text.replace(/\r\n/g, '\n')).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/)
    const store = await openStore({ path: s.db })
    try {
      expect((await store.getItem(id))?.tracking?.owner).toBe(`${FORMULAS[0]}${ESCAPES}`)
    } finally {
      await store.close()
    }
  })
})

describe('7. bad values are user errors (exit 2, one line)', () => {
  const oneLine = (r: { code: number; err: string }, code = 2): void => {
    expect(r.code).toBe(code)
    expect(r.err.trim().split('\n')).toHaveLength(1)
    expect(r.err).toMatch(/^communique: error: /)
  }

  it('--limit must be a whole number from 1 to 10,000', async () => {
    for (const v of ['99999999999999999999', 'abc', '-1', '0', '10001', '1.5', '']) {
      oneLine(await s.cli('list', '--limit', v))
      oneLine(await s.cli('search', 'cyber', '--limit', v))
    }
    expect(JSON.parse((await s.cli('list', '--limit', '2', '--json')).out)).toHaveLength(2)
  })

  it('dates are between 1900 and 2200', async () => {
    oneLine(await s.cli('report', '--as-of', '0000-01-01'))
    oneLine(await s.cli('due', String(id), '0000-01-01'))
    oneLine(await s.cli('due', String(id), '2201-01-01'))
    oneLine(await s.cli('evidence', String(id), '--note', 'x', '--date', '1899-12-31'))
    expect((await s.cli('due', String(id), '2200-12-31')).code).toBe(0)
  })

  it('owner is at most 200 characters, notes and comments at most 10,000', async () => {
    oneLine(await s.cli('owner', String(id), 'x'.repeat(201)))
    oneLine(await s.cli('comment', String(id), 'x'.repeat(10_001)))
    oneLine(await s.cli('status', String(id), 'done', '--note', 'x'.repeat(10_001)))
    oneLine(await s.cli('evidence', String(id), '--note', 'x'.repeat(10_001)))
    expect((await s.cli('owner', String(id), 'x'.repeat(200))).code).toBe(0)
    expect((await s.cli('comment', String(id), 'x'.repeat(10_000))).code).toBe(0)
  })
})
