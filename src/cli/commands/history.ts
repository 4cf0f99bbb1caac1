// `communique history ITEM`: every change made to an item, oldest first.
import type { Command } from 'commander'
import { CommuniqueError } from '../../core/errors.js'
import { describeChange } from '../../track/index.js'
import type { CliContext } from '../program.js'
import { addFormatOptions, parseItemId, printRows, withStore } from '../store-helpers.js'

/** Registers `history`. */
export function register(program: Command, ctx: CliContext): void {
  const cmd = program.command('history').description('Show who changed what on an item, and when (append-only)').argument('<item>', 'item id')
  addFormatOptions(cmd)
  cmd.action(async (item: string, opts: { json?: boolean; csv?: boolean }) => {
    const id = parseItemId(item)
    const entries = await withStore(ctx, async (store) => {
      if (!(await store.getItem(id))) throw new CommuniqueError('not-found', `no item ${id} in the store; run \`communique list\` to see item ids`)
      return store.history(id)
    })
    printRows(
      ctx,
      opts,
      entries,
      entries.map((e) => ({
        version: e.version,
        when: opts.csv ? e.changedAt : e.changedAt.slice(0, 16).replace('T', ' '),
        who: e.actor,
        field: e.field,
        change: describeChange(e),
        before: JSON.stringify(e.before),
        after: JSON.stringify(e.after),
        note: e.note ?? '',
      })),
      opts.csv ? ['version', 'when', 'who', 'field', 'before', 'after', 'note'] : ['version', 'when', 'who', 'change', 'note'],
    )
  })
}
