// `communique link eval --gold FILE`: reads a judged link key, analyzes its documents, links each
// series and prints how the linker did (see track/link/link-key.ts for the figures).
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { CommuniqueError } from '../core/errors.js'
import {
  checkKey,
  indexSeries,
  linkMeetings,
  locatePairs,
  scoreKey,
  toLinkDocument,
  type KeyScores,
  type LinkDocument,
  type LinkKey,
  type LinkOptions,
  type LinkSuggestion,
  type LocatedPair,
  type PairVerdict,
  type SeriesIndex,
} from '../track/link/index.js'

/** A key with its documents read, analyzed and indexed per series. */
export interface LoadedKey {
  key: LinkKey
  /** LinkDocument per file name (meeting id = file name). */
  docs: Map<string, LinkDocument>
  /** Normalized text per file name. */
  texts: Map<string, string>
  /** Index per series name (over all its documents). */
  indexes: Map<string, SeriesIndex>
  located: LocatedPair[]
}

/**
 * Reads a key file and its documents (the key's `corpus` folder is relative to the key file).
 * @throws CommuniqueError 'not-found' / 'invalid-input' with one line saying what to fix
 */
export async function loadKey(file: string): Promise<LoadedKey> {
  return loadKeys([file])
}

/**
 * Reads several key files over one corpus as one key (series merged by name, pairs concatenated):
 * the fit uses every judged pair together, folded by pledge.
 * @throws CommuniqueError 'not-found' / 'invalid-input' with one line saying what to fix
 */
export async function loadKeys(files: readonly string[]): Promise<LoadedKey> {
  if (files.length === 0) throw new CommuniqueError('invalid-input', 'give at least one link key (--gold FILE)')
  const keys = await Promise.all(files.map(async (f) => ({ file: f, key: await readKey(f) })))
  const file = files[0]!
  const key: LinkKey = { corpus: keys[0]!.key.corpus, series: [], pairs: [] }
  const ids = new Set<string>()
  for (const k of keys) {
    if (k.key.corpus !== key.corpus)
      throw new CommuniqueError('invalid-input', `${k.file}: its corpus "${k.key.corpus}" differs from ${file}'s "${key.corpus}"`)
    for (const s of k.key.series) {
      const prior = key.series.find((x) => x.name === s.name)
      if (!prior) key.series.push({ name: s.name, documents: [...s.documents] })
      else if (prior.documents.join() !== s.documents.join())
        throw new CommuniqueError('invalid-input', `${k.file}: series "${s.name}" lists other documents than in ${file}`)
    }
    for (const p of k.key.pairs) {
      if (ids.has(p.id)) throw new CommuniqueError('invalid-input', `${k.file}: pair id "${p.id}" is already in another key`)
      ids.add(p.id)
      key.pairs.push(p)
    }
  }
  // Note: the agreed key names the corpus from the project folder ("../shared/corpus/…"); a path from the key's own folder works too.
  const corpus = [resolve(key.corpus), resolve(dirname(file), key.corpus)].find((d) => existsSync(d)) ?? resolve(key.corpus)
  const { analyzeDocument } = await import('./analyze-document.js')
  const docs = new Map<string, LinkDocument>()
  const texts = new Map<string, string>()
  const indexes = new Map<string, SeriesIndex>()
  for (const s of key.series) {
    for (const name of s.documents) {
      if (docs.has(name)) continue
      let analyzed
      try {
        analyzed = await analyzeDocument(join(corpus, name), { manifest: 'auto' })
      } catch (e) {
        throw new CommuniqueError('not-found', `${file}: cannot read document "${name}" of series "${s.name}" in ${corpus} (${(e as Error).message})`)
      }
      const date = analyzed.meeting.date ?? /\d{4}-\d\d-\d\d/.exec(name)?.[0] ?? '0000-00-00'
      docs.set(name, toLinkDocument({ meetingId: name, date, tree: analyzed.tree, items: analyzed.items, parties: analyzed.meeting.parties }))
      texts.set(name, analyzed.file.value)
    }
    indexes.set(s.name, indexSeries(s.documents.map((d) => docs.get(d)!)))
  }
  let located: LocatedPair[]
  try {
    located = locatePairs(key, docs, texts)
  } catch (e) {
    throw new CommuniqueError('invalid-input', `${file}: ${(e as Error).message}`)
  }
  return { key, docs, texts, indexes, located }
}

async function readKey(file: string): Promise<LinkKey> {
  let raw: string
  try {
    raw = await readFile(file, 'utf8')
  } catch {
    throw new CommuniqueError('not-found', `cannot read the key "${file}"; give the path of a link key (JSON, see docs/linking.md "The key")`)
  }
  try {
    return checkKey(JSON.parse(raw))
  } catch (e) {
    throw new CommuniqueError('invalid-input', `${file}: ${(e as Error).message}`)
  }
}

/**
 * Links every earlier document of the key to the later documents of its series, for the pledges
 * of the key only (the items their quotes overlap, whatever type the extraction gave them).
 */
export function linkKey(
  loaded: LoadedKey,
  options: Pick<LinkOptions, 'reranker' | 'threshold'> = {},
  only?: ReadonlySet<string>,
): Map<string, LinkSuggestion[]> {
  const byEarlier = new Map<string, { series: string; itemIds: Set<string> }>()
  for (const l of loaded.located) {
    if (only && !only.has(l.pair.id)) continue
    const e = byEarlier.get(l.pair.earlier) ?? { series: l.pair.series, itemIds: new Set<string>() }
    for (const id of l.itemIds) e.itemIds.add(id)
    byEarlier.set(l.pair.earlier, e)
  }
  const out = new Map<string, LinkSuggestion[]>()
  for (const [earlier, { series, itemIds }] of byEarlier) {
    const s = loaded.key.series.find((x) => x.name === series)!
    const doc = loaded.docs.get(earlier)!
    const later = s.documents
      .filter((d) => d !== earlier)
      .map((d) => loaded.docs.get(d)!)
      .filter((d) => d.date > doc.date)
    out.set(earlier, linkMeetings(doc, later, { index: loaded.indexes.get(series)!, itemIds: [...itemIds], ...options }))
  }
  return out
}

/** The figures of the linker on a key file. */
export async function evaluateLinkKey(
  file: string,
  options: Pick<LinkOptions, 'threshold'> = {},
): Promise<{ scores: KeyScores; verdicts: PairVerdict[]; ms: number }> {
  const loaded = await loadKey(file)
  const started = performance.now()
  const links = linkKey(loaded, options)
  const result = scoreKey(loaded.located, (e) => links.get(e) ?? [])
  return { ...result, ms: Math.round(performance.now() - started) }
}
