// Every corpus file extracts without an exception, and every item slices to its text.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractItems } from '../../src/extract/index.js'
import { loadSource } from '../../src/ingest/index.js'
import { parseStatement } from '../../src/parse/index.js'
import { HAS_SHARED, NO_SHARED, ROOT, SHARED } from '../helpers/paths.js'

const FOLDERS = ['wh-briefings-outcome-docs', 'dutertetimes-ph-reposts', 'ungdc-2015-2024']

describe.skipIf(!HAS_SHARED)(`extraction over the whole corpus (acceptance 3)${NO_SHARED}`, () => {
  it('runs on all 2,141 files; every item text equals the normalized text at its offsets', async () => {
    const files = [
      ...FOLDERS.flatMap((f) =>
        readdirSync(join(SHARED, 'corpus', f))
          .filter((n) => n.endsWith('.txt'))
          .map((n) => join(SHARED, 'corpus', f, n)),
      ),
      join(ROOT, 'examples', 'japan-uk-2plus2-2016-01-08.txt'),
    ]
    const totals: Record<string, number> = { commitment: 0, directive: 0, support: 0, call: 0, position: 0 }
    let bad = 0
    for (const path of files) {
      const file = await loadSource(path)
      const items = extractItems(parseStatement(file))
      for (const item of items) {
        totals[item.type] = (totals[item.type] ?? 0) + 1
        if (file.value.slice(item.start, item.end) !== item.text) bad++
        if (item.deadline && file.value.slice(item.deadline.span.start, item.deadline.span.end) !== item.deadline.text) bad++
        for (const e of item.entities) if (file.value.slice(e.start, e.end) !== e.text) bad++
      }
    }
    console.log(`extracted from ${files.length} files:`, totals)
    expect(files.length).toBe(2142)
    expect(bad).toBe(0)
    expect(totals.commitment).toBeGreaterThan(5000)
  }, 240_000)
})
