// The document shell shared by the meeting report and the series view: head, inline CSS, no external anything.
import { html, raw, toMarkup, type Html } from './escape.js'
import { REPORT_CSS } from './styles.js'

/**
 * A Content-Security-Policy that lets the page use its own inline styles and nothing else: no
 * scripts, fonts, images or stylesheets from anywhere, so opening the report never goes online.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

/** What a page needs. */
export interface PageOptions {
  /** The document title (browser tab, PDF metadata). */
  title: string
  /** The page body, inside `<main class="page">`. */
  body: Html
}

/**
 * Wraps a body in a complete, self-contained HTML document.
 * @returns the HTML text, starting with `<!DOCTYPE html>`
 */
export function renderPage(options: PageOptions): string {
  const doc = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}" />
<meta name="generator" content="Communiqué" />
<title>${options.title}</title>
<style>${raw(REPORT_CSS)}</style>
</head>
<body>
<main class="page">
${options.body}
</main>
</body>
</html>
`
  return toMarkup(doc)
}
