// `communique owner ITEM NAME`: sets (or clears) who owns the follow-up of an item.
import type { Command } from 'commander'
import { setOwner } from '../../commands/track-item.js'
import { CommuniqueError } from '../../core/errors.js'
import type { CliContext } from '../program.js'
import { addChangeOptions, reportChange, type ChangeValues } from '../change-helpers.js'
import { parseItemId } from '../store-helpers.js'

/** Registers `owner`. */
export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('owner')
    .description('Set who owns the follow-up of an item (free text)')
    .argument('<item>', 'item id')
    .argument('[name]', 'owner, e.g. "MOFA Security Policy Division"')
    .option('--clear', 'remove the owner')
  addChangeOptions(cmd)
  cmd.action(async (item: string, name: string | undefined, opts: ChangeValues & { clear?: boolean }) => {
    const id = parseItemId(item)
    if (!opts.clear && !name?.trim()) throw new CommuniqueError('usage', "give the owner's name, or --clear to remove it")
    await reportChange(ctx, opts, (o) => setOwner(id, opts.clear ? null : name!, o))
  })
}
