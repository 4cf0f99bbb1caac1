// Dump the meeting record of every document of a set as JSON lines, and diff two dumps field by
// field, for before/after audits of a change to the meeting reader (src/parse/meeting).
//   TZ=UTC npx tsx scripts/meeting-dump.ts OUT.jsonl DIR [DIR ...] [--step N] [--no-manifest]
//   TZ=UTC npx tsx scripts/meeting-dump.ts --diff BEFORE.jsonl AFTER.jsonl
// The diff prints one line per changed field ("file field: before -> after") and the count of
// changed fields per field name on stderr.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyzeDocument } from '../src/commands/analyze-document.js'
import { dumpFiles, readDumpArgs } from './corpus-dump-format.js'

/** One document's meeting record, as the audit compares it. */
interface MeetingRow {
  file: string
  title: string | null
  date: string | null
  place: string | null
  ordinal: number | null
  participants: string[]
  parties: string[]
  paragraphs: number
}

const FIELDS = ['title', 'date', 'place', 'ordinal', 'participants', 'parties', 'paragraphs'] as const

const args = process.argv.slice(2)
if (args[0] === '--diff') diff(args[1], args[2])
else await dump(args)

async function dump(args: string[]): Promise<void> {
  const { out, step, noManifest, dirs } = readDumpArgs(args, 'meeting-dump.ts')
  const lines: string[] = []
  for (const dir of dirs) {
    const files = dumpFiles(dir, step)
    for (const f of files) {
      const doc = await analyzeDocument(join(dir, f), { manifest: noManifest ? false : 'auto' })
      const m = doc.meeting
      const row: MeetingRow = {
        file: join(dir, f),
        title: m.title,
        date: m.date,
        place: m.place,
        ordinal: m.ordinal,
        participants: m.participants.map((p) => [p.name, p.office, p.country].filter(Boolean).join(' / ')),
        parties: m.parties,
        paragraphs: doc.tree.children.filter((b) => b.type === 'paragraph').length,
      }
      lines.push(JSON.stringify(row))
    }
  }
  writeFileSync(out, lines.join('\n') + '\n')
}

function diff(beforePath: string | undefined, afterPath: string | undefined): void {
  if (!beforePath || !afterPath) throw new Error('usage: meeting-dump.ts --diff BEFORE.jsonl AFTER.jsonl')
  const read = (path: string): Map<string, MeetingRow> =>
    new Map(
      readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as MeetingRow)
        .map((r) => [r.file, r]),
    )
  const before = read(beforePath)
  const after = read(afterPath)
  const counts = new Map<string, number>()
  for (const [file, now] of [...after.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const was = before.get(file)
    if (!was) continue
    for (const field of FIELDS) {
      const x = JSON.stringify(was[field])
      const y = JSON.stringify(now[field])
      if (x === y) continue
      counts.set(field, (counts.get(field) ?? 0) + 1)
      console.log(`${file.split('/').pop()!.slice(0, 90)} ${field}: ${x} -> ${y}`)
    }
  }
  console.error([...counts].map(([f, n]) => `${f} ${n}`).join(', ') || 'no field changed')
}
