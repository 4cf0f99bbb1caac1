// The first run (`npm start`): ingest the bundled example, write its follow-up report (HTML, and PDF
// when Chromium is there), and gather what a one-screen summary shows.
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CommuniqueError } from '../core/errors.js'
import type { ItemType } from '../core/item.js'
import { buildReport, renderReportHtml } from '../report/index.js'
import type { Store } from '../store/store.js'
import type { StoredMeeting } from '../store/types.js'
import { buildReportInput } from './build-report-input.js'
import { ingestStatement } from './ingest-statement.js'
import { DEFAULT_CHROMIUM_PATH, renderPdf } from './render-pdf.js'
import { writeReportFile } from './write-report.js'

/** The statement bundled with the package: the 2016 Japan-UK "2+2" joint statement. */
export const BUNDLED_EXAMPLE = fileURLToPath(new URL('../../examples/japan-uk-2plus2-2016-01-08.txt', import.meta.url))

/** Options of startDemo. */
export interface StartOptions {
  store: Store
  /** The statement to ingest; default the bundled example. */
  input?: string
  /** Folder for report.html and report.pdf (created when missing). */
  outDir: string
  /** "Today" for the report (YYYY-MM-DD); the caller reads the clock. */
  asOf: string
  /** Acting user recorded on ingest. */
  actor: string
  /** ISO timestamp of the ingest. */
  now: string
  /** Chromium for the PDF; default /usr/bin/chromium. Missing: no PDF, a note instead. */
  chromiumPath?: string
}

/** One dated trackable item, for the summary. */
export interface DatedItem {
  id: number
  paragraph: number
  due: string
  /** The action, verb first ("pursue the visit of RAF Typhoon aircraft to Japan in 2016"). */
  action: string
  overdue: boolean
}

/** What the first run did and found. */
export interface StartResult {
  /** 'unchanged' when the statement was already in the store. */
  stored: 'added' | 'new-version' | 'unchanged'
  meeting: StoredMeeting
  paragraphs: number
  /** Items per type. */
  counts: Record<ItemType, number>
  /** Trackable items with a due date, soonest first. */
  dated: DatedItem[]
  /** The item due at the next meeting, when the statement has one. */
  nextMeeting: { id: number; paragraph: number; text: string } | null
  overdue: number
  html: { path: string; bytes: number }
  /** The PDF, or null with `pdfNote` saying why not. */
  pdf: { path: string; bytes: number } | null
  pdfNote: string | null
}

/**
 * Ingests the example (a second run adds nothing), then writes `report.html` (and `report.pdf` when
 * Chromium is installed) to `outDir`.
 * @throws CommuniqueError from ingest, the store, or writing the report
 */
export async function startDemo(options: StartOptions): Promise<StartResult> {
  const { store } = options
  const outcome = await ingestStatement(options.input ?? BUNDLED_EXAMPLE, { store, actor: options.actor, now: options.now })
  const meeting = await store.getMeeting(outcome.meetingId)
  if (!meeting)
    throw new CommuniqueError('store-invalid', `meeting ${outcome.meetingId} vanished from the store right after ingest; run \`communique meetings\``)
  const input = await buildReportInput(store, meeting, { asOf: options.asOf })
  const model = buildReport(input)
  const html = await renderReportHtml(model)
  try {
    await mkdir(options.outDir, { recursive: true })
  } catch (error) {
    throw new CommuniqueError('write-failed', `cannot create ${options.outDir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}; use --out-dir DIR`, {
      cause: error,
    })
  }
  const htmlPath = join(options.outDir, 'report.html')
  const htmlBytes = await writeReportFile(htmlPath, html)
  const pdf = await tryPdf(html, join(options.outDir, 'report.pdf'), options.chromiumPath ?? DEFAULT_CHROMIUM_PATH)
  const counts: Record<ItemType, number> = { commitment: 0, directive: 0, support: 0, call: 0, position: 0 }
  for (const i of input.items) counts[i.item.type]++
  const tracked = model.sections.flatMap((s) => s.items)
  const next = tracked.find((i) => i.deadline?.relative === 'next-meeting') ?? null
  return {
    stored: outcome.outcome,
    meeting,
    paragraphs: outcome.paragraphs,
    counts,
    dated: tracked
      .filter((i) => i.due !== null)
      .map((i) => ({ id: i.id, paragraph: i.paragraph, due: i.due!, action: i.action || i.text, overdue: i.overdue }))
      .sort((a, b) => a.due.localeCompare(b.due) || a.paragraph - b.paragraph),
    nextMeeting: next ? { id: next.id, paragraph: next.paragraph, text: next.text } : null,
    overdue: model.summary.overdue,
    html: { path: htmlPath, bytes: htmlBytes },
    ...pdf,
  }
}

async function tryPdf(html: string, path: string, chromiumPath: string): Promise<Pick<StartResult, 'pdf' | 'pdfNote'>> {
  const install = 'install Chromium for the PDF: `sudo apt-get install -y chromium` (Debian/Ubuntu) or set COMMUNIQUE_CHROMIUM=/path/to/chrome'
  if (!existsSync(chromiumPath)) return { pdf: null, pdfNote: `no PDF: Chromium is not at ${chromiumPath}; ${install}` }
  try {
    const bytes = await writeReportFile(path, await renderPdf(html, { executablePath: chromiumPath }))
    return { pdf: { path, bytes }, pdfNote: null }
  } catch (error) {
    if (error instanceof CommuniqueError && error.code === 'chromium-missing')
      return { pdf: null, pdfNote: `no PDF: Chromium at ${chromiumPath} did not start; ${install}` }
    throw error
  }
}
