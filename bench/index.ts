// `npm run bench`: runs each benchmark in its own process (so peak memory is its own) and prints
// the figures. Figures are measured, never asserted.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const BENCHES = ['extract.ts', 'wink-split.ts', 'ingest.ts', 'search.ts', 'report.ts', 'link.ts', 'server.ts', 'web.ts']

const here = fileURLToPath(new URL('.', import.meta.url))
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url))
const results: Array<Record<string, unknown>> = []
for (const bench of BENCHES) {
  const path = `${here}${bench}`
  if (!existsSync(path)) continue
  process.stderr.write(`running bench/${bench} ...\n`)
  const run = spawnSync(tsx, [path], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' }, maxBuffer: 64 * 1024 * 1024 })
  for (const line of run.stdout.split('\n')) {
    if (line.startsWith('BENCH ')) results.push(JSON.parse(line.slice(6)) as Record<string, unknown>)
  }
  if (run.status !== 0) {
    process.stderr.write(`bench/${bench} failed (exit ${run.status}):\n${run.stderr.split('\n').slice(-8).join('\n')}\n`)
    process.exitCode = 1
  }
}
for (const r of results) {
  const { name, ...figures } = r
  process.stdout.write(`\n${String(name)}\n`)
  for (const [k, v] of Object.entries(figures)) process.stdout.write(`  ${k.padEnd(28)} ${String(v)}\n`)
}
