// A temporary SQLite store holding the seed statement (ingested through the real pipeline) with some
// tracking recorded through the CLI, and helpers to read the report's item cards and the gold file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dice } from '../../src/eval/score.js'
import type { GoldDocument, GoldItem } from '../../src/eval/gold.js'
import { runCli, type CliResult } from '../cli-store/run-cli.js'
import { SEED, SHARED } from '../helpers/paths.js'

/** The seed's series as the parser reads it. */
export const SEED_SERIES = 'Japan-UK Foreign and Defence Ministerial Meeting'
/** The seed meeting's slug. */
export const SEED_SLUG = 'japan-uk-foreign-and-defence-ministerial-meeting-2016-01-08'

/** A temporary store and the CLI bound to it. */
export interface ReportStore {
  dir: string
  env: Record<string, string>
  cli: (...args: string[]) => Promise<CliResult>
  cleanup: () => void
}

/** A fresh, empty store in a temporary folder; "today" is 2017-11-15 unless `today` says otherwise. */
export function emptyStore(today = '2017-11-15'): ReportStore {
  const dir = mkdtempSync(join(tmpdir(), 'communique-report-cli-'))
  const env = { COMMUNIQUE_DB: join(dir, 'store.db'), COMMUNIQUE_TODAY: today, COMMUNIQUE_USER: 'tester' }
  return { dir, env, cli: (...args) => runCli(args, env), cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Runs a CLI command that must succeed. */
export async function ok(s: ReportStore, ...args: string[]): Promise<CliResult> {
  const r = await s.cli(...args)
  if (r.code !== 0) throw new Error(`communique ${args.join(' ')} failed (${r.code}): ${r.err}`)
  return r
}

/** Trackable items of the seed as `list --json` shows them. */
export async function seedItems(s: ReportStore): Promise<Array<{ id: number; paragraph: number; text: string }>> {
  return JSON.parse((await ok(s, 'list', '--json', '--meeting', SEED_SLUG)).out) as Array<{ id: number; paragraph: number; text: string }>
}

/** The id of the seed's trackable item in `paragraph` whose text contains `words`. */
export async function itemId(s: ReportStore, paragraph: number, words: string): Promise<number> {
  const hit = (await seedItems(s)).find((i) => i.paragraph === paragraph && i.text.includes(words))
  if (!hit) throw new Error(`no trackable item in ¶${paragraph} with "${words}"`)
  return hit.id
}

/**
 * A store holding the seed with tracking recorded: the Typhoon visit (¶16, due 2016-12-31) done with
 * evidence, cyber (¶13) in progress with an owner, and scores in rounds interim-2016 and final-2016.
 */
export async function seededStore(): Promise<ReportStore & { typhoon: number; cyber: number }> {
  const s = emptyStore()
  await ok(s, 'ingest', SEED)
  const typhoon = await itemId(s, 16, 'Typhoon')
  const cyber = await itemId(s, 13, 'information-sharing')
  await ok(s, 'owner', String(cyber), 'FCO Cyber Policy Department')
  await ok(s, 'status', String(cyber), 'in-progress')
  await ok(s, 'status', String(typhoon), 'done')
  await ok(s, 'evidence', String(typhoon), '--date', '2016-10-22', '--note', 'Typhoons arrived at Misawa')
  await ok(s, 'assess', String(typhoon), '--party', 'Japan', '--score', '0', '--round', 'interim-2016', '--rationale', 'planned')
  await ok(s, 'assess', String(typhoon), '--party', 'Japan', '--score', '1', '--round', 'final-2016', '--rationale', 'visit hosted')
  await ok(s, 'assess', String(cyber), '--party', 'UK', '--score', '-1', '--round', 'final-2016', '--rationale', 'nothing yet')
  return { ...s, typhoon, cyber }
}

/**
 * Writes a small statement into the store's folder and ingests it.
 * @param paragraphs the numbered paragraphs' texts
 */
export async function ingestText(s: ReportStore, name: string, paragraphs: string[], flags: string[]): Promise<void> {
  const path = join(s.dir, name)
  writeFileSync(path, `${paragraphs.map((p, i) => `${i + 1}. ${p}`).join('\n\n')}\n`)
  await ok(s, 'ingest', path, ...flags)
}

/** The gold file of the seed. */
export function seedGold(): GoldDocument {
  return JSON.parse(readFileSync(join(SHARED, 'gold/japan-uk-2plus2-2016-01-08.json'), 'utf8')) as GoldDocument
}

/** The required (not optional) commitments and directives of the gold file. */
export function requiredTrackable(gold: GoldDocument): GoldItem[] {
  return gold.items.filter((g) => !g.optional && (g.type === 'commitment' || g.type === 'directive'))
}

/** One item card of the HTML report: its ¶ number and clause. */
export interface Card {
  id: number
  paragraph: number
  text: string
}

/** Reads the item cards (`<article class="item ...">`) of a report's HTML. */
export function itemCards(html: string): Card[] {
  const cards: Card[] = []
  const card = /<article class="item[^"]*" id="item-(\d+)">[\s\S]*?<span class="para"[^>]*>¶(\d+)<\/span>[\s\S]*?<p class="item-text">([\s\S]*?)<\/p>/g
  for (const m of html.matchAll(card)) cards.push({ id: Number(m[1]), paragraph: Number(m[2]), text: unescapeHtml(m[3]!) })
  return cards
}

/** The card that matches a gold item as the scorer pairs them: same paragraph, Dice ≥ 0.5 (best first). */
export function matchCard(gold: GoldItem, cards: readonly Card[]): Card | null {
  const scored = cards
    .filter((c) => gold.paragraph === null || c.paragraph === gold.paragraph)
    .map((c) => ({ c, d: dice(gold.quote, c.text) }))
    .filter((x) => x.d >= 0.5)
    .sort((a, b) => b.d - a.d)
  return scored[0]?.c ?? null
}

function unescapeHtml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
}
