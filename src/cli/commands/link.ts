// `communique link [--series NAME]`: suggests links from each item to what later meetings of its series
// say about it; `link confirm|reject LINK`: records a review; `links ITEM`: the links of one item.
import type { Command } from 'commander'
import { linkSeries, type SeriesLinkResult } from '../../commands/link-series.js'
import { reviewLink } from '../../commands/review-link.js'
import { CommuniqueError } from '../../core/errors.js'
import type { LinkReviewResult, StoredLink } from '../../store/types.js'
import { describeChange } from '../../track/index.js'
import { formatTable, printJson } from '../output.js'
import type { CliContext } from '../program.js'
import { actorOf, addActorOption, nowOf, parseId, parseItemId, withStore } from '../store-helpers.js'

interface LinkValues { series?: string; threshold?: string; json?: boolean }
interface ReviewValues { as?: string; note?: string; apply?: boolean }

/** Registers `link` (with `confirm` and `reject`) and `links`. */
export function register(program: Command, ctx: CliContext): void {
  const link = program.command('link')
    .description('Suggest, for each commitment, what later meetings of its series say about it (reaffirmed, progress, done, dropped)')
    .option('--series <name>', 'only this series (see `communique meetings`)')
    .option('--threshold <score>', 'lowest score (0..1) a passage needs to be suggested (default 0.2; higher: fewer, surer links)')
    .option('--json', 'print JSON')
  link.addHelpText('after', `
Suggestions are replaced on every run; links you confirmed or rejected are kept as they are and a
rejected link is never suggested again. Running it twice changes nothing the second time.

Examples:
  $ communique link
  $ communique link --series "U.S.-Japan Leaders' Summit" --threshold 0.3
  $ communique links 12                       # the links of item 12, best first
  $ communique link confirm 7 --apply         # a reported-done link: item done, passage as evidence
  $ communique link reject 8 --note "another summit, not this one"`)
  link.action(async (opts: LinkValues) => {
    const threshold = opts.threshold === undefined ? undefined : parseThreshold(opts.threshold)
    const results = await withStore(ctx, (store) => linkSeries({ store, series: opts.series, threshold, now: nowOf() }))
    if (opts.json) printJson(ctx.output, results)
    else if (results.length === 0) ctx.output.out('no series in the store; ingest documents with --series NAME (or a manifest with a series column) to link them')
    else {
      // Note: a whole corpus has many one-meeting "series"; name them only when asked for one.
      const shown = opts.series ? results : results.filter((r) => r.meetings.length >= 2)
      for (const r of shown) ctx.output.out(formatSeries(r))
      const few = results.length - shown.length
      if (few > 0) ctx.output.out(`${few} series with fewer than two dated meetings left out (nothing to link)`)
    }
  })

  for (const review of ['confirmed', 'rejected'] as const) {
    const name = review === 'confirmed' ? 'confirm' : 'reject'
    const cmd = link.command(name)
      .description(review === 'confirmed' ? 'confirm a suggested link (kept on every later run)' : 'reject a suggested link (hidden, and never suggested again)')
      .argument('<link>', 'link id, as `communique links ITEM` shows')
      .option('--note <text>', 'why, kept on the link and in the item\'s history')
    if (review === 'confirmed') cmd.option('--apply', 'for a reported-done link: also set the item\'s status to done, with the passage as evidence')
    addActorOption(cmd)
    // Note: --json is read from `link` (commander gives the parent its own options wherever they stand).
    cmd.option('--json', 'print the link, the item and the history entries as JSON')
    cmd.addHelpText('after', review === 'confirmed' ? `
Examples:
  $ communique link confirm 7
  $ communique link confirm 7 --apply --note "the fellowship was launched" --as alice` : `
Example:
  $ communique link reject 8 --note "speaks of the next summit, not this one"`)
    cmd.action(async (value: string, opts: ReviewValues, self: Command) => {
      const all = self.optsWithGlobals<ReviewValues & LinkValues>()
      if (all.series !== undefined || all.threshold !== undefined) throw new CommuniqueError('usage', `--series and --threshold belong to \`communique link\`, not to \`link ${name}\``)
      const id = parseLinkId(value)
      const actor = actorOf(opts, ctx)
      const result = await withStore(ctx, (store) => reviewLink(id, review, { store, actor, now: nowOf(), note: opts.note ?? null, apply: opts.apply === true }))
      if (all.json) printJson(ctx.output, result)
      else ctx.output.out(formatReview(result, review, actor))
    })
  }

  const links = program.command('links').description('Show the links of an item to later meetings, best first')
    .argument('<item>', 'item id (from `communique list`)')
    .option('--all', 'include rejected links')
    .option('--kind <kind>', 'only links of this kind (e.g. reported-done, progress-reported, reaffirmed)')
    .option('--ids', 'print only the link ids, best first, one per line (for scripts)')
    .option('--json', 'print JSON')
  links.addHelpText('after', `
Examples:
  $ communique links 12
  $ communique links 12 --all --json
  $ LINK=$(communique links 12 --kind reported-done --ids | head -n1)`)
  links.action(async (value: string, opts: { all?: boolean; kind?: string; ids?: boolean; json?: boolean }) => {
    const id = parseItemId(value)
    const { item, shown, hidden } = await withStore(ctx, async (store) => {
      const found = await store.getItem(id)
      if (!found) throw new CommuniqueError('not-found', `no item ${id} in the store; run \`communique list\` to see item ids`)
      const every = await store.listLinks({ itemIds: [id], review: ['suggested', 'confirmed', 'rejected'] })
      const kept = every.filter((l) => (opts.all || l.review !== 'rejected') && (opts.kind === undefined || l.kind === opts.kind)).sort((a, b) => b.score - a.score || a.id - b.id)
      return { item: found, shown: kept, hidden: every.length - kept.length }
    })
    if (opts.json) { printJson(ctx.output, shown); return }
    if (opts.ids) { if (shown.length > 0) ctx.output.out(shown.map((l) => String(l.id)).join('\n')); return }
    const lines = [`Item ${item.id} (${item.localId}, ${item.meetingDate ?? item.meetingSlug}): ${item.text}`]
    if (shown.length === 0) lines.push(item.trackable ? '(no links: run `communique link`, or later meetings say nothing the linker recognises)' : '(no links: only commitments and directives are linked)')
    else lines.push(formatTable(shown.map(linkRow), ['link', 'kind', 'score', 'meeting', 'para', 'review', 'passage'], { maxWidth: 90 }))
    if (hidden > 0) lines.push(`(${hidden} rejected link${hidden === 1 ? '' : 's'} hidden; --all shows ${hidden === 1 ? 'it' : 'them'})`)
    ctx.output.out(lines.join('\n'))
  })
}

