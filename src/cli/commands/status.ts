// `communique status ITEM STATUS`: sets the status of a tracked item.
import type { Command } from 'commander'
import { setStatus } from '../../commands/track-item.js'
import { STATUSES } from '../../core/tracking.js'
import type { CliContext } from '../program.js'
import { addChangeOptions, reportChange, type ChangeValues } from '../change-helpers.js'
import { parseItemId } from '../store-helpers.js'

/** Registers `status`. */
export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('status')
    .description(`set the status of a commitment or directive (${STATUSES.join(', ')})`)
    .argument('<item>', 'item id')
    .argument('<status>', STATUSES.join(' | '))
    .option('--note <text>', 'why, kept in the history')
  addChangeOptions(cmd)
  cmd.addHelpText(
    'after',
    `
Examples:
  $ communique status 12 in-progress --note "first meeting held in March"
  $ communique status 12 done --if-version 3`,
  )
  cmd.action(async (item: string, status: string, opts: ChangeValues & { note?: string }) => {
    const id = parseItemId(item)
    await reportChange(ctx, opts, (o) => setStatus(id, status, { ...o, note: opts.note ?? null }))
  })
}
