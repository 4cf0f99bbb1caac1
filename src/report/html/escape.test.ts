import { describe, expect, it } from 'vitest'
import { escapeHtml, html, raw, toMarkup } from './escape.js'

describe('html', () => {
  it('escapes interpolated text, in content and in attributes', () => {
    const evil = `<script>alert("x")</script> & 'y'`
    expect(toMarkup(html`<p title="${evil}">${evil}</p>`)).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>',
    )
  })

  it('keeps nested HTML and joins lists; prints nothing for null, undefined and false', () => {
    expect(toMarkup(html`<ul>${['a<', 'b'].map((x) => html`<li>${x}</li>`)}${null}${undefined}${false}</ul>`)).toBe('<ul><li>a&lt;</li><li>b</li></ul>')
    expect(toMarkup(html`${raw('<b>x</b>')}${3}`)).toBe('<b>x</b>3')
  })

  it('drops control characters that XML forbids', () => {
    expect(escapeHtml('a\u0000b\u0007c\td\ne')).toBe('abc\td\ne')
  })
})
