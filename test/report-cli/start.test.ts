// `communique start` (`npm start`): the bundled example is stored once, its report written each run.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_CHROMIUM_PATH } from '../../src/commands/render-pdf.js'
import { runCli } from '../cli-store/run-cli.js'
import { ROOT } from '../helpers/paths.js'
import { emptyStore, type ReportStore } from './harness.js'

const BUILT = existsSync(join(ROOT, 'dist/cli/commands/start.js'))
const skipBuilt = !BUILT && process.env.CI !== 'true'

interface ExportShape {
  meetings: Array<{ source: { version: number } | null }>
  items: unknown[]
}

describe('communique start', () => {
  let s: ReportStore
  const outDir = (): string => join(s.dir, 'out')
  const storeContents = async (): Promise<{ meetings: number; versions: number[]; items: number }> => {
    const exp = JSON.parse((await s.cli('export', '--format', 'json', '--all', '--all-versions')).out) as ExportShape
    return { meetings: exp.meetings.length, versions: exp.meetings.map((m) => m.source?.version ?? 0), items: exp.items.length }
  }
  beforeAll(() => {
    s = emptyStore('2016-07-01')
  })
  afterAll(() => s?.cleanup())

  it('stores the example, writes report.html, notes the missing browser and summarises the meeting on one screen', async () => {
    const r = await runCli(['start', '--out-dir', outDir()], { ...s.env, COMMUNIQUE_CHROMIUM: '/nonexistent/chromium' })
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    const lines = r.out.trimEnd().split('\n')
    expect(lines.length).toBeLessThanOrEqual(24)
    expect(lines[0]).toMatch(/^Stored the example statement in .*store\.db\.$/)
    expect(r.out).toContain('Meeting      Second Japan-UK Foreign and Defence Ministerial Meeting')
    expect(r.out).toContain('2016-01-08 · Tokyo · Japan, United Kingdom')
    expect(r.out).toMatch(/Paragraphs {3}23\n/)
    expect(r.out).toMatch(/Trackable {4}\d+: \d+ commitments, \d+ directives\n/)
    expect(r.out).toMatch(/Also {9}\d+ supports, \d+ calls, \d+ positions/)
    expect(r.out).toMatch(/Due dates {4}2016-12-31 {2}pursue the visit of RAF Typhoon aircraft to Japan in 2016 {2}¶16\n/)
    // The next-meeting directive, wrapped onto a second, indented line.
    expect(r.out.replace(/\n {13}(?=\S)/g, ' ')).toContain(
      '\nNext meeting ¶23 The Ministers instructed their respective officials to closely follow up the results of today’s Meeting and report to the next Foreign and Defence Ministerial Meeting\n',
    )
    expect(r.out).toMatch(/Report {7}.*out\/report\.html \(\d+ KB\), as of 2016-07-01: 0 overdue\n/)
    expect(r.out).toContain('no PDF: Chromium is not at /nonexistent/chromium; install Chromium for the PDF: `sudo apt-get install -y chromium`')
    expect(readFileSync(join(outDir(), 'report.html'), 'utf8')).toContain('Second Japan-UK Foreign and Defence Ministerial Meeting')
    expect(existsSync(join(outDir(), 'report.pdf'))).toBe(false)
  })

  it('reuses the store on a second run: nothing duplicated, the report rewritten', async () => {
    const before = await storeContents()
    expect(before.meetings).toBe(1)
    expect(before.versions).toEqual([1])
    const written = statSync(join(outDir(), 'report.html')).mtimeMs
    const r = await runCli(['start', '--out-dir', outDir(), '--as-of', '2017-01-01'], { ...s.env, COMMUNIQUE_CHROMIUM: '/nonexistent/chromium' })
    expect(r.code).toBe(0)
    expect(r.out.split('\n')[0]).toMatch(/^Example statement already stored: no change/)
    expect(r.out).toMatch(/as of 2017-01-01: 1 overdue/)
    expect(await storeContents()).toEqual(before)
    expect(statSync(join(outDir(), 'report.html')).mtimeMs).toBeGreaterThanOrEqual(written)
    expect(readFileSync(join(outDir(), 'report.html'), 'utf8')).toContain('1 January 2017')
  })

  it.skipIf(skipBuilt)(`runs from the built CLI as npm start does${skipBuilt ? ' (skipped: dist/ is not built; npm run build)' : ''}`, async () => {
    const out = join(s.dir, 'built-out')
    const run = spawnSync(process.execPath, [join(ROOT, 'bin/communique.js'), 'start', '--out-dir', out], {
      cwd: s.dir,
      encoding: 'utf8',
      timeout: 120_000,
      env: { PATH: process.env.PATH, TZ: 'UTC', COMMUNIQUE_DB: s.env.COMMUNIQUE_DB, COMMUNIQUE_TODAY: '2016-07-01', COMMUNIQUE_USER: 'tester' },
    })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout.split('\n')[0]).toMatch(/^Example statement already stored: no change/)
    expect(existsSync(join(out, 'report.html'))).toBe(true)
    // With Chromium at its usual place the PDF is written too; without, a note says how to install it.
    if (existsSync(DEFAULT_CHROMIUM_PATH)) {
      expect(readFileSync(join(out, 'report.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-')
      expect(run.stdout).toMatch(/report\.pdf \(\d+ KB\)/)
    } else {
      expect(run.stdout).toContain('no PDF: Chromium is not at')
    }
    expect((await storeContents()).meetings).toBe(1)
  })
})
