// `communique start` (`npm start`): ingest the bundled example, write its report, print a one-screen summary.
import { relative, resolve } from 'node:path'
import type { Command } from 'commander'
import { startDemo, type StartResult } from '../../commands/start.js'
import { assertIsoDate } from '../options.js'
import type { CliContext } from '../program.js'
import { actorOf, chromiumOf, nowOf, todayOf, withStore } from '../store-helpers.js'

/** Registers `start`. */
export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('start')
    .description('First run: store the bundled example statement, write its follow-up report to out/ and summarise it')
    .option('--out-dir <dir>', 'where report.html (and report.pdf) go', 'out')
    .option('--as-of <YYYY-MM-DD>', 'judge overdue items on this date (default: today, or $COMMUNIQUE_TODAY)')
  cmd.addHelpText(
    'after',
    `
Examples:
  $ npm start
  $ communique start --out-dir /tmp/report --as-of 2016-07-01`,
  )
  cmd.action(async (opts: { outDir: string; asOf?: string }) => {
    const asOf = opts.asOf ? assertIsoDate(opts.asOf, '--as-of') : todayOf(ctx)
    const outDir = resolve(ctx.cwd, opts.outDir)
    const chromiumPath = chromiumOf(ctx)
    const result = await withStore(ctx, async (store) => ({
      location: store.location,
      run: await startDemo({
        store,
        outDir,
        asOf,
        actor: actorOf({}, ctx),
        now: nowOf(),
        ...(chromiumPath ? { chromiumPath } : {}),
      }),
    }))
    const shown = (p: string): string => (relative(ctx.cwd, p).startsWith('..') ? p : relative(ctx.cwd, p))
    ctx.output.out(formatStartSummary(result.run, { store: shown(result.location), asOf, shown }).join('\n'))
  })
}

/** Options of formatStartSummary. */
export interface SummaryOptions {
  /** The store's location as shown. */
  store: string
  /** The report's date. */
  asOf: string
  /** Shortens a path for display. */
  shown: (path: string) => string
}

/**
 * The one-screen summary of a first run (about 20 lines).
 * @example formatStartSummary(result, { store: 'communique.db', asOf: '2016-07-01', shown: (p) => p })
 */
export function formatStartSummary(r: StartResult, o: SummaryOptions): string[] {
  const m = r.meeting
  const c = r.counts
  const lines = [
    r.stored === 'unchanged' ? `Example statement already stored: no change (${o.store}).` : `Stored the example statement in ${o.store}.`,
    '',
    `Meeting      ${m.title ?? 'Untitled meeting'}`,
    `             ${[m.date, m.place, m.parties.join(', ')].filter(Boolean).join(' · ')}`,
    `Paragraphs   ${r.paragraphs}`,
    `Trackable    ${c.commitment + c.directive}: ${c.commitment} commitments, ${c.directive} directives`,
    `Also         ${c.support} supports, ${c.call} calls, ${c.position} positions (listed in the report's annex)`,
  ]
  const dated = r.dated.slice(0, 6)
  lines.push(dated.length ? `Due dates    ${datedLine(dated[0]!)}` : 'Due dates    none of the trackable items has a date')
  for (const d of dated.slice(1)) lines.push(`             ${datedLine(d)}`)
  if (r.dated.length > dated.length) lines.push(`             ... and ${r.dated.length - dated.length} more (communique list --due-before YYYY-MM-DD)`)
  if (r.nextMeeting)
    lines.push(...wrap(`¶${r.nextMeeting.paragraph} ${r.nextMeeting.text}`, 88, 2).map((l, i) => `${i === 0 ? 'Next meeting' : '            '} ${l}`))
  lines.push(
    '',
    `Report       ${o.shown(r.html.path)} (${kb(r.html.bytes)}), as of ${o.asOf}: ${r.overdue} overdue`,
    r.pdf ? `             ${o.shown(r.pdf.path)} (${kb(r.pdf.bytes)})` : `             ${r.pdfNote ?? ''}`,
    '',
    'Next:        communique list  ·  communique status ID in-progress  ·  communique report --help',
  )
  return lines
}

function datedLine(d: StartResult['dated'][number]): string {
  return `${d.due}  ${clip(d.action, 70)}  ¶${d.paragraph}${d.overdue ? '  (overdue)' : ''}`
}

function clip(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ').trim()
  return one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one
}

// Wraps text at word boundaries into at most `max` lines, the last one clipped.
function wrap(text: string, width: number, max: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.length > max ? [...lines.slice(0, max - 1), clip(lines.slice(max - 1).join(' '), width)] : lines
}

function kb(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}
