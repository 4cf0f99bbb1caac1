// Expands the PATH|URL arguments of ingest into documents: folders are walked recursively, and a
// folder's MANIFEST.tsv (or manifest.csv) decides which of its files are documents.
import { existsSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs'
import { basename, extname, join, resolve } from 'node:path'
import { CommuniqueError } from '../core/errors.js'
import type { MeetingOverrides } from '../core/meeting.js'
import { readManifest, type ManifestEntry } from './manifest.js'

/** One document to ingest. */
export interface InputDocument {
  /** Absolute file path or URL. */
  input: string
  /** Meeting fields from a manifest (before command-line flags are applied). */
  overrides: MeetingOverrides
  /** The manifest that described it, if any. */
  manifest?: string
}

/** File extensions read as documents when a folder has no manifest. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.pdf', '.docx']

const MANIFEST_NAMES = ['MANIFEST.tsv', 'manifest.tsv', 'MANIFEST.csv', 'manifest.csv']
const NOT_DOCUMENTS = /^(readme|license|licence|changelog|notice|copying)(\.|$)/i

/**
 * The documents named by `inputs`, in a stable order, with manifest metadata attached.
 * @param manifests extra manifests given with --manifest (their rows apply wherever the file is)
 * @throws CommuniqueError 'not-found' for a path that does not exist, 'empty-input' when nothing is found
 */
export function collectInputs(inputs: readonly string[], manifests: readonly string[] = [], cwd = process.cwd()): InputDocument[] {
  const given = new Map<string, ManifestEntry & { manifest: string }>()
  for (const m of manifests) for (const [p, e] of readManifest(resolve(cwd, m))) given.set(p, { ...e, manifest: m })
  const out: InputDocument[] = []
  const seen = new Set<string>()
  const add = (doc: InputDocument): void => {
    if (seen.has(doc.input)) return
    seen.add(doc.input)
    const entry = given.get(doc.input)
    out.push(entry ? { input: doc.input, overrides: { ...doc.overrides, ...entry.overrides }, manifest: entry.manifest } : doc)
  }
  for (const raw of inputs) {
    if (/^https?:\/\//i.test(raw)) {
      add({ input: raw, overrides: {} })
      continue
    }
    const path = resolve(cwd, raw)
    if (!existsSync(path)) throw new CommuniqueError('not-found', `${raw}: no such file or folder; check the path`)
    if (statSync(path).isDirectory()) walk(path, add, new Set())
    else add({ input: path, overrides: {} })
  }
  if (out.length === 0) throw new CommuniqueError('empty-input', `no documents found in ${inputs.join(', ')}; give .txt, .md, .html, .pdf or .docx files`)
  return out
}

// Note: a folder reached again through a symbolic link (a link to a parent) is walked once; a link
// that loops or points nowhere is passed on as a document when its name is one, so the ingest
// reports it on its own line ("the symbolic link points to itself") and stores the others.
function walk(dir: string, add: (doc: InputDocument) => void, visited: Set<string>): void {
  const real = realpathSync(dir)
  if (visited.has(real)) return
  visited.add(real)
  const names = readdirSync(dir).sort()
  const manifestName = MANIFEST_NAMES.find((n) => names.includes(n))
  if (manifestName) {
    const manifest = join(dir, manifestName)
    for (const entry of readManifest(manifest).values()) {
      if (!existsSync(entry.path)) throw new CommuniqueError('not-found', `${manifest}:${entry.line}: file ${basename(entry.path)} does not exist`)
      add({ input: entry.path, overrides: entry.overrides, manifest })
    }
  }
  for (const name of names) {
    if (name.startsWith('.')) continue
    const path = join(dir, name)
    const isDocument = !manifestName && !NOT_DOCUMENTS.test(name) && DOCUMENT_EXTENSIONS.includes(extname(name).toLowerCase())
    let info: Stats
    try {
      info = statSync(path)
    } catch {
      if (isDocument) add({ input: path, overrides: {} })
      continue
    }
    if (info.isDirectory()) walk(path, add, visited)
    else if (isDocument && info.isFile()) add({ input: path, overrides: {} })
  }
}
