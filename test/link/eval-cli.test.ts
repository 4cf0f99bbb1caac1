// `communique link eval --gold FILE [--threshold N]` on the dev key: the figures, and a higher
// threshold giving fewer detected pairs (the option used to be ignored by `link eval`).
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadKeys } from '../../src/commands/link-eval.js'
import { runCli } from '../cli-store/run-cli.js'

const DEV = resolve(import.meta.dirname, '../link-key/dev.json')
const HELDOUT = resolve(import.meta.dirname, '../link-key/heldout.json')

function detected(out: string): number {
  const m = /\((\d+) of (\d+) detected pairs have a passage/.exec(out)
  expect(m, out).not.toBeNull()
  return Number(m![2])
}

describe('link eval', () => {
  it('prints the figures and honours --threshold', async () => {
    const plain = await runCli(['link', 'eval', '--gold', DEV], {})
    expect(plain.code, plain.err).toBe(0)
    expect(plain.out).toMatch(/detection\s+P \d\.\d\d\s+R \d\.\d\d\s+F1 \d\.\d\d/)
    const strict = await runCli(['link', 'eval', '--gold', DEV, '--threshold', '0.9'], {})
    expect(strict.code, strict.err).toBe(0)
    expect(detected(strict.out)).toBeLessThan(detected(plain.out))
  }, 60_000)

  it('says what is wrong with a bad threshold', async () => {
    const r = await runCli(['link', 'eval', '--gold', DEV, '--threshold', '7'], {})
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/--threshold expects a score between 0 and 1/)
  })

  it('reads several keys as one (the fit uses every judged pair) and refuses a pair id twice', async () => {
    const both = await loadKeys([DEV, HELDOUT])
    expect(both.located.length).toBe(161)
    expect(new Set(both.key.series.map((x) => x.name))).toEqual(new Set(['AUKUS leaders', 'Quad leaders']))
    await expect(loadKeys([DEV, DEV])).rejects.toThrow(/already in another key/)
  }, 60_000)
})
