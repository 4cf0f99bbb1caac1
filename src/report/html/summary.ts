// The summary part of the meeting report: figure cards, then status, compliance and topic tables.
import type { ReportModel } from '../model.js'
import { capitalise, STATUS_LABELS } from '../labels.js'
import { html, type Html } from './escape.js'
import { percentText, plural, statusPill } from './parts.js'

/** Renders the figure cards shown right under the title ("at a glance"). */
export function renderCards(model: ReportModel): Html {
  const s = model.summary
  const done = s.byStatus.find((b) => b.status === 'done')?.count ?? 0
  const donePct = s.trackable ? Math.round((done / s.trackable) * 100) : 0
  const compliance = s.compliance.filter((c) => c.percent !== null)
  return html`
<div class="cards" role="list" aria-label="At a glance">
<div class="card" role="listitem"><div class="value">${s.trackable}</div><div class="label">Trackable items</div><div class="note">${plural(s.commitments, 'commitment')}, ${plural(s.directives, 'directive')}</div></div>
<div class="card" role="listitem"><div class="value">${done}</div><div class="label">Done</div><div class="note">${donePct} % of trackable items</div></div>
<div class="card${s.overdue ? ' alert' : ''}" role="listitem"><div class="value">${s.overdue}</div><div class="label">Overdue</div><div class="note">past due, not done</div></div>
<div class="card" role="listitem"><div class="value">${s.dueSoon}</div><div class="label">Due soon</div><div class="note">${s.dueSoonBasis === 'next-meeting' ? 'before the next meeting' : 'within 90 days'}</div></div>
${
  compliance.length === 0
    ? html`<div class="card" role="listitem"><div class="value">—</div><div class="label">Compliance</div><div class="note">no scores on record</div></div>`
    : compliance.map(
        (c) =>
          html`<div class="card" role="listitem"><div class="value">${percentText(c.percent)}</div><div class="label">Compliance: ${c.party}</div><div class="note">${plural(c.scored, 'item')} scored</div></div>`,
      )
}
</div>`
}

/** Renders the summary tables: by status, compliance by party, by topic. */
export function renderSummary(model: ReportModel): Html {
  const s = model.summary
  return html`
<section id="summary" class="part" aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
<div class="two-col">
<div>
<h3>By status</h3>
<table class="status-table">
<thead><tr><th>Status</th><th class="num">Items</th><th class="num">Share</th></tr></thead>
<tbody>${s.byStatus.map((b) => html`<tr><td>${statusPill(b.status)}</td><td class="num">${b.count}</td><td class="num">${s.trackable ? Math.round((b.count / s.trackable) * 100) : 0} %</td></tr>`)}</tbody>
</table>
</div>
<div>
<h3>Compliance by party</h3>
<table class="compliance-table">
<thead><tr><th>Party</th><th class="num">Scored</th><th class="num">+1</th><th class="num">0</th><th class="num">−1</th><th class="num">Score</th></tr></thead>
<tbody>${s.compliance.map((c) => html`<tr><td>${c.party}</td><td class="num">${c.scored}</td><td class="num">${c.done}</td><td class="num">${c.partly}</td><td class="num">${c.notDone}</td><td class="num"><strong>${percentText(c.percent)}</strong></td></tr>`)}</tbody>
</table>
<p class="small muted">Scale: −1 not done, 0 partly done or in progress, +1 done; the mean is shown as a percentage (−1 → 0 %, +1 → 100 %). ${capitalise(model.cover.roundLabel)}${s.rounds.length ? `; rounds on record: ${s.rounds.join(', ')}` : '; no assessment on record'}.</p>
</div>
</div>
<h3>By topic</h3>
<table class="topic-table">
<thead><tr><th>Topic</th><th class="num">Items</th><th class="num">${STATUS_LABELS.done}</th><th class="num">Open</th><th class="num">Overdue</th></tr></thead>
<tbody>${s.byTopic.map((t) => {
    const doneN = t.byStatus.find((b) => b.status === 'done')?.count ?? 0
    const dropped = t.byStatus.find((b) => b.status === 'dropped')?.count ?? 0
    return html`<tr><td><a href="#${anchorOf(model, t.topic)}">${t.label}</a></td><td class="num">${t.total}</td><td class="num">${doneN}</td><td class="num">${t.total - doneN - dropped}</td><td class="num">${t.overdue ? html`<span class="due-overdue">${t.overdue}</span>` : '0'}</td></tr>`
  })}</tbody>
</table>
</section>`
}

function anchorOf(model: ReportModel, topic: string): string {
  return model.sections.find((s) => s.topic === topic)?.anchor ?? 'items'
}
