// test/link-key/check-key.mjs: the fresh held-out key passes, a quote read through a Markdown link
// or a backslash escape of the corpus .txt is found, and a quote the document does not hold fails.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const SCRIPT = resolve(import.meta.dirname, 'check-key.mjs')
const FRESH = resolve(import.meta.dirname, 'fresh.json')

async function check(file: string): Promise<{ code: number; out: string; err: string }> {
  try {
    const r = await run('node', [SCRIPT, file])
    return { code: 0, out: r.stdout, err: r.stderr }
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string }
    return { code: x.code, out: x.stdout, err: x.stderr }
  }
}

function keyWith(id: string, passage: string): string {
  const fresh = JSON.parse(readFileSync(FRESH, 'utf8')) as { corpus: string; series: unknown[]; pairs: Record<string, unknown>[] }
  const pair = fresh.pairs.find((p) => p.id === id)!
  const dir = mkdtempSync(join(tmpdir(), 'check-key-'))
  const file = join(dir, 'probe.json')
  writeFileSync(file, JSON.stringify({ ...fresh, pairs: [{ ...pair, id: 'probe', passage, alternatives: [] }] }))
  return file
}

describe('check-key', () => {
  it('passes the fresh key and prints its counts', async () => {
    const r = await check(FRESH)
    expect(r.code, r.err).toBe(0)
    expect(r.out).toMatch(/fresh: \d+ pairs, \d+ pledges/)
    expect(r.out).toMatch(/check-key: \d+ pairs OK/)
  }, 60_000)

  it('reads Markdown link text and escapes as the store does, and rejects a quote not in the text', async () => {
    // "[**6G** **outlook**](https://…)" in the .txt; the store's text reads "6G outlook".
    const linked = await check(keyWith('ttc-2021-09-p41-2023-05', 'To that end, and in consultation with stakeholders, we have developed a 6G outlook.'))
    expect(linked.code, linked.err).toBe(0)
    // "\[RE-TAP\]" in the .txt reads "[RE-TAP]".
    const escaped = await check(keyWith('india-2021-09-p02-2023-09', 'Renewable Energy Technologies Action Platform [RE-TAP], in August 2023'))
    expect(escaped.code, escaped.err).toBe(0)
    const wrong = await check(keyWith('ttc-2021-09-p41-2023-05', 'To that end, and in consultation with stakeholders, we have developed a 7G outlook.'))
    expect(wrong.code).toBe(1)
    expect(wrong.err).toMatch(/probe passage: not found in .*collapsed \.txt/)
  }, 60_000)
})
