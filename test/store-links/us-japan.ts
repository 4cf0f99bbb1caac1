// The U.S.–Japan leaders' series of the corpus (five joint statements, 2021–2025) and how to ingest it.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { SHARED } from '../store/fixtures.js'

/** The White House outcome documents, with their MANIFEST.tsv. */
export const CORPUS = join(SHARED, 'corpus/wh-briefings-outcome-docs')

/** The series name the tests give on ingest. */
export const SERIES = "U.S.-Japan Leaders' Summit"

/** File-name prefixes of the five statements, in date order (as in scripts/link-series.ts). */
const PREFIXES = [
  'wh-2021-04-16-u-s-japan-joint-leaders-statement',
  'wh-2022-05-23-japan-u-s-joint-leaders-statement',
  'wh-2023-01-13-joint-statement-of-the-united-states-and-japan',
  'wh-2024-04-10-united-states-japan-joint-leaders-statement',
  'wh-2025-02-07-united-states-japan-joint-leaders-statement',
]

/** Absolute paths of the five statements. */
export function usJapanFiles(): string[] {
  const names = readdirSync(CORPUS)
  return PREFIXES.map((p) => {
    const name = names.find((n) => n.startsWith(p))
    if (!name) throw new Error(`no file starting ${p} in ${CORPUS}`)
    return join(CORPUS, name)
  })
}

/** The `communique ingest` arguments that store the series. */
export function ingestArgs(): string[] {
  return ['ingest', ...usJapanFiles(), '--manifest', join(CORPUS, 'MANIFEST.tsv'), '--series', SERIES]
}
