// Word statistics of one series: how rare each lemma, word pair and name is among all its passages,
// and the prepared lemma vectors of each passage. Built once per linking run.
import { toLemmas } from './normalize.js'
import type { LinkDocument } from './types.js'

/** The lemmas of one text, ready for comparison. */
export interface TextFeatures {
  /** Content stems in text order. */
  stems: string[]
  /** Term counts. */
  counts: Map<string, number>
  /** Pairs of neighbouring content stems ("vaccin partnership"). */
  bigrams: Set<string>
  /** `stems` joined by spaces with a space at both ends, for finding a name's stems in a row. */
  joined: string
  /** Years named (four-digit stems from 1900 to 2099). */
  years: string[]
}

/** A text's features with its TF-IDF vector. */
export interface PassageFeatures extends TextFeatures {
  /** count × idf per stem. */
  weights: Map<string, number>
  /** Euclidean length of `weights`. */
  norm: number
}

/**
 * Below this share of the maximum IDF a stem, name or word pair is common: with ~400 passages, one
 * found in more than ~20 of them ("Japan", "the Quad", "peace and stability") says nothing about
 * one item.
 */
export const RARITY_CUTOFF = 0.5

/** Rarity statistics of a series, and its passages' features. */
export interface SeriesIndex {
  /** Number of passages (sentences) counted. */
  size: number
  /** ln(1 + N / df) of a stem, with df = 1 for a stem never seen; 0 < idf ≤ maxIdf. */
  idf(stem: string): number
  /**
   * 0 for a stem, pair or name at or below RARITY_CUTOFF of the maximum IDF, rising to 1 for one
   * found in a single passage.
   */
  rarity(idf: number): number
  /** Rarity of a word pair. */
  bigramRarity(pair: string): number
  /** IDF of a name's stems occurring in a row. */
  nameIdf(key: string[]): number
  /** ln(1 + N): the idf of something seen in one passage. */
  maxIdf: number
  /** The features of a document's passage, by meeting id and passage index. */
  passage(meetingId: string, index: number): PassageFeatures
  /** Indices of a document's passages that hold at least one of the stems (others cannot match). */
  passagesWith(meetingId: string, stems: Iterable<string>): number[]
  /** Adds TF-IDF weights to the features of any text (an item's, a later item's). */
  weigh(features: TextFeatures): PassageFeatures
  /** BM25's idf of a stem: ln(1 + (N − df + 0.5) / (df + 0.5)). */
  bm25Idf(stem: string): number
  /** Mean number of content stems per passage. */
  avgLength: number
}

const YEAR = /^(?:19|20)\d\d$/

/**
 * Reads lemmas off a text.
 * @example toFeatures('Quad Vaccine Partnership').bigrams // Set { 'quad vaccin', 'vaccin partnership' }
 */
export function toFeatures(text: string): TextFeatures {
  const stems = toLemmas(text)
  const counts = new Map<string, number>()
  for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1)
  const bigrams = new Set<string>()
  for (let i = 1; i < stems.length; i++) bigrams.add(`${stems[i - 1]} ${stems[i]}`)
  return { stems, counts, bigrams, joined: ` ${stems.join(' ')} `, years: [...counts.keys()].filter((s) => YEAR.test(s)) }
}

/**
 * Counts document frequencies over every passage of the series' documents (a passage is one
 * "document" for IDF: sentences, not whole statements, so a word used once per statement still
 * separates the passages that are about it from those that are not).
 * @param documents the meetings of the series, earlier and later
 */
export function indexSeries(documents: readonly LinkDocument[]): SeriesIndex {
  const features = new Map<string, TextFeatures[]>()
  const df = new Map<string, number>()
  const bigramDf = new Map<string, number>()
  const all: TextFeatures[] = []
  for (const doc of documents) {
    const list = doc.passages.map((p) => toFeatures(p.text))
    features.set(doc.meetingId, list)
    for (const f of list) {
      all.push(f)
      for (const s of f.counts.keys()) df.set(s, (df.get(s) ?? 0) + 1)
      for (const b of f.bigrams) bigramDf.set(b, (bigramDf.get(b) ?? 0) + 1)
    }
  }
  const size = Math.max(1, all.length)
  const maxIdf = Math.log(1 + size)
  const idfOf = (n: number | undefined): number => Math.log(1 + size / Math.max(1, n ?? 0))
  const rarity = (idf: number): number => Math.max(0, (idf / maxIdf - RARITY_CUTOFF) / (1 - RARITY_CUTOFF))
  const idf = new Map<string, number>()
  for (const [s, n] of df) idf.set(s, idfOf(n))
  const idfOfStem = (s: string): number => idf.get(s) ?? maxIdf
  const weigh = (f: TextFeatures): PassageFeatures => {
    const weights = new Map<string, number>()
    let sq = 0
    for (const [s, n] of f.counts) {
      const w = n * idfOfStem(s)
      weights.set(s, w)
      sq += w * w
    }
    return { ...f, weights, norm: Math.sqrt(sq) }
  }
  const weighed = new Map<string, PassageFeatures[]>()
  const postings = new Map<string, Map<string, number[]>>()
  for (const [id, list] of features) {
    weighed.set(id, list.map(weigh))
    const byStem = new Map<string, number[]>()
    list.forEach((f, i) => {
      for (const s of f.counts.keys()) {
        const l = byStem.get(s)
        if (l) l.push(i)
        else byStem.set(s, [i])
      }
    })
    postings.set(id, byStem)
  }
  const nameDf = new Map<string, number>()
  const avgLength = all.reduce((n, f) => n + f.stems.length, 0) / size
  return {
    size,
    avgLength,
    bm25Idf: (s) => {
      const n = df.get(s) ?? 0
      return Math.log(1 + (size - n + 0.5) / (n + 0.5))
    },
    maxIdf,
    weigh,
    rarity,
    idf: idfOfStem,
    bigramRarity: (pair) => rarity(idfOf(bigramDf.get(pair))),
    nameIdf(key) {
      const needle = ` ${key.join(' ')} `
      let n = nameDf.get(needle)
      if (n === undefined) {
        n = all.reduce((c, f) => c + (f.joined.includes(needle) ? 1 : 0), 0)
        nameDf.set(needle, n)
      }
      return idfOf(n)
    },
    passage(meetingId, index) {
      const f = weighed.get(meetingId)?.[index]
      if (!f) throw new Error(`indexSeries: no passage ${index} of meeting "${meetingId}" in the index; index every document you link.`)
      return f
    },
    passagesWith(meetingId, stems) {
      const byStem = postings.get(meetingId)
      if (!byStem) throw new Error(`indexSeries: no meeting "${meetingId}" in the index; index every document you link.`)
      const size = features.get(meetingId)!.length
      const hit = new Uint8Array(size)
      for (const s of stems) for (const i of byStem.get(s) ?? []) hit[i] = 1
      const found: number[] = []
      for (let i = 0; i < size; i++) if (hit[i]) found.push(i)
      return found
    },
  }
}
