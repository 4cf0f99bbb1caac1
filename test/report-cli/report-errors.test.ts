// The mistakes `communique report` answers with one line and an exit code, and the empty meeting it reports.
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ReportModel } from '../../src/report/model.js'
import { runCli } from '../cli-store/run-cli.js'
import { SEED } from '../helpers/paths.js'
import { emptyStore, ingestText, ok, SEED_SERIES, type ReportStore } from './harness.js'

/** The one line a failing command prints. */
const oneLine = (err: string): string => {
  const lines = err.trim().split('\n')
  expect(lines).toHaveLength(1)
  return lines[0]!
}

describe('communique report on an empty store', () => {
  let s: ReportStore
  beforeAll(() => {
    s = emptyStore()
  })
  afterAll(() => s?.cleanup())

  it('says to ingest a statement first', async () => {
    const r = await s.cli('report')
    expect(r.code).toBe(1)
    expect(oneLine(r.err)).toBe('communique: error: the store has no meetings yet; run `communique ingest FILE` first')
    expect(r.out).toBe('')
    expect((await s.cli('report', '--series', 'Anything')).err.trim()).toBe(oneLine(r.err))
  })
})

describe('communique report mistakes', () => {
  let s: ReportStore
  beforeAll(async () => {
    s = emptyStore()
    await ok(s, 'ingest', SEED)
  })
  afterAll(() => s?.cleanup())

  it('names an unknown meeting and says how to list them', async () => {
    const r = await s.cli('report', '--meeting', 'x')
    expect(r.code).toBe(1)
    expect(oneLine(r.err)).toBe('communique: error: no meeting "x" in the store; run `communique meetings` to see ids and slugs')
    expect((await s.cli('report', '--meeting', '99')).err).toContain('no meeting "99"')
  })

  it('names an unknown series and the series the store has', async () => {
    const r = await s.cli('report', '--series', 'G7 Summit')
    expect(r.code).toBe(1)
    expect(oneLine(r.err)).toBe(
      `communique: error: no series "G7 Summit"; the store has one series: "${SEED_SERIES}" (run \`communique meetings --csv\` to see them)`,
    )
  })

  it('refuses an unknown format with the choices (exit 2)', async () => {
    const r = await s.cli('report', '--format', 'docx')
    expect(r.code).toBe(2)
    expect(r.err).toContain("argument 'docx' is invalid. Allowed choices are html, pdf, md, csv, json, ics.")
  })

  it('needs --out for a PDF (exit 2), and refuses --meeting with --series', async () => {
    const r = await s.cli('report', '--format', 'pdf')
    expect(r.code).toBe(2)
    expect(oneLine(r.err)).toBe('communique: error: the pdf format needs --out FILE (a PDF is not printed to the terminal), e.g. --out report.pdf')
    expect((await s.cli('report', '--meeting', '1', '--series', SEED_SERIES)).code).toBe(2)
  })

  it('says how to install Chromium when it is missing, and writes nothing', async () => {
    const out = join(s.dir, 'none.pdf')
    const r = await runCli(['report', '--format', 'pdf', '--out', out], { ...s.env, COMMUNIQUE_CHROMIUM: '/nonexistent/chromium' })
    expect(r.code).toBe(1)
    expect(oneLine(r.err)).toBe(
      'communique: error: Chromium is not installed: run `sudo apt-get install -y chromium` (Debian/Ubuntu) or set COMMUNIQUE_CHROMIUM=/path/to/chrome',
    )
    expect(existsSync(out)).toBe(false)
  })

  it('says when the output folder does not exist, and writes nothing', async () => {
    const out = join(s.dir, 'no-such-folder', 'report.html')
    const r = await s.cli('report', '--out', out)
    expect(r.code).toBe(1)
    expect(oneLine(r.err)).toBe(
      `communique: error: cannot write ${out}: the folder ${join(s.dir, 'no-such-folder')} does not exist; create it first (mkdir -p ${join(s.dir, 'no-such-folder')})`,
    )
  })

  it('says when the output path is a folder, or its parent is a file', async () => {
    mkdirSync(join(s.dir, 'a-folder'))
    const r = await s.cli('report', '--out', join(s.dir, 'a-folder'))
    expect(r.code).toBe(1)
    expect(oneLine(r.err)).toMatch(/cannot write .*a-folder: it is a folder; give a file name such as .*a-folder\/report\.html$/)
    writeFileSync(join(s.dir, 'a-file'), 'x')
    const f = await s.cli('report', '--out', join(s.dir, 'a-file', 'report.html'))
    expect(f.code).toBe(1)
    expect(oneLine(f.err)).toMatch(/cannot write .*a-file\/report\.html: .*a-file is a file, not a folder$/)
  })

  it('says when the output folder is read-only', async () => {
    // Note: root writes through permission bits, so as root a folder of sysfs (which refuses new files) stands in.
    let dir = join(s.dir, 'read-only')
    if (process.getuid?.() === 0) dir = '/sys'
    else {
      mkdirSync(dir)
      chmodSync(dir, 0o555)
    }
    const r = await s.cli('report', '--out', join(dir, 'communique-report.html'))
    expect(r.code).toBe(1)
    expect(oneLine(r.err)).toBe(`communique: error: cannot write ${join(dir, 'communique-report.html')}: permission denied; choose a folder you can write to`)
    if (dir !== '/sys') chmodSync(dir, 0o755)
  })
})

describe('communique report on a meeting without trackable items', () => {
  let s: ReportStore
  beforeAll(async () => {
    s = emptyStore()
    await ingestText(
      s,
      'welcome.txt',
      [
        'The Ministers welcomed the progress made in bilateral relations since their last meeting.',
        'They expressed grave concern over the situation in the region.',
      ],
      ['--title', 'Ministerial Exchange of Views', '--date', '2017-03-03', '--parties', 'Japan; UK'],
    )
  })
  afterAll(() => s?.cleanup())

  it('says so in the report and succeeds', async () => {
    const model = JSON.parse((await ok(s, 'report', '--format', 'json')).out) as ReportModel
    expect(model).toMatchObject({ empty: true, summary: { trackable: 0 } })
    const html = await ok(s, 'report', '--out', join(s.dir, 'r.html'))
    expect(html.err.trim()).toMatch(/^Wrote .*r\.html \(\d+ KB\): 0 trackable items, 0 overdue$/)
    expect((await ok(s, 'report')).out).toContain('There are no trackable items for this meeting')
    const csv = (await ok(s, 'report', '--format', 'csv')).out
    expect(csv.trim().split('\r\n')).toHaveLength(1)
  })
})
