// Scores predicted items against hand-coded gold items, exactly as ../shared/eval/score.mjs does
// (ANNOTATION.md, "How extraction is scored"): Dice ≥ 0.5 over word tokens, same paragraph,
// greedy one-to-one pairing best first, trackable items only, optional gold items neutral; meeting
// titles and places match by word overlap (Dice ≥ 0.6, any accepted title), participants by family name.
import type { GoldDocument, GoldItem, GoldMeeting } from './gold.js'

/** The parts of a predicted item the scorer reads. */
export interface PredictedItem {
  type: string
  paragraph: number | null
  text: string
  actors: string[]
  deadline: { end: string | null; relative?: string } | null
}

/** The predicted meeting fields the scorer reads. */
export interface PredictedMeeting {
  title: string | null
  date: string | null
  place: string | null
  ordinal: number | null
  paragraphs: number
  participants: Array<{ name: string }>
}

/** Result of one document. */
export interface DocumentScore {
  name: string
  tp: number
  typeOk: number
  actorOk: number
  deadlineOk: number
  /** Unpaired predictions. */
  fp: PredictedItem[]
  /** Unpaired required gold items. */
  fn: GoldItem[]
  /** Which meeting fields agree (null when the gold file has no meeting). */
  meeting: Record<string, boolean> | null
}

/** Figures over all documents. */
export interface ScoreSummary {
  documents: number
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
  typeAcc: number
  actorAcc: number
  deadlineAcc: number
  meetingOk: number
  meetingAll: number
  meetingAcc: number
}

const TRACKABLE = new Set(['commitment', 'directive'])
const MEETING_DICE = 0.6
const COUNTRY_ALIASES: Record<string, string> = {
  uk: 'united kingdom',
  'u.k.': 'united kingdom',
  britain: 'united kingdom',
  'great britain': 'united kingdom',
  gbr: 'united kingdom',
  gb: 'united kingdom',
  'the uk': 'united kingdom',
  'the united kingdom': 'united kingdom',
  jpn: 'japan',
  jp: 'japan',
  us: 'united states',
  'u.s.': 'united states',
  usa: 'united states',
  'the united states': 'united states',
  'united states of america': 'united states',
  aus: 'australia',
  fra: 'france',
  deu: 'germany',
  ita: 'italy',
  can: 'canada',
}

/** Lower-cased letter/digit runs, as the reference scorer tokenizes. */
export function scoreTokens(s: string): string[] {
  return (
    s
      .toLowerCase()
      .normalize('NFKC')
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
}

/** Dice coefficient of two texts' token multisets. */
export function dice(a: string, b: string): number {
  const ta = scoreTokens(a)
  const tb = scoreTokens(b)
  if (ta.length === 0 || tb.length === 0) return 0
  const counts = new Map<string, number>()
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1)
  let common = 0
  for (const t of tb) {
    const c = counts.get(t) ?? 0
    if (c > 0) {
      common++
      counts.set(t, c - 1)
    }
  }
  return (2 * common) / (ta.length + tb.length)
}

const normCountry = (s: string): string => {
  const k = String(s ?? '')
    .trim()
    .toLowerCase()
  return COUNTRY_ALIASES[k] ?? k
}

function sameActors(gold: string[] = [], pred: string[] = []): boolean {
  const a = new Set(gold.map(normCountry))
  const b = new Set(pred.map(normCountry))
  return a.size === b.size && [...a].every((x) => b.has(x))
}

const deadlineKey = (d: { end?: string | null; relative?: string } | null | undefined): string | null =>
  !d ? null : d.relative ? `rel:${d.relative}` : d.end ? String(d.end).slice(0, 10) : 'open'

/**
 * Scores one document.
 * @param gold the hand-coded file
 * @param items the predicted items (all types; only trackable ones count)
 * @param meeting the predicted meeting fields, for gold files that have a meeting
 */
