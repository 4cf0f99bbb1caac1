#!/usr/bin/env node
// Checks the judged link key (issue 12): node test/link-key/check-key.mjs [KEY.json ...]
// With no arguments it checks dev.json, heldout.json and fresh.json (the session-3 held-out key) next to this script.
// Every pledge, passage and alternative must be an exact substring of its document's text, both
// as the store normalizes it (dist/ parseStatement, after `npm run build`) and as the corpus .txt
// reads after collapsing whitespace runs to one space (HTML tags such as <sup>, Markdown
// emphasis asterisks and link targets dropped); a passage must not lie in a heading; kinds are valid, kind is null
// exactly when passage is null, ids are unique, `later` comes after `earlier` in its series, and
// no pledge is in both halves.
// Prints counts per split, series and kind; exits 1 with one line per problem.
import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '..', '..')
const KINDS = new Set(['reported-done', 'progress-reported', 'reaffirmed', 'mentioned', 'dropped'])
const FIELDS = ['id', 'series', 'earlier', 'pledge', 'later', 'passage', 'alternatives', 'kind', 'note']

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  console.log('Usage: node test/link-key/check-key.mjs [KEY.json ...]\nExample: node test/link-key/check-key.mjs test/link-key/dev.json')
  process.exit(0)
}
const keyFiles = args.length > 0 ? args.map((a) => resolve(a)) : ['dev.json', 'heldout.json', 'fresh.json'].map((f) => join(here, f)).filter((f) => existsSync(f))
if (keyFiles.length === 0) {
  console.error('check-key: no key file found; pass one, e.g. node test/link-key/check-key.mjs test/link-key/dev.json')
  process.exit(1)
}

let api = null
const distIndex = join(root, 'dist', 'index.js')
if (existsSync(distIndex)) api = await import(pathToFileURL(distIndex).href)
else console.log('check-key: dist/ not built, so quotes are checked against the corpus .txt only (run `npm run build` for the full check)')

