// Dump every sentence and item of a set of documents as JSON lines, for before/after audits of a rule
// change (recall-audit.ts and corpus-diff.ts read the output; corpus-dump-format.ts has its shape).
// Reads MANIFEST.tsv beside the files, as eval does.
//   TZ=UTC npx tsx scripts/corpus-dump.ts OUT.jsonl DIR [DIR ...] [--step N] [--no-manifest]
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyzeDocument } from '../src/commands/analyze-document.js'
import type { Paragraph } from '../src/core/tree.js'
import { type DumpDocument, dumpFiles, readDumpArgs } from './corpus-dump-format.js'

const { out, step, noManifest, dirs } = readDumpArgs(process.argv.slice(2), 'corpus-dump.ts')

const lines: string[] = []
for (const dir of dirs) {
  const files = dumpFiles(dir, step)
  for (const f of files) {
    const doc = await analyzeDocument(join(dir, f), { manifest: noManifest ? false : 'auto' })
    const sentences = (doc.tree.children.filter((b) => b.type === 'paragraph') as Paragraph[]).flatMap((p) =>
      p.children.map((s, k) => ({
        p: p.number ?? p.ordinal,
        label: k === 0 ? p.labelKind : null,
        start: s.position.start.offset,
        end: s.position.end.offset,
        text: s.value,
      })),
    )
    const items = doc.items.map((i) => ({ id: i.id, type: i.type, p: i.paragraph, start: i.start, end: i.end, text: i.text, actors: i.actors, rule: i.rule }))
    lines.push(JSON.stringify({ file: join(dir, f), parties: doc.meeting.parties, sentences, items } satisfies DumpDocument))
  }
}
writeFileSync(out, lines.join('\n') + '\n')
