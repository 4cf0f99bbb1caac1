// The gold pages (test/gold-pages/*): every item's quote is the exact text at its offsets in the
// document as the loader normalizes it, so a change to the loader that moves offsets is caught here.
// A failure names the file and the item's index only (held-out items are not printed).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
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
})
