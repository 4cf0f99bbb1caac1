// Recall audit over a corpus dump (scripts/corpus-dump.ts): every sentence with a pledge cue and a
// party-like subject that no trackable item (commitment/directive) overlaps; with --split, the
// sentences whose trackable items are fewer than their pledge cues (candidates for a split).
//   npx tsx scripts/recall-audit.ts DUMP.jsonl [--split] [--tsv OUT.tsv]
// The cue and party patterns are a deliberately wide net for a human reader, not extractor rules.
import { writeFileSync } from 'node:fs'
import { type DumpDocument, overlaps, readDump, TRACKABLE } from './corpus-dump-format.js'

const CUE =
  /\b(will|shall|would|commit(?:s|ted|ting|ment|ments)?|pledge[sd]?|resolve[sd]?|intends?|intention|plans?\s+to|planning\s+to|aims?\s+to|aiming\s+to|determined\s+to|determination|decided?\s+to|agreed?\s+to|agree\s+on|seeks?\s+to|seeking\s+to|(?:are|is)\s+working\s+to|work(?:ing)?\s+together\s+to|look(?:s|ed|ing)?\s+forward\s+to\s+\w+ing|undertakes?|endeavou?r|strive|must|going\s+to|ready\s+to|prepared\s+to|willing(?:ness)?\s+to|continue\s+to|are\s+(?:taking|launching|establishing|announcing)|launch(?:es|ed)?|establish(?:es|ed)?)\b/gi
const PARTY =
  /\b(we|our|us|leaders?|ministers?|heads\s+of|both\s+(?:sides|countries|governments|nations|leaders|presidents|parties)|the\s+two\s+(?:sides|countries|governments|nations|leaders|presidents|ministers|parties)|the\s+parties|participants|partners|members|together|the\s+united\s+states|u\.s\.|the\s+president|president\s+\w+|prime\s+minister|secretary|g7|g20|quad|nato|asean|aukus|the\s+eu|european\s+union)\b/i

const args = process.argv.slice(2)
const dumpPath = args[0]
if (!dumpPath || dumpPath.startsWith('--')) throw new Error('usage: recall-audit.ts DUMP.jsonl [--split] [--tsv OUT.tsv]')
const split = args.includes('--split')
const tsvAt = args.indexOf('--tsv')
const tsv = tsvAt >= 0 ? args[tsvAt + 1] : undefined

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
function partyNames(parties: DumpDocument['parties']): RegExp | null {
  const names = (parties ?? []).map((p) => (typeof p === 'string' ? p : (p.name ?? ''))).filter(Boolean)
  return names.length ? new RegExp(`\\b(${names.map(escapeRegExp).join('|')})\\b`, 'i') : null
}

const oneLine = (s: string) => s.replace(/[\t\n]/g, ' ')
const rows: string[][] = []
for (const doc of readDump(dumpPath)) {
  const names = partyNames(doc.parties)
  const trackable = doc.items.filter((i) => TRACKABLE.has(i.type))
  const fileName = doc.file.split('/').pop()!
  for (const s of doc.sentences) {
    const t = s.text
    if (t.length < 25) continue
    const cues = [...t.matchAll(CUE)].map((m) => m[1]!.toLowerCase())
    if (cues.length === 0) continue
    if (!PARTY.test(t) && !names?.test(t)) continue
    const over = trackable.filter((i) => overlaps(i, s))
    if (!split && over.length === 0) {
      const others = doc.items.filter((i) => !TRACKABLE.has(i.type) && overlaps(i, s))
      rows.push([fileName, String(s.p), [...new Set(cues)].sort().join(',').slice(0, 40), others.map((i) => i.type.slice(0, 3)).join('|'), oneLine(t)])
    }
    if (split && over.length > 0) {
      const pledges = (t.match(/\b(will|shall|would)\b/gi) ?? []).length + (t.match(/;\s*(?:and\s+)?(?:to\s+)?\w+/g) ?? []).length
      if (pledges > over.length) rows.push([fileName, String(s.p), `${over.length} items/${pledges} cues`, '', oneLine(t)])
    }
  }
}
console.error(`${rows.length} sentences in ${new Set(rows.map((r) => r[0])).size} documents`)
if (tsv) writeFileSync(tsv, rows.map((r) => r.join('\t') + '\n').join(''))
