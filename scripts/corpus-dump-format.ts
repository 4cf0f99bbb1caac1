// The JSON-lines format of scripts/corpus-dump.ts, read back by the audit scripts beside it.
import { readFileSync } from 'node:fs'

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
