// `communique search "QUERY"`: ranked full-text search over paragraphs, with the item filters.
import type { Command } from 'commander'
import { countOption } from '../options.js'
import { HIGHLIGHT_MARKS } from '../output.js'
import type { CliContext } from '../program.js'
import { addFilterOptions, addFormatOptions, printRows, toFilter, withStore, type FilterValues } from '../store-helpers.js'

/** Registers `search`. */
export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('search')
    .description('Search every stored statement; words are all required, "quoted phrases", prefix*, a OR b, -exclude')
    .argument('<query...>', 'what to look for')
    .option('--limit <n>', 'at most this many hits (default 20, at most 10,000)', countOption('--limit'))
  addFilterOptions(cmd)
  addFormatOptions(cmd)
  cmd.addHelpText(
    'after',
    `
Examples:
  $ communique search cybersecurity
  $ communique search "maritime security" --party Japan --type commitment
  $ communique search 'cyber* OR "information sharing"' --series "Japan-UK Foreign and Defence Ministerial Meeting"`,
  )
  cmd.action(async (query: string[], opts: FilterValues & { limit?: number; json?: boolean; csv?: boolean }) => {
    const limit = opts.limit ?? 20
    const marks: [string, string] = ctx.output.isTTY && !opts.json && !opts.csv ? HIGHLIGHT_MARKS : ['**', '**']
    const hits = await withStore(ctx, (store) => store.search(query.join(' '), toFilter(opts, ctx), { limit, highlight: marks }))
    if (!opts.json && !opts.csv) {
      if (hits.length === 0) {
        ctx.output.out('(nothing found)')
        return
      }
      ctx.output.out(
        hits
          .map(
            (h) =>
              `${h.meetingDate ?? '????'}  ${h.meetingSlug}  ¶${h.paragraph}${h.itemIds.length ? `  items ${h.itemIds.join(', ')}` : ''}\n  ${h.snippet.replace(/\s+/g, ' ')}`,
          )
          .join('\n\n'),
      )
      return
    }
    printRows(
      ctx,
      opts,
      hits,
      hits.map((h) => ({ meeting: h.meetingSlug, date: h.meetingDate, paragraph: h.paragraph, rank: h.rank.toFixed(4), items: h.itemIds, snippet: h.snippet })),
      ['meeting', 'date', 'paragraph', 'rank', 'items', 'snippet'],
    )
  })
}
