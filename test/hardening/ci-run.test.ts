// Issue 13, point 11: .ci/run says clearly when it needs root or apt-get, and works as root.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/paths.js'

const bin = mkdtempSync(join(tmpdir(), 'communique-ci-'))
afterAll(() => {
  rmSync(bin, { recursive: true, force: true })
})

/** Runs .ci/run with a PATH holding only the given fake commands (plus bash basics), as a non-root id. */
function runCi(fakes: Record<string, string>, uid: string): { code: number; err: string } {
  for (const [name, body] of Object.entries(fakes)) {
    writeFileSync(join(bin, name), `#!/bin/bash\n${body}\n`)
    chmodSync(join(bin, name), 0o755)
  }
  writeFileSync(join(bin, 'id'), `#!/bin/bash\necho ${uid}\n`)
  chmodSync(join(bin, 'id'), 0o755)
  for (const tool of ['dirname', 'cat', 'ls', 'head', 'seq', 'sleep', 'env']) {
    const found = spawnSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim()
    try {
      symlinkSync(found, join(bin, tool))
    } catch {
      /* already there */
    }
  }
  const r = spawnSync('/bin/bash', [join(ROOT, '.ci/run')], { encoding: 'utf8', env: { PATH: bin, HOME: bin } })
  return { code: r.status ?? -1, err: r.stderr }
}

describe('.ci/run', () => {
  it('says it needs apt-get when chromium is missing and there is none', () => {
    const r = runCi({}, '1000')
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/chromium and poppler-utils \(pdftoppm\) are missing, and this system has no apt-get/)
  })

  it('says it needs root when not root and sudo is absent', () => {
    const r = runCi({ 'apt-get': 'exit 0' }, '1000')
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/needs root to run: apt-get update/)
  })

  it('runs apt-get itself as root (no sudo), then goes on to PostgreSQL', () => {
    rmSync(join(bin, 'sudo'), { force: true })
    const r = runCi({ 'apt-get': 'echo "ran apt-get $*" >&2' }, '0')
    expect(r.err).toMatch(/installing chromium/)
    expect(r.err).toMatch(/ran apt-get update -qq/)
    expect(r.err).toMatch(/ran apt-get install -y -qq chromium poppler-utils fonts-dejavu-core/)
    expect(r.err).not.toMatch(/needs root to run|sudo/)
    expect(r.err).toMatch(/PostgreSQL client tools are missing/)
  })
})
