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
  const full = timed(() => {
    let sentences = 0
    const byType: Record<string, number> = {}
    for (const s of sources) {
      const parsed = parseStatement(s)
      for (const b of parsed.tree.children) if (b.type === 'paragraph') sentences += b.children.length
      for (const item of extractItems(parsed)) byType[item.type] = (byType[item.type] ?? 0) + 1
    }
    return { sentences, byType }
  })
  const sentences = full.value.sentences
  report('extract (parse + extract, UN set)', {
    files: files.length,
    words,
    sentences,
    'wall s': full.wall.toFixed(2),
    'cpu s': full.cpu.toFixed(2),
    'sentences/s': Math.round(sentences / full.cpu),
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
