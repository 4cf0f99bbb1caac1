// `communique ingest PATH|URL...`: stores documents with their paragraphs and items, idempotently.
import { relative } from 'node:path'
import cliProgress from 'cli-progress'
import type { Command } from 'commander'
import { collectInputs } from '../../commands/collect-inputs.js'
import { collectFiles, LEXICON_OPTION_HELP, loadLexicons, useStoreLexicons } from '../../commands/load-lexicon.js'
import { ingestMany, type IngestEvent, type IngestSummary } from '../../commands/ingest-many.js'
import { reextractStored } from '../../commands/review-gold.js'
import type { ReextractResult } from '../../store/types.js'
import { CommuniqueError } from '../../core/errors.js'
import type { SourceFormat } from '../../core/source-file.js'
import { addInputFormatOption, addMeetingOptions, maxBytes as maxBytesOption, toMeetingOverrides, type MeetingOptionValues } from '../options.js'
import type { CliContext } from '../program.js'
import { actorOf, addActorOption, nowOf, withStore } from '../store-helpers.js'

interface IngestOptions extends MeetingOptionValues {
  manifest: string[]
  reextract?: boolean
  reextractSame?: boolean
  meeting?: string
  format?: SourceFormat
  as?: string
  lexicon: string[]
}

const n = (x: number): string => x.toLocaleString('en-US')

/** Registers `ingest`. */
export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('ingest')
    .description(
      "Store documents (files, folders, URLs) with their paragraphs and items; the same text again adds no document but is extracted again, keeping people's review",
    )
    .argument('[inputs...]', 'files, folders (read recursively) or http(s) URLs')
    .option('--reextract', "extract the stored documents again (all, or --meeting M) and merge the new proposals with people's review")
    .option('--meeting <id|slug>', 'with --reextract: only this meeting')
    .option('--no-reextract-same', 'a text already stored is skipped, not extracted again (faster checks of large folders)')
    .option(
      '--manifest <file>',
      "TSV/CSV with columns file, title, date, parties, series (repeatable; a folder's MANIFEST.tsv is used automatically)",
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .option('--lexicon <file>', `${LEXICON_OPTION_HELP}; the lexicons kept in the store (communique lexicon list) come before all`, collectFiles, [])
  addMeetingOptions(cmd)
  addInputFormatOption(cmd)
  addActorOption(cmd)
  cmd.addHelpText(
    'after',
    `
Examples:
  $ communique ingest examples/japan-uk-2plus2-2016-01-08.txt
  $ communique ingest ../shared/corpus/wh-briefings-outcome-docs --series "G7 Summit"
  $ communique ingest statements/ --manifest statements/MANIFEST.tsv
  $ communique ingest --reextract --meeting 1      # after the extraction rules changed
  $ communique ingest pif/ --lexicon pacific.yaml  # parties, groupings and verbs of your own

The same text ingested again is extracted again: new proposals arrive as proposed, items people
accepted, rejected, edited or added stay as they left them (matched by offsets, then by text).`,
  )
  cmd.action(async (inputs: string[], opts: IngestOptions) => {
    // Before anything is read or stored: a bad lexicon file stops the run with one line.
    loadLexicons(opts.lexicon, ctx.env)
    if (opts.reextract) {
      if (inputs.length > 0)
        throw new CommuniqueError('usage', '--reextract works on the stored documents; ingest files without it (the same text is extracted again anyway)')
      const actor = actorOf(opts, ctx)
      const results = await withStore(ctx, async (store) => {
        await useStoreLexicons(store, opts.lexicon, ctx.env)
        return reextractStored({ store, actor, now: nowOf(), ...(opts.meeting ? { meeting: opts.meeting } : {}) })
      })
      for (const r of results) ctx.output.out(`${r.meetingSlug}: ${reextractLine(r)}`)
      ctx.output.out(`re-extracted ${n(results.length)} document${results.length === 1 ? '' : 's'}`)
      return
    }
    if (opts.meeting) throw new CommuniqueError('usage', '--meeting goes with --reextract')
    if (inputs.length === 0) throw new CommuniqueError('usage', 'name the files, folders or URLs to ingest (or use --reextract)')
    const flags = toMeetingOverrides(opts)
    const docs = collectInputs(inputs, opts.manifest, ctx.cwd)
    const actor = actorOf(opts, ctx)
    const maxBytes = maxBytesOption(undefined, ctx.env)
    const summary = await withStore(ctx, async (store) => {
      // The store's own lexicons first (`communique lexicon list`), then the setting's and --lexicon's.
      await useStoreLexicons(store, opts.lexicon, ctx.env)
      const progress = ctx.output.isTTY ? barReporter(docs.length, ctx) : lineReporter(ctx)
      try {
        const s = await ingestMany(
          docs,
          { store, actor, now: nowOf(), format: opts.format, maxBytes, flags, reextract: opts.reextractSame !== false },
          progress.report,
        )
        if (s.added + s.newVersions >= 50) await store.optimize()
        return s
      } finally {
        progress.stop()
      }
    })
    ctx.output.out(summaryLine(summary))
    if (summary.failed > 0)
      throw new CommuniqueError(
        'unreadable',
        `${summary.failed} of ${n(summary.documents)} documents could not be ingested (see the lines above); the others were stored`,
      )
  })

  function lineReporter(c: CliContext) {
    return {
      report: (e: IngestEvent) => {
        const where = `[${e.index + 1}/${e.total}]`
        if (e.kind === 'failed') {
          c.output.err(`${where} failed ${shortPath(e.input)}: ${withoutPath(e.error.message, [e.input, shortPath(e.input)])}`)
          return
        }
        const o = e.outcome
        c.output.out(
          o.outcome === 'unchanged'
            ? `${where} unchanged ${shortPath(o.input)} (already stored as document ${o.documentId})${o.reextract ? `; extracted again: ${reextractLine(o.reextract)}` : ''}`
            : `${where} ${o.outcome === 'added' ? 'added' : `new version ${o.version} of`} ${shortPath(o.input)}: ${o.paragraphs} paragraphs, ${o.items} items (${o.trackable} tracked), ${n(o.words)} words`,
        )
      },
      stop: () => undefined,
    }
  }

  function shortPath(p: string): string {
    if (/^https?:/i.test(p)) return p
    const r = relative(ctx.cwd, p)
    return r.startsWith('..') ? p : r
  }
}

