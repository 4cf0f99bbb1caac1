// Runs the extractor over gold documents and scores it (the I/O around src/eval/).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { CommuniqueError } from '../core/errors.js'
import { assertGoldDocument, scoreDocument, summarize, type DocumentScore, type GoldDocument, type ScoreSummary } from '../eval/index.js'
import { toDocumentJson } from '../parse/index.js'
import { analyzeDocument } from './analyze-document.js'

/** Options of evaluateGold. */
export interface EvaluateOptions {
  /** Folders of gold files (*.json). */
  goldDirs: string[]
  /** Folders to look for the documents' text in, in order; each gold folder itself and its docs/ come first. */
  docDirs: string[]
  /** Write each prediction as <predDir>/<gold file name> (the shape score.mjs reads). */
  predDir?: string
  /** Read the documents as the text alone: no MANIFEST.tsv beside them (default true: read it). */
  manifest?: boolean
  /** Called after each document (for progress). */
  onDocument?: (name: string, done: number, total: number) => void
}

/** What evaluateGold returns. */
export interface EvaluateResult {
  documents: DocumentScore[]
  summary: ScoreSummary
}

/**
 * Extracts and scores every gold document.
 * @throws CommuniqueError when a folder is missing, a gold file is not valid, or a document's text is not found
 */
export async function evaluateGold(options: EvaluateOptions): Promise<EvaluateResult> {
  const golds: Array<{ name: string; path: string; dir: string }> = []
  for (const dir of options.goldDirs) {
    if (!existsSync(dir)) throw new CommuniqueError('not-found', `gold folder ${dir} does not exist; pass --gold with a folder of gold *.json files`)
    if (!statSync(dir).isDirectory()) throw new CommuniqueError('not-a-file', `${dir} is a file; --gold expects a folder of gold *.json files`)
    for (const f of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort())
      golds.push({ name: f, path: join(dir, f), dir })
  }
  if (golds.length === 0) throw new CommuniqueError('empty-input', `no gold *.json files in ${options.goldDirs.join(', ')}`)
  const documents: DocumentScore[] = []
  for (const [i, g] of golds.entries()) {
    const gold = readGold(g.path)
    const dirs = [g.dir, join(g.dir, 'docs'), ...options.docDirs]
    const textPath = dirs.map((d) => join(d, gold.document)).find((p) => existsSync(p))
    if (!textPath) {
      throw new CommuniqueError('not-found', `${g.path}: its document ${gold.document} is in none of ${dirs.join(', ')}; add the folder with --docs`)
    }
    const doc = await analyzeDocument(textPath, { manifest: options.manifest === false ? false : 'auto' })
    const json = toDocumentJson(doc)
    const meeting = { ...json, paragraphs: json.paragraphs.length }
    documents.push(scoreDocument(g.name, gold, doc.items, meeting))
    if (options.predDir) {
      mkdirSync(options.predDir, { recursive: true })
      writeFileSync(join(options.predDir, g.name), `${JSON.stringify({ document: json, items: doc.items }, null, 1)}\n`)
    }
    options.onDocument?.(g.name, i + 1, golds.length)
  }
  return { documents, summary: summarize(documents) }
}

function readGold(path: string): GoldDocument {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(resolve(path), 'utf8'))
  } catch (error) {
    throw new CommuniqueError('invalid-input', `${path}: not valid JSON (${(error as Error).message.split('\n')[0]}); fix the gold file`, { cause: error })
  }
  return assertGoldDocument(value, path)
}
