// Review commands (issue 8): `review M`, `review start|done M`, `accept`, `reject`, `restore`,
// `edit`, `add`, `split`, `merge`. They call commands/review-items.ts, as the server does; this file
// only reads flags and prints. `--json` prints the resulting item(s).
import { Option, type Command } from 'commander'
import {
  accept,
  acceptAllProposed,
  addItem,
  editItem,
  meetingReviewSummary,
  mergeItems,
  reject,
  restore,
  setMeetingReview,
  splitItem,
  type MeetingReviewSummary,
  type ReviewOptions,
} from '../../commands/review-items.js'
import { CommuniqueError } from '../../core/errors.js'
import type { StoredItem } from '../../store/types.js'
import { ITEM_TYPES, REJECT_REASONS } from '../../track/review.js'
import { splitList } from '../options.js'
import { printJson } from '../output.js'
import type { CliContext } from '../program.js'
import { actorOf, addActorOption, nowOf, parseItemId, withStore } from '../store-helpers.js'

interface CommonValues {
  as?: string
  ifVersion?: string
  json?: boolean
}

function addReviewOptions(cmd: Command, withVersion = true): Command {
  addActorOption(cmd)
  if (withVersion) cmd.option('--if-version <n>', 'refuse the change (exit 3) unless the item is still at this version (see `show`)')
  return cmd.option('--json', 'print the resulting item(s) as JSON')
}

function parseVersion(v: string | undefined): number | undefined {
  if (v === undefined) return undefined
  if (!/^\d+$/.test(v.trim())) throw new CommuniqueError('usage', `--if-version expects a version number, got "${v}"`)
  return Number(v)
}

function parseOffset(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined
  if (!/^\d+$/.test(v.trim())) throw new CommuniqueError('usage', `${flag} expects a character offset (a whole number), got "${v}"`)
  return Number(v)
}

/** Opens the store, runs a review workflow as the acting user, closes the store. */
async function run<T>(ctx: CliContext, opts: CommonValues, fn: (o: ReviewOptions) => Promise<T>): Promise<T> {
  const ifVersion = parseVersion(opts.ifVersion)
  const actor = actorOf(opts, ctx)
  return withStore(ctx, (store) => fn({ store, actor, now: nowOf(), ...(ifVersion !== undefined ? { ifVersion } : {}) }))
}

/** One line per item: "item 12 v3 accepted · commitment · edited · p3 "Japan and the UK would …"". */
export function itemLine(i: StoredItem): string {
  const marks = [i.review.state + (i.review.reason ? ` (${i.review.reason}${i.review.note ? `: ${i.review.note}` : ''})` : ''), i.type]
  if (i.review.origin === 'added') marks.push('added by reviewer')
  if (i.review.edited) marks.push('edited')
  const text = i.text.length > 90 ? `${i.text.slice(0, 89)}…` : i.text
  return `item ${i.id} v${i.version} ${marks.join(' · ')} · p${i.paragraph} "${text}"`
}

function printItems(ctx: CliContext, opts: CommonValues, items: StoredItem[], actor?: string): void {
  if (opts.json) {
    printJson(ctx.output, items)
    return
  }
  if (items.length === 0) {
    ctx.output.out('(no item changed)')
    return
  }
  for (const i of items) ctx.output.out(itemLine(i) + (actor ? ` (by ${actor})` : ''))
}

/** The text `review M` prints. */
export function formatSummary(s: MeetingReviewSummary): string {
  const c = s.review.counts
  const who = s.review.by ? ` by ${s.review.by} at ${s.review.at?.slice(0, 16).replace('T', ' ')}` : ''
  const lines = [
    `Meeting ${s.meeting.id} [${s.meeting.slug}]: ${s.meeting.title ?? '(untitled)'}${s.meeting.date ? ` (${s.meeting.date})` : ''}`,
    `Review: ${s.review.state}${who}`,
    `Items: ${c.total} — ${c.proposed} proposed, ${c.accepted} accepted, ${c.rejected} rejected (${c.added} added by reviewer, ${c.edited} edited)`,
  ]
  lines.push(s.next ? `Next: ${itemLine(s.next)}` : 'Next: nothing left to review')
  return lines.join('\n')
}

