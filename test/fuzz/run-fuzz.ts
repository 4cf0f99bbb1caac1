// `npm run fuzz`: 10,000 seeded inputs per format (FUZZ_RUNS, FUZZ_FORMATS and FUZZ_SEED change that);
// prints crashes (saved under tmp/fuzz-crashes/), hangs over 5 s and peak memory, and exits 1 on any.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describeSummary, fuzzFormat, FUZZ_FORMATS, type FuzzFormat, type FuzzSummary } from './fuzz-core.js'
import { ROOT } from '../helpers/paths.js'

const runs = Number(process.env.FUZZ_RUNS ?? 10_000)
const seed = Number(process.env.FUZZ_SEED ?? 20_160_108)
const formats = (process.env.FUZZ_FORMATS?.split(',') ?? [...FUZZ_FORMATS]) as FuzzFormat[]
const crashDir = join(ROOT, 'tmp', 'fuzz-crashes')

console.log(`fuzzing ${formats.join(', ')}: ${runs} inputs each, seed ${seed}, Node ${process.version}`)
const summaries: FuzzSummary[] = []
for (const format of formats) {
  const s = await fuzzFormat(format, runs, seed, (index, c, o) => {
    mkdirSync(crashDir, { recursive: true })
    const file = join(crashDir, `${format}-${seed}-${index}.bin`)
    writeFileSync(file, c.bytes)
    console.log(`  CRASH ${format} #${index} (${c.contentType || 'no type'}): ${o.kind === 'crash' ? o.message : ''} → ${file}`)
  })
  summaries.push(s)
  console.log(describeSummary(s))
  for (const h of s.hangs) console.log(`  HANG ${format} #${h.index}: ${h.ms} ms`)
  for (const p of s.pauses) console.log(`  slow once ${format} #${p.index}: ${p.ms} ms, rerun ${p.rerunMs} ms`)
  for (const c of s.crashes.filter((x) => x.message.startsWith('unhandled rejection'))) console.log(`  CRASH ${format} #${c.index}: ${c.message}`)
}
const crashes = summaries.reduce((n, s) => n + s.crashes.length, 0)
const hangs = summaries.reduce((n, s) => n + s.hangs.length, 0)
console.log(
  `total: ${summaries.reduce((n, s) => n + s.runs, 0)} inputs, ${crashes} crashes, ${hangs} hangs, peak ${Math.max(...summaries.map((s) => s.peakRssMb))} MB`,
)
process.exitCode = crashes + hangs > 0 ? 1 : 0
