// Prints our commitment counts for four G7/G20 summits next to the counts the G7/G20 Research
// Group published (../shared/corpus/reference/g7-g20-commitment-counts.tsv).
// Run: npx tsx scripts/g7-g20-counts.ts [--markdown]
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { analyzeDocument } from '../src/commands/analyze-document.js'

const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))
const WH = `${CORPUS}wh-briefings-outcome-docs/`

/** The summits we compare: our documents and the row of the reference table. */
const SUMMITS = [
  { forum: 'G7', year: '2021', name: 'Carbis Bay (Cornwall)', files: ['wh-2021-06-13-carbis-bay-g7-summit-communique.txt'] },
  { forum: 'G20', year: '2022', name: 'Bali', files: ['wh-2022-11-16-g20-bali-leaders-declaration.txt'] },
  {
    forum: 'G7',
    year: '2023',
    name: 'Hiroshima',
    files: [
      'wh-2023-05-20-g7-hiroshima-leaders-communique.txt',
      'wh-2023-05-19-g7-leaders-hiroshima-vision-on-nuclear-disarmament.txt',
      'wh-2023-05-19-g7-leaders-statement-on-ukraine.txt',
      'wh-2023-05-20-g7-leaders-statement-on-economic-resilience-and-economic-security.txt',
      'wh-2023-05-20-hiroshima-action-statement-for-resilient-global-food-security.txt',
      'wh-2023-05-20-g7-clean-energy-economy-action-plan.txt',
    ],
  },
  { forum: 'G7', year: '2024', name: 'Apulia', files: ['wh-2024-06-14-g7-leaders-statement-8.txt'] },
]

const reference = readFileSync(`${CORPUS}reference/g7-g20-commitment-counts.tsv`, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t'))
const rows: string[][] = []
for (const s of SUMMITS) {
  const ref = reference.find((r) => r[0] === s.forum && r[1] === s.year)
  let commitments = 0,
    directives = 0,
    weak = 0
  const perFile: string[] = []
  for (const f of s.files) {
    const doc = await analyzeDocument(WH + f)
    const c = doc.items.filter((i) => i.type === 'commitment').length
    const d = doc.items.filter((i) => i.type === 'directive').length
    commitments += c
    directives += d
    weak += doc.items.filter((i) => (i.type === 'commitment' || i.type === 'directive') && i.strength === 'weak').length
    perFile.push(`${f.replace(/^wh-|\.txt$/g, '')}: ${c + d}`)
  }
  rows.push([`${s.forum} ${s.name} ${s.year}`, String(s.files.length), String(commitments + directives), String(weak), ref?.[3] ?? '', ref?.[5] ?? ''])
  if (!process.argv.includes('--markdown')) console.log(`${s.forum} ${s.name} ${s.year}\n  ${perFile.join('\n  ')}`)
}
const header = ['summit', 'our documents', 'our commitments + directives', 'of them weak', 'G7/G20 Research Group count', 'what their count covers']
if (process.argv.includes('--markdown')) {
  console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`)
  for (const r of rows) console.log(`| ${r.map((c) => c.replace(/\|/g, '/')).join(' | ')} |`)
} else {
  for (const r of rows) console.log(`${r[0]!.padEnd(28)} ours ${r[2]!.padStart(4)} (${r[1]} docs, ${r[3]} weak)  theirs ${r[4]!.padStart(4)}`)
}
