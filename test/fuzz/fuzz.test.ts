// A bounded, seeded sample of the fuzz harness (test/fuzz/fuzz-core.ts): FUZZ_SAMPLE inputs per
// format (default 300), each loaded, parsed and extracted; every one must end in a result or a
// one-line user error, within 5 s. `npm run fuzz` runs 10,000 per format.
import { describe, expect, it } from 'vitest'
import { loadBytes } from '../../src/ingest/load-bytes.js'
import { describeSummary, fuzzFormat, FUZZ_FORMATS, HANG_MS } from './fuzz-core.js'

const SAMPLE = Number(process.env.FUZZ_SAMPLE ?? 300)
const SEED = 20_160_108

describe(`fuzzing every loader with ${SAMPLE} seeded inputs per format`, () => {
  for (const format of FUZZ_FORMATS) {
    it(`${format}: no crash, no hang over ${HANG_MS / 1000} s`, async () => {
      const s = await fuzzFormat(format, SAMPLE, SEED)
      console.log(describeSummary(s))
      expect(s.crashes).toEqual([])
      expect(s.hangs).toEqual([])
      expect(s.runs).toBe(SAMPLE)
    }, 120_000)
  }

  // Inputs the harness found before they were mended.
  it('pages without an <html> element, or that Readability chokes on, load or fail cleanly', async () => {
    await expect(loadBytes(Buffer.from('--><script>x</script>'), { path: 'a.html' })).resolves.toMatchObject({ value: '-->' })
    await expect(loadBytes(Buffer.from('plain words, no tags at all'), { path: 'b.html' })).resolves.toMatchObject({ value: 'plain words, no tags at all' })
  })
})
