// Issue 13, points 2 and 5: a DOCX decompression bomb is refused before it inflates, and deeply
// nested HTML gives a result or one clean line, never a stack overflow.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadBytes } from '../../src/ingest/load-bytes.js'
import { ROOT } from '../helpers/paths.js'
import { makeDocx, makeZip, paragraphsFor } from './make-zip.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'communique-bombs-'))
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

/** Runs the built CLI in a child process and reports its exit code, stderr, time and peak memory. */
function runMeasured(args: string[], env: Record<string, string> = {}): { code: number; err: string; seconds: number; peakMb: number } {
  const script = `import(${JSON.stringify(`${ROOT}dist/cli/main.js`)}).then(async (m) => {
    const code = await m.run(['node', 'communique', ...${JSON.stringify(args)}])
    process.stderr.write('PEAK_KB ' + process.resourceUsage().maxRSS + '\\n')
    process.exitCode = code
  })`
  const t = performance.now()
  const r = spawnSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    env: { ...process.env, COMMUNIQUE_DB: join(dir, 'store.db'), ...env },
    timeout: 60_000,
  })
  const seconds = (performance.now() - t) / 1000
  const peak = /PEAK_KB (\d+)/.exec(r.stderr)
  return { code: r.status ?? -1, err: r.stderr.replace(/PEAK_KB \d+\n/, ''), seconds, peakMb: peak ? Number(peak[1]) / 1024 : Infinity }
}

describe('2. DOCX decompression bombs', () => {
  it('a DOCX whose document.xml inflates to 300 MB is refused in < 10 s under 600 MB, storing nothing', async () => {
    const bomb = join(dir, 'bomb.docx')
    writeFileSync(bomb, await makeDocx(paragraphsFor(300)))
    for (const command of ['parse', 'ingest']) {
      const r = runMeasured([command, bomb])
      expect(r.code, r.err).toBe(1)
      expect(r.err.trim().split('\n')).toHaveLength(command === 'parse' ? 1 : 2)
      expect(r.err).toMatch(/inflates to more than 50 MB \(the size limit; word\/document\.xml alone is 300\.0 MB\)/)
      expect(r.seconds).toBeLessThan(10)
      expect(r.peakMb).toBeLessThan(600)
    }
    const meetings = spawnSync(process.execPath, [`${ROOT}bin/communique.js`, 'meetings', '--json'], {
      encoding: 'utf8',
      env: { ...process.env, COMMUNIQUE_DB: join(dir, 'store.db') },
    })
    expect(JSON.parse(meetings.stdout)).toEqual([])
    // Raising the limit does not let a 1000-fold part through: the ratio is checked too.
    const raised = runMeasured(['parse', bomb, '--max-size', '400'])
    expect(raised.err).toMatch(/inflates \d+ times .* decompression bomb/)
    expect(raised.peakMb).toBeLessThan(600)
  }, 60_000)

  it('a small document with a 64 MB docProps/core.xml is refused before anything inflates it', async () => {
    const docx = await makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>' },
      {
        name: 'docProps/core.xml',
        chunks: function* () {
          for (let i = 0; i < 64; i++) yield ' '.repeat(1024 * 1024)
        },
      },
    ])
    expect(docx.length).toBeLessThan(200 * 1024)
    await expect(loadBytes(docx, { path: 'core.docx' })).rejects.toThrow(
      /core\.docx: the Word document inflates to more than 50 MB \(the size limit; docProps\/core\.xml alone is 64 MB\)/,
    )
  })

  it('an archive that declares a small part but inflates to more is refused as damaged', async () => {
    const liar = await makeDocx(paragraphsFor(5), { declaredSize: 4000 })
    await expect(loadBytes(liar, { path: 'liar.docx' })).rejects.toThrow(
      /liar\.docx: the Word document is damaged \(its part word\/document\.xml does not inflate to the size it declares\)/,
    )
  })

  it('an ordinary DOCX still loads', async () => {
    const file = await loadBytes(await makeDocx(3), { path: 'ok.docx' })
    expect(file.value).toContain('Japan and the UK will hold talks in 2016.')
  })
})

describe('5. deeply nested HTML', () => {
  const nested = (depth: number): string =>
    `<html><body>${'<div>'.repeat(depth)}<p>1. Japan and the UK will hold talks in 2016.</p>${'</div>'.repeat(depth)}</body></html>`

  it('50,000 nested elements give one clean line (exit 1), not a stack overflow', () => {
    const page = join(dir, 'deep.html')
    writeFileSync(page, nested(50_000))
    const r = runMeasured(['parse', page])
    expect(r.code).toBe(1)
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/^communique: error: .*deep\.html: the page nests elements more than 512 deep/)])
  }, 60_000)

  it('3,000 nested elements are refused the same way in-process; 400 still load', async () => {
    await expect(loadBytes(Buffer.from(nested(3000)), { path: 'deep.html' })).rejects.toThrow(/nests elements more than 512 deep/)
    // Found by fuzzing: markup after </html> sits beside <html>, and is counted too.
    const after = `<!DOCTYPE html><html><body><p>1. Japan will act.</p></body></html>${'<div>'.repeat(2000)}x`
    await expect(loadBytes(Buffer.from(after), { path: 'after.html' })).rejects.toThrow(/nests elements more than 512 deep/)
    const ok = await loadBytes(Buffer.from(nested(400)), { path: 'ok.html' })
    expect(ok.value).toContain('Japan and the UK will hold talks in 2016.')
  })
})