const problems = []
const problem = (where, msg) => problems.push(`${where}: ${msg}`)
// Markdown escapes ("\[RE-TAP\]") and link targets are dropped ("[6G outlook](https://…)" reads "6G outlook"),
// as in the store's text.
const collapse = (s) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/\\([\\[\]()*_#.!-])/g, '$1')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')

const docCache = new Map()
async function documentText(path) {
  if (!docCache.has(path)) {
    const raw = collapse(readFileSync(path, 'utf8'))
    let normalized = null
    let headings = []
    if (api) {
      const file = await api.loadSource(path)
      const parsed = api.parseStatement(file)
      normalized = file.value
      headings = parsed.tree.children
        .filter((n) => n.type === 'heading')
        .map((n) => [n.position.start.offset, n.position.end.offset])
    }
    docCache.set(path, { raw, normalized, headings })
  }
  return docCache.get(path)
}

async function checkQuote(where, path, quote, isPassage) {
  if (typeof quote !== 'string' || quote.trim() === '') return problem(where, 'quote is empty or not a string')
  if (quote !== quote.trim() || /\s{2,}/.test(quote)) problem(where, `quote has stray whitespace: "${quote.slice(0, 60)}"`)
  const doc = await documentText(path)
  if (!doc.raw.includes(quote)) problem(where, `not found in ${basename(path)} (collapsed .txt): "${quote.slice(0, 80)}"`)
  if (doc.normalized !== null) {
    const at = doc.normalized.indexOf(quote)
    if (at < 0) problem(where, `not found in ${basename(path)} (normalized text): "${quote.slice(0, 80)}"`)
    else if (isPassage && doc.headings.some(([s, e]) => at < e && at + quote.length > s)) problem(where, 'passage lies in a heading')
  }
}

const seenIds = new Map()
const pledgeSplit = new Map()
const counts = []
for (const keyFile of keyFiles) {
  const split = basename(keyFile, '.json')
  let key
  try {
    key = JSON.parse(readFileSync(keyFile, 'utf8'))
  } catch (err) {
    problems.push(`${keyFile}: cannot read as JSON (${err.message})`)
    continue
  }
  if (typeof key.corpus !== 'string' || !Array.isArray(key.series) || !Array.isArray(key.pairs)) {
    problems.push(`${keyFile}: needs "corpus" (string), "series" and "pairs" (arrays)`)
    continue
  }
  const corpus = resolve(root, key.corpus)
  if (!existsSync(corpus)) {
    problems.push(`${keyFile}: corpus folder ${corpus} not found (it is resolved from the project root)`)
    continue
  }
  const series = new Map(key.series.map((s) => [s.name, s.documents]))
  for (const pair of key.pairs) {
    const where = `${split}:${pair.id ?? '(no id)'}`
    for (const f of FIELDS) if (!(f in pair)) problem(where, `missing field "${f}"`)
    if (seenIds.has(pair.id)) problem(where, `id also used in ${seenIds.get(pair.id)}`)
    seenIds.set(pair.id, split)
    const docs = series.get(pair.series)
    if (!docs) {
      problem(where, `series "${pair.series}" is not listed under "series"`)
      continue
    }
    const ei = docs.indexOf(pair.earlier)
    const li = docs.indexOf(pair.later)
    if (ei < 0 || li < 0) problem(where, 'earlier/later document not listed in its series')
    else if (li <= ei) problem(where, 'later document does not come after the earlier one')
    if (pair.passage === null ? pair.kind !== null : !KINDS.has(pair.kind)) problem(where, `kind "${pair.kind}" invalid for passage ${pair.passage === null ? 'null' : 'given'}`)
    if (!Array.isArray(pair.alternatives)) problem(where, 'alternatives must be an array')
    else if (pair.passage === null && pair.alternatives.length > 0) problem(where, 'alternatives given without a passage')
    if (typeof pair.note !== 'string' || pair.note.trim() === '') problem(where, 'note is empty')
    const earlierPath = join(corpus, String(pair.earlier))
    const laterPath = join(corpus, String(pair.later))
    if (!existsSync(earlierPath) || !existsSync(laterPath)) {
      problem(where, 'earlier or later file not found in the corpus')
      continue
    }
    await checkQuote(`${where} pledge`, earlierPath, pair.pledge, false)
    if (pair.passage !== null) await checkQuote(`${where} passage`, laterPath, pair.passage, true)
    for (const [i, alt] of (pair.alternatives ?? []).entries()) await checkQuote(`${where} alternative ${i + 1}`, laterPath, alt, true)
    const pledgeKey = `${pair.earlier}\u0000${pair.pledge}`
    const other = pledgeSplit.get(pledgeKey)
    if (other && other !== split) problem(where, `the same pledge is also in ${other}`)
    pledgeSplit.set(pledgeKey, split)
    counts.push({ split, series: pair.series, kind: pair.kind ?? 'null', pledge: pledgeKey })
  }
}

const table = (rows, by) => {
  const m = new Map()
  for (const r of rows) m.set(by(r), (m.get(by(r)) ?? 0) + 1)
  return [...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k} ${v}`).join(', ')
}
for (const split of [...new Set(counts.map((c) => c.split))]) {
  const rows = counts.filter((c) => c.split === split)
  console.log(`${split}: ${rows.length} pairs, ${new Set(rows.map((r) => r.pledge)).size} pledges; by series: ${table(rows, (r) => r.series)}`)
  console.log(`  by kind: ${table(rows, (r) => r.kind)}`)
  for (const s of [...new Set(rows.map((r) => r.series))]) console.log(`  ${s}: ${table(rows.filter((r) => r.series === s), (r) => r.kind)}`)
}
if (problems.length > 0) {
  for (const p of problems) console.error(p)
  console.error(`check-key: ${problems.length} problem(s)`)
  process.exit(1)
}
console.log(`check-key: ${counts.length} pairs OK`)
