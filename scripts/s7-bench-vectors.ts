// Experiment: linking time with and without the word vectors (session 7).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyzeDocument } from '../src/commands/analyze-document.js'
import { indexSeries, linkMeetings, toLinkDocument, type LinkDocument } from '../src/track/link/index.js'
import { readSnapshot } from '../test/link/series-snapshot.js'
const dir = '/work/shared/corpus/wh-briefings-outcome-docs'
const G7 = ['wh-2021-06-13-carbis-bay-g7-summit-communique.txt', 'wh-2023-05-20-g7-hiroshima-leaders-communique.txt', 'wh-2024-06-14-g7-leaders-statement-8.txt']
const t0 = performance.now()
const table = JSON.parse(readFileSync('/tmp/wl/vectors.json', 'utf8')) as Record<string, number[]>
const lookup = (w: string): number[] | undefined => table[w]
console.log(`vectors read in ${((performance.now() - t0) / 1000).toFixed(2)} s`)
function run(docs: LinkDocument[], vec: boolean): number {
  const c0 = process.cpuUsage()
  const index = indexSeries(docs, vec ? lookup : undefined)
  for (let i = 0; i < docs.length - 1; i++) linkMeetings(docs[i]!, docs.slice(i + 1), { index })
  const c = process.cpuUsage(c0)
  return (c.user + c.system) / 1e6
}
const g7: LinkDocument[] = []
for (const f of G7) {
  const x = await analyzeDocument(join(dir, f), { manifest: 'auto' })
  g7.push(toLinkDocument({ meetingId: f, date: x.meeting.date ?? f.slice(3, 13), tree: x.tree, items: x.items }))
}
const usj = readSnapshot('us-japan')
for (const [name, docs] of [['us-japan', usj], ['g7', g7]] as const) {
  for (const vec of [false, true, false, true, false, true]) console.log(name, vec ? 'vectors' : 'none   ', run(docs as LinkDocument[], vec).toFixed(2), 's CPU')
}
