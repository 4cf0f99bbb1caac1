// Fits the link re-ranker (a plain logistic regression over the features of
// src/track/link/candidates.ts) on a judged key, by cross-validation, and writes the weights to
// src/track/link/data/reranker.json. The figures it prints for the folds are the dev figures of
// docs/linking.md: each fold is scored by a model (and threshold) fit without it.
// Usage: npx tsx scripts/fit-link-reranker.ts --gold test/link-key/dev.json --gold test/link-key/heldout.json [--folds 5 | --by-file] [--dry-run]
// AUC=1 also prints how well the best score separates the pairs with a passage from those without.
// It prints the candidate ceiling and the ranking-only count (the key's passage ranked first, no threshold).
// --errors FILE writes every pair as its fold's model sees it (class, rank of the key's passage, the top candidates).
// DROP=f1,f2 leaves features out (their column 0); DUMP=FILE writes the examples with their folds and stops
// (each with its meeting pair, action and passage index); RIVALS=FILE writes the candidates of every trackable
// action of each (earlier, later) meeting pair of the key and stops (for offline experiments across pledges).
// (several --gold files are fitted as one key; the folds group every pair of one pledge together).
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { linkKey, loadKeys, type LoadedKey } from '../src/commands/link-eval.js'
import {
  contextQueries,
  FEATURE_NAMES,
  findCandidates,
  meetingContext,
  NEXT_MEETING_PLEDGE,
  scoreKey,
  sentenceOf,
  summarize,
  toActionQuery,
  type KeyScores,
  type MeetingContext,
  type PairVerdict,
  type Reranker,
} from '../src/track/link/index.js'
import type { LinkSuggestion } from '../src/track/link/index.js'

/** Lowest slope of the detection step (see fit). */
const MIN_SLOPE = 0.2
/** How much more a suggestion where the key has none costs than a false positive (× real/none); see chooseThreshold. */
const PRECISION_WEIGHT = Number(process.env.PRECISION_WEIGHT ?? 1)
const NONE_WEIGHT = Number(process.env.NONE_WEIGHT ?? 1)
const OUT = resolve(import.meta.dirname, '../src/track/link/data/reranker.json')
// Note: a second passage per action and meeting only when nearly as strong (and distinct, see linkMeetings).
const SECOND_RATIOS = [1, 0.97]
const THRESHOLDS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]

/** Features left out of an experiment (their column is 0, so their weight stays 0): DROP=hub,head. */
const DROPPED = new Set((process.env.DROP ?? '').split(',').filter(Boolean))

interface Example {
  ctx?: string
  unit?: string
  passage?: number
  pair: string
  group: string
  real: boolean
  x: number[]
  y: number
}

/** One example per (action, candidate passage) of each pair: 1 when the passage is the key's. */
function examples(loaded: LoadedKey): Example[] {
  const out: Example[] = []
  const contexts = new Map<string, MeetingContext>()
  for (const l of loaded.located) {
    const later = loaded.docs.get(l.pair.later)!
    const earlier = loaded.docs.get(l.pair.earlier)!
    const index = loaded.indexes.get(l.pair.series)!
    for (const unit of l.units) {
      if (NEXT_MEETING_PLEDGE.test(unit.text)) continue
      // Note: the same query as linkMeetings builds.
      const sentence = sentenceOf(earlier, unit.item.start, unit.item.end)
      const q = toActionQuery(unit, index, sentence, sentence)
      const key = `${l.pair.earlier}\u0000${l.pair.later}`
      let context = contexts.get(key)
      if (!context) contexts.set(key, (context = meetingContext(contextQueries(earlier, index), later, index, earlier.date, earlier.parties)))
      for (const c of findCandidates(q, later, index, context).filter((x) => x.evidence && !x.signals.stockOnly)) {
        const p = later.passages[c.index]!
        const y = l.gold.some((g) => p.start < g.end && g.start < p.end) ? 1 : 0
        out.push({
          ctx: key,
          unit: unit.id,
          passage: c.index,
          pair: l.pair.id,
          group: `${l.pair.id}\u0000${unit.id}`,
          real: l.gold.length > 0,
          x: c.features.map((v, i) => (DROPPED.has(FEATURE_NAMES[i]!) ? 0 : v)),
          y,
        })
      }
    }
  }
  return out
}

