// `communique report`: the follow-up report of a meeting (or the series view) as HTML, PDF, Markdown, CSV, JSON or iCalendar.
import { relative, resolve } from 'node:path'
import { Option, type Command } from 'commander'
import { buildReportInput, buildSeriesReportInput, findReportMeeting, findReportSeries } from '../../commands/build-report-input.js'
import {
  assertWritableTarget,
  describeWritten,
  renderMeetingReport,
  renderSeriesReport,
  writeReportFile,
  REPORT_FORMATS,
  type RenderedReport,
  type ReportFormat,
} from '../../commands/write-report.js'
import { CommuniqueError } from '../../core/errors.js'
import { parseRound } from '../../track/index.js'
import { assertIsoDate } from '../options.js'
import type { CliContext } from '../program.js'
import { chromiumOf, storePathOf, todayOf, withStore } from '../store-helpers.js'

interface ReportValues {
  meeting?: string
  series?: string
  asOf?: string
  round?: string
  format: ReportFormat
  out?: string
  force?: boolean
}

/** Registers `report`. */
export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('report')
    .description('Write the follow-up report of a meeting (default: the most recent) or the overview of a series')
    .addOption(new Option('--meeting <id|slug>', 'the meeting (its number or slug, see `communique meetings`); default: the most recent').conflicts('series'))
    .option('--series <name>', 'the series overview instead: every stored meeting of the series and what became of its items')
    .option('--as-of <YYYY-MM-DD>', 'judge overdue and due-soon items on this date (default: today, or $COMMUNIQUE_TODAY)')
    .option('--round <name>', 'compliance of this assessment round (e.g. final-2016); default: the latest score per item and party')
    .addOption(
      new Option('--format <format>', 'html to read and print, pdf to send, md for briefings, csv for spreadsheets, json (export names), ics for calendars')
        .choices([...REPORT_FORMATS])
        .default('html'),
    )
    .option('-o, --out <file>', 'write to this file (required for pdf); default: standard output')
    .option('--force', 'overwrite --out even when it is not an earlier report of this format (never the store)')
  cmd.addHelpText(
    'after',
    `
Examples:
  $ communique report --out report.html
  $ communique report --meeting 1 --format pdf --out follow-up.pdf --as-of 2017-11-15 --round final-2016
  $ communique report --format csv > items.csv
  $ communique report --format ics --out due-dates.ics
  $ communique report --series "Japan-UK Foreign and Defence Ministerial Meeting" --out series.html

Chromium (for pdf): $COMMUNIQUE_CHROMIUM or /usr/bin/chromium.`,
  )
  cmd.action(async (opts: ReportValues) => {
    if (opts.format === 'pdf' && !opts.out) {
      throw new CommuniqueError('usage', 'the pdf format needs --out FILE (a PDF is not printed to the terminal), e.g. --out report.pdf')
    }
    const asOf = opts.asOf ? assertIsoDate(opts.asOf, '--as-of') : todayOf(ctx)
    const round = opts.round === undefined ? null : parseRound(opts.round)
    const target = opts.out ? resolve(ctx.cwd, opts.out) : null
    const guard = { format: opts.format, force: opts.force === true, storePath: storePathOf(ctx) }
    if (target) assertWritableTarget(target, guard)
    const chromiumPath = chromiumOf(ctx)
    const options = { asOf, round }
    const input = await withStore(ctx, async (store) =>
      opts.series
        ? { kind: 'series' as const, value: await buildSeriesReportInput(store, await findReportSeries(store, opts.series), options) }
        : { kind: 'meeting' as const, value: await buildReportInput(store, await findReportMeeting(store, opts.meeting ?? null), options) },
    )
    const rendered: RenderedReport =
      input.kind === 'series'
        ? await renderSeriesReport(input.value, opts.format, round, { chromiumPath })
        : await renderMeetingReport(input.value, opts.format, { chromiumPath })
    if (round !== null && rendered.rounds.length > 0 && !rendered.rounds.includes(round)) {
      ctx.output.err(`note: no assessment is recorded in round '${round}'; rounds on record: ${rendered.rounds.join(', ')}`)
    }
    if (!target) {
      ctx.output.out(rendered.content as string)
      return
    }
    const bytes = await writeReportFile(target, rendered.content, guard)
    const shown = relative(ctx.cwd, target).startsWith('..') ? target : relative(ctx.cwd, target)
    ctx.output.err(describeWritten(shown, bytes, rendered))
  })
}
