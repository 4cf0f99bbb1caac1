// Draws a chart as an inline SVG string on the server: Vega-Lite → Vega → SVG, no browser, no canvas.
import type * as Vega from 'vega'
import type * as VegaLite from 'vega-lite'
import { CHART_SPECS, type ChartKind } from './chart-specs.js'

/** Named data sets of a chart: "rows", and "markers" for the timeline. */
export type ChartData = Readonly<Record<string, ReadonlyArray<Record<string, unknown>>>>

// Note: compiling and parsing a spec costs more than rendering it, so each kind is prepared once
// per process; the cache holds only pure, data-free results.
const runtimes = new Map<ChartKind, Vega.Runtime>()
// Note: Vega is loaded on the first chart, not when the CLI starts.
let libraries: Promise<[typeof Vega, typeof VegaLite]> | undefined

async function runtimeOf(kind: ChartKind): Promise<{ vega: typeof Vega; runtime: Vega.Runtime }> {
  libraries ??= Promise.all([import('vega'), import('vega-lite')])
  const [vega, vegaLite] = await libraries
  let runtime = runtimes.get(kind)
  if (!runtime) {
    runtime = vega.parse(vegaLite.compile(CHART_SPECS[kind]).spec)
    runtimes.set(kind, runtime)
  }
  return { vega, runtime }
}

/**
 * Renders one chart to a self-contained SVG string for inlining into HTML.
 * @param kind which chart
 * @param data its named data sets; the "rows" set must not be empty
 * @param idPrefix prefix for the SVG's internal ids (clip paths, gradients), unique within the page
 * @returns the `<svg>` element, with no namespace URLs and no external references
 */
export async function renderChartSvg(kind: ChartKind, data: ChartData, idPrefix: string): Promise<string> {
  const { vega, runtime } = await runtimeOf(kind)
  const view = new vega.View(runtime, { renderer: 'none' })
  try {
    for (const [name, values] of Object.entries(data))
      view.data(
        name,
        values.map((v) => ({ ...v })),
      )
    return sanitizeSvg(await view.toSVG(), idPrefix)
  } finally {
    view.finalize()
  }
}

/**
 * Makes a Vega SVG safe to inline: drops the namespace declarations (an inline `<svg>` in HTML
 * needs none), makes internal ids unique per chart, and refuses anything that points outside.
 * @throws Error when the SVG references an external resource (a bug in a spec)
 */
export function sanitizeSvg(svg: string, idPrefix: string): string {
  const out = svg
    .replace(/\s+xmlns(:xlink)?="[^"]*"/g, '')
    .replace(/\bid="([^"]+)"/g, (_m, id: string) => `id="${idPrefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${idPrefix}-${id})`)
    .replace(/href="#([^"]+)"/g, (_m, id: string) => `href="#${idPrefix}-${id}"`)
  if (/(?:href|src)="(?!#)|url\((?!#)|https?:\/\//i.test(out)) {
    throw new Error(`renderChartSvg: the ${idPrefix} chart references an external resource; check its spec`)
  }
  return out
}
