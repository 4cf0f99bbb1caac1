// Renders a meeting report or a series view in one of six formats and writes it to a file.
import { parse as parseCsv } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { csvSafeCell } from '../core/safe-text.js'
import {
  buildReport,
  buildSeriesReport,
  renderReportCsv,
  renderReportHtml,
  renderReportIcs,
  renderReportJson,
  renderReportMarkdown,
  renderSeriesHtml,
  type ReportInput,
  type ReportModel,
  type SeriesReportInput,
} from '../report/index.js'
import { meetingInputsOfSeries } from './build-report-input.js'
import { assertOutputTarget, writeOutputFile } from './output-file.js'
import { renderPdf } from './render-pdf.js'

/** The formats of `communique report`. */
export const REPORT_FORMATS = ['html', 'pdf', 'md', 'csv', 'json', 'ics'] as const

/** One of REPORT_FORMATS. */
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** A rendered report and the figures its one-line summary names. */
export interface RenderedReport {
  format: ReportFormat
  /** Text for every format but PDF, whose bytes these are. */
  content: string | Uint8Array
  /** Commitments and directives reported. */
  trackable: number
  /** Of those, overdue on the report's date. */
  overdue: number
  /** Meetings covered (1 for a meeting report). */
  meetings: number
  /** Assessment rounds on record for the items reported, sorted. */
  rounds: string[]
}

/** Options of the renderers. */
export interface RenderReportOptions {
  /** Chromium for PDF (COMMUNIQUE_CHROMIUM); default /usr/bin/chromium. */
  chromiumPath?: string
}

/**
 * Renders the follow-up report of one meeting.
 * @throws CommuniqueError 'chromium-missing' for PDF without a browser
 */
export async function renderMeetingReport(input: ReportInput, format: ReportFormat, options: RenderReportOptions = {}): Promise<RenderedReport> {
  const model = buildReport(input)
  const figures = { format, trackable: model.summary.trackable, overdue: model.summary.overdue, meetings: 1, rounds: model.summary.rounds }
  return { ...figures, content: await renderModel(model, format, options) }
}

/**
 * Renders the series view. HTML and PDF give the series overview; JSON its model; Markdown the
 * report of every meeting one after the other; CSV one row per trackable item of every meeting
 * (the columns of all meetings, united); iCalendar the due dates of every meeting.
 * @param round assessment round for the per-meeting forms (Markdown, CSV), or null
 * @throws CommuniqueError 'chromium-missing' for PDF without a browser
 */
