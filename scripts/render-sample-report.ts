// Renders sample reports for a look by eye: HTML (and PDF) to tmp/, screenshots to docs/.
// Usage: npx tsx scripts/render-sample-report.ts [--input report-input.json] [--series series-input.json]
//          [--out tmp] [--docs docs] [--no-shots] [--no-pdf]
//        npx tsx scripts/render-sample-report.ts --report-html report.html --series-html series.html --name seed [--docs docs]
//          (screenshots of reports already rendered, e.g. by `communique report`; see scripts/make-screenshots.sh)
// Without flags it uses the fixtures in test/fixtures/report/. Chromium: COMMUNIQUE_CHROMIUM or /usr/bin/chromium.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH, renderPdf } from '../src/commands/render-pdf.js'
import { buildReport, buildSeriesReport, renderReportHtml, renderSeriesHtml } from '../src/report/index.js'
import type { ReportInput } from '../src/report/input.js'
import type { SeriesReportInput } from '../src/report/series-model.js'

const { values } = parseArgs({
  options: {
    input: { type: 'string', default: 'test/fixtures/report/seed-input.json' },
    series: { type: 'string', default: 'test/fixtures/report/series-input.json' },
    out: { type: 'string', default: 'tmp' },
    docs: { type: 'string', default: 'docs' },
    'no-shots': { type: 'boolean', default: false },
    'no-pdf': { type: 'boolean', default: false },
    'report-html': { type: 'string' },
    'series-html': { type: 'string' },
    name: { type: 'string' },
  },
})
const chromiumPath = process.env.COMMUNIQUE_CHROMIUM ?? DEFAULT_CHROMIUM_PATH
if (values['report-html'] && values['series-html']) {
  await screenshots(readFileSync(values['report-html'], 'utf8'), readFileSync(values['series-html'], 'utf8'), values.name ?? 'seed')
  process.exit(0)
}
const name = values.name ?? basename(values.input!).replace(/-input\.json$|\.json$/, '')
mkdirSync(values.out!, { recursive: true })

let t = performance.now()
const model = buildReport(JSON.parse(readFileSync(values.input!, 'utf8')) as ReportInput)
const reportHtml = await renderReportHtml(model)
const reportPath = join(values.out!, `report-${name}.html`)
writeFileSync(reportPath, reportHtml)
console.log(`${reportPath}: ${model.summary.trackable} trackable items, ${(reportHtml.length / 1024).toFixed(0)} KiB, ${(performance.now() - t).toFixed(0)} ms`)

t = performance.now()
const series = buildSeriesReport(JSON.parse(readFileSync(values.series!, 'utf8')) as SeriesReportInput)
const seriesHtml = await renderSeriesHtml(series)
const seriesPath = join(values.out!, 'report-series.html')
writeFileSync(seriesPath, seriesHtml)
console.log(`${seriesPath}: ${series.meetings.length} meetings, ${(performance.now() - t).toFixed(0)} ms`)

if (!values['no-pdf']) {
  t = performance.now()
  const pdf = await renderPdf(reportHtml, { executablePath: chromiumPath })
  const pdfPath = join(values.out!, `report-${name}.pdf`)
  writeFileSync(pdfPath, pdf)
  console.log(`${pdfPath}: ${(pdf.byteLength / 1024).toFixed(0)} KiB, ${(performance.now() - t).toFixed(0)} ms`)
}

if (!values['no-shots']) await screenshots(reportHtml, seriesHtml, name)

/** Screens 1 and 2 of the report, its charts section, and the first screen of the series view (1280×800), to the docs folder. */
async function screenshots(reportHtml: string, seriesHtml: string, name: string): Promise<void> {
  mkdirSync(values.docs!, { recursive: true })
  const profile = await mkdtemp(join(tmpdir(), 'communique-shots-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 800 },
  })
  try {
    await context.route('**/*', (route) => route.abort())
    const page = await context.newPage()
    await page.setContent(reportHtml, { waitUntil: 'load' })
    for (const screen of [1, 2]) {
      await page.evaluate(`window.scrollTo(0, ${(screen - 1) * 800})`)
      const path = join(values.docs!, `report-${name}-${screen}.png`)
      await page.screenshot({ path })
      console.log(path)
    }
    // The charts section, for the README.
    const charts = page.locator('#charts')
    if ((await charts.count()) > 0) {
      const chartsPath = join(values.docs!, `report-${name}-charts.png`)
      await charts.screenshot({ path: chartsPath })
      console.log(chartsPath)
    }
    const seriesPage = await context.newPage()
    await seriesPage.setContent(seriesHtml, { waitUntil: 'load' })
    const path = join(values.docs!, 'report-series.png')
    await seriesPage.screenshot({ path })
    console.log(path)
  } finally {
    await context.close()
    await rm(profile, { recursive: true, force: true })
  }
}