export function scoreDocument(name: string, gold: GoldDocument, items: PredictedItem[], meeting: PredictedMeeting | null): DocumentScore {
  const preds = items.filter((i) => TRACKABLE.has(i.type))
  const golds = gold.items.filter((i) => TRACKABLE.has(i.type) || i.optional)
  const pairs: Array<{ pi: number; gi: number; d: number }> = []
  preds.forEach((p, pi) =>
    golds.forEach((g, gi) => {
      if (p.paragraph != null && g.paragraph != null && Number(p.paragraph) !== Number(g.paragraph)) return
      const d = dice(g.quote, p.text ?? '')
      if (d >= 0.5) pairs.push({ pi, gi, d })
    }),
  )
  pairs.sort((x, y) => y.d - x.d)
  const usedP = new Set<number>()
  const usedG = new Set<number>()
  let tp = 0,
    typeOk = 0,
    actorOk = 0,
    deadlineOk = 0
  for (const m of pairs) {
    if (usedP.has(m.pi) || usedG.has(m.gi)) continue
    usedP.add(m.pi)
    usedG.add(m.gi)
    const g = golds[m.gi]!
    const p = preds[m.pi]!
    if (g.optional || !TRACKABLE.has(g.type)) continue
    tp++
    if (g.type === p.type) typeOk++
    if (sameActors(g.actors, p.actors)) actorOk++
    if (deadlineKey(g.deadline) === deadlineKey(p.deadline)) deadlineOk++
  }
  return {
    name,
    tp,
    typeOk,
    actorOk,
    deadlineOk,
    fp: preds.filter((_, i) => !usedP.has(i)),
    fn: golds.filter((g, i) => !usedG.has(i) && !g.optional && TRACKABLE.has(g.type)),
    meeting: gold.meeting ? scoreMeeting(gold.meeting, meeting) : null,
  }
}

/** A gold title or place (or any of a list of accepted ones) matches when the words overlap with Dice ≥ 0.6. */
function near(gold: string | string[] | null | undefined, pred: string | null | undefined): boolean {
  const accepted: Array<string | null | undefined> = Array.isArray(gold) ? gold : [gold]
  return accepted.some((x) => (x == null && pred == null) || (x != null && pred != null && dice(x, pred) >= MEETING_DICE))
}

function scoreMeeting(g: GoldMeeting, p: PredictedMeeting | null): Record<string, boolean> {
  const eq = (a: unknown, b: unknown): boolean =>
    String(a ?? '')
      .trim()
      .toLowerCase() ===
    String(b ?? '')
      .trim()
      .toLowerCase()
  const gn = (g.participants ?? []).map((x) => x.name.toLowerCase())
  const pn = (p?.participants ?? []).map((x) => String(x.name).toLowerCase())
  return {
    title: near(g.title, p?.title),
    date: eq(g.date, String(p?.date ?? '').slice(0, 10)),
    place: g.place == null || near(g.place, p?.place),
    ordinal: g.ordinal == null || Number(g.ordinal) === Number(p?.ordinal),
    paragraphs: g.paragraphs == null || Number(g.paragraphs) === Number(p?.paragraphs),
    participants: gn.length === pn.length && gn.every((n) => pn.some((m) => m.includes(n))),
  }
}

/** Sums document scores into precision, recall, F1 and field agreement. */
export function summarize(results: DocumentScore[]): ScoreSummary {
  let tp = 0,
    fp = 0,
    fn = 0,
    typeOk = 0,
    actorOk = 0,
    deadlineOk = 0,
    meetingOk = 0,
    meetingAll = 0
  for (const r of results) {
    tp += r.tp
    fp += r.fp.length
    fn += r.fn.length
    typeOk += r.typeOk
    actorOk += r.actorOk
    deadlineOk += r.deadlineOk
    for (const ok of Object.values(r.meeting ?? {})) {
      meetingAll++
      if (ok) meetingOk++
    }
  }
  const precision = tp / Math.max(1, tp + fp)
  const recall = tp / Math.max(1, tp + fn)
  return {
    documents: results.length,
    tp,
    fp,
    fn,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    typeAcc: typeOk / Math.max(1, tp),
    actorAcc: actorOk / Math.max(1, tp),
    deadlineAcc: deadlineOk / Math.max(1, tp),
    meetingOk,
    meetingAll,
    meetingAcc: meetingOk / Math.max(1, meetingAll),
  }
}
