// No two trackable items of a document share words: one action is one item (ANNOTATION.md,
// Splitting). Two overlapping items, one inside the other, could pair with only one gold item, so
// the second would be a pure precision loss. Checked over the 200 White House documents.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isTrackable } from '../../src/core/item.js'
import { extractItems } from '../../src/extract/index.js'
import { loadSource } from '../../src/ingest/index.js'
import { parseStatement } from '../../src/parse/index.js'
import { HAS_SHARED, NO_SHARED, SHARED } from '../helpers/paths.js'

describe.skipIf(!HAS_SHARED)(`overlapping trackable items${NO_SHARED}`, () => {
  it('none over the White House corpus (no sentence emitted twice at different lengths)', async () => {
    const dir = join(SHARED, 'corpus', 'wh-briefings-outcome-docs')
    const overlaps: string[] = []
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const file = await loadSource(join(dir, name))
      const items = extractItems(parseStatement(file)).filter((i) => isTrackable(i.type))
      for (let i = 0; i < items.length; i++)
        for (let j = i + 1; j < items.length; j++) {
          const [a, b] = [items[i]!, items[j]!]
          if (a.start < b.end && b.start < a.end) overlaps.push(`${name}: "${a.text}" / "${b.text}"`)
        }
    }
    expect(overlaps).toEqual([])
  }, 120_000)
})