/**
 * Two plain steps. (1) Which passage of a meeting: a conditional logit over each (action, meeting)
 * group's candidates (softmax of w·x; the key's passages share the target), by gradient descent
 * with a small L2 penalty. (2) Whether to link at all: a one-variable logistic regression of "the
 * key has a passage" on the best candidate's w·x, whose slope and intercept scale w and give the bias.
 */
function fit(
  data: readonly Example[],
  l2 = Number(process.env.L2 ?? 0.01),
  steps = Number(process.env.STEPS ?? 1500),
  rate = Number(process.env.RATE ?? 0.5),
): { weights: number[]; bias: number } {
  const n = FEATURE_NAMES.length
  const groups = new Map<string, Example[]>()
  for (const e of data) groups.set(e.group, [...(groups.get(e.group) ?? []), e])
  const ranked = [...groups.values()].filter((g) => g.some((e) => e.y === 1))
  const w = new Array<number>(n).fill(0)
  const dot = (x: readonly number[]): number => x.reduce((s, v, i) => s + v * w[i]!, 0)
  for (let step = 0; step < steps && ranked.length > 0; step++) {
    const grad = new Array<number>(n).fill(0)
    for (const g of ranked) {
      const z = g.map((e) => dot(e.x))
      const m = Math.max(...z)
      const ex = z.map((v) => Math.exp(v - m))
      const sum = ex.reduce((a, b) => a + b, 0)
      const gold = g.filter((e) => e.y === 1).length
      g.forEach((e, k) => {
        const d = ex[k]! / sum - (e.y === 1 ? 1 / gold : 0)
        for (let i = 0; i < n; i++) grad[i]! += d * e.x[i]!
      })
    }
    for (let i = 0; i < n; i++) w[i] = w[i]! - rate * (grad[i]! / ranked.length + l2 * w[i]!)
  }
  // Detection: per group, the best candidate's w·x against "the key has a passage for this pair",
  // each class weighted by the other's share (few pairs have no passage: they count as much as the rest).
  const tops = [...groups.values()].map((g) => ({ s: Math.max(...g.map((e) => dot(e.x))), y: g[0]!.real ? 1 : 0 }))
  const positives = tops.filter((t) => t.y === 1).length
  const negatives = tops.length - positives
  const weightOf = (y: number): number => (positives === 0 || negatives === 0 ? 1 : tops.length / (2 * (y === 1 ? positives : negatives)))
  let a = 1
  let b = 0
  for (let step = 0; step < 3000; step++) {
    let ga = 0
    let gb = 0
    for (const t of tops) {
      const err = (1 / (1 + Math.exp(-(a * t.s + b))) - t.y) * weightOf(t.y)
      ga += err * t.s
      gb += err
    }
    a -= 0.5 * (ga / Math.max(1, tops.length) + 0.001 * a)
    b -= 0.5 * (gb / Math.max(1, tops.length))
    // Note: the slope scales the ranking weights; it must stay positive or the ranking turns over.
    a = Math.max(a, MIN_SLOPE)
  }
  if (process.env.DEBUG_FIT) console.error(`detection slope ${a.toFixed(3)} intercept ${b.toFixed(3)} (${positives} with a passage, ${negatives} without)`)
  return { weights: w.map((v) => round(v * a)), bias: round(b) }
}

/** Logistic regression over single candidates (kept for comparison: --objective pointwise). */
export function fitPointwise(data: readonly Example[], l2 = 0.01, steps = 3000, rate = 0.5): { weights: number[]; bias: number } {
  const n = FEATURE_NAMES.length
  const w = new Array<number>(n).fill(0)
  let b = 0
  if (data.length === 0) return { weights: w, bias: -5 }
  for (let step = 0; step < steps; step++) {
    const gw = new Array<number>(n).fill(0)
    let gb = 0
    for (const e of data) {
      let z = b
      for (let i = 0; i < n; i++) z += w[i]! * e.x[i]!
      const err = 1 / (1 + Math.exp(-z)) - e.y
      for (let i = 0; i < n; i++) gw[i]! += err * e.x[i]!
      gb += err
    }
    for (let i = 0; i < n; i++) w[i] = w[i]! - rate * (gw[i]! / data.length + l2 * w[i]!)
    b -= rate * (gb / data.length)
  }
  return { weights: w.map(round), bias: round(b) }
}

/**
 * The threshold and second-passage ratio that do best on these pairs: detection F1 with the pairs
 * without a passage weighted up to count as much as the others (a suggestion where the key has none
 * costs real/none times one false positive), plus the share of suggestions on a right passage (a
 * reviewer's precision), plus fully right; the highest threshold and strictest ratio on ties.
 */
