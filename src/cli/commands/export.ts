// `communique export --format json|csv`: commitment and compliance records (schema/communique-export.schema.json).
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Option, type Command } from 'commander'
import { exportCsvRows, exportRecords, EXPORT_CSV_COLUMNS } from '../../commands/export-records.js'
import { CommuniqueError } from '../../core/errors.js'
import { formatCsv } from '../output.js'
import type { CliContext } from '../program.js'
import { addFilterOptions, nowOf, toFilter, withStore, type FilterValues } from '../store-helpers.js'

/** Registers `export`. */
export function register(program: Command, ctx: CliContext): void {
  const cmd = program.command('export').description('Export items with tracking, evidence, assessments, comments and history')
    .addOption(new Option('--format <format>', 'json follows schema/communique-export.schema.json; csv has one row per item').choices(['json', 'csv']).default('json'))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--all', 'include untracked items (support, call, position)')
  addFilterOptions(cmd)
  cmd.action(async (opts: FilterValues & { format: 'json' | 'csv'; output?: string; all?: boolean }) => {
    const filter = toFilter(opts, ctx)
    if (!opts.all && !opts.type) filter.trackableOnly = true
    const doc = await withStore(ctx, (store) => exportRecords(store, filter, nowOf()))
    const text = opts.format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : formatCsv(exportCsvRows(doc), [...EXPORT_CSV_COLUMNS])
    if (!opts.output) { ctx.output.out(text); return }
    const path = resolve(ctx.cwd, opts.output)
    try {
      writeFileSync(path, text)
    } catch (error) {
      throw new CommuniqueError('write-failed', `cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error })
    }
    ctx.output.err(`exported ${doc.items.length} items of ${doc.meetings.length} meetings to ${opts.output}`)
  })
}
