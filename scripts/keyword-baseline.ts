// The line to beat: every sentence with a pledge word (will, would, shall, decided, committed …)
// as one commitment of all parties. Prints its scores on the gold sets beside ours.
// Run: npx tsx scripts/keyword-baseline.ts [GOLD_DIR ...]
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyzeDocument } from '../src/commands/analyze-document.js'
import { assertGoldDocument, scoreDocument, summarize, type DocumentScore, type PredictedItem } from '../src/eval/index.js'
import { paragraphRefs } from '../src/extract/paragraph-ref.js'
import { toDocumentJson } from '../src/parse/index.js'

const KEYWORDS = /\b(?:will|would|shall|decided|resolved|committed|commit|agreed|pledged|planned|determined|intend|directed|instructed|tasked)\b/i
const DOCS = ['../shared/examples', '../shared/corpus/wh-briefings-outcome-docs', '../shared/corpus/dutertetimes-ph-reposts']
const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['../shared/gold', 'test/gold', 'test/gold-heldout']

for (const dir of dirs) {
  const baseline: DocumentScore[] = []
  const ours: DocumentScore[] = []
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const gold = assertGoldDocument(JSON.parse(readFileSync(join(dir, f), 'utf8')), f)
    const path = DOCS.map((d) => join(d, gold.document)).find((p) => existsSync(p))!
    const doc = await analyzeDocument(path)
    const json = toDocumentJson(doc)
    const meeting = { ...json, paragraphs: json.paragraphs.length }
    const refOf = paragraphRefs(doc.tree.children.filter((b) => b.type === 'paragraph'))
    const items: PredictedItem[] = []
    for (const b of doc.tree.children) {
      if (b.type !== 'paragraph') continue
      for (const s of b.children) {
        if (KEYWORDS.test(s.value)) items.push({ type: 'commitment', paragraph: refOf(b), text: s.value, actors: doc.meeting.parties, deadline: null })
      }
    }
    baseline.push(scoreDocument(f, gold, items, meeting))
    ours.push(scoreDocument(f, gold, doc.items, meeting))
  }
  const f3 = (x: number): string => x.toFixed(3)
  for (const [name, s] of [
    ['keyword baseline', summarize(baseline)],
    ['Communiqué', summarize(ours)],
  ] as const) {
    console.log(
      `${dir.padEnd(20)} ${name.padEnd(17)} P ${f3(s.precision)} R ${f3(s.recall)} F1 ${f3(s.f1)}  actors ${f3(s.actorAcc)} deadline ${f3(s.deadlineAcc)}`,
    )
  }
}
