// `communique due ITEM DATE`: edits the due date of an item ("none" clears it).
import type { Command } from 'commander'
import { setDue } from '../../commands/track-item.js'
import type { CliContext } from '../program.js'
import { addChangeOptions, reportChange, type ChangeValues } from '../change-helpers.js'
import { parseItemId } from '../store-helpers.js'

/** Registers `due`. */
export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('due')
    .description("Set the due date of an item (starts as its deadline's end)")
    .argument('<item>', 'item id')
    .argument('<date>', 'YYYY-MM-DD, or "none" to clear')
  addChangeOptions(cmd)
  cmd.action(async (item: string, date: string, opts: ChangeValues) => {
    const id = parseItemId(item)
    await reportChange(ctx, opts, (o) => setDue(id, date, o))
  })
}
