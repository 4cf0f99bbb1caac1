// Shared helpers of the ingest tests: fixture paths, the seed's paragraphs, block views of a source file.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SourceFile } from '../../src/core/source-file.js'

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
/** The seed statement as plain text. */
export const SEED_TXT = join(ROOT, 'examples/japan-uk-2plus2-2016-01-08.txt')
/** Generated fixtures of the seed (HTML, PDF, DOCX). */
export const SEED_DIR = join(ROOT, 'test/fixtures/seed')
/** Small broken files for the error cases. */
export const ERR_DIR = join(ROOT, 'test/fixtures/ingest')
/** The shared corpus beside the repository (absent on some machines). */
export const CORPUS = [join(ROOT, '../shared/corpus'), '/work/shared/corpus'].find((p) => existsSync(p)) ?? null

export const SEED_TITLE = 'Second Japan-UK Foreign and Defence Ministerial Meeting'

/** The seed's 23 numbered paragraphs as [number, text after the label]. */
export function seedParagraphs(): Array<[number, string]> {
  return readFileSync(SEED_TXT, 'utf8')
    .split('\n')
    .flatMap((line) => {
      const m = /^(\d+)\. (.*)$/.exec(line)
      return m ? [[Number(m[1]), m[2]!] as [number, string]] : []
    })
}

/** The non-empty lines of a source file with the kind its hints give them. */
export function blockLines(file: SourceFile): Array<{ text: string; start: number; kind: string | null }> {
  const kinds = new Map((file.hints ?? []).map((h) => [h.start, h.kind]))
  const out: Array<{ text: string; start: number; kind: string | null }> = []
  let start = 0
  for (const text of file.value.split('\n')) {
    if (text.trim() !== '') out.push({ text, start, kind: kinds.get(start) ?? null })
    start += text.length + 1
  }
  return out
}

/** The non-heading lines that start with "N. ", as [N, text after the label]. */
export function numberedParagraphs(file: SourceFile): Array<[number, string]> {
  return blockLines(file).flatMap(({ text, kind }) => {
    const m = /^(\d+)\. (.*)$/.exec(text)
    return m && kind !== 'heading' ? [[Number(m[1]), m[2]!] as [number, string]] : []
  })
}