/** Reads a LINK argument: the integer id `communique links ITEM` shows. */
function parseLinkId(value: string): number {
  return parseId(value, 'LINK', 'a link id', 'communique links ITEM')
}

function parseThreshold(value: string): number {
  const n = Number(value.trim())
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new CommuniqueError('usage', `--threshold expects a score between 0 and 1 (e.g. 0.3), got "${value}"`)
  return n
}

function linkRow(l: StoredLink): Record<string, unknown> {
  return { link: l.id, kind: l.kind, score: l.score.toFixed(2), meeting: l.meetingDate ?? l.meetingId, para: `¶${l.paragraph}`, review: l.review, passage: l.passage }
}

/** The summary of one series: coverage, kinds, what changed, links per meeting pair. */
function formatSeries(r: SeriesLinkResult): string {
  const head = `${r.series}: ${r.meetings.length} meeting${r.meetings.length === 1 ? '' : 's'}`
  const skipped = r.skipped.length > 0 ? [`  left out (no date or no current document): ${r.skipped.join(', ')}`] : []
  if (r.meetings.length < 2) return [`${head}, nothing to link (a series needs two dated meetings)`, ...skipped].join('\n')
  const pct = r.trackable > 0 ? Math.round((100 * r.itemsLinked) / r.trackable) : 0
  const kinds = Object.entries(r.byKind).map(([k, n]) => `${n} ${k}`).join(', ')
  const changed = r.inserted + r.updated + r.removed === 0 ? 'nothing changed'
    : `${r.inserted} new, ${r.updated} updated, ${r.removed} removed`
  const reviewed = r.byReview.confirmed + r.byReview.rejected > 0 ? `; kept as reviewed: ${r.byReview.confirmed} confirmed, ${r.byReview.rejected} rejected` : ''
  return [
    `${head}; ${r.itemsLinked} of ${r.trackable} trackable items of the earlier meetings linked (${pct} %)`,
    `  ${r.links} links: ${kinds}`,
    `  this run: ${r.suggestions} suggestions, ${changed}${reviewed} (${(r.ms / 1000).toFixed(1)} s)`,
    ...r.pairs.map((p) => `  ${p.fromDate ?? p.from} → ${p.toDate ?? p.to}  ${p.links} link${p.links === 1 ? '' : 's'}`),
    ...skipped,
  ].join('\n')
}

/** "link 7: suggested → confirmed (by alice)" and one line per change applied to the item. */
function formatReview(r: LinkReviewResult, review: 'confirmed' | 'rejected', actor: string): string {
  const l = r.link
  const what = `${l.kind} link to ${l.meetingDate ?? l.meetingId} ¶${l.paragraph}`
  if (r.entries.length === 0) return `link ${l.id} (${what}) is already ${review}; nothing changed`
  return r.entries.map((e) => e.field === 'link'
    ? `link ${l.id} (${what}): ${r.before} → ${review}; item ${r.item.id} v${e.version} (by ${actor})`
    : `item ${r.item.id} v${e.version}: ${describeChange(e)} (by ${actor})`).join('\n')
}
