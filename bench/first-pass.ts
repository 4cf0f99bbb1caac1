// The bench's first pass alone, over a subset of the UN set, for profilers (callgrind, --cpu-prof):
//   TZ=UTC npx tsx bench/first-pass.ts [--step K] [--limit N]
// Loads every UN speech, warms up on the first 100 as bench/extract.ts does, then runs one pass over
// every K-th speech (default 5), at most N of them. `--limit 0` runs everything but the pass, so that
// a profiler's total for it can be subtracted. With FIRST_PASS_WAIT=<path>, it waits at each marker
// line for <path>.on and <path>.off to exist, so that a profiler can be switched on for the pass alone:
//   valgrind --tool=callgrind --instr-atstart=no node <bundle> ...; `callgrind_control -i on <pid>`, then touch <path>.on
import { extractItems } from '../src/extract/index.js'
import { loadSource } from '../src/ingest/index.js'
import { parseStatement } from '../src/parse/index.js'
import { existsSync, readdirSync, readFileSync, writeSync } from 'node:fs'
import { timed, unFiles } from './common.js'

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const step = arg('--step', 5)
const limit = arg('--limit', Infinity)
const sources = await Promise.all(unFiles().map((f) => loadSource(f)))
for (const s of sources.slice(0, 100)) extractItems(parseStatement(s))
const set = sources.filter((_, i) => i % step === 0).slice(0, limit)
// A marker line, so that a runtime trace on stdout (--trace-regexp-tier-up, --trace-opt) can be cut at the pass.
writeSync(1, `--- first pass ${process.hrtime.bigint() / 1000n}\n`)
waitFor('on')
const before = threadTicks()
const run = timed(() => {
  let sentences = 0
  let items = 0
  for (const s of set) {
    const parsed = parseStatement(s)
    for (const b of parsed.tree.children) if (b.type === 'paragraph') sentences += b.children.length
    items += extractItems(parsed).length
  }
  return { sentences, items }
})
writeSync(1, `--- end of first pass ${process.hrtime.bigint() / 1000n}\n`)
waitFor('off')
const after = threadTicks()
const main = (after.get(process.pid) ?? 0) - (before.get(process.pid) ?? 0)
let others = 0
for (const [tid, t] of after) if (tid !== process.pid) others += t - (before.get(tid) ?? 0)
process.stdout.write(
  `${JSON.stringify({ files: set.length, ...run.value, cpu: run.cpu.toFixed(2), wall: run.wall.toFixed(2), 'sentences/s': Math.round(run.value.sentences / run.cpu), 'main thread s': main / 100, 'other threads s': others / 100 })}\n`,
)

/** CPU ticks (user + system, 1/100 s) of each thread of this process, from /proc (Linux; empty elsewhere). */
function threadTicks(): Map<number, number> {
  const ticks = new Map<number, number>()
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')
      ticks.set(Number(tid), Number(fields[11]) + Number(fields[12]))
    }
  } catch {
    // not Linux
  }
  return ticks
}

/** Waits (sleeping) until FIRST_PASS_WAIT + '.' + what exists; returns at once without FIRST_PASS_WAIT. */
function waitFor(what: string): void {
  const path = process.env.FIRST_PASS_WAIT
  if (!path) return
  const cell = new Int32Array(new SharedArrayBuffer(4))
  while (!existsSync(`${path}.${what}`)) Atomics.wait(cell, 0, 0, 200)
}
