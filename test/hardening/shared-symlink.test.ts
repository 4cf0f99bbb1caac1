// Issue 13, point 11: the tests that run ../shared/eval/score.mjs work when ../shared is a symbolic link.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { HAS_SHARED, NO_SHARED, realFolder, SHARED } from '../helpers/paths.js'

const dir = mkdtempSync(join(tmpdir(), 'communique-link-'))
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe.skipIf(!HAS_SHARED)(`../shared through a symbolic link${NO_SHARED}`, () => {
  it('the scorer runs when named through realFolder(), and says nothing when named through the link', () => {
    const link = join(dir, 'shared')
    symlinkSync(SHARED, link)
    const args = ['--gold-dir', join(SHARED, 'gold'), '--pred-dir', dir, '--json']
    // The pitfall: score.mjs compares import.meta.url (a real path) with argv[1], so through the link it does nothing.
    const through = spawnSync(process.execPath, [join(link, 'eval/score.mjs'), ...args], { encoding: 'utf8' })
    expect(through.stdout + through.stderr).toBe('')
    // Named by its real path it runs (here it reports the predictions missing from the empty folder).
    const real = spawnSync(process.execPath, [join(realFolder(link), 'eval/score.mjs'), ...args], { encoding: 'utf8' })
    expect(real.stdout + real.stderr).toMatch(/missing prediction|"summary"/)
    expect(realFolder(link)).toBe(SHARED)
  })
})
