// Parses the search syntax users type into terms both back-ends can run:
// words (all required), "quoted phrases", prefix*, OR between two terms, -excluded.
import { CommuniqueError } from '../../core/errors.js'
import { onlyStopWords } from './stop-words.js'

/** One word or phrase of a query (never only stop words; see stop-words.ts). */
export interface QueryTerm {
  /** The word(s), without quotes or operators. */
  text: string
  phrase: boolean
  /** Matches words starting with `text` (written `word*`). */
  prefix: boolean
}

/** A parsed query: every group must match (one of its terms), no excluded term may match. */
export interface ParsedQuery {
  /** AND of ORs. */
  groups: QueryTerm[][]
  exclude: QueryTerm[]
}

const TOKEN = /(-?)"([^"]*)"|(-?)([^\s"]+)/g

/**
 * Parses a user query.
 * @example parseQuery('cyber* OR "information sharing" -terrorism')
 * @throws CommuniqueError 'usage' when nothing searchable remains
 */
export function parseQuery(input: string): ParsedQuery {
  const groups: QueryTerm[][] = []
  const exclude: QueryTerm[] = []
  let joinNext = false
  const dropped: string[] = []
  for (const m of input.matchAll(TOKEN)) {
    const negated = (m[1] ?? m[3]) === '-'
    const phrase = m[2] !== undefined
    const raw = phrase ? m[2]! : m[4]!
    if (!phrase && raw === 'OR') {
      joinNext = groups.length > 0
      continue
    }
    const prefix = !phrase && raw.endsWith('*')
    const text = clean(prefix ? raw.slice(0, -1) : raw)
    if (!text) continue
    // Note: one meaning on both back-ends: stop words are dropped (PostgreSQL does not index them),
    // and a word that cleaning split ("U.S.-Japan" → "U S Japan") is a phrase on both.
    if (onlyStopWords(text)) {
      dropped.push(text.toLowerCase())
      if (!negated) joinNext = false
      continue
    }
    const term: QueryTerm = { text, phrase: text.includes(' '), prefix: prefix && !text.includes(' ') }
    if (negated) exclude.push(term)
    else if (joinNext) groups[groups.length - 1]!.push(term)
    else groups.push([term])
    joinNext = false
  }
  if (groups.length === 0 && dropped.length > 0) {
    throw new CommuniqueError(
      'usage',
      `the search "${input}" has no word to look for: common words (${[...new Set(dropped)].join(', ')}) are not indexed; give a more specific word (e.g. communique search cybersecurity)`,
    )
  }
  if (groups.length === 0) {
    throw new CommuniqueError('usage', `the search "${input}" has no word to look for; give at least one word (e.g. communique search cybersecurity)`)
  }
  return { groups, exclude }
}

/** Letters, digits and inner apostrophes/hyphens become words; everything else separates them. */
function clean(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The query as an FTS5 MATCH expression, every term quoted so no user text is read as syntax. */
export function toFts5(q: ParsedQuery): string {
  const term = (t: QueryTerm): string => `"${t.text.replace(/"/g, '""')}"${t.prefix ? '*' : ''}`
  const positive = q.groups.map((g) => (g.length === 1 ? term(g[0]!) : `(${g.map(term).join(' OR ')})`)).join(' AND ')
  return q.exclude.reduce((expr, t) => `${expr} NOT ${term(t)}`, q.groups.length > 1 || q.exclude.length > 0 ? `(${positive})` : positive)
}
