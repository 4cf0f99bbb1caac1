// The annex of the meeting report: supports, calls and positions, by type, with paragraph numbers.
import type { ReportModel } from '../model.js'
import { html, type Html } from './escape.js'

/** Renders the annex, or a one-line note when there is nothing in it. */
export function renderAnnex(model: ReportModel): Html {
  return html`
<section id="annex" class="part annex" aria-labelledby="annex-h">
<h2 id="annex-h">Annex: supports, calls and positions</h2>
<p class="small muted">What the ministers backed, asked of others, or stated. These are not tracked; they are listed for context.</p>
${
  model.annex.length === 0
    ? html`<p class="muted">The document has no supports, calls or positions on record.</p>`
    : model.annex.map(
        (g) => html`
<h3 id="annex-${g.type}">${g.label} <span class="muted small">(${g.entries.length})</span></h3>
<ul>${g.entries.map((e) => html`<li><span class="para">¶${e.paragraph}</span> ${e.text}${e.actors.length ? html` <span class="muted small">— ${e.actors.join(', ')}</span>` : ''}</li>`)}</ul>`,
      )
}
</section>`
}
