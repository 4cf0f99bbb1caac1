// Renders the series view as one self-contained HTML page: meetings, two charts, fates, timeline.
import type { SeriesItemFate, SeriesReportModel } from './series-model.js'
import { formatDate } from './dates.js'
import { FATE_LABELS, LINK_KIND_LABELS, slugify } from './labels.js'
import { html, type Html } from './html/escape.js'
import { renderPage } from './html/page.js'
import { dateTag, figure, plural, statusPill } from './html/parts.js'
import { renderSeriesCharts } from './html/series-charts.js'

/**
 * Renders the series view: what each meeting promised, what became of it, and when things fell due.
 * @param model the output of buildSeriesReport()
 * @returns the complete HTML document
 */
export async function renderSeriesHtml(model: SeriesReportModel): Promise<string> {
  const charts = await renderSeriesCharts(model)
  const total = model.meetings.reduce((n, m) => n + m.trackable, 0)
  const done = model.items.filter((i) => i.fate === 'reported-done').length
  const overdue = model.meetings.reduce((n, m) => n + m.overdue, 0)
  const body = html`
<header class="title-block">
<div class="kicker">Series overview</div>
<h1>${model.name}</h1>
<ul class="meta small">
<li>${plural(model.meetings.length, 'meeting')} on record</li>
<li>Status as of <strong>${formatDate(model.asOf)}</strong></li>
${model.nextMeetingDate ? html`<li>Next meeting: ${formatDate(model.nextMeetingDate)}</li>` : ''}
</ul>
</header>
<section id="summary" aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
<div class="cards">
<div class="card"><div class="value">${model.meetings.length}</div><div class="label">Meetings</div></div>
<div class="card"><div class="value">${total}</div><div class="label">Trackable items</div><div class="note">commitments and directives</div></div>
<div class="card"><div class="value">${done}</div><div class="label">Reported done later</div><div class="note">by a later meeting of the series</div></div>
<div class="card${overdue ? ' alert' : ''}"><div class="value">${overdue}</div><div class="label">Overdue</div><div class="note">past due, not done</div></div>
</div>
<table>
<thead><tr><th>Meeting</th><th>Date</th><th class="opt">Place</th><th class="num">Items</th><th class="num">Done</th><th class="num">Overdue</th><th class="num opt">Mentioned later</th></tr></thead>
<tbody>${model.meetings.map((m) => html`<tr><td><a href="#meeting-${slugify(m.id)}">${m.title}</a></td><td class="nowrap">${dateTag(m.date)}</td><td class="opt">${m.place ?? '—'}</td><td class="num">${m.trackable}</td><td class="num">${m.byStatus.find((s) => s.status === 'done')?.count ?? 0}</td><td class="num">${m.overdue ? html`<span class="due-overdue">${m.overdue}</span>` : '0'}</td><td class="num opt">${m.mentionedLater}</td></tr>`)}</tbody>
</table>
</section>
<section id="charts" aria-labelledby="charts-h">
<h2 id="charts-h">Charts</h2>
${figure(charts.statusByMeeting, html`<strong>Status by meeting.</strong> Trackable items of each meeting, by their current status.`, 'No trackable items to chart.')}
${figure(charts.fateByMeeting, html`<strong>What later meetings said.</strong> For each meeting’s items, the latest word of a later meeting of the series (links under review included, rejected ones left out).`, 'No trackable items to chart.')}
</section>
${
  model.empty
    ? html`<p class="empty">${model.emptyMessage}</p>`
    : model.meetings.map((m) =>
        renderMeetingFates(
          m.id,
          m.title,
          model.items.filter((i) => i.meetingId === m.id),
        ),
      )
}
<section id="timeline" class="part" aria-labelledby="timeline-h">
<h2 id="timeline-h">Timeline</h2>
<ol class="timeline">${model.timeline.map((e) => html`<li class="ev-${e.kind}${e.overdue ? ' ev-overdue' : ''}">${dateTag(e.date)} ${e.label}${e.status ? html` ${statusPill(e.status)}` : ''}${e.overdue ? html` <span class="pill overdue">Overdue</span>` : ''}</li>`)}</ol>
</section>
<footer><p>Prepared with Communiqué. Fates come from links between meetings; a link marked “suggested” has not been reviewed yet.</p></footer>`
  return renderPage({ title: `Series overview: ${model.name}`, body })
}

function renderMeetingFates(id: string, title: string, items: SeriesItemFate[]): Html {
  return html`
<section id="meeting-${slugify(id)}" class="part" aria-labelledby="meeting-${slugify(id)}-h">
<h2 id="meeting-${slugify(id)}-h">${title}</h2>
${
  items.length === 0
    ? html`<p class="muted">No trackable items.</p>`
    : html`
<table class="fates">
<thead><tr><th>¶</th><th>Item</th><th>Status</th><th>Due</th><th>Later meetings</th></tr></thead>
<tbody>${items.map((i) => html`<tr><td class="para">¶${i.paragraph}</td><td>${i.text}</td><td>${statusPill(i.status)}</td><td class="nowrap${i.overdue ? ' due-overdue' : ''}">${dateTag(i.due)}</td><td>${fateHtml(i)}</td></tr>`)}</tbody>
</table>`
}
</section>`
}

function fateHtml(i: SeriesItemFate): Html {
  if (i.mentions.length === 0) return html`<span class="muted">${FATE_LABELS['not-mentioned']}</span>`
  return html`${i.mentions.map((m) => html`<div><strong>${LINK_KIND_LABELS[m.kind]}</strong> ${m.meetingDate ? formatDate(m.meetingDate) : ''}, ¶${m.paragraph}${m.review === 'suggested' ? html` <span class="muted">(suggested)</span>` : ''}</div>`)}`
}
