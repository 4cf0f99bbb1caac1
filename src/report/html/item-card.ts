// One trackable item as a compact card: ¶ reference, status, due date, owner, evidence, scores, links.
import type { ReportItem } from '../model.js'
import { formatDate } from '../dates.js'
import { LINK_KIND_LABELS, TYPE_LABELS } from '../labels.js'
import { html, type Html } from './escape.js'
import { dateTag, externalLink, scoreBadge, statusPill } from './parts.js'

/** Renders one item card; `id="item-<id>"` (store id) so other parts can link to it. */
export function renderItemCard(item: ReportItem): Html {
  const classes = ['item', item.overdue ? 'overdue' : '', item.status === 'done' ? 'is-done' : ''].filter(Boolean).join(' ')
  return html`
<article class="${classes}" id="item-${item.id}">
<div class="item-head">
<span class="para" title="Paragraph ${item.paragraph}">¶${item.paragraph}</span>
<span class="type">${TYPE_LABELS[item.type]}${item.strength === 'weak' ? ' · exploratory' : ''}${item.reaffirmed ? ' · reaffirmed' : ''}${item.reviewMarks.map((m) => ` · ${m}`).join('')}</span>
${statusPill(item.status)}
${item.overdue ? html`<span class="pill overdue">Overdue</span>` : item.dueSoon ? html`<span class="pill soon">Due soon</span>` : ''}
</div>
<p class="item-text">${item.text}</p>
<dl class="facts">
<div><dt>Owner</dt><dd>${item.owner ?? html`<span class="muted">Unassigned</span>`}</dd></div>
<div><dt>Due</dt><dd>${dueHtml(item)}</dd></div>
<div><dt>Actors</dt><dd>${item.actors.length ? item.actors.join(', ') : html`<span class="muted">—</span>`}</dd></div>
<div><dt>Reference</dt><dd class="muted">#${item.id} · ${item.localId}</dd></div>
</dl>
${evidenceHtml(item)}
${scoresHtml(item)}
${linksHtml(item)}
${commentsHtml(item)}
${item.paragraphText ? html`<details><summary>Paragraph ${item.paragraph} in full</summary><blockquote>${item.paragraphText}</blockquote></details>` : ''}
</article>`
}

function dueHtml(item: ReportItem): Html {
  const deadline = item.deadline ? html` <span class="muted">(“${item.deadline.text}”)</span>` : ''
  if (!item.due) return html`${dateTag(null, item.deadline ? 'open' : 'none')}${deadline}`
  return item.overdue ? html`<span class="due-overdue">${dateTag(item.due)}</span>${deadline}` : html`${dateTag(item.due)}${deadline}`
}

function evidenceHtml(item: ReportItem): Html | '' {
  if (item.evidence.length === 0) return ''
  return html`<h4>Evidence</h4><ul class="evidence">${item.evidence.map((e) => html`<li>${e.date ? html`<span class="nowrap">${formatDate(e.date)}</span> — ` : ''}${e.note}${e.url ? html` · ${externalLink(e.url)}` : ''} <span class="muted">(${e.author})</span></li>`)}</ul>`
}

function scoresHtml(item: ReportItem): Html | '' {
  if (item.scores.length === 0) return ''
  return html`<h4>Compliance scores</h4><ul class="scores">${item.scores.map((s) => html`<li>${scoreBadge(s.score)}<strong>${s.party}</strong>${s.rationale ? html` — ${s.rationale}` : ''} <span class="muted">(${s.round})</span></li>`)}</ul>`
}

function linksHtml(item: ReportItem): Html | '' {
  if (item.links.length === 0) return ''
  return html`<h4>Later meetings</h4><ul class="links">${item.links.map((l) => html`<li><strong>${LINK_KIND_LABELS[l.kind]}</strong> at ${l.meetingTitle ?? l.meetingId}${l.meetingDate ? html` (${formatDate(l.meetingDate)})` : ''}, ¶${l.paragraph}${l.review === 'suggested' ? html` <span class="muted">· suggested, not yet reviewed</span>` : ''}<blockquote>${l.passage}</blockquote></li>`)}</ul>`
}

function commentsHtml(item: ReportItem): Html | '' {
  if (item.comments.length === 0) return ''
  return html`<h4>Comments</h4><ul class="comments">${item.comments.map((c) => html`<li>${c.text} <span class="muted">— ${c.author}, ${formatDate(c.recordedAt.slice(0, 10))}</span></li>`)}</ul>`
}
