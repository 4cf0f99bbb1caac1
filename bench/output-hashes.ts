// Identity check for speed work: one hash per file of the JSON of its items and meeting record, over the
// 200 White House outcome documents, the dev gold pages and every fifth UN speech (612 files).
// Run before and after a change that must not change output, and compare:
//   TZ=UTC npx tsx bench/output-hashes.ts > /tmp/before.txt   (then after the change: cmp)
import { createHash } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractItems } from '../src/extract/index.js'
import { loadSource } from '../src/ingest/index.js'
import { parseStatement } from '../src/parse/index.js'
import { CORPUS } from './common.js'

const PAGES = fileURLToPath(new URL('../test/gold-pages/', import.meta.url))

/** The .txt files of a folder, sorted, every `step`-th one. */
function texts(dir: string, step = 1): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .filter((_, i) => i % step === 0)
    .map((f) => join(dir, f))
}

const files = [
  ...texts(join(CORPUS, 'wh-briefings-outcome-docs')),
  ...['dev', 'dev2', 'dev3'].flatMap((d) => texts(join(PAGES, d))),
  ...texts(join(CORPUS, 'ungdc-2015-2024'), 5),
]
for (const f of files) {
  const parsed = parseStatement(await loadSource(f))
  const json = JSON.stringify({ items: extractItems(parsed), meeting: parsed.meeting })
  process.stdout.write(`${f.slice(f.lastIndexOf('/', f.lastIndexOf('/') - 1) + 1)} ${createHash('sha1').update(json).digest('hex')}\n`)
}
