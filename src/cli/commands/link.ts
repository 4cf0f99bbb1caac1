// `communique link [--series NAME]`: suggests links from each item to what later meetings of its series
// say about it; `link confirm|reject LINK`: records a review; `links ITEM`: the links of one item.
import type { Command } from 'commander'
import { linkSeries, type SeriesLinkResult } from '../../commands/link-series.js'
import { reviewLink } from '../../commands/review-link.js'
import { CommuniqueError } from '../../core/errors.js'
import type { Store } from '../../store/store.js'
import type { LinkReviewResult, StoredItem, StoredLink } from '../../store/types.js'
import type { LinkReview } from '../../core/tracking.js'
import { describeChange } from '../../track/index.js'
import type { KeyScores, PairVerdict } from '../../track/link/index.js'
import { formatTable, printJson } from '../output.js'
import type { CliContext } from '../program.js'
import { actorOf, addActorOption, nowOf, parseId, parseItemId, withStore } from '../store-helpers.js'

interface LinkValues {
  series?: string
  threshold?: string
  json?: boolean
}
interface ReviewValues {
  as?: string
  note?: string
  apply?: boolean
}

/** Registers `link` (with `confirm` and `reject`) and `links`. */
export function register(program: Command, ctx: CliContext): void {
  const link = program
    .command('link')
    .description('Suggest, for each commitment, what later meetings of its series say about it (reaffirmed, progress, done, dropped)')
    .option('--series <name>', 'only this series (see `communique meetings`)')
    .option(
      '--threshold <score>',
      'lowest re-ranker probability (0..1) a passage needs to be suggested (default: the fitted one in src/track/link/data/reranker.json; higher: fewer, surer links)',
    )
    .option('--json', 'print JSON')
  link.addHelpText(
    'after',
    `
Suggestions are replaced on every run; links you confirmed or rejected are kept as they are and a
rejected link is never suggested again. Running it twice changes nothing the second time.

Examples:
  $ communique link
  $ communique link --series "U.S.-Japan Leaders' Summit" --threshold 0.8
  $ communique links --meeting 5 --unconfirmed  # what meeting 5 says about earlier pledges, with reasons
  $ communique link eval --gold test/link-key/dev.json
  $ communique links 12                       # the links of item 12, best first
  $ communique link confirm 7 --apply         # a reported-done link: item done, passage as evidence
  $ communique link reject 8 --note "another summit, not this one"`,
  )
  link.action(async (opts: LinkValues) => {
    const threshold = opts.threshold === undefined ? undefined : parseThreshold(opts.threshold)
    const results = await withStore(ctx, (store) => linkSeries({ store, series: opts.series, threshold, now: nowOf() }))
    if (opts.json) printJson(ctx.output, results)
    else if (results.length === 0)
      ctx.output.out('no series in the store; ingest documents with --series NAME (or a manifest with a series column) to link them')
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
    const cmd = link
      .command(name)
      .description(
        review === 'confirmed' ? 'confirm a suggested link (kept on every later run)' : 'reject a suggested link (hidden, and never suggested again)',
      )
      .argument('<links...>', 'link ids, as `communique links ITEM` or `links --meeting M` shows (several: all are checked before any is written)')
      .option('--note <text>', "why, kept on the link and in the item's history")
    if (review === 'confirmed') cmd.option('--apply', "for a reported-done link: also set the item's status to done, with the passage as evidence")
    addActorOption(cmd)
    // Note: --json is read from `link` (commander gives the parent its own options wherever they stand).
    cmd.option('--json', 'print the link, the item and the history entries as JSON')
    cmd.addHelpText(
      'after',
      review === 'confirmed'
        ? `
Examples:
  $ communique link confirm 7
  $ communique link confirm 7 9 12 --note "checked against the 2017 statement"
  $ communique link confirm 7 --apply --note "the fellowship was launched" --as alice`
        : `
Examples:
  $ communique link reject 8 --note "speaks of the next summit, not this one"
  $ communique link reject 8 10 11`,
    )
    cmd.action(async (values: string[], opts: ReviewValues, self: Command) => {
      const all = self.optsWithGlobals<ReviewValues & LinkValues>()
      if (all.series !== undefined || all.threshold !== undefined)
        throw new CommuniqueError('usage', `--series and --threshold belong to \`communique link\`, not to \`link ${name}\``)
      const ids = [...new Set(values.map(parseLinkId))]
      const actor = actorOf(opts, ctx)
      const results = await withStore(ctx, async (store) => {
        // Note: every id is checked first, so a typo in the third id writes nothing for the first two.
        await checkReviewable(store, ids, review, opts.apply === true)
        const out: LinkReviewResult[] = []
        for (const id of ids) out.push(await reviewLink(id, review, { store, actor, now: nowOf(), note: opts.note ?? null, apply: opts.apply === true }))
        return out
      })
      if (all.json) printJson(ctx.output, results.length === 1 ? results[0] : results)
      else ctx.output.out(results.map((r) => formatReview(r, review, actor)).join('\n'))
    })
  }

  const evaluate = link
    .command('eval')
    .description('Score the linker against a judged key of (pledge, later meeting) pairs: detection P/R/F1, right passage, right kind, fully right')
    .requiredOption('--gold <file>', 'the key (JSON; format in docs/linking.md, "The key")')
    .option('--pairs', 'also print one line per pair (verdict, expected and suggested kind, passage)')
    .option('--json', 'print the figures (and with --pairs the verdicts) as JSON')
  evaluate.addHelpText(
    'after',
    `
The key's documents are read from its "corpus" folder (from the current folder, else from the
key's own folder), analyzed as \`extract\` does, and linked series by series with the committed
re-ranker. A pair is detected when a passage is suggested for the pledge's action in that later
meeting; right passage when a suggestion overlaps the key's passage or an alternative; right kind
when the best suggestion on a right passage has the key's kind.

Examples:
  $ communique link eval --gold test/link-key/dev.json
  $ communique link eval --gold test/link-key/dev.json --pairs
  $ communique link eval --gold test/link-key/dev.json --threshold 0.4   # what a higher threshold would give`,
  )
  evaluate.action(async (opts: { gold: string; pairs?: boolean; json?: boolean }, self: Command) => {
    const all = self.optsWithGlobals<{ json?: boolean } & LinkValues>()
    if (all.series !== undefined) throw new CommuniqueError('usage', '--series belongs to `communique link`, not to `link eval` (the key names its series)')
    // Note: --threshold is read from `link` (commander gives the parent its own options wherever they stand).
    const threshold = all.threshold === undefined ? undefined : parseThreshold(all.threshold)
    const { evaluateLinkKey } = await import('../../commands/link-eval.js')
    const r = await evaluateLinkKey(opts.gold, threshold === undefined ? {} : { threshold })
    if (all.json || opts.json) {
      printJson(ctx.output, opts.pairs ? r : { scores: r.scores, ms: r.ms })
      return
    }
    ctx.output.out(formatKeyScores(opts.gold, r.scores, r.ms))
    if (opts.pairs) ctx.output.out(r.verdicts.map(formatVerdict).join('\n'))
  })

  const links = program
    .command('links')
    .description('Show the links of an item to later meetings, or what one meeting says about earlier pledges, best first, with the reason of each')
    .argument('[item]', 'item id (from `communique list`)')
    .option('--meeting <id|slug>', 'instead of an item: the links into this later meeting (what it says about earlier pledges), see `communique meetings`')
    .option('--unconfirmed', 'only suggestions nobody has confirmed or rejected yet')
    .option('--all', 'include rejected links')
    .option('--kind <kind>', 'only links of this kind (e.g. reported-done, progress-reported, reaffirmed)')
    .option('--ids', 'print only the link ids, best first, one per line (for scripts)')
    .option('--json', 'print JSON')
  links.addHelpText(
    'after',
    `
Examples:
  $ communique links 12
  $ communique links 12 --all --json
  $ LINK=$(communique links 12 --kind reported-done --ids | head -n1)
  $ communique links --meeting 2017-11-14-japan-uk-2-2 --unconfirmed     # review what a new meeting says, best first
  $ communique link confirm 31 32 35                                      # then confirm (or reject) several at once`,
  )
  links.action(async (value: string | undefined, opts: LinksValues) => {
    if (opts.meeting !== undefined) {
      if (value !== undefined)
        throw new CommuniqueError('usage', 'give an ITEM or --meeting M, not both (`communique links 12` or `communique links --meeting 3`)')
      await listMeetingLinks(ctx, opts)
      return
    }
    if (value === undefined)
      throw new CommuniqueError('usage', 'links needs an ITEM id or --meeting M; e.g. `communique links 12` or `communique links --meeting 3 --unconfirmed`')
    const id = parseItemId(value)
    const { item, shown, hidden } = await withStore(ctx, async (store) => {
      const found = await store.getItem(id)
      if (!found) throw new CommuniqueError('not-found', `no item ${id} in the store; run \`communique list\` to see item ids`)
      const every = await store.listLinks({ itemIds: [id], review: ['suggested', 'confirmed', 'rejected'] })
      const kept = every
        .filter(
          (l) => (opts.all || l.review !== 'rejected') && (!opts.unconfirmed || l.review === 'suggested') && (opts.kind === undefined || l.kind === opts.kind),
        )
        .sort((a, b) => b.score - a.score || a.id - b.id)
      return { item: found, shown: kept, hidden: every.length - kept.length }
    })
    if (opts.json) {
      printJson(ctx.output, shown)
      return
    }
    if (opts.ids) {
      if (shown.length > 0) ctx.output.out(shown.map((l) => String(l.id)).join('\n'))
      return
    }
    const lines = [`Item ${item.id} (${item.localId}, ${item.meetingDate ?? item.meetingSlug}): ${item.text}`]
    if (shown.length === 0)
      lines.push(
        item.trackable
          ? '(no links: run `communique link`, or later meetings say nothing the linker recognises)'
          : '(no links: only commitments and directives are linked)',
      )
    else lines.push(formatTable(shown.map(linkRow), ['link', 'kind', 'score', 'meeting', 'para', 'review', 'passage', 'reason'], { maxWidth: 70 }))
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
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1)
    throw new CommuniqueError('usage', `--threshold expects a score between 0 and 1 (e.g. 0.3), got "${value}"`)
  return n
}

function linkRow(l: StoredLink): Record<string, unknown> {
  return {
    link: l.id,
    kind: l.kind,
    score: l.score.toFixed(2),
    meeting: l.meetingDate ?? l.meetingId,
    para: `¶${l.paragraph}`,
    review: l.review,
    passage: l.passage,
    reason: l.reason ?? '',
  }
}

interface LinksValues {
  meeting?: string
  unconfirmed?: boolean
  all?: boolean
  kind?: string
  ids?: boolean
  json?: boolean
}

/** `links --meeting M`: the links into meeting M, best first, each with its item and reason. */
async function listMeetingLinks(ctx: CliContext, opts: LinksValues): Promise<void> {
  const { meeting, rows } = await withStore(ctx, async (store) => {
    const m = await store.getMeeting(/^\d+$/.test(opts.meeting!.trim()) ? Number(opts.meeting) : opts.meeting!.trim())
    if (!m) throw new CommuniqueError('not-found', `no meeting "${opts.meeting}" in the store; run \`communique meetings\` to see meeting ids and slugs`)
    const review: LinkReview[] = opts.unconfirmed ? ['suggested'] : opts.all ? ['suggested', 'confirmed', 'rejected'] : ['suggested', 'confirmed']
    const found = (await store.listLinks({ meetingId: m.id, review })).sort((a, b) => b.score - a.score || a.id - b.id)
    const items = new Map<string, StoredItem>()
    for (const l of found) {
      if (items.has(l.itemId)) continue
      const it = await store.getItem(Number(l.itemId))
      if (it) items.set(l.itemId, it)
    }
    return { meeting: m, rows: found.map((l) => ({ link: l, item: items.get(l.itemId) ?? null })) }
  })
  if (opts.json) {
    printJson(
      ctx.output,
      rows.map(({ link, item }) => ({ ...link, itemText: item?.text ?? null, itemMeeting: item?.meetingSlug ?? null })),
    )
    return
  }
  const head = `What ${meeting.title ?? meeting.slug} (${meeting.date ?? 'undated'}) says about earlier pledges: ${rows.length} ${opts.unconfirmed ? 'unconfirmed ' : ''}link${rows.length === 1 ? '' : 's'}, best first`
  if (rows.length === 0) {
    ctx.output.out(`${head}\n(none: run \`communique link\` first, or every suggestion is reviewed)`)
    return
  }
  const blocks = rows.map(({ link: l, item }) =>
    [
      `${l.id}  ${l.kind}  ${l.score.toFixed(2)}  ${l.review}  item ${l.itemId}${item ? ` (${item.meetingDate ?? item.meetingSlug})` : ''}: ${clip(item?.text ?? '', 110)}`,
      `    ¶${l.paragraph}: ${clip(l.passage, 140)}`,
      `    why: ${l.reason ?? '(stored before reasons were kept; run `communique link` again)'}`,
    ].join('\n'),
  )
  ctx.output.out([head, ...blocks].join('\n'))
}

/** The figures of `link eval`, one per line. */
function formatKeyScores(file: string, s: KeyScores, ms: number): string {
  const f = (x: number): string => x.toFixed(2)
  return [
    `${file}: ${s.pairs} pairs, ${s.real} with a passage in the key (linked in ${(ms / 1000).toFixed(1)} s)`,
    `  detection      P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}   (${s.truePositives} of ${s.detected} detected pairs have a passage in the key)`,
    `  right passage  ${f(s.rightPassageShare)}   (${s.rightPassage} of ${s.detected} detected pairs)`,
    `  right kind     ${f(s.rightKindShare)}   (${s.rightKind} of ${s.rightPassage} right passages)`,
    `  fully right    ${f(s.fullyRightShare)}   (${s.fullyRight} of ${s.real} pairs with a passage)`,
    ...(s.unmapped > 0 ? [`  ${s.unmapped} pair${s.unmapped === 1 ? '' : 's'} whose pledge overlaps no extracted item (counted as not detected)`] : []),
  ].join('\n')
}

function formatVerdict(v: PairVerdict): string {
  const verdict = !v.real
    ? v.detected
      ? 'false link'
      : 'right: none'
    : !v.detected
      ? 'missed'
      : !v.rightPassage
        ? 'wrong passage'
        : !v.rightKind
          ? 'wrong kind'
          : 'right'
  return `${v.id}  ${verdict}  expected ${v.expectedKind ?? 'none'}, suggested ${v.best ? `${v.best.kind} ${v.best.score.toFixed(2)}: ${clip(v.best.passage, 90)}` : 'nothing'}`
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s
}

/** Every link exists, and --apply goes only with reported-done links: checked before any review is written. */
async function checkReviewable(store: Store, ids: number[], review: 'confirmed' | 'rejected', apply: boolean): Promise<void> {
  for (const id of ids) {
    const l = await store.getLink(id)
    if (!l)
      throw new CommuniqueError(
        'not-found',
        `no link ${id} in the store; run \`communique links ITEM\` to see the link ids of an item${ids.length > 1 ? ' (nothing was written)' : ''}`,
      )
    if (apply && review === 'confirmed' && l.kind !== 'reported-done') {
      throw new CommuniqueError(
        'usage',
        `--apply applies only to reported-done links, and link ${id} is a ${l.kind} link; confirm it without --apply, or set the status yourself with \`communique status ${l.itemId} ...\`${ids.length > 1 ? ' (nothing was written)' : ''}`,
      )
    }
  }
}

/** The summary of one series: coverage, kinds, what changed, links per meeting pair. */
function formatSeries(r: SeriesLinkResult): string {
  const head = `${r.series}: ${r.meetings.length} meeting${r.meetings.length === 1 ? '' : 's'}`
  const skipped = r.skipped.length > 0 ? [`  left out (no date or no current document): ${r.skipped.join(', ')}`] : []
  if (r.meetings.length < 2) return [`${head}, nothing to link (a series needs two dated meetings)`, ...skipped].join('\n')
  const pct = r.trackable > 0 ? Math.round((100 * r.itemsLinked) / r.trackable) : 0
  const kinds = Object.entries(r.byKind)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ')
  const changed = r.inserted + r.updated + r.removed === 0 ? 'nothing changed' : `${r.inserted} new, ${r.updated} updated, ${r.removed} removed`
  const reviewed =
    r.byReview.confirmed + r.byReview.rejected > 0 ? `; kept as reviewed: ${r.byReview.confirmed} confirmed, ${r.byReview.rejected} rejected` : ''
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
  return r.entries
    .map((e) =>
      e.field === 'link'
        ? `link ${l.id} (${what}): ${r.before} → ${review}; item ${r.item.id} v${e.version} (by ${actor})`
        : `item ${r.item.id} v${e.version}: ${describeChange(e)} (by ${actor})`,
    )
    .join('\n')
}
