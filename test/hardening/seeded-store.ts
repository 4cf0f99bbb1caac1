// A fresh SQLite store holding the seed, in a temporary folder, for the hardening tests.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli, type CliResult } from '../cli-store/run-cli.js'
import { SEED } from '../helpers/paths.js'

/** A temporary folder with a store holding the seed. */
export interface SeededStore {
  dir: string
  db: string
  env: Record<string, string>
  cli: (...args: string[]) => Promise<CliResult>
  cleanup: () => void
}

/** Creates the folder and ingests the seed (the CLI, in-process). */
export async function seededStore(): Promise<SeededStore> {
  const dir = mkdtempSync(join(tmpdir(), 'communique-hardening-'))
  const db = join(dir, 'communique.db')
  const env = { COMMUNIQUE_DB: db, COMMUNIQUE_TODAY: '2016-07-01' }
  const cli = (...args: string[]) => runCli(args, env)
  const ingest = await cli('ingest', SEED)
  if (ingest.code !== 0) throw new Error(`ingest failed: ${ingest.err}`)
  return { dir, db, env, cli, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** The id of the first tracked item of paragraph `paragraph`. */
export async function itemOfParagraph(s: SeededStore, paragraph: number): Promise<number> {
  const items = JSON.parse((await s.cli('list', '--json')).out) as Array<{ id: number; paragraph: number }>
  const found = items.find((i) => i.paragraph === paragraph)
  if (!found) throw new Error(`no tracked item in paragraph ${paragraph}`)
  return found.id
}
