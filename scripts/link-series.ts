// Evaluation harness for linking: analyzes the five statements of a series, links each meeting's
// trackable items to every later meeting and prints the best links per item.
// Usage: npx tsx scripts/link-series.ts us-japan|quad [--json] [--item 2021-04-16:p4-9] [--threshold 0.3]
//          [--judge]     compare with the links judged by reading (test/link/fixtures/<series>-links.json)
//          [--snapshot]  read the analyzed series from test/link/fixtures/<series>-series.json instead of the corpus
//          [--save-snapshot]  write that file from the current analysis (for the tests)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { isTrackable } from '../src/core/item.js'
import { indexSeries, linkMeetings, toLinkDocument, type LinkDocument, type LinkSuggestion } from '../src/track/link/index.js'
import { judgeLinks, type JudgedSeries } from '../test/link/judge-links.js'
import { readSnapshot, snapshotPath, toSnapshot } from '../test/link/series-snapshot.js'

/** Folder of the White House outcome documents. */
export const CORPUS_DIR = resolve(import.meta.dirname, '../../shared/corpus/wh-briefings-outcome-docs')

/** The two series of the evaluation: file-name prefixes of their statements, in date order. */
export const SERIES: Readonly<Record<string, readonly string[]>> = {
  'us-japan': [
    'wh-2021-04-16-u-s-japan-joint-leaders-statement',
    'wh-2022-05-23-japan-u-s-joint-leaders-statement',
    'wh-2023-01-13-joint-statement-of-the-united-states-and-japan',
    'wh-2024-04-10-united-states-japan-joint-leaders-statement',
    'wh-2025-02-07-united-states-japan-joint-leaders-statement',
  ],
  quad: [
    'wh-2021-03-12-quad-leaders-joint-statement',
    'wh-2021-09-24-joint-statement-from-quad-leaders',
    'wh-2022-05-24-quad-joint-leaders-statement',
    'wh-2023-05-20-quad-leaders-joint-statement',
    'wh-2024-09-21-the-wilmington-declaration',
  ],
}

/**
 * Reads and analyzes the statements of a series; the meeting id is the meeting's date.
 * @param name a key of SERIES
 * @param dir the corpus folder
 */
export async function loadSeries(name: string, dir = CORPUS_DIR): Promise<LinkDocument[]> {
  return (await analyzeSeries(name, dir)).map((d) => d.doc)
}

/** loadSeries, with the normalized text of each document (for snapshots). */
async function analyzeSeries(name: string, dir = CORPUS_DIR): Promise<Array<{ doc: LinkDocument; value: string }>> {
  const prefixes = SERIES[name]
  if (!prefixes) throw new Error(`unknown series "${name}"; use one of ${Object.keys(SERIES).join(', ')}`)
  const files = readdirSync(dir)
  // Note: imported here so that --snapshot runs without the extraction stages.
  const { analyzeDocument } = await import('../src/commands/analyze-document.js')
  const out: Array<{ doc: LinkDocument; value: string }> = []
  for (const prefix of prefixes) {
    const file = files.find((f) => f.startsWith(prefix))
    if (!file) throw new Error(`no file starting ${prefix} in ${dir}`)
    const analyzed = await analyzeDocument(join(dir, file), { manifest: 'auto' })
    const date = analyzed.meeting.date ?? file.slice(3, 13)
    out.push({ doc: toLinkDocument({ meetingId: date, date, tree: analyzed.tree, items: analyzed.items }), value: analyzed.file.value })
  }
  return out
}

