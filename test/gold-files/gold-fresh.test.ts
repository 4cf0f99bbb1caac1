// The fresh gold sets test/gold-fresh and test/gold-fit (fitting data) and test/gold-fresh2 (blind,
// held out): every file passes the gold-file guard, names a corpus document, and every quote is
// the exact normalized text at its offsets. No extractor is run.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assertGoldDocument } from '../../src/eval/gold.js'
import { loadSource } from '../../src/ingest/index.js'
import { HAS_SHARED, NO_SHARED, ROOT, SHARED } from '../helpers/paths.js'

const CORPUS = join(SHARED, 'corpus/wh-briefings-outcome-docs')
const SETS = [
  { name: 'test/gold-fresh', count: 9 },
  { name: 'test/gold-fresh2', count: 8 },
  { name: 'test/gold-fit', count: 6 },
  { name: 'test/gold-fit2', count: 8 },
  { name: 'test/gold-fit3', count: 8 },
  { name: 'test/gold-fit4', count: 8 },
  { name: 'test/gold-fit5', count: 8 },
  { name: 'test/gold-fit6', count: 8 },
  { name: 'test/gold-fit7', count: 10 },
  { name: 'test/gold-fit8', count: 4 },
  { name: 'test/gold-fit9', count: 4 },
  { name: 'test/gold-fit10', count: 4 },
  { name: 'test/gold-fit11', count: 4 },
  { name: 'test/gold-fit12', count: 4 },
  { name: 'test/gold-fit13', count: 4 },
]

interface FreshItem {
  quote: string
  start: number
  end: number
  type: string
  deadline: { text: string; end: string | null } | null
}

describe.skipIf(!HAS_SHARED).each(SETS)(`$name${NO_SHARED}`, ({ name, count }) => {
  const DIR = join(ROOT, name)
  const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json'))

  it('holds the coded documents', () => {
    expect(FILES).toHaveLength(count)
  })

  it.each(FILES)('%s: loads, and each quote slices the normalized text at its offsets', async (file) => {
    const raw: unknown = JSON.parse(readFileSync(join(DIR, file), 'utf8'))
    const gold = assertGoldDocument(raw, file)
    expect(gold.document).toBe(file.replace(/\.json$/, '.txt'))
    const source = await loadSource(join(CORPUS, gold.document))
    const items = (raw as { items: FreshItem[] }).items
    for (const item of items) {
      expect(source.value.slice(item.start, item.end), `${file} @${item.start}`).toBe(item.quote)
      if (item.deadline) expect(source.value).toContain(item.deadline.text)
    }
    expect(gold.items.some((i) => (i.type === 'commitment' || i.type === 'directive') && !i.optional)).toBe(true)
  })
})