/** Registers the review commands. */
export function register(program: Command, ctx: CliContext): void {
  const review = program
    .command('review')
    .description('Show where the review of a meeting stands (counts by state, the next item), or move it on: review start|done M')
    .argument('<args...>', 'M (meeting id or slug), or "start M" / "done M"')
    .option('--json', 'print JSON')
  addActorOption(review)
  review.addHelpText(
    'after',
    `
A meeting moves unreviewed → in-review → reviewed. Only reviewed meetings are used by \`eval --store\`.

Examples:
  $ communique review 1
  $ communique review start 2016-01-08-second-japan-uk-foreign-and-defence-ministerial-meeting
  $ communique review done 1 --as akiko`,
  )
  review.action(async (args: string[], opts: CommonValues) => {
    const [first, second, ...rest] = args
    if (rest.length > 0 || (second !== undefined && first !== 'done' && first !== 'start')) {
      throw new CommuniqueError('usage', 'review takes a meeting (review M), or "start M" or "done M"')
    }
    if (second !== undefined) {
      const meeting = await run(ctx, opts, (o) => setMeetingReview(second, first === 'done' ? 'reviewed' : 'in-review', o))
      if (opts.json) printJson(ctx.output, meeting)
      else ctx.output.out(`meeting ${meeting.id} [${meeting.slug}]: review ${meeting.review.state} (by ${meeting.review.by})`)
      return
    }
    const summary = await withStore(ctx, (store) => meetingReviewSummary(first!, store))
    if (opts.json) printJson(ctx.output, summary)
    else ctx.output.out(formatSummary(summary))
  })

  const acc = program
    .command('accept')
    .description('Accept items the extractor proposed (or every proposed item of a meeting)')
    .argument('[items...]', 'item ids (from `communique list`)')
    .option('--meeting <id|slug>', 'with --all-proposed: the meeting')
    .option('--all-proposed', 'accept every item of the meeting that is still proposed')
  addReviewOptions(acc)
  acc.addHelpText(
    'after',
    `
Examples:
  $ communique accept 4 20 24
  $ communique accept --meeting 1 --all-proposed --as akiko`,
  )
  acc.action(async (items: string[], opts: CommonValues & { meeting?: string; allProposed?: boolean }) => {
    if (opts.allProposed) {
      if (!opts.meeting) throw new CommuniqueError('usage', '--all-proposed needs --meeting M')
      if (items.length > 0) throw new CommuniqueError('usage', 'give item ids or --meeting M --all-proposed, not both')
      const out = await run(ctx, opts, (o) => acceptAllProposed(opts.meeting!, o))
      printItems(ctx, opts, out, actorOf(opts, ctx))
      return
    }
    if (items.length === 0) throw new CommuniqueError('usage', 'name the items to accept, or use --meeting M --all-proposed')
    const ids = items.map(parseItemId)
    printItems(ctx, opts, await run(ctx, opts, (o) => accept(ids, o)), actorOf(opts, ctx))
  })

  const rej = program
    .command('reject')
    .description('Reject items with a reason; they leave the report and calendar but stay in the JSON export')
    .argument('<items...>', 'item ids')
    .addOption(new Option('--reason <reason>', 'why').choices([...REJECT_REASONS]).makeOptionMandatory())
    .option('--note <text>', 'more words (needed with --reason other)')
  addReviewOptions(rej)
  rej.addHelpText(
    'after',
    `
Examples:
  $ communique reject 31 --reason not-a-pledge
  $ communique reject 40 --reason other --note "a quotation of the 2015 statement"`,
  )
  rej.action(async (items: string[], opts: CommonValues & { reason: string; note?: string }) => {
    const ids = items.map(parseItemId)
    printItems(ctx, opts, await run(ctx, opts, (o) => reject(ids, { reason: opts.reason, note: opts.note ?? null }, o)), actorOf(opts, ctx))
  })

  const res = program.command('restore').description('Put an accepted or rejected item back to proposed').argument('<item>', 'item id')
  addReviewOptions(res)
  res.addHelpText(
    'after',
    `
Example:
  $ communique restore 31`,
  )
  res.action(async (item: string, opts: CommonValues) => {
    const id = parseItemId(item)
    printItems(ctx, opts, [await run(ctx, opts, (o) => restore(id, o))], actorOf(opts, ctx))
  })

  const edit = program
    .command('edit')
    .description('Correct an item: type, span (a quote inside its paragraph, or offsets), actors, deadline, topics')
    .argument('<item>', 'item id')
    .addOption(new Option('--type <type>', 'item type').choices([...ITEM_TYPES]))
    .option('--quote <text>', "new span: words of the item's paragraph")
    .option('--start <offset>', 'new span: start offset in the document text (with --end)')
    .option('--end <offset>', 'new span: end offset (with --start)')
    .option('--actors <list>', 'actors, comma-separated (e.g. "Japan,UK")')
    .option('--deadline <text|date>', 'words of the document ("by the end of 2016"), YYYY-MM-DD, or "none"')
    .option('--topics <list>', 'topics, comma-separated (e.g. "defence,cyber")')
  addReviewOptions(edit)
  edit.addHelpText(
    'after',
    `
Examples:
  $ communique edit 24 --type directive --actors "Japan,United Kingdom"
  $ communique edit 24 --quote "Japan and the UK would work urgently on further significant cooperation"
  $ communique edit 24 --deadline 2016-12-31 --if-version 2`,
  )
  edit.action(
    async (
      item: string,
      opts: CommonValues & { type?: string; quote?: string; start?: string; end?: string; actors?: string; deadline?: string; topics?: string },
    ) => {
      const id = parseItemId(item)
      const start = parseOffset(opts.start, '--start')
      const end = parseOffset(opts.end, '--end')
      const out = await run(ctx, opts, (o) =>
        editItem(
          id,
          {
            ...(opts.type !== undefined ? { type: opts.type } : {}),
            ...(opts.quote !== undefined ? { quote: opts.quote } : {}),
            ...(start !== undefined ? { start } : {}),
            ...(end !== undefined ? { end } : {}),
            ...(opts.actors !== undefined ? { actors: splitList(opts.actors) } : {}),
            ...(opts.deadline !== undefined ? { deadline: opts.deadline } : {}),
            ...(opts.topics !== undefined ? { topics: splitList(opts.topics) } : {}),
          },
          o,
        ).catch(hint),
      )
      printItems(ctx, opts, [out], actorOf(opts, ctx))
    },
  )

  const add = program
    .command('add')
    .description("Add an item the extractor missed, from a quote of the meeting's document (offsets computed)")
    .requiredOption('--meeting <id|slug>', 'the meeting')
    .requiredOption('--quote <text>', 'the words of the item, exactly as the document prints them')
    .addOption(new Option('--type <type>', 'item type').choices([...ITEM_TYPES]).makeOptionMandatory())
    .option('--actors <list>', "actors, comma-separated (default for commitments and directives: the meeting's parties)")
    .option('--paragraph <n>', 'the paragraph number, when the quote occurs more than once')
    .option('--deadline <text|date>', 'words of the document or YYYY-MM-DD')
    .option('--topics <list>', 'topics, comma-separated')
  addReviewOptions(add, false)
  add.addHelpText(
    'after',
    `
Example:
  $ communique add --meeting 1 --type commitment --quote "Japan and the UK see each other as natural partners to pursue further opportunities and deepen what is a historic relationship for the long term"`,
  )
  add.action(
    async (opts: CommonValues & { meeting: string; quote: string; type: string; actors?: string; paragraph?: string; deadline?: string; topics?: string }) => {
      const paragraph = parseOffset(opts.paragraph, '--paragraph')
      const out = await run(ctx, opts, (o) =>
        addItem(
          opts.meeting,
          {
            quote: opts.quote,
            type: opts.type,
            ...(opts.actors !== undefined ? { actors: splitList(opts.actors) } : {}),
            ...(paragraph !== undefined ? { paragraph } : {}),
            ...(opts.deadline !== undefined ? { deadline: opts.deadline } : {}),
            ...(opts.topics !== undefined ? { topics: splitList(opts.topics) } : {}),
          },
          o,
        ).catch(hint),
      )
      printItems(ctx, opts, [out], actorOf(opts, ctx))
    },
  )

  const split = program
    .command('split')
    .description("Split one item into several, one per quote (each inside the item's paragraph)")
    .argument('<item>', 'item id')
    .requiredOption('--quote <text>', 'words of one new item (repeat: at least two)', (v: string, all: string[]) => [...all, v], [])
  addReviewOptions(split)
  split.addHelpText(
    'after',
    `
Example:
  $ communique split 27 --quote "both countries would continue such joint efforts" --quote "explore further opportunities"`,
  )
  split.action(async (item: string, opts: CommonValues & { quote: string[] }) => {
    const id = parseItemId(item)
    printItems(ctx, opts, await run(ctx, opts, (o) => splitItem(id, opts.quote, o)), actorOf(opts, ctx))
  })

  const merge = program
    .command('merge')
    .description('Merge items of one paragraph into the first; the others are rejected as duplicates')
    .argument('<items...>', 'item ids (at least two)')
  addReviewOptions(merge)
  merge.addHelpText(
    'after',
    `
Example:
  $ communique merge 24 25`,
  )
  merge.action(async (items: string[], opts: CommonValues) => {
    const ids = items.map(parseItemId)
    printItems(ctx, opts, [await run(ctx, opts, (o) => mergeItems(ids, o))], actorOf(opts, ctx))
  })
}

/** Adds the flag to use to an ambiguous-quote error (the workflow's wording names none). */
function hint(error: unknown): never {
  if (error instanceof CommuniqueError && error.code === 'ambiguous-quote') {
    throw new CommuniqueError(error.code, `${error.message} (--paragraph N)`, { params: error.params ?? {}, cause: error })
  }
  throw error
}
