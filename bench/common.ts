// Shared helpers of the benchmarks: the corpus files, timing, and a JSON line for bench/index.ts.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The shared corpus beside the project. */
export const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))

/** The PostgreSQL server the benchmarks use (COMMUNIQUE_BENCH_PG overrides). */
export const PG_URL = process.env.COMMUNIQUE_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test'

/** The UN General Debate speeches (the scale set): 1,938 files, ~3.95 M words. */
export function unFiles(): string[] {
  const dir = join(CORPUS, 'ungdc-2015-2024')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f))
}

/** Wall and CPU time of a function, in seconds. */
export function timed<T>(fn: () => T): { value: T; wall: number; cpu: number } {
  const c = process.cpuUsage()
  const t = performance.now()
  const value = fn()
  const cpu = process.cpuUsage(c)
  return { value, wall: (performance.now() - t) / 1000, cpu: (cpu.user + cpu.system) / 1e6 }
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024)
}

/** Prints one result line that bench/index.ts collects (and a person can read). */
export function report(name: string, figures: Record<string, number | string>): void {
  process.stdout.write(`BENCH ${JSON.stringify({ name, ...figures })}\n`)
}

/** Runs `main` when the file is executed directly (npx tsx bench/x.ts). */
export function isMain(url: string): boolean {
  return process.argv[1] !== undefined && fileURLToPath(url) === process.argv[1]
}