/** Links every meeting of the series to all later ones. */
export function linkSeries(docs: readonly LinkDocument[], threshold?: number): Array<{ meetingId: string; links: LinkSuggestion[] }> {
  const index = indexSeries(docs)
  return docs.slice(0, -1).map((doc, i) => ({
    meetingId: doc.meetingId,
    links: linkMeetings(doc, docs.slice(i + 1), { index, ...(threshold === undefined ? {} : { threshold }) }),
  }))
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      judge: { type: 'boolean', default: false },
      snapshot: { type: 'boolean', default: false },
      'save-snapshot': { type: 'boolean', default: false },
      item: { type: 'string' },
      threshold: { type: 'string' },
    },
  })
  const name = positionals[0] ?? ''
  if (!SERIES[name]) {
    console.error(
      `usage: npx tsx scripts/link-series.ts ${Object.keys(SERIES).join('|')} [--json] [--judge] [--snapshot] [--save-snapshot] [--item DATE:ID] [--threshold 0.3]`,
    )
    process.exit(2)
  }
  if (values['save-snapshot']) {
    writeFileSync(snapshotPath(name), toSnapshot(await analyzeSeries(name)))
    console.log(`wrote ${snapshotPath(name)}`)
    return
  }
  const docs = values.snapshot ? readSnapshot(name) : await loadSeries(name)
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold)
  linkSeries(docs, threshold) // warm-up: the first run compiles regexes and fills the stem cache
  const t0 = performance.now()
  const result = linkSeries(docs, threshold)
  const ms = performance.now() - t0
  if (values.json) {
    console.log(JSON.stringify(result, null, 2))
    return
  }
  if (values.judge) {
    printJudged(name, docs, result)
    return
  }
  const [onlyMeeting, onlyItem] = values.item ? values.item.split(':') : [undefined, undefined]
  for (const [i, { meetingId, links }] of result.entries()) {
    if (onlyMeeting && onlyMeeting !== meetingId) continue
    const doc = docs[i]!
    const laterIds = docs.slice(i + 1).map((d) => d.meetingId)
    console.log(`\n==================== ${meetingId} → ${laterIds.join(', ')}`)
    for (const item of doc.items.filter((it) => isTrackable(it.type))) {
      if (onlyItem && onlyItem !== item.id) continue
      console.log(`\n[${meetingId}:${item.id}] (${item.type}) ${item.text}`)
      for (const later of laterIds) {
        const mine = links.filter((l) => l.itemId === item.id && l.meetingId === later)
        if (mine.length === 0) console.log(`  ${later}  nothing found`)
        for (const l of mine) {
          const s = l.signals
          const why = `lex ${s.lexical} names ${s.names ?? '-'}${s.sharedNames.length ? ` [${s.sharedNames.join('; ')}]` : ''} ngram ${s.ngram}${s.sharedNgram ? ` "${s.sharedNgram}"` : ''}`
          console.log(
            `  ${later}  ${l.kind.padEnd(17)} ${l.score.toFixed(2)}  ¶${l.paragraph}${l.targetItemId ? ` →${l.targetItemId}` : ''}  ${l.rule}${l.cue ? ` "${l.cue}"` : ''}  (${why})`,
          )
          console.log(`      ${l.passage}`)
        }
      }
    }
  }
  const total = result.reduce((n, r) => n + r.links.length, 0)
  const items = docs.slice(0, -1).reduce((n, d) => n + d.items.filter((it) => isTrackable(it.type)).length, 0)
  console.log(`\n${name}: ${items} trackable items in ${docs.length - 1} earlier meetings, ${total} links; linking took ${ms.toFixed(0)} ms (after loading)`)
}

function printJudged(name: string, docs: LinkDocument[], result: ReturnType<typeof linkSeries>): void {
  const judged = JSON.parse(readFileSync(resolve(import.meta.dirname, `../test/link/fixtures/${name}-links.json`), 'utf8')) as JudgedSeries
  const { counts, lines } = judgeLinks(judged, docs, result)
  for (const l of lines) {
    if (l.verdict === 'none-right') continue
    const s = l.suggestion
    const head = `${l.verdict.padEnd(10)} ${l.item} → ${l.meetingId}`
    if (s) console.log(`${head}  ${s.kind} ${s.score.toFixed(2)} ¶${s.paragraph} [${s.rule}]  ${s.passage.slice(0, 160)}`)
    else console.log(`${head}  expected: ${(l.expected ?? []).map((e) => `¶${e.paragraph} "${e.contains}" (${e.kinds.join('/')})`).join(' | ')}`)
  }
  console.log(JSON.stringify(counts))
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
