// Reads a manifest (TSV or CSV with columns file, title, date, parties, series ...) that supplies
// meeting metadata for many files at once; every mistake names its line and column.
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parse } from 'csv-parse/sync'
import { CommuniqueError } from '../core/errors.js'
import type { MeetingOverrides } from '../core/meeting.js'
import { canonicalCountry } from '../lexicon/countries.js'
import { organisationParties } from '../lexicon/organisation-parties.js'

/** One manifest row: the file it describes and the meeting fields it supplies. */
export interface ManifestEntry {
  /** Absolute path of the file (resolved against the manifest's folder). */
  path: string
  overrides: MeetingOverrides
  /** 1-based line of the row in the manifest. */
  line: number
}

/** Columns a manifest may have; others (kind, license, ...) are ignored. */
const KNOWN = ['file', 'title', 'date', 'parties', 'series', 'place', 'ordinal'] as const

/**
 * Reads and checks a manifest file.
 * @returns entries keyed by absolute file path
 * @throws CommuniqueError 'not-found' (no such file), 'invalid-input' naming line and column of the first bad cell
 */
export function readManifest(path: string): Map<string, ManifestEntry> {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new CommuniqueError('not-found', `cannot read manifest ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error })
  }
  return parseManifest(text, path)
}

/**
 * Parses manifest text: tab-separated when the header has a tab (no quoting, as in the corpus
 * manifests), else comma-separated CSV with quotes.
 * @param where the manifest's path: files are resolved against its folder, messages name it
 */
export function parseManifest(text: string, where: string): Map<string, ManifestEntry> {
  const firstLine = text.replace(/^\uFEFF/, '').split('\n', 1)[0] ?? ''
  const tsv = firstLine.includes('\t')
  let rows: Array<{ record: string[]; info: { lines: number } }>
  try {
    rows = parse(text, {
      delimiter: tsv ? '\t' : ',',
      quote: tsv ? null : '"',
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>
  } catch (error) {
    const line = (error as { lines?: number }).lines
    throw new CommuniqueError('invalid-input', `${where}${line ? `:${line}` : ''}: cannot read the manifest: ${(error as Error).message.split('\n')[0]}`, {
      cause: error,
    })
  }
  const header = (rows[0]?.record ?? []).map((h) => h.trim().toLowerCase())
  const col = new Map(header.map((h, i) => [h, i]))
  if (!col.has('file')) {
    throw new CommuniqueError(
      'invalid-input',
      `${where}:1: the manifest has no "file" column; the header must name file and any of ${KNOWN.slice(1).join(', ')}`,
    )
  }
  const base = dirname(resolve(where))
  const out = new Map<string, ManifestEntry>()
  for (const { record, info } of rows.slice(1)) {
    const line = info.lines
    if (record.length !== header.length) {
      throw new CommuniqueError(
        'invalid-input',
        `${where}:${line}: expected ${header.length} ${tsv ? 'tab-separated' : 'comma-separated'} fields as in the header, found ${record.length}`,
      )
    }
    const cell = (name: string): string | undefined => {
      const i = col.get(name)
      const v = i === undefined ? undefined : record[i]?.trim()
      return v ? v : undefined
    }
    const file = cell('file')
    if (!file) throw new CommuniqueError('invalid-input', `${where}:${line}: column file is empty; give the document's file name`)
    const overrides: MeetingOverrides = {}
    const title = cell('title')
    if (title) overrides.title = title
    const series = cell('series')
    if (series) overrides.series = series
    const place = cell('place')
    if (place) overrides.place = place
    const date = cell('date')
    if (date) overrides.date = checkDate(date, where, line)
    const parties = cell('parties')
    if (parties) overrides.parties = splitParties(parties)
    const ordinal = cell('ordinal')
    if (ordinal) {
      if (!/^\d{1,4}$/.test(ordinal)) throw new CommuniqueError('invalid-input', `${where}:${line}: column ordinal: "${ordinal}" is not a whole number`)
      overrides.ordinal = Number(ordinal)
    }
    const path = resolve(base, file)
    out.set(path, { path, overrides, line })
  }
  return out
}

/** A date of full or reduced precision: YYYY-MM-DD, YYYY-MM or YYYY (the UN rows give only a year). */
function checkDate(value: string, where: string, line: number): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value)
  const month = m?.[2] === undefined ? 1 : Number(m[2])
  const day = m?.[3] === undefined ? 1 : Number(m[3])
  const valid = m && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate()
  if (!valid) throw new CommuniqueError('invalid-input', `${where}:${line}: column date: "${value}" is not a date; use YYYY-MM-DD, YYYY-MM or YYYY`)
  return value
}

/**
 * Splits "United States; Japan" (or comma-separated when there is no semicolon) into canonical
 * names; an ISO code in parentheses ("Afghanistan (AFG)") is dropped, and an organisation that is
 * a party goes by its canonical name ("European Commission" → "European Union", as the text's).
 */
export function splitParties(value: string): string[] {
  const parts = value.includes(';') ? value.split(';') : value.split(',')
  return parts
    .map((p) => p.trim().replace(/\s*\([A-Z]{3}\)$/, ''))
    .filter(Boolean)
    .map((p) => canonicalCountry(p) ?? canonicalOrganisation(p) ?? p)
}

/** The canonical name of an organisation party printed in one of its forms, or null. */
function canonicalOrganisation(name: string): string | null {
  const bare = name.replace(/^the\s+/i, '')
  return organisationParties().find((o) => o.re.exec(bare)?.[0] === bare)?.name ?? null
}
