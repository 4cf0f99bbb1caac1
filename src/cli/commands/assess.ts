// `communique assess ITEM --party --score --rationale [--round]` records a compliance score;
// `communique compliance [--by party|topic|meeting]` averages them.
import { Option, type Command } from 'commander'
import { assessItem } from '../../commands/track-item.js'
import { complianceReport } from '../../commands/compliance-report.js'
import type { ComplianceGrouping } from '../../track/index.js'
import type { CliContext } from '../program.js'
import { addChangeOptions, reportChange, type ChangeValues } from '../change-helpers.js'
import { addFilterOptions, addFormatOptions, parseItemId, printRows, toFilter, withStore, type FilterValues } from '../store-helpers.js'
import { parseRound } from '../../track/index.js'

/** Registers `assess` and `compliance`. */
export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('assess')
    .description("Score one party's compliance with an item: -1 not done, 0 partly, +1 done")
    .argument('<item>', 'item id')
    .requiredOption('--party <name>', 'the party assessed (an actor of the item or a party of its meeting)')
    .requiredOption('--score <score>', '-1, 0 or 1')
    .requiredOption('--rationale <text>', 'why this score')
    .option('--round <name>', 'assessment round, e.g. interim-2016 or final-2016 (default "default")')
  addChangeOptions(cmd)
  cmd.addHelpText(
    'after',
    `
Example:
  $ communique assess 12 --party Japan --score 1 --rationale "visit took place in October" --round final-2016`,
  )
  cmd.action(async (item: string, opts: ChangeValues & { party: string; score: string; rationale: string; round?: string }) => {
    const id = parseItemId(item)
    await reportChange(ctx, opts, (o) => assessItem(id, { party: opts.party, score: opts.score, rationale: opts.rationale, round: opts.round }, o))
  })

  const summary = program
    .command('compliance')
    .description('Average compliance scores by party, topic or meeting (−1 → 0 %, +1 → 100 %)')
    .addOption(new Option('--by <grouping>', 'group by').choices(['party', 'topic', 'meeting']).default('party'))
    .option('--round <name>', "only this round (default: each party's latest score per item)")
  addFilterOptions(summary)
  addFormatOptions(summary)
  summary.action(async (opts: FilterValues & { by: ComplianceGrouping; round?: string; json?: boolean; csv?: boolean }) => {
    const round = opts.round === undefined ? undefined : parseRound(opts.round)
    const rows = await withStore(ctx, (store) => complianceReport(store, { by: opts.by, round, filter: toFilter(opts, ctx) }))
    printRows(
      ctx,
      opts,
      rows,
      rows.map((r) => ({ [opts.by]: r.key, assessments: r.count, items: r.items, mean: r.mean.toFixed(2), percent: `${r.percent} %` })),
      [opts.by, 'assessments', 'items', 'mean', 'percent'],
    )
  })
}
