// `communique list`: items with their tracking state, filtered; as a table, JSON or CSV.
import type { Command } from 'commander'
import type { CliContext } from '../program.js'
import { addFilterOptions, addFormatOptions, itemRow, printRows, toFilter, withStore, type FilterValues } from '../store-helpers.js'

/** Registers `list`. */
export function register(program: Command, ctx: CliContext): void {
  const cmd = program.command('list').description('List stored items (ITEM ids for show, status, owner ...)')
    .option('--all', 'include untracked items (support, call, position); by default only commitments and directives')
    .option('--limit <n>', 'at most this many items', (v: string) => Number(v))
  addFilterOptions(cmd)
  addFormatOptions(cmd)
  cmd.addHelpText('after', `
Examples:
  $ communique list --meeting japan-uk-foreign-and-defence-ministerial-meeting-2016-01-08
  $ communique list --party Japan --topic cyber --status in-progress --csv
  $ communique list --overdue --json`)
  cmd.action(async (opts: FilterValues & { all?: boolean; limit?: number; json?: boolean; csv?: boolean }) => {
    const filter = toFilter(opts, ctx)
    if (!opts.all && !opts.type) filter.trackableOnly = true
    if (opts.limit !== undefined && Number.isFinite(opts.limit) && opts.limit > 0) filter.limit = Math.floor(opts.limit)
    const items = await withStore(ctx, (store) => store.listItems(filter))
    printRows(ctx, opts, items, items.map(itemRow), opts.csv
      ? ['id', 'meeting', 'date', 'para', 'local', 'type', 'status', 'owner', 'due', 'actors', 'topics', 'text']
      : ['id', 'date', 'para', 'type', 'review', 'status', 'owner', 'due', 'text'])
  })
}
