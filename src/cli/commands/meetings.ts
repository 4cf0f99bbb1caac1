// `communique meetings`: stored meetings by date with id, slug, series and item counts.
import type { Command } from 'commander'
import { canonicalParty } from '../../track/index.js'
import type { CliContext } from '../program.js'
import { addFormatOptions, printRows, withStore } from '../store-helpers.js'

/** Registers `meetings`. */
export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('meetings')
    .description('List stored meetings (ids and slugs for --meeting) and their series')
    .option('--series <name>', 'only this series')
    .option('--party <name>', 'only meetings this party attended')
  addFormatOptions(cmd)
  cmd.action(async (opts: { series?: string; party?: string; json?: boolean; csv?: boolean }) => {
    const meetings = await withStore(ctx, (store) =>
      store.listMeetings({ ...(opts.series ? { series: opts.series } : {}), ...(opts.party ? { party: canonicalParty(opts.party) } : {}) }),
    )
    printRows(
      ctx,
      opts,
      meetings,
      meetings.map((m) => ({
        id: m.id,
        date: m.date,
        slug: m.slug,
        series: m.series,
        ordinal: m.ordinal,
        place: m.place,
        parties: m.parties,
        items: m.itemCount,
        tracked: m.trackableCount,
        review: m.review.state,
        title: m.title,
      })),
      opts.csv
        ? ['id', 'date', 'slug', 'series', 'ordinal', 'place', 'parties', 'items', 'tracked', 'review', 'title']
        : ['id', 'date', 'slug', 'ordinal', 'items', 'tracked', 'review', 'title'],
    )
  })
}
