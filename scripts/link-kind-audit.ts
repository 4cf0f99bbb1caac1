// The kind our rules give the key's own passage (docs/linking.md, "Session 12"): for every pair of
// the keys whose pledge maps to an item and that has a key passage, explainLink on the linker's
// passage holding the key's passage, for each action of the pledge, against the key's kind. No
// ranking, no threshold: it measures the kind rules alone.
// Usage: npx tsx scripts/link-kind-audit.ts --gold KEY.json [--gold …] [--list] [--json FILE]
//   --list prints every wrong pair (key kind ← ours, rule, cue, the passage).
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { loadKeys } from '../src/commands/link-eval.js'
import { explainLink, NEXT_MEETING_PLEDGE, sentenceOf } from '../src/track/link/index.js'

interface Row {
  id: string
  keyKind: string
  ours: string
  rule: string
  cue: string | null
  unit: string
  action: string
  parties?: readonly string[]
  passage: string
  alternatives: Array<{ kind: string; rule: string; text: string }>
  note?: string
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { gold: { type: 'string', multiple: true }, list: { type: 'boolean', default: false }, json: { type: 'string' } } })
  if (!values.gold?.length) throw new Error('usage: npx tsx scripts/link-kind-audit.ts --gold KEY.json [--gold …] [--list] [--json FILE]')
  const loaded = await loadKeys(values.gold)
  const rows: Row[] = []
  for (const l of loaded.located) {
    if (l.gold.length === 0 || l.units.length === 0 || !l.pair.kind) continue
    const earlier = loaded.docs.get(l.pair.earlier)!
    const later = loaded.docs.get(l.pair.later)!
    const main = l.gold[0]!
    const passage = later.passages.find((p) => p.start < main.end && main.start < p.end)
    if (!passage) continue
    const units = l.units.filter((u) => !NEXT_MEETING_PLEDGE.test(u.text))
    if (units.length === 0) continue
    // Note: the pledge's first action (the one the quote starts in), as the linker's query reads it.
    const unit = units.find((u) => u.start <= l.pledge.start + 5) ?? units[0]!
    const single = unit.id === unit.item.id
    const text = single ? (sentenceOf(earlier, unit.item.start, unit.item.end) ?? unit.text) : unit.text
    const pledge = { text, action: unit.action || unit.text }
    const why = explainLink(pledge, passage, earlier.parties)
    const alternatives = l.gold.slice(1).flatMap((g) => {
      const p = later.passages.find((x) => x.start < g.end && g.start < x.end)
      if (!p || p === passage) return []
      const w = explainLink(pledge, p, earlier.parties)
      return [{ kind: w.kind, rule: w.rule, text: p.text }]
    })
    rows.push({
      id: l.pair.id,
      keyKind: l.pair.kind,
      ours: why.kind,
      rule: why.rule,
      cue: why.cue,
      unit: text,
      action: pledge.action,
      parties: earlier.parties,
      passage: passage.text,
      alternatives,
      note: l.pair.note,
    })
  }
  const right = rows.filter((r) => r.keyKind === r.ours).length
  console.log(`kind of the key's passage: ${right} of ${rows.length} right`)
  const files = values.gold.map((f) => ({ f, ids: new Set((JSON.parse(readFileSync(f, 'utf8')) as { pairs: Array<{ id: string }> }).pairs.map((p) => p.id)) }))
  for (const { f, ids } of files) {
    const mine = rows.filter((r) => ids.has(r.id))
    console.log(`  ${f}: ${mine.filter((r) => r.keyKind === r.ours).length} of ${mine.length}`)
  }
  const confusion = new Map<string, number>()
  for (const r of rows) if (r.keyKind !== r.ours) confusion.set(`${r.keyKind} ← ${r.ours}`, (confusion.get(`${r.keyKind} ← ${r.ours}`) ?? 0) + 1)
  console.log(
    [...confusion]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join('; '),
  )
  if (values.list)
    for (const r of rows.filter((x) => x.keyKind !== x.ours)) {
      console.log(`\n${r.id}: key ${r.keyKind} ← ours ${r.ours} (${r.rule}${r.cue ? `, "${r.cue}"` : ''})`)
      console.log(`  pledge: ${r.unit}`)
      console.log(`  passage: ${r.passage}`)
      for (const a of r.alternatives) console.log(`  alt [${a.kind}, ${a.rule}]: ${a.text.slice(0, 220)}`)
      if (r.note) console.log(`  note: ${r.note}`)
    }
  if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 1))
}

main().catch((e: unknown) => {
  console.error((e as Error).message)
  process.exitCode = 1
})
