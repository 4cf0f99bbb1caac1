// `communique list`: items with their tracking state, filtered; as a table, JSON or CSV.
import type { Command } from 'commander'
import { countOption } from '../options.js'
import type { CliContext } from '../program.js'
import { addFilterOptions, addFormatOptions, itemRow, printRows, toFilter, withStore, type FilterValues } from '../store-helpers.js'

/** Registers `list`. */
export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('list')
    .description('List stored items (ITEM ids for show, status, owner ...)')
    .option('--all', 'include untracked items (support, call, position); by default only commitments and directives')
    .option('--limit <n>', 'at most this many items (1 to 10,000)', countOption('--limit'))
    .option('--paragraph <n>', 'only items of this paragraph number', countOption('--paragraph'))
    .option('--text <words>', 'only items whose text contains these words (any case)')
    .option('--ids', 'print only the item ids, one per line (for scripts: ID=$(communique list --paragraph 16 --text Typhoon --ids))')
  addFilterOptions(cmd)
  addFormatOptions(cmd)
  cmd.addHelpText(
    'after',
    `
Examples:
  $ communique list --meeting japan-uk-foreign-and-defence-ministerial-meeting-2016-01-08
  $ communique list --party Japan --topic cyber --status in-progress --csv
  $ communique list --overdue --json
  $ communique list --paragraph 16 --text Typhoon --ids`,
  )
  cmd.action(
    async (opts: FilterValues & { all?: boolean; limit?: number; paragraph?: number; text?: string; ids?: boolean; json?: boolean; csv?: boolean }) => {
      const filter = toFilter(opts, ctx)
      if (!opts.all && !opts.type) filter.trackableOnly = true
      const narrowed = opts.paragraph !== undefined || opts.text !== undefined
      if (opts.limit !== undefined && !narrowed) filter.limit = opts.limit
      const words = opts.text?.toLowerCase().split(/\s+/).filter(Boolean) ?? []
      // Note: paragraph and text narrow the listing here, after the store's filters (a few thousand rows at most).
      const items = (await withStore(ctx, (store) => store.listItems(filter)))
        .filter((i) => opts.paragraph === undefined || i.paragraph === opts.paragraph)
        .filter((i) => words.every((w) => i.text.toLowerCase().includes(w)))
        .slice(0, narrowed ? opts.limit : undefined)
      if (opts.ids) {
        if (items.length > 0) ctx.output.out(items.map((i) => String(i.id)).join('\n'))
        return
      }
      printRows(
        ctx,
        opts,
        items,
        items.map(itemRow),
        opts.csv
          ? ['id', 'meeting', 'date', 'para', 'local', 'type', 'status', 'owner', 'due', 'actors', 'topics', 'text']
          : ['id', 'date', 'para', 'type', 'review', 'status', 'owner', 'due', 'text'],
      )
    },
  )
}
