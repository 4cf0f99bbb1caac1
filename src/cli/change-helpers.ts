// Shared by the commands that change an item: --as, --if-version, --json, and the one-line report.
import type { Command } from 'commander'
import { CommuniqueError } from '../core/errors.js'
import type { ChangeOptions } from '../commands/track-item.js'
import type { ChangeResult } from '../store/types.js'
import { describeChange } from '../track/index.js'
import { printJson } from './output.js'
import type { CliContext } from './program.js'
import { actorOf, addActorOption, nowOf, withStore } from './store-helpers.js'

/** Values of the change options. */
export interface ChangeValues {
  as?: string
  ifVersion?: string
  json?: boolean
}

/** Adds --as, --if-version and --json. */
export function addChangeOptions(cmd: Command): Command {
  addActorOption(cmd)
  return cmd
    .option('--if-version <n>', 'refuse the change (exit 3) unless the item is still at this version (see `show`)')
    .option('--json', 'print the changed item and the history entry as JSON')
}

/** Runs a change against the store and prints "item 12 v3: status: a → b" (or JSON). */
export async function reportChange(ctx: CliContext, opts: ChangeValues, run: (o: ChangeOptions) => Promise<ChangeResult>): Promise<void> {
  let ifVersion: number | undefined
  if (opts.ifVersion !== undefined) {
    if (!/^\d{1,9}$/.test(opts.ifVersion.trim())) throw new CommuniqueError('usage', `--if-version expects a version number, got "${opts.ifVersion}"`)
    ifVersion = Number(opts.ifVersion)
  }
  const actor = actorOf(opts, ctx)
  const result = await withStore(ctx, (store) => run({ store, actor, now: nowOf(), ifVersion }))
  if (opts.json) printJson(ctx.output, result)
  else ctx.output.out(`item ${result.item.id} v${result.entry.version}: ${describeChange(result.entry)} (by ${actor})`)
}
