// Issue 13, point 9: the README's first session (and, with ../shared, its series session) runs as
// written on a fresh store: every shell line of those blocks, in a fresh folder, must exit 0.
// (`npx communique` runs this checkout's bin/communique.js; the quick-start block, npm ci/start/test, is not run here.)
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { HAS_SHARED, NO_SHARED, ROOT, SHARED } from '../helpers/paths.js'

/** The ```sh blocks of a README section, by the heading and the text before the block. */
function shellBlocks(readme: string, heading: string): string[] {
  const start = readme.indexOf(`\n## ${heading}\n`)
  const end = readme.indexOf('\n## ', start + 4)
  const section = readme.slice(start, end < 0 ? undefined : end)
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!)
}

const README = readFileSync(join(ROOT, 'README.md'), 'utf8')
const [FIRST, SERIES] = shellBlocks(README, 'A first session')
const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

/** Runs a block with bash -e in a fresh project folder beside a link to ../shared; returns what failed. */
function runBlock(block: string): { code: number; err: string; out: string; dir: string } {
  const base = mkdtempSync(join(tmpdir(), 'communique-readme-'))
  dirs.push(base)
  const dir = join(base, 'project')
  mkdirSync(dir)
  symlinkSync(join(ROOT, 'examples'), join(dir, 'examples'))
  if (existsSync(SHARED)) symlinkSync(SHARED, join(base, 'shared'))
  const prelude = `set -euo pipefail\nnpx() { if [ "$1" = communique ]; then shift; node ${JSON.stringify(join(ROOT, 'bin/communique.js'))} "$@"; else command npx "$@"; fi; }\n`
  const r = spawnSync('bash', ['-c', prelude + block], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, COMMUNIQUE_DB: '', DATABASE_URL: '', COMMUNIQUE_USER: 'reader', TZ: 'UTC' },
    timeout: 240_000,
  })
  return { code: r.status ?? -1, err: r.stderr, out: r.stdout, dir }
}

describe('README: a first session', () => {
  it('has the two shell blocks this test runs', () => {
    expect(FIRST).toMatch(/npx communique ingest examples\//)
    expect(SERIES).toMatch(/npx communique link --series/)
  })

  it('the first session runs as written on a fresh store', () => {
    const r = runBlock(FIRST!)
    expect(r.code, r.err).toBe(0)
    expect(r.err).not.toMatch(/error/)
    expect(r.out).toMatch(/item 59 v\d+: owner: \(none\) → MOD Asia-Pacific desk/)
    expect(r.out).toMatch(/¶13/)
    expect(existsSync(join(r.dir, 'report.html'))).toBe(true)
  }, 240_000)

  it.skipIf(!HAS_SHARED)(
    `the series session runs as written on a fresh store${NO_SHARED}`,
    () => {
      const r = runBlock(SERIES!)
      expect(r.code, r.err).toBe(0)
      expect(r.out).toMatch(/link \d+ \(reported-done link to .*\): suggested → confirmed/)
      expect(r.out).toMatch(/status: not-started → done/)
      expect(existsSync(join(r.dir, 'series.html'))).toBe(true)
    },
    240_000,
  )
})
