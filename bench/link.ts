// Linking speed (issue 12): a 5-statement series in memory (the US–Japan leaders' snapshot, target
// < 1 s) and the G7 leaders' series of the corpus (Carbis Bay 2021, Hiroshima 2023, Apulia 2024,
// target < 10 s), each meeting linked to every later one after the statements are analyzed.
// Run alone: npx tsx bench/link.ts
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { CORPUS, isMain, report, timed } from './common.js'
import { analyzeDocument } from '../src/commands/analyze-document.js'
import { indexSeries, linkMeetings, toLinkDocument, type LinkDocument } from '../src/track/link/index.js'
import { readSnapshot } from '../test/link/series-snapshot.js'

const G7 = [
  'wh-2021-06-13-carbis-bay-g7-summit-communique.txt',
  'wh-2023-05-20-g7-hiroshima-leaders-communique.txt',
  'wh-2024-06-14-g7-leaders-statement-8.txt',
]

/** Index the series and link each meeting to all later ones; returns the number of suggestions. */
function linkAll(docs: readonly LinkDocument[]): number {
  const index = indexSeries(docs)
  let n = 0
  for (let i = 0; i < docs.length - 1; i++) n += linkMeetings(docs[i]!, docs.slice(i + 1), { index }).length
  return n
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

/**
 * The first (cold) run, and the medians of `runs` more, in seconds: wall time and CPU time (on the
 * shared 2-core machine the wall time mostly says how busy the others are).
 */
function time(docs: readonly LinkDocument[], runs: number): { cold: number; median: number; cpu: number; links: number } {
  const first = timed(() => linkAll(docs))
  const walls: number[] = []
  const cpus: number[] = []
  for (let r = 0; r < runs; r++) {
    const x = timed(() => linkAll(docs))
    walls.push(x.wall)
    cpus.push(x.cpu)
  }
  return { cold: first.wall, median: median(walls), cpu: median(cpus), links: first.value }
}

async function main(): Promise<void> {
  const usJapan = readSnapshot('us-japan')
  const a = time(usJapan, 5)
  report('link: US–Japan leaders, 5 statements, in memory (target < 1 s)', {
    statements: usJapan.length,
    items: usJapan.slice(0, -1).reduce((n, d) => n + d.items.length, 0),
    suggestions: a.links,
    'first run s': a.cold.toFixed(2),
    'median of 5 s': a.median.toFixed(2),
    'median CPU s': a.cpu.toFixed(2),
  })
  const dir = join(CORPUS, 'wh-briefings-outcome-docs')
  if (!G7.every((f) => existsSync(join(dir, f)))) {
    process.stderr.write(`link bench: the G7 statements are not in ${dir}; G7 series skipped\n`)
    return
  }
  const t = performance.now()
  const docs: LinkDocument[] = []
  for (const f of G7) {
    const x = await analyzeDocument(join(dir, f), { manifest: 'auto' })
    docs.push(toLinkDocument({ meetingId: f, date: x.meeting.date ?? f.slice(3, 13), tree: x.tree, items: x.items }))
  }
  const analyze = (performance.now() - t) / 1000
  const g = time(docs, 3)
  report('link: G7 leaders 2021 → 2023 → 2024 (target < 10 s)', {
    statements: docs.length,
    passages: docs.reduce((n, d) => n + d.passages.length, 0),
    suggestions: g.links,
    'analysis s': analyze.toFixed(2),
    'linking, first run s': g.cold.toFixed(2),
    'linking, median of 3 s': g.median.toFixed(2),
    'linking, median CPU s': g.cpu.toFixed(2),
    'analysis + linking s': (analyze + g.cold).toFixed(2),
  })
}

if (isMain(import.meta.url)) await main()
