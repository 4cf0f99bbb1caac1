// Renders the report as GitHub-flavoured Markdown for pasting into briefings.
import type { ReportItem, ReportModel } from './model.js'
import { normalizeHttpUrl, stripControl } from '../core/safe-text.js'
import { formatDate } from './dates.js'
import { capitalise, LINK_KIND_LABELS, STATUS_LABELS, TYPE_LABELS } from './labels.js'

/**
 * Renders the report as Markdown: title and meeting facts, summary tables (status, compliance,
 * topics), then every trackable item as a list entry under its topic heading, then the annex.
 * @param model the output of buildReport()
 * @returns Markdown text ending with a newline
 */
export function renderReportMarkdown(model: ReportModel): string {
  const c = model.cover
  const s = model.summary
  const out: string[] = []
  out.push(`# Follow-up report: ${inline(c.title)}`, '')
  const facts = [c.date && formatDate(c.date), c.place, c.seriesPosition].filter(Boolean).join(' · ')
  if (facts) out.push(inline(facts), '')
  out.push(
    `Status as of ${formatDate(c.asOf)}. Compliance: ${c.roundLabel}.${c.nextMeetingDate ? ` Next meeting: ${formatDate(c.nextMeetingDate)}.` : ''}${c.reviewLabel ? ` ${c.reviewLabel}.` : ''}`,
    '',
  )
  if (c.participants.length) {
    out.push(
      'Participants: ' + c.participants.map((p) => inline(`${p.name}${p.office ? ` (${p.office}${p.country ? `, ${p.country}` : ''})` : ''}`)).join('; ') + '.',
      '',
    )
  }
  out.push('## Summary', '')
  out.push(
    table(
      ['Figure', 'Value'],
      [
        ['Trackable items', `${s.trackable} (${s.commitments} commitments, ${s.directives} directives)`],
        ['Overdue', String(s.overdue)],
        [capitalise(s.dueSoonLabel), String(s.dueSoon)],
        ['Without a due date', String(s.undated)],
        ['Supports, calls and positions (annex)', String(s.untracked)],
      ],
      [false, false],
    ),
  )
  out.push('### By status', '')
  out.push(
    table(
      ['Status', 'Items'],
      s.byStatus.map((b) => [STATUS_LABELS[b.status], String(b.count)]),
      [false, true],
    ),
  )
  out.push('### Compliance by party', '')
  out.push(`Scale −1 to +1 shown as 0–100 %; ${c.roundLabel}.`, '')
  out.push(
    table(
      ['Party', 'Scored', 'Mean', 'Compliance'],
      s.compliance.map((p) => [p.party, String(p.scored), p.mean === null ? '—' : p.mean.toFixed(2), p.percent === null ? '—' : `${p.percent} %`]),
      [false, true, true, true],
    ),
  )
  out.push('### By topic', '')
  out.push(
    table(
      ['Topic', 'Items', 'Done', 'Overdue'],
      s.byTopic.map((t) => [t.label, String(t.total), String(t.byStatus.find((b) => b.status === 'done')?.count ?? 0), String(t.overdue)]),
      [false, true, true, true],
    ),
  )
  out.push('## Commitments and directives', '')
  if (model.empty) out.push(inline(model.emptyMessage ?? ''), '')
  for (const section of model.sections) {
    out.push(`### ${inline(section.label)}`, '')
    for (const item of section.items) out.push(itemEntry(item))
    out.push('')
  }
  if (model.annex.length) {
    out.push('## Annex: supports, calls and positions', '')
    for (const group of model.annex) {
      out.push(`### ${group.label}`, '')
      for (const e of group.entries) out.push(`- ¶${e.paragraph} ${inline(e.text)}`)
      out.push('')
    }
  }
  return `${stripControl(out.join('\n'))
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`
}

function itemEntry(item: ReportItem): string {
  const facts = [
    `**${STATUS_LABELS[item.status]}**`,
    item.overdue ? '**OVERDUE**' : null,
    `due ${item.due ? formatDate(item.due) : 'none'}${item.deadline ? ` (“${inline(item.deadline.text)}”)` : ''}`,
    `owner: ${item.owner ? inline(item.owner) : 'unassigned'}`,
  ]
    .filter(Boolean)
    .join(' · ')
  const marks = item.reviewMarks.length > 0 ? ` (${item.reviewMarks.join(', ')})` : ''
  const lines = [`- **¶${item.paragraph}** ${TYPE_LABELS[item.type]}${marks}: ${inline(item.text)}  `, `  ${facts}`]
  const latest = item.evidence[item.evidence.length - 1]
  if (latest)
    lines.push(`  - Evidence${latest.date ? ` (${formatDate(latest.date)})` : ''}: ${inline(latest.note)}${latest.url ? ` ${markdownUrl(latest.url)}` : ''}`)
  if (item.scores.length) lines.push(`  - Scores: ${item.scores.map((x) => `${inline(x.party)} ${x.score > 0 ? '+1' : x.score}`).join(', ')}`)
  for (const l of item.links)
    lines.push(
      `  - ${LINK_KIND_LABELS[l.kind]} at ${inline(l.meetingTitle ?? l.meetingId)}${l.meetingDate ? ` (${formatDate(l.meetingDate)})` : ''}, ¶${l.paragraph}`,
    )
  return lines.join('\n')
}

/** A GFM table; `right` marks right-aligned columns. */
function table(head: string[], rows: string[][], right: boolean[]): string {
  const cell = (v: string): string => inline(v).replace(/\|/g, '\\|')
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `|${right.map((r) => (r ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    '',
  ].join('\n')
}

// An http(s) address as an autolink of its normalized href (which holds no <, >, quote or space);
// anything else as escaped text, so no raw HTML reaches a renderer that allows it.
function markdownUrl(url: string): string {
  const href = normalizeHttpUrl(url)
  return href ? `<${href}>` : inline(url)
}

// Note: statement text is prose, so only what would change the Markdown's structure is escaped.
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_[\]<>])/g, '\\$1')
    .trim()
}