/** A progress bar on stderr: files, words, items, rate and ETA; failures are listed when it stops. */
function barReporter(total: number, ctx: CliContext) {
  const bar = new cliProgress.SingleBar(
    {
      format: 'ingest {bar} {value}/{total} files | {words} words | {items} items | {rate} files/s | ETA {eta_formatted}',
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  )
  const started = Date.now()
  let words = 0
  let items = 0
  const failures: string[] = []
  bar.start(total, 0, { words: '0', items: '0', rate: '0' })
  return {
    report: (e: IngestEvent) => {
      if (e.kind === 'document') {
        words += e.outcome.words
        if (e.outcome.outcome !== 'unchanged') items += e.outcome.items
      }
      if (e.kind === 'failed') failures.push(`failed ${e.input}: ${withoutPath(e.error.message, [e.input])}`)
      const rate = ((e.index + 1) / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1)
      bar.update(e.index + 1, { words: n(words), items: n(items), rate })
    },
    stop: () => {
      bar.stop()
      for (const f of failures) ctx.output.err(f)
    },
  }
}

/** What merging a new extractor run changed, in one line. */
export function reextractLine(r: ReextractResult): string {
  return `${r.added} new proposals, ${r.updated} updated, ${r.withdrawn} withdrawn, ${r.unchanged} unchanged, ${r.kept} kept as reviewed`
}

/** The closing line: what was added, and a clear "nothing new" when nothing was. */
export function summaryLine(s: IngestSummary): string {
  const secs = (s.ms / 1000).toFixed(1)
  if (s.added === 0 && s.newVersions === 0 && s.failed === 0) {
    return `nothing new: all ${n(s.documents)} document${s.documents === 1 ? ' was' : 's were'} already in the store (${n(s.words)} words checked in ${secs} s)`
  }
  const rate = s.ms > 0 ? ` (${(s.documents / (s.ms / 1000)).toFixed(1)} documents/s)` : ''
  return `ingested ${n(s.documents)} document${s.documents === 1 ? '' : 's'} in ${secs} s${rate}: ${n(s.added)} added, ${n(s.newVersions)} new versions, ${n(s.unchanged)} unchanged, ${n(s.failed)} failed; ${n(s.words)} words, ${n(s.items)} new items (${n(s.trackable)} tracked)`
}

/** The message of a failed document without the path it starts with (the line names it already). */
export function withoutPath(message: string, paths: string[]): string {
  for (const p of paths) if (message.startsWith(`${p}: `)) return message.slice(p.length + 2)
  return message
}