export async function renderSeriesReport(
  input: SeriesReportInput,
  format: ReportFormat,
  round: string | null,
  options: RenderReportOptions = {},
): Promise<RenderedReport> {
  const model = buildSeriesReport(input)
  const rounds = [...new Set(input.meetings.flatMap((m) => m.items.flatMap((i) => i.assessments.map((a) => a.round))))].sort()
  const figures = { format, trackable: model.items.length, overdue: model.items.filter((i) => i.overdue).length, meetings: model.meetings.length, rounds }
  if (format === 'html' || format === 'pdf') {
    const html = await renderSeriesHtml(model)
    return { ...figures, content: format === 'html' ? html : await renderPdf(html, pdfOptions(options)) }
  }
  if (format === 'json') return { ...figures, content: `${JSON.stringify(model, null, 2)}\n` }
  const reports = meetingInputsOfSeries(input, round)
    .map(buildReport)
    .sort((a, b) => (a.cover.date ?? '9999').localeCompare(b.cover.date ?? '9999'))
  if (format === 'md') {
    const head = `# Series: ${model.name}\n\n${reports.length} meeting${reports.length === 1 ? '' : 's'} on record; status as of ${model.asOf}. Each meeting's follow-up report follows.\n\n`
    return { ...figures, content: head + reports.map((r) => renderReportMarkdown(r).replace(/^(#{1,5}) /gm, '#$1 ')).join('\n---\n\n') }
  }
  if (format === 'csv') return { ...figures, content: mergeCsv(reports.map(renderReportCsv)) }
  return { ...figures, content: mergeIcs(reports.map(renderReportIcs), `Due dates: ${model.name}`) }
}

async function renderModel(model: ReportModel, format: ReportFormat, options: RenderReportOptions): Promise<string | Uint8Array> {
  switch (format) {
    case 'html':
      return renderReportHtml(model)
    case 'pdf':
      return renderPdf(await renderReportHtml(model), pdfOptions(options))
    case 'md':
      return renderReportMarkdown(model)
    case 'csv':
      return renderReportCsv(model)
    case 'json':
      return renderReportJson(model)
    case 'ics':
      return renderReportIcs(model)
  }
}

function pdfOptions(options: RenderReportOptions): { executablePath?: string } {
  return options.chromiumPath ? { executablePath: options.chromiumPath } : {}
}

// One table: every column any meeting has (score columns differ when parties do), in first-seen order.
function mergeCsv(csvs: readonly string[]): string {
  const tables = csvs.map((c) => parseCsv(c.replace(/^\uFEFF/, ''), { relax_column_count: false }) as string[][])
  const header: string[] = []
  for (const t of tables) for (const name of t[0] ?? []) if (!header.includes(name)) header.push(name)
  const rows = tables.flatMap((t) =>
    t.slice(1).map((row) =>
      header.map((name) => {
        const at = t[0]!.indexOf(name)
        return at < 0 ? '' : (row[at] ?? '')
      }),
    ),
  )
  return stringify(
    [header, ...rows].map((row) => row.map(csvSafeCell)),
    { bom: true, record_delimiter: '\r\n' },
  )
}

// One calendar: the first calendar's header (renamed), then every VEVENT of every calendar.
function mergeIcs(calendars: readonly string[], name: string): string {
  const unfold = (s: string): string[] =>
    s
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n')
      .filter((l) => l.length > 0)
  const first = unfold(calendars[0] ?? 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Communique//Follow-up report//EN\r\nEND:VCALENDAR\r\n')
  const head = first
    .slice(
      0,
      first.findIndex((l) => l === 'BEGIN:VEVENT' || l === 'END:VCALENDAR'),
    )
    .map((l) => (l.startsWith('X-WR-CALNAME:') ? `X-WR-CALNAME:${name.replace(/[\\;,]/g, (c) => `\\${c}`)}` : l))
  const events: string[] = []
  for (const cal of calendars) {
    let inside = false
    for (const line of unfold(cal)) {
      if (line === 'BEGIN:VEVENT') inside = true
      if (inside) events.push(line)
      if (line === 'END:VEVENT') inside = false
    }
  }
  return `${[...head, ...events, 'END:VCALENDAR'].map(fold).join('\r\n')}\r\n`
}

// Folds a content line at 75 octets (RFC 5545 §3.1) without splitting a UTF-8 character.
function fold(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const size = Buffer.byteLength(ch)
    const limit = parts.length === 0 ? 75 : 74
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/**
 * Checks that a report can be written to `path` before the work of rendering it: the folder exists,
 * the path is not a folder, not the store, and (unless `guard.force`) not a file other than an
 * earlier report of this format. See assertOutputTarget.
 * @throws CommuniqueError 'write-failed' with what to do
 */
export function assertWritableTarget(path: string, guard: ReportGuard = { force: true }): void {
  assertOutputTarget({ path, kind: `report-${guard.format ?? 'html'}`, force: guard.force, storePath: guard.storePath ?? null })
}

/** What protects a report file: its format, --force, and the store file not to overwrite. */
export interface ReportGuard {
  format?: ReportFormat
  force?: boolean
  storePath?: string | null
}

/**
 * Writes a rendered report whole (a temporary file renamed over the target) and returns the bytes written.
 * @throws CommuniqueError 'write-failed' naming the path and the reason
 */
export async function writeReportFile(path: string, content: string | Uint8Array, guard: ReportGuard = { force: true }): Promise<number> {
  return writeOutputFile({ path, kind: `report-${guard.format ?? 'html'}`, force: guard.force, storePath: guard.storePath ?? null }, content)
}

/**
 * The line printed after writing: `Wrote report.html (142 KB): 35 trackable items, 3 overdue`.
 * @param shown the path as the user gave it
 */
export function describeWritten(shown: string, bytes: number, report: RenderedReport): string {
  const size = bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} KB`
  const what = `${report.trackable} trackable item${report.trackable === 1 ? '' : 's'}, ${report.overdue} overdue`
  return `Wrote ${shown} (${size}): ${report.meetings > 1 ? `${report.meetings} meetings, ` : ''}${what}`
}
