// Safe HTML building: a tagged template that escapes every interpolated value unless it is already HTML.

/** A string known to be HTML (built by `html` or vouched for with `raw`). */
export interface Html {
  readonly __html: string
}

/** What may be interpolated: text (escaped), numbers, HTML, lists of these, or nothing. */
export type HtmlValue = string | number | Html | null | undefined | false | readonly HtmlValue[]

/**
 * Escapes text for HTML element content and attribute values (double- or single-quoted), and drops
 * control characters that XML forbids.
 * @example escapeHtml('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeHtml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
  )
}

/** Marks a string as HTML without escaping it. Only for markup made by this code (SVG charts, CSS). */
export function raw(markup: string): Html {
  return { __html: markup }
}

/**
 * Builds HTML from a template: interpolated strings and numbers are escaped, Html values are kept,
 * arrays are joined, null/undefined/false print nothing.
 * @example html`<p class="x">${userText}</p>`
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? ''
  values.forEach((v, i) => {
    out += toMarkup(v) + (strings[i + 1] ?? '')
  })
  return { __html: out }
}

/** The markup of a value: escaped text, or HTML as is. */
export function toMarkup(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return ''
  if (typeof value === 'string') return escapeHtml(value)
  if (typeof value === 'number') return escapeHtml(String(value))
  if (Array.isArray(value)) return value.map(toMarkup).join('')
  return (value as Html).__html
}
