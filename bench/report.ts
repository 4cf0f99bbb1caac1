// Report speed: the HTML series view of the US–Japan leaders' series (five meetings, linked) and the
// HTML report of the corpus's largest meeting, each read from a SQLite store, built and rendered;
// median of 5 (target < 1 s each); then that report once as PDF. Ingest and linking are not timed. Run alone: npx tsx bench/report.ts
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildReportInput, buildSeriesReportInput, findReportSeries } from '../src/commands/build-report-input.js'
import { collectInputs } from '../src/commands/collect-inputs.js'
import { ingestMany } from '../src/commands/ingest-many.js'
import { linkSeries } from '../src/commands/link-series.js'
import { DEFAULT_CHROMIUM_PATH } from '../src/commands/render-pdf.js'
import { renderMeetingReport, renderSeriesReport } from '../src/commands/write-report.js'
import { openStore } from '../src/store/open-store.js'
import { CORPUS, isMain, peakRssMb, report } from './common.js'

/** The White House outcome documents (with MANIFEST.tsv). */
const WH = join(CORPUS, 'wh-briefings-outcome-docs')
/** The US–Japan leaders' statements, in date order (file-name prefixes). */
export const US_JAPAN = [
  'wh-2021-04-16-u-s-japan-joint-leaders-statement',
  'wh-2022-05-23-japan-u-s-joint-leaders-statement',
  'wh-2023-01-13-joint-statement-of-the-united-states-and-japan',
  'wh-2024-04-10-united-states-japan-joint-leaders-statement',
  'wh-2025-02-07-united-states-japan-joint-leaders-statement',
]
const SERIES = "U.S.-Japan Leaders' Summit"
const AS_OF = '2025-06-30'

/** Figures of the report benchmark. */
export interface ReportFigures {
  seriesMeetings: number
  seriesItems: number
  seriesLinks: number
  /** Median seconds: store → input → model → HTML of the series view. */
  seriesHtmlSeconds: number
  /** The first of those runs (cold: chart compiler and queries not warmed up). */
  seriesFirstSeconds: number
  largestMeeting: string
  largestItems: number
  largestTrackable: number
  /** Median seconds: store → input → model → HTML of the largest meeting's report. */
  largestHtmlSeconds: number
  /** The first of those runs. */
  largestFirstSeconds: number
  largestHtmlKb: number
  /** One run of the same report as PDF (Chromium), or null without a browser. */
  largestPdfSeconds: number | null
}

/** Median and first (cold) time of `runs` runs, in seconds. */
async function median(runs: number, fn: () => Promise<unknown>): Promise<{ median: number; first: number }> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn()
    times.push((performance.now() - t) / 1000)
  }
  return { median: [...times].sort((a, b) => a - b)[Math.floor(runs / 2)]!, first: times[0]! }
}

const ms = (seconds: number): string => (seconds * 1000).toFixed(0)

/** Runs the benchmark in a temporary store and prints one BENCH line. */
export async function benchReport(log: (line: string) => void = console.log): Promise<ReportFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'communique-bench-report-'))
  const store = await openStore({ path: join(dir, 'bench.db') })
  try {
    const now = new Date().toISOString()
    const files = readdirSync(WH)
    const series = US_JAPAN.map((p) =>
      join(
        WH,
        files.find((f) => f.startsWith(p))!,
      ),
    )
    const rest = files.filter((f) => f.endsWith('.txt') && !series.includes(join(WH, f))).map((f) => join(WH, f))
    const t = performance.now()
    await ingestMany(collectInputs(series, [join(WH, 'MANIFEST.tsv')]), { store, actor: 'bench', now, flags: { series: SERIES } })
    await ingestMany(collectInputs(rest, [join(WH, 'MANIFEST.tsv')]), { store, actor: 'bench', now })
    await store.optimize()
    const links = (await linkSeries({ store, series: SERIES, now })).reduce((n, r) => n + r.links, 0)
    log(`report bench: ingested ${files.length - 1} documents and linked the series in ${((performance.now() - t) / 1000).toFixed(1)} s (not timed)`)

    const found = await findReportSeries(store, SERIES)
    let seriesItems = 0
    const seriesTimes = await median(5, async () => {
      const rendered = await renderSeriesReport(await buildSeriesReportInput(store, found, { asOf: AS_OF }), 'html', null)
      seriesItems = rendered.trackable
    })
    const largest = (await store.listMeetings()).sort((a, b) => b.itemCount - a.itemCount || a.id - b.id)[0]!
    let bytes = 0
    const largestTimes = await median(5, async () => {
      const rendered = await renderMeetingReport(await buildReportInput(store, largest, { asOf: AS_OF }), 'html')
      bytes = Buffer.byteLength(rendered.content as string)
    })
    let largestPdfSeconds: number | null = null
    if (existsSync(process.env.COMMUNIQUE_CHROMIUM ?? DEFAULT_CHROMIUM_PATH)) {
      const t0 = performance.now()
      await renderMeetingReport(await buildReportInput(store, largest, { asOf: AS_OF }), 'pdf', {
        chromiumPath: process.env.COMMUNIQUE_CHROMIUM ?? DEFAULT_CHROMIUM_PATH,
      })
      largestPdfSeconds = (performance.now() - t0) / 1000
    }
    const figures: ReportFigures = {
      seriesMeetings: found.meetingCount,
      seriesItems,
      seriesLinks: links,
      seriesHtmlSeconds: seriesTimes.median,
      seriesFirstSeconds: seriesTimes.first,
      largestMeeting: largest.slug,
      largestItems: largest.itemCount,
      largestTrackable: largest.trackableCount,
      largestHtmlSeconds: largestTimes.median,
      largestFirstSeconds: largestTimes.first,
      largestHtmlKb: Math.round(bytes / 1024),
      largestPdfSeconds,
    }
    log(
      `report bench: series view (${figures.seriesMeetings} meetings, ${seriesItems} trackable items, ${links} links) ${ms(seriesTimes.median)} ms (first run ${ms(seriesTimes.first)} ms);` +
        ` largest meeting ${largest.slug} (${largest.itemCount} items, ${largest.trackableCount} trackable) ${ms(largestTimes.median)} ms (first run ${ms(largestTimes.first)} ms), ${figures.largestHtmlKb} KB; medians of 5, target < 1 s; as PDF ${largestPdfSeconds === null ? 'skipped (no Chromium)' : `${ms(largestPdfSeconds)} ms`}`,
    )
    report('follow-up report build time (HTML, median of 5; target < 1 s)', {
      'US–Japan series view': `${ms(seriesTimes.median)} ms (${figures.seriesMeetings} meetings, ${seriesItems} trackable items, ${links} links; first run ${ms(seriesTimes.first)} ms)`,
      'largest meeting': `${ms(largestTimes.median)} ms (${largest.slug}: ${largest.itemCount} items, ${largest.trackableCount} trackable, ${figures.largestHtmlKb} KB; first run ${ms(largestTimes.first)} ms)`,
      'largest meeting as PDF': largestPdfSeconds === null ? 'skipped (no Chromium)' : `${ms(largestPdfSeconds)} ms (Chromium launch included)`,
      'peak RSS MB': peakRssMb(),
    })
    return figures
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

if (isMain(import.meta.url)) await benchReport()