function chooseThreshold(
  loaded: LoadedKey,
  model: Omit<Reranker, 'threshold' | 'secondRatio'>,
  pairs: ReadonlySet<string>,
): { threshold: number; secondRatio: number } {
  let best = { threshold: 0.5, secondRatio: 1, value: -1 }
  for (const secondRatio of SECOND_RATIOS) {
    // Note: the suggestions at a higher threshold are those at the lowest with a score at least as high
    // (the ranked list is cut from the end, and a second passage needs ratio × the best): link once.
    const links = linkKey(loaded, { reranker: { ...model, threshold: THRESHOLDS[0]!, secondRatio } }, pairs)
    for (const threshold of [...THRESHOLDS].reverse()) {
      const kept = new Map([...links].map(([k, list]) => [k, list.filter((x) => x.score >= threshold)]))
      const { verdicts, suggestions, rightSuggestions } = score(loaded, { ...model, threshold, secondRatio }, pairs, kept)
      const s = summarize(verdicts)
      const none = verdicts.filter((v) => !v.real).length
      const fp = verdicts.filter((v) => v.detected && !v.real).length * (none > 0 ? NONE_WEIGHT * Math.max(1, s.real / none) : 1)
      const p = s.truePositives + fp > 0 ? s.truePositives / (s.truePositives + fp) : 0
      const f1 = p + s.recall > 0 ? (2 * p * s.recall) / (p + s.recall) : 0
      // The reviewer's view: every suggestion off the key's passage is a false positive.
      const sp = suggestions > 0 ? rightSuggestions / suggestions : 0
      const sr = s.real > 0 ? s.rightPassage / s.real : 0
      const passageF1 = sp + sr > 0 ? (2 * sp * sr) / (sp + sr) : 0
      const value = f1 + PRECISION_WEIGHT * passageF1 + s.fullyRightShare
      if (value > best.value + 1e-9) best = { threshold, secondRatio, value }
    }
  }
  return best
}

function score(
  loaded: LoadedKey,
  reranker: Reranker,
  pairs: ReadonlySet<string>,
  linked?: Map<string, LinkSuggestion[]>,
): { scores: KeyScores; verdicts: PairVerdict[]; suggestions: number; rightSuggestions: number } {
  const links = linked ?? linkKey(loaded, { reranker }, pairs)
  const located = loaded.located.filter((l) => pairs.has(l.pair.id))
  let suggestions = 0
  let rightSuggestions = 0
  for (const l of located) {
    const units = new Set(l.units.map((u) => u.id))
    for (const s of links.get(l.pair.earlier) ?? []) {
      if (s.meetingId !== l.pair.later || !units.has(s.action.id)) continue
      suggestions++
      if (l.gold.some((g) => s.start < g.end && g.start < s.end)) rightSuggestions++
    }
  }
  return { ...scoreKey(located, (e) => links.get(e) ?? []), suggestions, rightSuggestions }
}

/** Folds by pledge (every pair of one pledge in one fold), assigned round-robin in key order. */
function folds(loaded: LoadedKey, k: number): Array<Set<string>> {
  const byPledge = new Map<string, string[]>()
  for (const l of loaded.located) {
    const key = `${l.pair.earlier}\u0000${l.pair.pledge}`
    byPledge.set(key, [...(byPledge.get(key) ?? []), l.pair.id])
  }
  const out = Array.from({ length: k }, () => new Set<string>())
  ;[...byPledge.values()].forEach((ids, i) => {
    for (const id of ids) out[i % k]!.add(id)
  })
  return out
}

/** The pair ids of one key file. */
function fileIds(file: string): Set<string> {
  return new Set((JSON.parse(readFileSync(file, 'utf8')) as { pairs: Array<{ id: string }> }).pairs.map((p) => p.id))
}

