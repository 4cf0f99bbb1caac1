import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { collectInputs } from './collect-inputs.js'
import { parseManifest, splitParties } from './manifest.js'

describe('parseManifest', () => {
  it('reads the corpus manifests: tab-separated, parties with "; ", year-only dates, unknown columns ignored', () => {
    const m = parseManifest(
      'file\ttitle\tdate\tkind\tparties\nAFG_70_2015.txt\tUN "General" Debate\t2015\tspeech\tAfghanistan (AFG)\nwh.txt\tU.S.-Japan\t2021-04-16\tjoint-statement\tUnited States; Japan\n',
      '/corpus/MANIFEST.tsv',
    )
    expect([...m.values()]).toEqual([
      { path: '/corpus/AFG_70_2015.txt', line: 2, overrides: { title: 'UN "General" Debate', date: '2015', parties: ['Afghanistan'] } },
      { path: '/corpus/wh.txt', line: 3, overrides: { title: 'U.S.-Japan', date: '2021-04-16', parties: ['United States', 'Japan'] } },
    ])
  })
  it('reads CSV with quotes and a series column', () => {
    const m = parseManifest('file,title,series,parties\n"a.txt","Second, and last",Japan-UK 2+2,"Japan, UK"\n', '/x/m.csv')
    expect(m.get('/x/a.txt')!.overrides).toEqual({ title: 'Second, and last', series: 'Japan-UK 2+2', parties: ['Japan', 'United Kingdom'] })
  })
  it.each([
    ['file\tdate\na.txt\t2015-02-30\n', /m\.tsv:2: column date: "2015-02-30" is not a date/],
    ['file\ttitle\na.txt\n', /m\.tsv:2: expected 2 tab-separated fields as in the header, found 1/],
    ['name\ttitle\na.txt\tx\n', /m\.tsv:1: the manifest has no "file" column/],
    ['file\ttitle\n\tx\n', /m\.tsv:2: column file is empty/],
    ['file\tordinal\na.txt\tsecond\n', /m\.tsv:2: column ordinal: "second" is not a whole number/],
  ])('says which line and column is wrong: %j', (text, message) => {
    expect(() => parseManifest(text, '/x/m.tsv')).toThrow(message)
  })
  it('splits parties on semicolons, else commas, and canonicalises country names', () => {
    expect(splitParties('U.S.; Republic of Korea; Quad')).toEqual(['United States', 'Republic of Korea', 'Quad'])
    expect(splitParties('APEC (21 member economies)')).toEqual(['APEC (21 member economies)'])
  })
  it('gives an organisation that is a party its canonical name, as the text reader does', () => {
    expect(splitParties('United States; European Commission')).toEqual(['United States', 'European Union'])
    expect(splitParties('NATO; the African Union; Pacific Islands Forum')).toEqual(['NATO', 'African Union', 'Pacific Islands Forum'])
  })
})

describe('collectInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-collect-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  it('walks folders, uses a folder manifest to pick its documents, skips READMEs, and lets --manifest rows apply', () => {
    mkdirSync(join(dir, 'a'))
    mkdirSync(join(dir, 'b'))
    writeFileSync(join(dir, 'a', 'MANIFEST.tsv'), 'file\ttitle\none.txt\tOne\n')
    writeFileSync(join(dir, 'a', 'one.txt'), 'x')
    writeFileSync(join(dir, 'a', 'unlisted.txt'), 'x')
    writeFileSync(join(dir, 'b', 'two.md'), 'x')
    writeFileSync(join(dir, 'b', 'README.md'), 'x')
    writeFileSync(join(dir, 'b', 'image.png'), 'x')
    writeFileSync(join(dir, 'extra.csv'), 'file,date\nb/two.md,2020-05\n')
    const docs = collectInputs([dir, 'https://example.org/s'], [join(dir, 'extra.csv')], dir)
    expect(docs.map((d) => [d.input.replace(dir, ''), d.overrides])).toEqual([
      ['/a/one.txt', { title: 'One' }],
      ['/b/two.md', { date: '2020-05' }],
      ['https://example.org/s', {}],
    ])
    expect(() => collectInputs([join(dir, 'nope')], [], dir)).toThrow(/nope: no such file or folder/)
  })
})
