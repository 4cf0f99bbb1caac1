// Shared by the store commands: opening the store from the environment, the acting user, the
// item filter options, item ids, and --json/--csv output. (Not a command itself.)
import { userInfo } from 'node:os'
import { resolve } from 'node:path'
import { Option, type Command } from 'commander'
import { CommuniqueError } from '../core/errors.js'
import type { ItemType } from '../core/item.js'
import { sharedItemFilter, type SharedFilterValues } from '../commands/query-items.js'
import { withStoreFromEnv } from '../commands/store-from-env.js'
import { DEFAULT_DB_PATH } from '../store/open-store.js'
import type { Store } from '../store/store.js'
import type { ItemFilter, ReviewState, StoredItem } from '../store/types.js'
import { assertIsoDate, resolveActor } from '../track/index.js'
import { formatCsv, formatTable, printJson } from './output.js'
import type { CliContext } from './program.js'

/**
 * Opens the store named by DATABASE_URL (PostgreSQL) or COMMUNIQUE_DB (SQLite file, default
 * ./communique.db), runs `fn`, and closes it.
 */
export async function withStore<T>(ctx: CliContext, fn: (store: Store) => Promise<T>): Promise<T> {
  return withStoreFromEnv(ctx.env, ctx.cwd, fn)
}

/** The SQLite store file in use (COMMUNIQUE_DB or ./communique.db), or null with DATABASE_URL. */
export function storePathOf(ctx: CliContext): string | null {
  if (ctx.env.DATABASE_URL?.trim()) return null
  return resolve(ctx.cwd, ctx.env.COMMUNIQUE_DB?.trim() || DEFAULT_DB_PATH)
}

/** Adds --as NAME to a command that changes something. */
export function addActorOption(cmd: Command): Command {
  return cmd.option('--as <name>', 'act as this user (default $COMMUNIQUE_USER, else your OS user name)')
}

/** The acting user: --as, $COMMUNIQUE_USER, or the OS user. */
export function actorOf(opts: { as?: string }, ctx: CliContext): string {
  let osUser: string | undefined
  try {
    osUser = userInfo().username
  } catch {
    osUser = undefined
  }
  return resolveActor({ as: opts.as, envUser: ctx.env.COMMUNIQUE_USER, osUser })
}

/** The Chromium to print PDFs with: $COMMUNIQUE_CHROMIUM, or undefined for the default. */
export function chromiumOf(ctx: CliContext): string | undefined {
  return ctx.env.COMMUNIQUE_CHROMIUM?.trim() || undefined
}

/** Today's ISO date: $COMMUNIQUE_TODAY (for reproducible runs) or the clock. */
export function todayOf(ctx: CliContext): string {
  const fixed = ctx.env.COMMUNIQUE_TODAY?.trim()
  return fixed ? assertIsoDate(fixed, 'COMMUNIQUE_TODAY') : new Date().toISOString().slice(0, 10)
}

/** The current time as an ISO timestamp. */
export function nowOf(): string {
  return new Date().toISOString()
}

const ITEM_TYPES: ItemType[] = ['commitment', 'directive', 'support', 'call', 'position']

/** Adds the item filters shared by list, search and export. */
export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--meeting <id|slug>', 'only this meeting (its number or slug, see `communique meetings`)')
    .option('--series <name>', 'only meetings of this series')
    .option('--party <name>', 'only items this party undertakes (e.g. Japan, UK)')
    .option('--topic <topic>', 'only items on this topic (e.g. cyber)')
    .addOption(new Option('--type <type>', 'only items of this type').choices(ITEM_TYPES))
    .option('--status <status>', 'only tracked items with this status')
    .option('--overdue', 'only items past their due date and not done or dropped')
    .option('--due-before <YYYY-MM-DD>', 'only items due on or before this date')
    .option('--all-versions', 'include items of superseded document versions')
    .addOption(new Option('--review <state>', 'only items in this review state').choices(['proposed', 'accepted', 'rejected']))
}

/** Values of the filter options. */
export interface FilterValues extends SharedFilterValues {
  allVersions?: boolean
  review?: ReviewState
}

/** Turns filter options into an ItemFilter, checking status and date. */
export function toFilter(opts: FilterValues, ctx: CliContext): ItemFilter {
  const f = sharedItemFilter(opts, () => todayOf(ctx), '--due-before')
  if (opts.allVersions) f.allVersions = true
  if (opts.review) f.review = [opts.review]
  return f
}

/**
 * Reads an id argument: a positive whole number, "#12" allowed.
 * @param name the argument's name in the message ("ITEM")
 * @param what what it is, with its article ("an item id")
 * @param listing the command that shows such ids ("communique list")
 * @throws CommuniqueError 'usage'
 */
export function parseId(value: string, name: string, what: string, listing: string): number {
  const v = value.trim().replace(/^#/, '')
  if (/^\d{1,9}$/.test(v) && Number(v) > 0) return Number(v)
  throw new CommuniqueError('usage', `${name} must be ${what} (a whole number, as \`${listing}\` shows), got "${value}"`)
}

/** Reads an ITEM argument: the integer id `communique list` shows. */
export function parseItemId(value: string): number {
  return parseId(value, 'ITEM', 'an item id', 'communique list')
}

/** Adds --json and, for tabular output, --csv. */
export function addFormatOptions(cmd: Command, tabular = true): Command {
  cmd.option('--json', 'print JSON')
  return tabular ? cmd.option('--csv', 'print CSV (RFC 4180)') : cmd
}

/** Prints rows as JSON (`json` value), CSV, or an aligned table. */
export function printRows(
  ctx: CliContext,
  opts: { json?: boolean; csv?: boolean },
  json: unknown,
  rows: Array<Record<string, unknown>>,
  columns: string[],
): void {
  if (opts.json) printJson(ctx.output, json)
  else if (opts.csv) ctx.output.out(formatCsv(rows, columns))
  else if (rows.length === 0) ctx.output.out('(nothing found)')
  else ctx.output.out(formatTable(rows, columns))
}

/** The row of an item in tables and CSV. */
export function itemRow(i: StoredItem): Record<string, unknown> {
  return {
    id: i.id,
    date: i.meetingDate,
    meeting: i.meetingSlug,
    para: i.paragraph,
    local: i.localId,
    type: i.type,
    status: i.tracking?.status ?? '',
    owner: i.tracking?.owner ?? '',
    due: i.tracking?.due ?? '',
    actors: i.actors,
    topics: i.topics,
    text: i.text,
    review: i.review.state + (i.review.origin === 'added' ? '+added' : '') + (i.review.edited ? '+edited' : ''),
  }
}
