#!/usr/bin/env node
// How far two readers of the same key agree (issue 12): node test/link-key/agreement.mjs KEY.json SECOND.json
// SECOND holds { pairs: [{ id, passage, alternatives, kind }] } judged blind to KEY. KEY is scored as
// the reference, with the measures of `communique link eval`: detection P/R/F1, right passage (the
// second reader's passage is KEY's passage or one of its alternatives) over the second reader's
// linked pairs, right kind, and fully right over KEY's pairs with a passage. This is the ceiling a
// linker can be asked to reach under these measures.
import { readFileSync } from 'node:fs'

const [keyFile, secondFile] = process.argv.slice(2)
if (!keyFile || !secondFile) {
  console.error('Usage: node test/link-key/agreement.mjs KEY.json SECOND.json\nExample: node test/link-key/agreement.mjs test/link-key/fresh.json test/link-key/fresh-reader2.json')
  process.exit(2)
}
const key = new Map(JSON.parse(readFileSync(keyFile, 'utf8')).pairs.map((p) => [p.id, p]))
const second = new Map(JSON.parse(readFileSync(secondFile, 'utf8')).pairs.map((p) => [p.id, p]))
const norm = (s) => s.replace(/\s+/g, ' ').trim().toLowerCase()
const overlaps = (a, b) => norm(a).includes(norm(b)) || norm(b).includes(norm(a))

let real = 0, linked = 0, both = 0, rightPassage = 0, rightKind = 0, samePassage = 0, missing = 0
for (const [id, k] of key) {
  const s = second.get(id)
  if (!s) {
    missing++
    continue
  }
  if (k.passage !== null) real++
  if (s.passage !== null) linked++
  if (k.passage === null || s.passage === null) continue
  both++
  if (overlaps(s.passage, k.passage)) samePassage++
  if ([k.passage, ...(k.alternatives ?? [])].some((q) => overlaps(s.passage, q))) {
    rightPassage++
    if (s.kind === k.kind) rightKind++
  }
}
const f = (x) => x.toFixed(2)
const p = linked ? both / linked : 0
const r = real ? both / real : 0
console.log(`${key.size} pairs in the key, ${second.size} judged again${missing ? `, ${missing} not judged again` : ''}`)
console.log(`  detection      P ${f(p)}  R ${f(r)}  F1 ${f(p + r ? (2 * p * r) / (p + r) : 0)}   (${both} pairs linked by both; key ${real}, second reader ${linked})`)
console.log(`  right passage  ${f(linked ? rightPassage / linked : 0)}   (${rightPassage} of ${linked}; the same main passage in ${samePassage} of ${both})`)
console.log(`  right kind     ${f(rightPassage ? rightKind / rightPassage : 0)}   (${rightKind} of ${rightPassage})`)
console.log(`  fully right    ${f(real ? rightKind / real : 0)}   (${rightKind} of ${real})`)
