// A judged key of (pledge, later meeting) pairs (docs/linking.md, "The key") and the figures of a
// linker run against it: detection P/R/F1, right passage, right kind, fully right. Pure: the
// caller reads the files and analyzes the documents.
import type { LinkKind } from '../../core/tracking.js'
import { LINK_KINDS } from '../../core/tracking.js'
import { splitActions, type ActionUnit } from './split-actions.js'
import type { LinkDocument, LinkSuggestion } from './types.js'

/** One judged pair. Quotes are exact words of the documents' normalized text. */
export interface KeyPair {
  id: string
  series: string
  earlier: string
  pledge: string
  later: string
  passage: string | null
  alternatives?: string[]
  kind: LinkKind | null
  note?: string
}

/** The key file. */
export interface LinkKey {
  corpus: string
  series: Array<{ name: string; documents: string[] }>
  pairs: KeyPair[]
}

/** A half-open span of normalized text. */
export interface TextSpan {
  start: number
  end: number
}

/** A pair located in the analyzed documents. */
export interface LocatedPair {
  pair: KeyPair
  /** The pledge's span in the earlier document. */
  pledge: TextSpan
  /** Ids of the extracted items whose span overlaps the pledge (empty: the extraction misses it). */
  itemIds: string[]
  /** The actions of those items that overlap the pledge: the units the linker links. */
  units: ActionUnit[]
  /** Spans of `passage` and `alternatives` in the later document (empty when passage is null). */
  gold: TextSpan[]
}

/**
 * Checks a parsed key file and says what is wrong in one line.
 * @throws Error with a message naming the first bad field
 */
export function checkKey(value: unknown): LinkKey {
  const k = value as Partial<LinkKey> | null
  if (!k || typeof k !== 'object' || typeof k.corpus !== 'string' || !Array.isArray(k.series) || !Array.isArray(k.pairs)) {
    throw new Error('a link key needs "corpus" (a folder), "series" (name and documents) and "pairs"; see docs/linking.md, "The key"')
  }
  for (const [i, p] of k.pairs.entries()) {
    const where = `pair ${i + 1}${typeof p?.id === 'string' ? ` (${p.id})` : ''}`
    for (const f of ['id', 'series', 'earlier', 'pledge', 'later'] as const) {
      if (typeof p?.[f] !== 'string' || p[f] === '') throw new Error(`${where}: "${f}" must be a non-empty string`)
    }
    if (p.passage !== null && typeof p.passage !== 'string') throw new Error(`${where}: "passage" must be a string or null`)
    if ((p.passage === null) !== (p.kind === null)) throw new Error(`${where}: "kind" must be null exactly when "passage" is null`)
    if (p.kind !== null && !LINK_KINDS.includes(p.kind)) throw new Error(`${where}: unknown kind "${String(p.kind)}"; use one of ${LINK_KINDS.join(', ')}`)
    if (!k.series.some((s) => s.name === p.series && s.documents.includes(p.earlier) && s.documents.includes(p.later))) {
      throw new Error(`${where}: series "${p.series}" must list both "${p.earlier}" and "${p.later}"`)
    }
  }
  return k as LinkKey
}

/**
 * Where a quote stands in a text: exactly, or else with any run of white space matching any other.
 * @returns the span, or null when the quote is not in the text
 */
export function findQuote(text: string, quote: string): TextSpan | null {
  const at = text.indexOf(quote)
  if (at >= 0) return { start: at, end: at + quote.length }
  const words = quote
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  if (words.length === 0 || words[0] === '') return null
  const m = new RegExp(words.join('\\s+')).exec(text)
  return m ? { start: m.index, end: m.index + m[0].length } : null
}

/**
 * Locates every pair in the analyzed documents (by file name).
 * @param texts normalized text of each document, by file name
 * @throws Error naming the pair and the quote when a quote is not found in its document
 */
