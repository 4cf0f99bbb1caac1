// Parses every document of the shared corpus (2,141 files) through loadSource: no exception, every
// invariant kept, no line break inside a wh-briefings paragraph. Prints totals.
import { existsSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadSource } from '../../src/ingest/index.js'
import { parseStatement, toDocumentJson } from '../../src/parse/index.js'
import { CORPUS } from './helpers.js'
import { findInvariantProblems } from './invariants.js'

const FOLDERS = ['wh-briefings-outcome-docs', 'dutertetimes-ph-reposts', 'ungdc-2015-2024']

describe.skipIf(!existsSync(CORPUS))(
  `parseStatement over the whole corpus${existsSync(CORPUS) ? '' : ' (skipped: ../shared/corpus is not beside the project)'}`,
  () => {
    for (const folder of FOLDERS) {
      it(`parses every document of ${folder}`, async () => {
        const files = readdirSync(CORPUS + folder).filter((f) => f.endsWith('.txt') && !/^(?:MANIFEST|README)/.test(f))
        const problems: string[] = []
        let paragraphs = 0
        let sentences = 0
        let ms = 0
        for (const name of files) {
          const file = await loadSource(`${CORPUS}${folder}/${name}`)
          const t0 = performance.now()
          const parsed = parseStatement(file)
          ms += performance.now() - t0
          const doc = toDocumentJson(parsed)
          paragraphs += doc.paragraphs.length
          sentences += doc.sentences
          for (const p of findInvariantProblems(parsed)) problems.push(`${name}: ${p}`)
          if (folder.startsWith('wh-')) {
            for (const p of doc.paragraphs) if (p.text.includes('\n')) problems.push(`${name}: paragraph at ${p.start} contains a line break`)
          }
        }
        console.log(`${folder}: ${files.length} files, ${paragraphs} paragraphs, ${sentences} sentences, parsed in ${Math.round(ms)} ms`)
        expect(problems.slice(0, 20)).toEqual([])
        expect(files.length).toBeGreaterThan(0)
        expect(sentences).toBeGreaterThan(paragraphs)
      })
    }
  },
)
