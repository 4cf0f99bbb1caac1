import { describe, expect, it } from 'vitest'
import { renderChartSvg, sanitizeSvg } from './render-chart.js'

describe('renderChartSvg', () => {
  it('draws a chart as SVG with no namespace URL, external reference or web font', async () => {
    const svg = await renderChartSvg('compliance-by-party', { rows: [{ party: 'Japan', percent: 62.5, label: '62.5 %' }] }, 'c1')
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg).toContain('Japan')
    expect(svg).not.toMatch(/https?:|xmlns/)
    expect(svg).toMatch(/font-family="[^"]*sans-serif"/)
  })

  it('gives the same SVG for the same data', async () => {
    const data = { rows: [{ topic: 'Cyber', order: 0, status: 'done', statusLabel: 'Done', count: 2, stackOrder: 3 }] }
    expect(await renderChartSvg('status-by-topic', data, 'a')).toBe(await renderChartSvg('status-by-topic', data, 'a'))
  })
})

describe('sanitizeSvg', () => {
  it('prefixes internal ids and their references', () => {
    expect(sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg"><clipPath id="clip1"/><g clip-path="url(#clip1)"/></svg>', 'x')).toBe(
      '<svg><clipPath id="x-clip1"/><g clip-path="url(#x-clip1)"/></svg>',
    )
  })

  it('refuses an SVG that points outside', () => {
    expect(() => sanitizeSvg('<svg><image href="https://example.org/a.png"/></svg>', 'x')).toThrow(/external resource/)
  })
})
