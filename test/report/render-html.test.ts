// The HTML report: well-formed, self-contained (nothing fetched on load), every item as a card, charts inline.
import { parseHTML } from 'linkedom'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildReport, buildSeriesReport, renderReportHtml, renderSeriesHtml, type ReportModel } from '../../src/report/index.js'
import { fetchedReferences, largeInput, seedInput, seriesInput, wellFormedProblems } from './helpers.js'

describe('wellFormedProblems (the test helper itself)', () => {
  it('finds unclosed and misnested elements, stray < and bare &', () => {
    expect(wellFormedProblems('<div><p>a</div>')).not.toEqual([])
    expect(wellFormedProblems('<p>a < b</p>')).not.toEqual([])
    expect(wellFormedProblems('<p>a & b</p>')).not.toEqual([])
    expect(wellFormedProblems('<!DOCTYPE html><p title="&amp;">a<br/><meta charset="utf-8">&#39;</p>')).toEqual([])
  })

  it('finds references a browser would fetch, but not plain links', () => {
    expect(
      fetchedReferences('<img src="http://x/a.png"><link href="https://x/s.css"><style>@import "x.css"; a{background:url(http://x)}</style>'),
    ).toHaveLength(4)
    expect(fetchedReferences('<a href="https://example.org/">x</a><g clip-path="url(#c1)"></g>')).toEqual([])
  })
})

describe('renderReportHtml on the seed meeting', () => {
  let model: ReportModel
  let page: string
  let document: ReturnType<typeof parseHTML>['document']
  beforeAll(async () => {
    model = buildReport(seedInput())
    page = await renderReportHtml(model)
    document = parseHTML(page).document
  })

  it('is one well-formed HTML document', () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(wellFormedProblems(page)).toEqual([])
  })

  it('loads nothing from anywhere: no scripts, stylesheets, images or fonts by URL', () => {
    expect(fetchedReferences(page)).toEqual([])
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@font-face|@import/i)
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'")
    // The only http(s) URLs are evidence links the reader may follow.
    const urls = [...page.matchAll(/https?:\/\/[^"'<\s]+/g)].map((m) => m[0])
    const links = [...document.querySelectorAll('a[href^="http"]')].map((a) => a.getAttribute('href'))
    expect(urls.length).toBeGreaterThan(0)
    for (const url of urls) expect(links).toContain(url.replace(/&amp;/g, '&'))
  })

  it('draws the three charts as inline SVG', () => {
    const svgs = document.querySelectorAll('figure svg')
    expect(svgs.length).toBe(3)
    expect((page.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(2)
    expect(page).toMatch(/font-family="system-ui[^"]*sans-serif"/)
  })

  it('has a card for every trackable item, with its ¶ number, status, due date and owner', () => {
    const cards = [...document.querySelectorAll('article.item')]
    expect(cards).toHaveLength(model.summary.trackable)
    for (const item of model.sections.flatMap((s) => s.items)) {
      const card = document.getElementById(`item-${item.id}`)!
      expect(card, item.text).not.toBeNull()
      expect(card.querySelector('.para')!.textContent).toBe(`¶${item.paragraph}`)
      expect(card.querySelector('.item-text')!.textContent).toBe(item.text)
      expect(card.querySelector('.pill')!.classList.contains(`status-${item.status}`)).toBe(true)
      if (item.owner) expect(card.textContent).toContain(item.owner)
    }
  })

  it('marks overdue items in red and lists topics and annex in the contents', () => {
    expect(document.querySelectorAll('article.item.overdue')).toHaveLength(3)
    expect(document.querySelectorAll('.pill.overdue')).toHaveLength(3)
    const toc = [...document.querySelectorAll('nav.toc a')].map((a) => a.getAttribute('href'))
    for (const s of model.sections) expect(toc).toContain(`#${s.anchor}`)
    for (const href of toc) expect(document.getElementById(href!.slice(1)), href!).not.toBeNull()
    expect(document.querySelector('#annex')!.textContent).toContain('¶4')
  })

  it('prints on A4 with page breaks and reflows on a phone', () => {
    expect(page).toMatch(/@page\{size:A4/)
    expect(page).toMatch(/@media print\{[^]*break-before:page/)
    expect(page).toMatch(/@media \(max-width:640px\)/)
    expect(page).toContain('name="viewport"')
  })

  it('escapes statement text, so markup in it stays text', async () => {
    const input = seedInput()
    input.items[0]!.item.text = 'cooperate <script>alert(1)</script> & "more"'
    input.items[0]!.tracking!.owner = '<b>Owner</b>'
    const html = await renderReportHtml(buildReport(input))
    expect(html).toContain('cooperate &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;')
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<b>Owner</b>')
    expect(wellFormedProblems(html)).toEqual([])
  })
})

describe('renderReportHtml edge cases', () => {
  it('says so when the meeting has no trackable items', async () => {
    const input = seedInput()
    input.items = []
    const html = await renderReportHtml(buildReport(input))
    expect(wellFormedProblems(html)).toEqual([])
    expect(html).toContain('There are no trackable items for this meeting')
    expect(html).toContain('No trackable items to chart.')
    expect(html).not.toContain('<svg')
  })

  // Note: its speed is measured by bench/report.ts, not asserted here (STYLE: timings are benchmarks).
  it('renders a 300-item meeting (build + HTML) as well-formed HTML', async () => {
    const html = await renderReportHtml(buildReport(largeInput(300)))
    expect(wellFormedProblems(html)).toEqual([])
  })
})

describe('renderReportHtml determinism', () => {
  it('gives the same bytes whatever the time zone of the process', async () => {
    const model = buildReport(seedInput())
    const saved = process.env.TZ
    try {
      process.env.TZ = 'UTC'
      const utc = await renderReportHtml(model)
      process.env.TZ = 'America/Los_Angeles'
      expect(new Date('2017-11-15').getDate()).toBe(14)
      expect(await renderReportHtml(model)).toBe(utc)
    } finally {
      process.env.TZ = saved
    }
  })
})

describe('renderSeriesHtml', () => {
  it('tells the series story in one well-formed, self-contained page', async () => {
    const model = buildSeriesReport(seriesInput())
    const html = await renderSeriesHtml(model)
    expect(wellFormedProblems(html)).toEqual([])
    expect(fetchedReferences(html)).toEqual([])
    expect((html.match(/<svg/g) ?? []).length).toBe(2)
    expect(html).toContain('Third Japan-UK Foreign and Defence Ministerial Meeting')
    expect(html).toContain('Reported done')
  })
})
