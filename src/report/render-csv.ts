// Renders the report as CSV for spreadsheets: one row per trackable item, stable documented columns.
import { stringify } from 'csv-stringify/sync'
import type { ReportItem, ReportModel } from './model.js'
import { slugify } from './labels.js'
import { csvSafeCell, stripControl } from '../core/safe-text.js'

/**
 * The columns, in order. `score_<party>` stands for one column per party (meeting parties first,
 * then any other scored party), named `score_` + the party in lower case with `_` for spaces:
 * `score_japan`, `score_united_kingdom`. Lists inside a cell are separated by "; ".
 */
export const CSV_COLUMNS: ReadonlyArray<{ name: string; description: string }> = [
  { name: 'id', description: 'store id of the item (integer)' },
  { name: 'meeting', description: 'title of the meeting' },
  { name: 'date', description: 'date of the meeting (YYYY-MM-DD)' },
  { name: 'paragraph', description: 'paragraph number of the statement' },
  { name: 'type', description: 'commitment or directive' },
  { name: 'text', description: 'the clause that states the action' },
  { name: 'actors', description: 'parties that undertake it' },
  { name: 'topics', description: 'topic ids' },
  { name: 'owner', description: 'who follows it up; empty when unassigned' },
  { name: 'status', description: 'not-started, in-progress, partially-done, done, stalled or dropped' },
  { name: 'due', description: 'due date (YYYY-MM-DD); empty when none' },
  { name: 'deadline_text', description: 'the deadline as printed ("in 2016")' },
  { name: 'overdue', description: 'yes when due before the report date and neither done nor dropped, else no' },
  { name: 'evidence_count', description: 'pieces of evidence on record' },
  { name: 'latest_evidence', description: 'the latest evidence: "YYYY-MM-DD note <url>"' },
  {
    name: 'score_<party>',
    description:
      "compliance score −1, 0 or 1 for the report round (−1 written '-1, as every cell starting with = + - @ gets a leading ' against formula injection); empty when unscored",
  },
  { name: 'links', description: 'what later meetings said: "kind: meeting (date) ¶n"' },
  { name: 'local_id', description: 'the item id within its document ("p16-5")' },
  { name: 'due_soon', description: 'yes when open and due within the report’s due-soon window, else no' },
]

/**
 * Renders one row per trackable item: UTF-8 byte-order mark, a header row, RFC 4180 quoting, CRLF line ends.
 * Every row has the same number of fields as the header.
 * @param model the output of buildReport()
 * @returns CSV text (with a leading BOM)
 */
export function renderReportCsv(model: ReportModel): string {
  const parties = model.summary.compliance.map((c) => c.party)
  const scoreColumns = parties.map((p) => `score_${slugify(p).replace(/-/g, '_')}`)
  const header = CSV_COLUMNS.flatMap((c) => (c.name === 'score_<party>' ? scoreColumns : [c.name]))
  const rows = model.sections
    .flatMap((s) => s.items)
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
    .map((item) => toRow(item, model, parties))
  return stringify(
    [header, ...rows].map((row) => row.map(csvCell)),
    { bom: true, record_delimiter: '\r\n' },
  )
}

/** A cell as written: control characters removed, a leading formula character neutralised. */
export function csvCell(value: string): string {
  return csvSafeCell(stripControl(value))
}

function toRow(item: ReportItem, model: ReportModel, parties: string[]): string[] {
  const latest = item.evidence[item.evidence.length - 1]
  const scores = parties.map((p) => {
    const s = item.scores.find((x) => x.party === p)
    return s ? String(s.score) : ''
  })
  const fields: Record<string, string> = {
    id: String(item.id),
    meeting: model.cover.title,
    date: model.cover.date ?? '',
    paragraph: String(item.paragraph),
    type: item.type,
    text: item.text,
    actors: item.actors.join('; '),
    topics: item.topics.join('; '),
    owner: item.owner ?? '',
    status: item.status,
    due: item.due ?? '',
    deadline_text: item.deadline?.text ?? '',
    overdue: item.overdue ? 'yes' : 'no',
    evidence_count: String(item.evidence.length),
    latest_evidence: latest ? [latest.date, latest.note, latest.url ? `<${latest.url}>` : null].filter(Boolean).join(' ') : '',
    links: item.links.map((l) => `${l.kind}: ${l.meetingTitle ?? l.meetingId}${l.meetingDate ? ` (${l.meetingDate})` : ''} ¶${l.paragraph}`).join('; '),
    local_id: item.localId,
    due_soon: item.dueSoon ? 'yes' : 'no',
  }
  return CSV_COLUMNS.flatMap((c) => (c.name === 'score_<party>' ? scores : [fields[c.name] ?? '']))
}
