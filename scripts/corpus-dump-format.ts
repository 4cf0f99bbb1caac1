// The JSON-lines format of scripts/corpus-dump.ts, read back by the audit scripts beside it.
import { readdirSync, readFileSync } from 'node:fs'

export interface DumpSentence {
  p: number | string | null
  label: string | null
  start: number
  end: number
  text: string
}

export interface DumpItem {
  id: string
  type: string
  p: number | string | null
  start: number
  end: number
  text: string
  actors: string[]
  rule: string
}

export interface DumpDocument {
  file: string
  parties: (string | { name?: string })[] | null
  sentences: DumpSentence[]
  items: DumpItem[]
}

/** Item types a follow-up report tracks; the audits compare only these. */
export const TRACKABLE = new Set(['commitment', 'directive'])

/** Reads a dump written by corpus-dump.ts. */
export function readDump(path: string): DumpDocument[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DumpDocument)
}

/** True when two half-open spans share at least one character. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end
}

/** The arguments both dump scripts take: OUT.jsonl DIR [DIR ...] [--step N] [--no-manifest]. */
export interface DumpArgs {
  out: string
  step: number
  noManifest: boolean
  dirs: string[]
}

/** Reads a dump script's arguments; `name` goes into the usage line of the error. */
export function readDumpArgs(argv: readonly string[], name: string): DumpArgs {
  const args = [...argv]
  const out = args.shift()
  const stepAt = args.indexOf('--step')
  const step = stepAt >= 0 ? Number(args.splice(stepAt, 2)[1]) : 1
  const noManifest = args.includes('--no-manifest')
  const dirs = args.filter((a) => !a.startsWith('--'))
  if (!out || dirs.length === 0) throw new Error(`usage: ${name} OUT.jsonl DIR [DIR ...] [--step N] [--no-manifest]`)
  return { out, step, noManifest, dirs }
}

/** The text files of a folder a dump reads, in name order, every `step`-th one. */
export function dumpFiles(dir: string, step: number): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .filter((_, i) => i % step === 0)
}
