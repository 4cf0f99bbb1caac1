// Renders the meeting report as one self-contained, printable HTML file with inline SVG charts.
import type { ReportModel } from './model.js'
import { formatDate } from './dates.js'
import { renderAnnex } from './html/annex.js'
import { renderCover } from './html/cover.js'
import { html, type Html } from './html/escape.js'
import { renderItemCard } from './html/item-card.js'
import { renderPage } from './html/page.js'
import { figure, plural } from './html/parts.js'
import { renderReportCharts, type ReportChartSvgs } from './html/report-charts.js'
import { renderCards, renderSummary } from './html/summary.js'

/**
 * Renders the report as HTML: title block, summary cards and tables, table of contents, three
 * charts (inline SVG), items by topic as cards, annex. Inline CSS with an A4 print layout; no
 * scripts, fonts, images or stylesheets are loaded from anywhere.
 * Async only because Vega renders charts asynchronously; the result depends on the model alone.
 * @param model the output of buildReport()
 * @returns the complete HTML document
 */
export async function renderReportHtml(model: ReportModel): Promise<string> {
  const charts = await renderReportCharts(model)
  const body = html`
${renderCover(model)}
${renderCards(model)}
${renderToc(model)}
${renderSummary(model)}
${renderCharts(model, charts)}
${renderItems(model)}
${renderAnnex(model)}
<footer>
<p>Prepared with Communiqué from the outcome document${model.cover.sourcePath ? html` <code>${model.cover.sourcePath}</code>` : ''}. Status, owners, evidence and scores as recorded on ${formatDate(model.cover.asOf)}. Item references (#) are store ids; ¶ numbers are the paragraphs of the joint statement.</p>
</footer>`
  return renderPage({ title: `Follow-up report: ${model.cover.title}`, body })
}

function renderToc(model: ReportModel): Html {
  return html`
<nav class="toc" aria-label="Contents">
<h2>Contents</h2>
<ol>
<li><a href="#summary">Summary</a></li>
<li><a href="#charts">Charts</a></li>
<li><a href="#items">Commitments and directives</a> <span class="count">(${model.summary.trackable})</span>${
    model.sections.length
      ? html`
<ol class="toc-topics">${model.sections.map((s) => html`<li><a href="#${s.anchor}">${s.label}</a> <span class="count">(${s.items.length})</span></li>`)}</ol>`
      : ''
  }</li>
<li><a href="#annex">Annex: supports, calls and positions</a></li>
</ol>
</nav>`
}

function renderCharts(model: ReportModel, charts: ReportChartSvgs): Html {
  const s = model.summary
  return html`
<section id="charts" class="part" aria-labelledby="charts-h">
<h2 id="charts-h">Charts</h2>
${figure(charts.statusByTopic, html`<strong>Status by topic.</strong> Trackable items of each topic, by status.`, 'No trackable items to chart.')}
${figure(charts.complianceByParty, html`<strong>Compliance by party</strong> (${model.cover.roundLabel}). Mean score over the items scored for each party, as a percentage.`, 'No compliance scores are on record for this round.')}
${figure(charts.dueTimeline, html`<strong>Due dates.</strong> Each dot is an item with a due date, coloured by status; a red ring marks an overdue item. Dashed lines: today${model.cover.nextMeetingDate && s.dueSoonBasis === 'next-meeting' ? ' and the next meeting' : ''}. ${plural(s.undated, 'item')} without a due date ${s.undated === 1 ? 'is' : 'are'} not shown.`, 'No trackable item has a due date.')}
</section>`
}

function renderItems(model: ReportModel): Html {
  if (model.empty) {
    return html`
<section id="items" class="part" aria-labelledby="items-h">
<h2 id="items-h">Commitments and directives</h2>
<p class="empty">${model.emptyMessage}</p>
</section>`
  }
  return html`
<section id="items" class="part" aria-labelledby="items-h">
<h2 id="items-h">Commitments and directives</h2>
<p class="small muted">Every commitment and directive of the statement, grouped by topic in the order the statement first raises it. ${plural(model.summary.overdue, 'item')} overdue; ${plural(model.summary.dueSoon, 'item')} ${model.summary.dueSoonLabel}.</p>
${model.sections.map(
  (s) => html`
<section id="${s.anchor}" class="topic" aria-labelledby="${s.anchor}-h">
<div class="section-head"><h3 id="${s.anchor}-h">${s.label}</h3><span class="count">${plural(s.items.length, 'item')}</span></div>
${s.items.map((i) => renderItemCard(i))}
</section>`,
)}
</section>`
}
