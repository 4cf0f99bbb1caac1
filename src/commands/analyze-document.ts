// Load → parse → extract for one document, with the user's meeting values and an optional manifest.
import { existsSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { Item } from '../core/item.js'
import type { MeetingOverrides } from '../core/meeting.js'
import type { SourceFormat } from '../core/source-file.js'
import { extractItems } from '../extract/index.js'
import { isUrl, loadSource } from '../ingest/index.js'
import { parseStatement, type ParsedStatement } from '../parse/index.js'
import { readManifest } from './manifest.js'
import { reconcileParties, partyEvidence } from './reconcile-parties.js'

/** Options of analyzeDocument. */
export interface AnalyzeOptions {
  /** Read the input as this format instead of detecting it. */
  format?: SourceFormat
  /** Refuse inputs larger than this many bytes. */
  maxBytes?: number
  /** Values given on the command line; they win over the manifest and the text. */
  overrides?: MeetingOverrides
  /**
   * A manifest (TSV/CSV: file, title, date, parties, series) to read metadata from; `'auto'` looks
   * for MANIFEST.tsv beside the file, `false` reads none.
   */
  manifest?: string | 'auto' | false
}

/** A parsed document with its items. */
export interface AnalyzedDocument extends ParsedStatement {
  items: Item[]
  /** The manifest row used, if any: "corpus/MANIFEST.tsv:12". */
  manifestRow: string | null
}

/**
 * Reads one document and extracts its items.
 * @param input a file path or URL
 * @throws CommuniqueError for unreadable inputs and bad manifests
 */
export async function analyzeDocument(input: string, options: AnalyzeOptions = {}): Promise<AnalyzedDocument> {
  const file = await loadSource(input, { ...(options.format ? { format: options.format } : {}), ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) })
  const row = manifestRow(input, options.manifest ?? 'auto')
  const { parties: listed, date: listedDate, ...fromManifest } = row?.overrides ?? {}
  const overrides: MeetingOverrides = { ...fromManifest, ...(options.overrides ?? {}) }
  // A manifest's date is the page's date: "On February 7, 2024, ... hosted ..." in a page of the 8th
  // dates the meeting. It counts as the page's metadata, below a meeting date the text states.
  if (listedDate && !file.metadata.date && /^\d{4}-\d{2}-\d{2}$/.test(listedDate)) file.metadata.date = listedDate
  else if (listedDate && !overrides.date) overrides.date = listedDate
  const parsed = parseStatement(file, { overrides })
  if (listed && listed.length > 0 && !options.overrides?.parties) {
    const parties = reconcileParties(listed, parsed.meeting.parties, partyEvidence(parsed))
    if (parties !== parsed.meeting.parties) {
      parsed.meeting.parties = parties
      parsed.meeting.sources.parties = 'metadata'
    }
  }
  return { ...parsed, items: extractItems(parsed), manifestRow: row ? row.where : null }
}

function manifestRow(input: string, manifest: string | 'auto' | false): { overrides: MeetingOverrides; where: string } | null {
  if (manifest === false || isUrl(input)) return null
  const path = manifest === 'auto' ? join(dirname(resolve(input)), 'MANIFEST.tsv') : manifest
  if (manifest === 'auto' && !existsSync(path)) return null
  const entries = readManifest(path)
  const entry = entries.get(resolve(input)) ?? [...entries.values()].find((e) => basename(e.path) === basename(input))
  if (!entry) return null
  // A year alone ("2015") says little about the meeting day: keep it out of the date field.
  const { date, ...rest } = entry.overrides
  const overrides: MeetingOverrides = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { ...rest, date } : rest
  return { overrides, where: `${path}:${entry.line}` }
}