function fmt(s: KeyScores): string {
  const p = (x: number): string => x.toFixed(2)
  return `pairs ${s.pairs} (${s.real} with a passage); detection P ${p(s.precision)} R ${p(s.recall)} F1 ${p(s.f1)}; right passage ${s.rightPassage}/${s.detected} = ${p(s.rightPassageShare)}; right kind ${s.rightKind}/${s.rightPassage} = ${p(s.rightKindShare)}; fully right ${s.fullyRight}/${s.real} = ${p(s.fullyRightShare)}`
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      gold: { type: 'string', multiple: true },
      folds: { type: 'string', default: '5' },
      'by-file': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      errors: { type: 'string' },
    },
  })
  if (!values.gold?.length)
    throw new Error('usage: npx tsx scripts/fit-link-reranker.ts --gold KEY.json [--gold KEY2.json …] [--folds 5 | --by-file] [--dry-run]')
  const loaded = await loadKeys(values.gold)
  const all = examples(loaded)
  // The candidate ceiling: pairs with a key passage that is among the candidates of one of the pledge's actions.
  const reached = new Set(all.filter((e) => e.y === 1).map((e) => e.pair))
  const withPassage = loaded.located.filter((l) => l.gold.length > 0)
  console.log(`candidate ceiling: ${reached.size} of ${withPassage.length} pairs with a passage`)
  if (values.gold.length > 1)
    for (const file of values.gold) {
      const ids = fileIds(file)
      console.log(`  of which ${file}: ${[...reached].filter((id) => ids.has(id)).length} of ${withPassage.filter((l) => ids.has(l.pair.id)).length}`)
    }
  const k = Number(values.folds)
  if (process.env.RIVALS) {
    const rows: Array<{ ctx: string; unit: string; passage: number; x: number[] }> = []
    const seen = new Set<string>()
    for (const l of loaded.located) {
      const key = `${l.pair.earlier}\u0000${l.pair.later}`
      if (seen.has(key)) continue
      seen.add(key)
      const later = loaded.docs.get(l.pair.later)!
      const earlier = loaded.docs.get(l.pair.earlier)!
      const index = loaded.indexes.get(l.pair.series)!
      const qs = contextQueries(earlier, index)
      const context = meetingContext(qs, later, index, earlier.date, earlier.parties)
      for (const q of qs)
        for (const c of findCandidates(q, later, index, context).filter((x) => x.evidence && !x.signals.stockOnly))
          rows.push({ ctx: key, unit: q.unit.id, passage: c.index, x: c.features })
    }
    writeFileSync(process.env.RIVALS, JSON.stringify(rows))
    return
  }
  if (process.env.DUMP) {
    const fs5 = folds(loaded, k)
    const files = values.gold.map((f) => fileIds(f))
    writeFileSync(
      process.env.DUMP,
      JSON.stringify({
        features: FEATURE_NAMES,
        examples: all.map((e) => ({ ...e, fold: fs5.findIndex((s) => s.has(e.pair)), file: files.findIndex((s) => s.has(e.pair)) })),
      }),
    )
    return
  }
  const base = { features: [...FEATURE_NAMES] }
  const pooled: PairVerdict[] = []
  const detectPoints: Array<{ s: number; real: boolean }> = []
  const chosen: Array<{ threshold: number; secondRatio: number }> = []
  const rankedFirst = new Set<string>()
  const errorRows: ErrorRow[] = []
  // Note: --by-file makes one fold per key file (leave one key out: a key of other series is the held-out case).
  const foldSets = values['by-file'] ? values.gold.map((f) => fileIds(f)) : folds(loaded, k)
  for (const [i, test] of foldSets.entries()) {
    const train = new Set(loaded.located.map((l) => l.pair.id).filter((id) => !test.has(id)))
    const model = { ...base, ...fit(all.filter((e) => train.has(e.pair))) }
    const chosenHere = chooseThreshold(loaded, model, train)
    chosen.push(chosenHere)
    const r = score(loaded, { ...model, ...chosenHere }, test)
    if (values.errors) errorRows.push(...explainPairs(loaded, model.weights, test, r.verdicts))
    if (process.env.AUC) {
      // Diagnostic: the best score of each test pair at threshold 0 (pairs whose pledge maps to an item).
      const links = linkKey(loaded, { reranker: { ...model, threshold: 0, secondRatio: 1 } }, test)
      for (const l of loaded.located) {
        if (!test.has(l.pair.id) || l.units.length === 0) continue
        const units = new Set(l.units.map((u) => u.id))
        const best = Math.max(0, ...(links.get(l.pair.earlier) ?? []).filter((x) => x.meetingId === l.pair.later && units.has(x.action.id)).map((x) => x.score))
        detectPoints.push({ s: best, real: l.gold.length > 0 })
      }
    }
    pooled.push(...r.verdicts)
    // Note: the ranking alone (session 9): for each test pair with a key passage, is the best candidate of
    // all its actions by the fold's model the key's? No threshold, no second passage: the end-to-end
    // figures move with the thresholds the folds choose (a feature of pure noise moved fully right by −2 … +6).
    const best = new Map<string, { z: number; y: number }>()
    for (const e of all) {
      if (!test.has(e.pair) || !e.real) continue
      const z = e.x.reduce((t, v, j) => t + v * model.weights[j]!, 0)
      const b = best.get(e.pair)
      if (!b || z > b.z) best.set(e.pair, { z, y: e.y })
    }
    for (const [id, b] of best) if (b.y === 1) rankedFirst.add(id)
    console.log(`fold ${i + 1}: threshold ${chosenHere.threshold}, second ratio ${chosenHere.secondRatio}; ${fmt(r.scores)}`)
  }
  const cv = summarize(pooled)
  if (process.env.AUC) {
    // How well the best score separates the pairs with a passage from those without (the detection step alone).
    const pos = detectPoints.filter((d) => d.real)
    const neg = detectPoints.filter((d) => !d.real)
    let wins = 0
    for (const a of pos) for (const b of neg) wins += a.s > b.s ? 1 : a.s === b.s ? 0.5 : 0
    const sorted = [...detectPoints].sort((a, b) => b.s - a.s)
    const at = (recall: number): string => {
      let tp = 0
      let fp = 0
      for (const d of sorted) {
        if (d.real) tp++
        else fp++
        if (tp >= recall * pos.length) return `P ${(tp / (tp + fp)).toFixed(3)} (${fp} of ${neg.length} nulls)`
      }
      return '-'
    }
    console.log(
      `detection AUC ${(wins / Math.max(1, pos.length * neg.length)).toFixed(3)} over ${pos.length} mapped pairs with a passage and ${neg.length} without; ` +
        `at R 0.85 ${at(0.85)}, at R 0.90 ${at(0.9)}, at R 0.95 ${at(0.95)}`,
    )
  }
  if (process.env.DEBUG_FIT)
    console.error(
      'RIGHT',
      pooled
        .filter((v) => v.rightPassage)
        .map((v) => v.id)
        .sort()
        .join(' '),
    )
  console.log(
    `ranking only (the best candidate of each pair with a key passage, no threshold): ${rankedFirst.size} of ${reached.size} reached` +
      (values.gold.length > 1 ? ` (${values.gold.map((f) => [...rankedFirst].filter((id) => fileIds(f).has(id)).length).join(' / ')})` : ''),
  )
  console.log(`cross-validated (${values['by-file'] ? `${foldSets.length} folds, one per key file` : `${k} folds by pledge`}): ${fmt(cv)}`)
  // Note: the pooled verdicts of each key file on its own (the folds are still over all pairs together).
  if (values.gold.length > 1) {
    for (const file of values.gold) {
      const ids = fileIds(file)
      console.log(`  of which ${file}: ${fmt(summarize(pooled.filter((v) => ids.has(v.id))))}`)
    }
  }
  if (values.errors) {
    writeFileSync(values.errors, JSON.stringify(errorRows, null, 1))
    const count = new Map<string, number>()
    for (const e of errorRows) count.set(e.class, (count.get(e.class) ?? 0) + 1)
    console.log(`error classes (${values.errors}): ${[...count].map(([c, n]) => `${c} ${n}`).join(', ')}`)
  }
  const everything = new Set(loaded.located.map((l) => l.pair.id))
  const model = { ...base, ...fit(all) }
  const { threshold, secondRatio } = chooseThreshold(loaded, model, everything)
  console.log(
    `final fit on all ${everything.size} pairs (${all.length} candidates, ${all.filter((e) => e.y === 1).length} right): threshold ${threshold}, second ratio ${secondRatio}`,
  )
  console.log(FEATURE_NAMES.map((n, i) => `${n} ${model.weights[i]}`).join(', '), `bias ${model.bias}`)
  if (values['dry-run']) return
  const out = {
    about:
      'Weights of the link re-ranker (logistic regression over the features of candidates.ts), written by scripts/fit-link-reranker.ts; do not edit by hand.',
    features: model.features,
    weights: model.weights,
    bias: model.bias,
    threshold,
    secondRatio,
    fit: {
      key: values.gold.map((g) => g.replace(/^.*?(test\/)/, '$1')).join(' + '),
      pairs: everything.size,
      candidates: all.length,
      folds: k,
      perFold: chosen,
      crossValidated: {
        precision: round(cv.precision),
        recall: round(cv.recall),
        f1: round(cv.f1),
        rightPassage: round(cv.rightPassageShare),
        rightKind: round(cv.rightKindShare),
        fullyRight: round(cv.fullyRightShare),
      },
    },
  }
  writeFileSync(OUT, `${JSON.stringify(out, null, 1)}\n`)
  console.log(`wrote ${OUT}`)
}

