// The gold pages (test/gold-pages/*): every item's quote is the exact text at its offsets in the
// document as the loader normalizes it, so a change to the loader that moves offsets is caught here.
// A failure names the file and the item's index only (held-out items are not printed).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assertGoldDocument } from '../../src/eval/gold.js'
import { loadSource } from '../../src/ingest/index.js'
import { ROOT } from '../helpers/paths.js'

const BASE = join(ROOT, 'test/gold-pages')
const FILES = readdirSync(BASE, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(BASE, d.name))
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(d.name, f)),
  )

describe('test/gold-pages offsets', () => {
  it('has pages in every half', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(30)
  })

  it.each(FILES)('%s: every quote slices the normalized text at its offsets', async (file) => {
    const gold = JSON.parse(readFileSync(join(BASE, file), 'utf8')) as { document: string; items: Array<{ quote: string; start: number; end: number }> }
    const source = await loadSource(join(BASE, file, '..', gold.document))
    const wrong = gold.items.flatMap((item, i) => (source.value.slice(item.start, item.end) === item.quote ? [] : [i]))
    expect(wrong, `items whose offsets do not slice to their quote in ${file}`).toEqual([])
  })

  // dev11 (coded blind, session 10): file validity only here; any reading floor is the lead's to add.
  it('dev11: eight pages, each a valid gold document beside its text', () => {
    const dev11 = FILES.filter((f) => f.startsWith('dev11/'))
    expect(dev11).toHaveLength(8)
    for (const file of dev11) {
      const gold: unknown = JSON.parse(readFileSync(join(BASE, file), 'utf8'))
      expect(() => assertGoldDocument(gold, file)).not.toThrow()
      expect((gold as { document: string }).document).toBe(file.slice('dev11/'.length).replace(/\.json$/, '.txt'))
    }
  })
})
