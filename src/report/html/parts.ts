// Small pieces of report markup shared by several parts: pills, dates, scores, figures, links.
import type { ComplianceScore, Status } from '../../core/tracking.js'
import { formatDate } from '../dates.js'
import { STATUS_LABELS } from '../labels.js'
import { html, type Html } from './escape.js'
import { normalizeHttpUrl } from '../../core/safe-text.js'

/** A coloured status pill. */
export function statusPill(status: Status): Html {
  return html`<span class="pill status-${status}">${STATUS_LABELS[status]}</span>`
}

/** An ISO date as a `<time>` element with the date written out. */
export function dateTag(date: string | null, fallback = '—'): Html {
  return date ? html`<time datetime="${date}">${formatDate(date)}</time>` : html`<span class="muted">${fallback}</span>`
}

/** A compliance score as a small badge: +1, 0, −1. */
export function scoreBadge(score: ComplianceScore): Html {
  const cls = score > 0 ? 'score-plus' : score < 0 ? 'score-minus' : 'score-zero'
  return html`<span class="score ${cls}">${score > 0 ? '+1' : score < 0 ? '−1' : '0'}</span>`
}

/**
 * A link to an evidence URL. Only http(s) URLs become links (opened by the reader, never fetched on
 * load), written as their normalized href; anything else is printed as (escaped) text.
 */
export function externalLink(url: string): Html {
  const href = normalizeHttpUrl(url)
  return href ? html`<a href="${href}" rel="noopener noreferrer">${new URL(href).host}</a>` : html`<span class="muted">${url}</span>`
}

/** A chart figure with its caption, or a "no data" box when there is nothing to draw. */
export function figure(svg: string | null, caption: Html, emptyText: string): Html {
  const body = svg === null ? html`<div class="no-data">${emptyText}</div>` : { __html: svg }
  return html`<figure>${body}<figcaption>${caption}</figcaption></figure>`
}

/** "1 item" / "3 items". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** A percentage as printed: "62.5 %"; "—" for null. */
export function percentText(percent: number | null): string {
  return percent === null ? '—' : `${Number.isInteger(percent) ? percent : percent.toFixed(1)} %`
}
