// Renders the due dates of the report as an iCalendar file: one all-day event per dated trackable item.
import ical from 'ical-generator'
import type { ReportModel } from './model.js'
import { shorten } from './build-summary.js'

/**
 * Renders one VEVENT per trackable item with a due date: UID `item-<id>@communique` (the store id ; stable
 * across exports, so a calendar updates instead of duplicating), an all-day DTSTART on the due date,
 * SUMMARY "Due: <item> — <meeting>", DESCRIPTION with the ¶ number, text, status and owner, and
 * DTSTAMP at midnight UTC of the report's `asOf` date (never the clock), so the output is deterministic.
 * @param model the output of buildReport()
 * @returns iCalendar text (CRLF line ends, lines folded at 75 octets)
 */
export function renderReportIcs(model: ReportModel): string {
  const c = model.cover
  const calendar = ical({ prodId: { company: 'Communique', product: 'Follow-up report', language: 'EN' }, name: `Due dates: ${c.title}` })
  const stamp = new Date(`${c.asOf}T00:00:00Z`)
  for (const item of model.sections.flatMap((s) => s.items)) {
    if (!item.due) continue
    const description = [
      `¶${item.paragraph} ${item.text}`,
      `Status: ${item.status}${item.overdue ? ' (overdue)' : ''}. Owner: ${item.owner ?? 'unassigned'}.`,
      item.deadline ? `Deadline as printed: "${item.deadline.text}".` : null,
      `${c.title}${c.date ? `, ${c.date}` : ''}${c.place ? `, ${c.place}` : ''}.`,
    ]
      .filter(Boolean)
      .join('\n')
    calendar.createEvent({
      id: `item-${item.id}@communique`,
      allDay: true,
      start: item.due,
      stamp,
      summary: `Due: ${shorten(item.text, 120)} — ${c.title}`,
      description,
    })
  }
  return calendar.toString().replace(/\r?\n?$/, '\r\n')
}
