import { describe, expect, it } from 'vitest'
import { loadHtml } from './load-html.js'

const page = (main: string, head = ''): string => `<!DOCTYPE html><html lang="en"><head><title>MOFA: Meeting</title>${head}</head><body>
<header><a href="/">Home</a><nav><a href="/a">Press</a></nav></header>
<div class="breadcrumbs">Home &gt; Foreign Policy &gt; Meeting</div>
<div id="main">${main}</div><footer>Copyright</footer></body></html>`

const statement = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>${i + 1}. The Ministers welcomed progress in defence and security co-operation over the year and reaffirmed the partnership number ${i + 1}.</p>`,
).join('')

describe('loadHtml', () => {
  it('drops breadcrumbs, caption series and "Back to" links but keeps the statement', () => {
    const file = loadHtml(
      page(
        `<h1>Second Meeting</h1><p>Second Japan-UK Meeting 1</p><p>Second Japan-UK Meeting 2</p>${statement}<p><a href="/uk">Back to Japan-United Kingdom Relations</a></p><p>Page top</p>`,
      ),
      'p.html',
    )
    const lines = file.value.split('\n').filter(Boolean)
    expect(lines[0]).toBe('Second Meeting')
    expect(lines.filter((l) => /^\d\. /.test(l))).toHaveLength(6)
    expect(file.value).not.toMatch(/Back to|Page top|Home|Meeting \d$|Copyright|Press/m)
  })

  it('reads the title and date from meta tags, <time> or a <dl>', () => {
    expect(
      loadHtml(
        page(statement, '<meta property="og:title" content="The Meeting"><meta property="article:published_time" content="2016-01-08T18:00:00+09:00">'),
        'a',
      ).metadata,
    ).toMatchObject({ title: 'The Meeting', date: '2016-01-08' })
    expect(loadHtml(page(`<time datetime="2016-01-08">8 Jan</time>${statement}`), 'b').metadata.date).toBe('2016-01-08')
    expect(loadHtml(page(`<dl><dt>Date</dt><dd>January 8, 2016</dd></dl>${statement}`), 'c').metadata.date).toBe('2016-01-08')
    expect(loadHtml(page(statement), 'd').metadata).toEqual({ title: 'MOFA: Meeting', language: 'en' })
  })

  it('throws no-text for a page without body text', () => {
    expect(() => loadHtml(page('<img src="a.jpg" alt="Photo">'), 'empty.html')).toThrow(/^empty.html: the page has no body text/)
  })
})
