// `communique gold export --meeting M --out FILE`: a reviewed meeting as a gold file (the format
// `eval` and ../shared/eval/score.mjs read), so every review grows the extractor's test set.
import { renameSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { exportGold, requiredCount } from '../../commands/review-gold.js'
import { CommuniqueError } from '../../core/errors.js'
import { printJson } from '../output.js'
import type { CliContext } from '../program.js'
import { withStore } from '../store-helpers.js'

/** Registers `gold export`. */
export function register(program: Command, ctx: CliContext): void {
  const gold = program.command('gold').description('Write reviewed meetings as gold files for `eval` and score.mjs')
  gold
    .command('export')
    .description('Write the review of one meeting as a gold file: every item but the rejected ones')
    .requiredOption('--meeting <id|slug>', 'the meeting')
    .option('--out <file>', 'write the gold file here (default: print it)')
    .option('--json', 'print the gold file (the default without --out)')
    .addHelpText(
      'after',
      `
Commitments and directives (accepted, edited, added or still proposed) are the items the scorer
requires; rejected items are left out. Score the extractor's output against it with eval or
score.mjs.

Examples:
  $ communique gold export --meeting 1 --out gold/japan-uk-2plus2-2016-01-08.json
  $ node ../shared/eval/score.mjs gold/japan-uk-2plus2-2016-01-08.json pred/japan-uk-2plus2-2016-01-08.json`,
    )
    .action(async (opts: { meeting: string; out?: string; json?: boolean }) => {
      const doc = await withStore(ctx, (store) => exportGold(store, opts.meeting))
      if (!opts.out) {
        printJson(ctx.output, doc)
        return
      }
      const path = resolve(ctx.cwd, opts.out)
      try {
        // Note: written beside the target and renamed, so a failed write leaves no half file.
        writeFileSync(`${path}.tmp`, `${JSON.stringify(doc, null, 1)}\n`)
        renameSync(`${path}.tmp`, path)
      } catch (error) {
        throw new CommuniqueError(
          'write-failed',
          `cannot write ${opts.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}; check that its folder exists and is writable`,
          { cause: error },
        )
      }
      if (opts.json) printJson(ctx.output, doc)
      else ctx.output.out(`wrote ${opts.out}: ${doc.items.length} items, ${requiredCount(doc)} commitments and directives required`)
    })
}
