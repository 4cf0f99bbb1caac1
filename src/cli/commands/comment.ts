// `communique comment ITEM TEXT`: adds a comment to an item.
import type { Command } from 'commander'
import { addComment } from '../../commands/track-item.js'
import type { CliContext } from '../program.js'
import { addChangeOptions, reportChange, type ChangeValues } from '../change-helpers.js'
import { parseItemId } from '../store-helpers.js'

/** Registers `comment`. */
export function register(program: Command, ctx: CliContext): void {
  const cmd = program.command('comment').description('Add a comment to an item').argument('<item>', 'item id').argument('<text...>', 'the comment')
  addChangeOptions(cmd)
  cmd.action(async (item: string, text: string[], opts: ChangeValues) => {
    const id = parseItemId(item)
    await reportChange(ctx, opts, (o) => addComment(id, text.join(' '), o))
  })
}
