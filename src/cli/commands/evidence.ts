// `communique evidence ITEM --url --note [--date]`: records evidence that an item moved.
import type { Command } from 'commander'
import { addEvidence } from '../../commands/track-item.js'
import type { CliContext } from '../program.js'
import { addChangeOptions, reportChange, type ChangeValues } from '../change-helpers.js'
import { parseItemId } from '../store-helpers.js'

/** Registers `evidence`. */
export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('evidence')
    .description('Add evidence (a source and a note) to an item')
    .argument('<item>', 'item id')
    .option('--url <url>', 'where the evidence is')
    .option('--note <text>', 'what it shows')
    .option('--date <YYYY-MM-DD>', 'date of the evidence')
  addChangeOptions(cmd)
  cmd.addHelpText(
    'after',
    `
Example:
  $ communique evidence 59 --url https://www.mofa.go.jp/press/release/ --note "Typhoons visited Misawa" --date 2016-10-20
  (59 is the Typhoon pledge in a fresh store of the example; find ids with: communique list --paragraph 16 --text Typhoon --ids)`,
  )
  cmd.action(async (item: string, opts: ChangeValues & { url?: string; note?: string; date?: string }) => {
    const id = parseItemId(item)
    await reportChange(ctx, opts, (o) => addEvidence(id, { url: opts.url, note: opts.note, date: opts.date }, o))
  })
}
