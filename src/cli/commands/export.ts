// `communique export --format json|csv`: commitment and compliance records (schema/communique-export.schema.json).
import { resolve } from 'node:path'
import { Option, type Command } from 'commander'
import { exportCsvRows, exportRecords, EXPORT_CSV_COLUMNS } from '../../commands/export-records.js'
import { assertOutputTarget, writeOutputFile } from '../../commands/output-file.js'
import { formatCsv } from '../output.js'
import type { CliContext } from '../program.js'
import { addFilterOptions, nowOf, storePathOf, toFilter, withStore, type FilterValues } from '../store-helpers.js'

/** Registers `export`. */
export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('export')
    .description('Export items with tracking, evidence, assessments, comments and history')
    .addOption(
      new Option('--format <format>', 'json follows schema/communique-export.schema.json; csv has one row per item').choices(['json', 'csv']).default('json'),
    )
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--force', 'overwrite --output even when it is not an earlier export of this format (never the store)')
    .option('--all', 'include untracked items (support, call, position)')
  addFilterOptions(cmd)
  cmd.addHelpText(
    'after',
    `
Examples:
  $ communique export --format json --output register.json
  $ communique export --format csv --meeting 1 --all > items.csv`,
  )
  cmd.action(async (opts: FilterValues & { format: 'json' | 'csv'; output?: string; all?: boolean; force?: boolean }) => {
    const filter = toFilter(opts, ctx)
    const target = opts.output
      ? { path: resolve(ctx.cwd, opts.output), kind: `export-${opts.format}` as const, force: opts.force === true, storePath: storePathOf(ctx) }
      : null
    if (target) assertOutputTarget(target)
    if (!opts.all && !opts.type) filter.trackableOnly = true
    const doc = await withStore(ctx, (store) => exportRecords(store, filter, nowOf()))
    const text = opts.format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : formatCsv(exportCsvRows(doc), [...EXPORT_CSV_COLUMNS])
    if (!opts.output) {
      ctx.output.out(text)
      return
    }
    await writeOutputFile(target!, text)
    ctx.output.err(`exported ${doc.items.length} items of ${doc.meetings.length} meetings to ${opts.output}`)
  })
}
