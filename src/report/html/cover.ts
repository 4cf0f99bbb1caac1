// The title block of the meeting report: what met, when and where, who, and the report's date.
import type { ReportModel } from '../model.js'
import { formatDate } from '../dates.js'
import { html, type Html } from './escape.js'

/** Renders the title block with the participants. */
export function renderCover(model: ReportModel): Html {
  const c = model.cover
  const participants =
    c.participants.length === 0
      ? ''
      : html`
<section class="participants" aria-labelledby="participants-h">
<h4 id="participants-h">Participants</h4>
<ul>${c.participants.map((p) => html`<li><strong>${p.name}</strong>${p.office ? html`, ${p.office}` : ''}${p.country ? html` <span class="muted">(${p.country})</span>` : ''}</li>`)}</ul>
</section>`
  return html`
<header class="title-block">
<div class="kicker">Follow-up report${c.nextMeetingDate ? html` · for the meeting of ${formatDate(c.nextMeetingDate)}` : ''}</div>
<h1>${c.title}</h1>
<ul class="meta">
${c.date ? html`<li><strong>${formatDate(c.date)}</strong></li>` : ''}
${c.place ? html`<li>${c.place}</li>` : ''}
${c.seriesPosition ? html`<li>${c.seriesPosition}</li>` : ''}
</ul>
<ul class="meta small status-line">
<li>Status as of <strong>${formatDate(c.asOf)}</strong></li>
${c.parties.length ? html`<li>Parties: ${c.parties.join(', ')}</li>` : ''}
<li>Compliance: ${c.roundLabel}</li>
${c.reviewLabel ? html`<li class="review-state">${c.reviewLabel}</li>` : ''}
</ul>
${participants}
</header>`
}