export function locatePairs(key: LinkKey, docs: ReadonlyMap<string, LinkDocument>, texts: ReadonlyMap<string, string>): LocatedPair[] {
  return key.pairs.map((pair) => {
    const earlierText = texts.get(pair.earlier)
    const laterText = texts.get(pair.later)
    const doc = docs.get(pair.earlier)
    if (earlierText === undefined || laterText === undefined || !doc)
      throw new Error(`pair ${pair.id}: document "${earlierText === undefined ? pair.earlier : pair.later}" was not read`)
    const pledge = findQuote(earlierText, pair.pledge)
    if (!pledge) throw new Error(`pair ${pair.id}: the pledge is not in ${pair.earlier} ("${pair.pledge.slice(0, 60)}…")`)
    const gold: TextSpan[] = []
    for (const q of pair.passage === null ? [] : [pair.passage, ...(pair.alternatives ?? [])]) {
      const span = findQuote(laterText, q)
      if (!span) throw new Error(`pair ${pair.id}: a passage is not in ${pair.later} ("${q.slice(0, 60)}…")`)
      gold.push(span)
    }
    const items = doc.items.filter((it) => overlaps(it, pledge))
    const units = items.flatMap((it) => splitActions(it)).filter((u) => overlaps(u, pledge))
    return { pair, pledge, itemIds: items.map((it) => it.id), units, gold }
  })
}

/** The verdict on one pair. */
export interface PairVerdict {
  id: string
  /** The linker suggested a passage for the pledge's action in the later meeting. */
  detected: boolean
  /** The key has a passage for the pair. */
  real: boolean
  /** A suggested passage overlaps the key's passage or an alternative. */
  rightPassage: boolean
  /** The best suggestion on a right passage has the key's kind. */
  rightKind: boolean
  /** Best suggestion (passage start, kind, score), or null. */
  best: { kind: LinkKind; score: number; passage: string; reason: string } | null
  expectedKind: LinkKind | null
  /** The pledge overlaps no extracted item. */
  unmapped: boolean
}

/** The figures `link eval` prints. */
export interface KeyScores {
  pairs: number
  /** Pairs with a real passage in the key. */
  real: number
  detected: number
  truePositives: number
  precision: number
  recall: number
  f1: number
  /** Detected pairs whose suggestion overlaps the key's passage. */
  rightPassage: number
  /** rightPassage / detected. */
  rightPassageShare: number
  /** Of the right passages, those with the right kind. */
  rightKind: number
  rightKindShare: number
  /** Detected, right passage and right kind, over pairs with a real passage. */
  fullyRight: number
  fullyRightShare: number
  /** Pledges that overlap no extracted item (counted as not detected). */
  unmapped: number
}

/**
 * Judges the linker's suggestions against the key.
 * @param located from locatePairs
 * @param suggestionsOf the suggestions for an earlier document (all of its later meetings)
 */
export function scoreKey(
  located: readonly LocatedPair[],
  suggestionsOf: (earlier: string) => readonly LinkSuggestion[],
): { scores: KeyScores; verdicts: PairVerdict[] } {
  const verdicts = located.map((l): PairVerdict => {
    const unitIds = new Set(l.units.map((u) => u.id))
    const mine = suggestionsOf(l.pair.earlier)
      .filter((s) => s.meetingId === l.pair.later && unitIds.has(s.action.id))
      .sort((a, b) => b.score - a.score)
    const onGold = mine.filter((s) => l.gold.some((g) => overlaps(s, g)))
    const best = onGold[0] ?? mine[0] ?? null
    return {
      id: l.pair.id,
      detected: mine.length > 0,
      real: l.pair.passage !== null,
      rightPassage: onGold.length > 0,
      rightKind: onGold.length > 0 && onGold[0]!.kind === l.pair.kind,
      expectedKind: l.pair.kind,
      unmapped: l.itemIds.length === 0,
      best: best ? { kind: best.kind, score: best.score, passage: best.passage, reason: best.reason } : null,
    }
  })
  return { scores: summarize(verdicts), verdicts }
}

/** The figures of a list of verdicts (several folds are summed by judging their verdicts together). */
export function summarize(verdicts: readonly PairVerdict[]): KeyScores {
  const real = verdicts.filter((v) => v.real).length
  const detected = verdicts.filter((v) => v.detected).length
  const tp = verdicts.filter((v) => v.detected && v.real).length
  const rightPassage = verdicts.filter((v) => v.detected && v.rightPassage).length
  const rightKind = verdicts.filter((v) => v.rightPassage && v.rightKind).length
  const precision = share(tp, detected)
  const recall = share(tp, real)
  return {
    pairs: verdicts.length,
    real,
    detected,
    truePositives: tp,
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    rightPassage,
    rightPassageShare: share(rightPassage, detected),
    rightKind,
    rightKindShare: share(rightKind, rightPassage),
    fullyRight: rightKind,
    fullyRightShare: share(rightKind, real),
    unmapped: verdicts.filter((v) => v.unmapped).length,
  }
}

function share(n: number, d: number): number {
  return d > 0 ? n / d : 0
}

function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end
}