/** One pair of the key as the fold's model sees it (--errors FILE): for reading errors by hand. */
interface ErrorRow {
  id: string
  /** first-right | first-kind-wrong | first-not-shown | ranked-lower | not-candidate | unmapped | null */
  class: string
  pledge: string
  units: string[]
  keyPassage: string | null
  keyKind: string | null
  note: string | undefined
  /** Rank of the key's passage among the candidates of all the pledge's actions (-1: not among them). */
  rankOfKey: number
  candidates: number
  /** For a key passage not among the candidates: its place when every passage is a candidate, and why it was out. */
  outside: { rank: number; evidence: boolean; stockOnly: boolean } | null
  top: Array<{ unit: string; z: number; gold: boolean; kind: string; rule: string; text: string }>
  verdict: PairVerdict | null
}

/** The rows of --errors for the test pairs of one fold (the fold's model ranks every candidate of every action). */
function explainPairs(loaded: LoadedKey, weights: readonly number[], test: ReadonlySet<string>, verdicts: readonly PairVerdict[]): ErrorRow[] {
  const byId = new Map(verdicts.map((v) => [v.id, v]))
  const out: ErrorRow[] = []
  for (const l of loaded.located) {
    if (!test.has(l.pair.id)) continue
    const later = loaded.docs.get(l.pair.later)!
    const earlier = loaded.docs.get(l.pair.earlier)!
    const index = loaded.indexes.get(l.pair.series)!
    const context = meetingContext(contextQueries(earlier, index), later, index, earlier.date, earlier.parties)
    const isGold = (i: number): boolean => l.gold.some((g) => later.passages[i]!.start < g.end && g.start < later.passages[i]!.end)
    const ranked: ErrorRow['top'] = []
    let outside: ErrorRow['outside'] = null
    for (const unit of l.units) {
      if (NEXT_MEETING_PLEDGE.test(unit.text)) continue
      const sentence = sentenceOf(earlier, unit.item.start, unit.item.end)
      const q = toActionQuery(unit, index, sentence, sentence)
      for (const c of findCandidates(q, later, index, context).filter((x) => x.evidence && !x.signals.stockOnly)) {
        const z = c.features.reduce((t, v, j) => t + v * (DROPPED.has(FEATURE_NAMES[j]!) ? 0 : weights[j]!), 0)
        ranked.push({ unit: unit.text, z: round(z), gold: isGold(c.index), kind: c.why.kind, rule: c.why.rule, text: later.passages[c.index]!.text })
      }
      if (!outside && l.gold.length > 0) {
        const every = findCandidates(q, later, index, context, Number.MAX_SAFE_INTEGER)
        const k = every.findIndex((c) => isGold(c.index))
        if (k >= 0) outside = { rank: k, evidence: every[k]!.evidence, stockOnly: every[k]!.signals.stockOnly ?? false }
      }
    }
    ranked.sort((a, b) => b.z - a.z)
    const rankOfKey = ranked.findIndex((c) => c.gold)
    const v = byId.get(l.pair.id) ?? null
    const cls =
      l.gold.length === 0
        ? 'null'
        : l.units.length === 0
          ? 'unmapped'
          : rankOfKey < 0
            ? 'not-candidate'
            : rankOfKey > 0
              ? 'ranked-lower'
              : v?.rightPassage
                ? v.rightKind
                  ? 'first-right'
                  : 'first-kind-wrong'
                : 'first-not-shown'
    out.push({
      id: l.pair.id,
      class: cls,
      pledge: l.pair.pledge,
      units: l.units.map((u) => u.text),
      keyPassage: l.pair.passage,
      keyKind: l.pair.kind,
      note: l.pair.note,
      rankOfKey,
      candidates: ranked.length,
      outside: rankOfKey < 0 ? outside : null,
      top: ranked.slice(0, 3),
      verdict: v,
    })
  }
  return out
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000
}

main().catch((e: unknown) => {
  console.error((e as Error).message)
  process.exitCode = 1
})
