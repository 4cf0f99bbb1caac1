// Benchmark: parse + extract over the UN General Debate set, against a bare sentence-splitting pass.
import { extractItems } from '../src/extract/index.js'
import { loadSource } from '../src/ingest/index.js'
import { parseStatement, splitSentences } from '../src/parse/index.js'
import { isMain, peakRssMb, report, timed, unFiles } from './common.js'

/** Runs the extraction benchmark and reports its figures. */
export async function benchExtract(): Promise<void> {
  const files = unFiles()
  const sources = await Promise.all(files.map((f) => loadSource(f)))
  const words = sources.reduce((n, s) => n + s.value.split(/\s+/).filter(Boolean).length, 0)
  // Warm-up on a slice, so that the timed runs measure the steady state of the JIT.
  for (const s of sources.slice(0, 100)) extractItems(parseStatement(s))

  const bare = timed(() => {
    let n = 0
    for (const s of sources) for (const line of s.value.split('\n')) n += splitSentences(line).length
    return n
  })
  const pass = (set: typeof sources) =>
    timed(() => {
      let sentences = 0
      const byType: Record<string, number> = {}
      for (const s of set) {
        const parsed = parseStatement(s)
        for (const b of parsed.tree.children) if (b.type === 'paragraph') sentences += b.children.length
        for (const item of extractItems(parsed)) byType[item.type] = (byType[item.type] ?? 0) + 1
      }
      return { sentences, byType }
    })
  // First pass over the whole set, in two halves (even and odd files). It still pays for one-off
  // work: the JIT of code paths the 100-file warm-up did not reach, and the glued-word dictionary
  // loaded the first time a file needs it.
  const even = pass(sources.filter((_, i) => i % 2 === 0))
  const odd = pass(sources.filter((_, i) => i % 2 === 1))
  const full = {
    value: { sentences: even.value.sentences + odd.value.sentences, byType: sumCounts(even.value.byType, odd.value.byType) },
    cpu: even.cpu + odd.cpu,
    wall: even.wall + odd.wall,
  }
  // Steady state, as a long-running ingest or server sees it: the odd half was read after the
  // even half had warmed the code, and none of its documents had been seen. For reference, three
  // more passes over the whole (seen) set, median CPU time.
  const again = [pass(sources), pass(sources), pass(sources)].map((r) => r.cpu).sort((x, y) => x - y)
  const sentences = full.value.sentences
  report('extract (parse + extract, UN set)', {
    files: files.length,
    words,
    sentences,
    'wall s': full.wall.toFixed(2),
    'cpu s (first pass)': full.cpu.toFixed(2),
    'sentences/s (first pass)': Math.round(sentences / full.cpu),
    'steady sentences/s (unseen odd half, after the even half)': Math.round(odd.value.sentences / odd.cpu),
    'repeat sentences/s (median of 3 more passes)': Math.round(sentences / again[1]!),
    'words/s': Math.round(words / full.cpu),
    'bare split cpu s': bare.cpu.toFixed(2),
    'bare sentences/s': Math.round(bare.value / bare.cpu),
    'ratio to bare split': (full.cpu / bare.cpu).toFixed(1),
    items: Object.entries(full.value.byType)
      .map(([k, v]) => `${v} ${k}`)
      .join(', '),
    'peak RSS MB': peakRssMb(),
  })
}

if (isMain(import.meta.url)) await benchExtract()

function sumCounts(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a }
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v
  return out
}
