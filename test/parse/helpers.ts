// Helpers of the parse tests: source files built by hand from text files.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { SourceFile } from '../../src/core/source-file.js'

/** The project folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** The seed statement (Japan-UK "2+2", 8 January 2016). */
export const SEED = `${ROOT}examples/japan-uk-2plus2-2016-01-08.txt`

/** The shared corpus folder beside the project. */
export const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url))

/** A source file of already normalized text, as a loader would give it. */
export function textFile(path: string, value = readFileSync(path, 'utf8')): SourceFile {
  return { path, format: 'text', value, metadata: {}, diagnostics: [] }
}
