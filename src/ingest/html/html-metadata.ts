// Reads a page's title and published date from its meta tags and markup (never from text positions).
import type { SourceMetadata } from '../../core/source-file.js'
import { parseDate } from '../parse-date.js'
import { collapseWhitespace } from '../text/normalize-chars.js'
import type { DomDocument } from './dom.js'

/** Meta tags that carry the published date, best first. */
const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datePublished',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.issued',
  'dcterms.created',
  'pubdate',
  'publishdate',
  'publication_date',
  'citation_date',
  'article:modified_time',
]

/** Elements that commonly show the date of a press release. */
const DATE_ELEMENTS = ['time[datetime]', 'time', '.date', '.published', '.pubdate', '.release-date', '.post-date', '.rightalign', '#date']

/**
 * Reads the page's metadata: title (og:title, the first <h1>, then <title>), published date
 * (meta tags such as article:published_time, <time datetime>, a "Date" entry of a <dl>, an
 * element of class "date"), site name and description.
 * @param doc the parsed page, before anything is removed from it
 */
export function htmlMetadata(doc: DomDocument): SourceMetadata {
  const meta: SourceMetadata = {}
  const title = metaContent(doc, ['og:title', 'twitter:title', 'dc.title', 'title']) ?? text(doc.querySelector('h1')?.textContent) ?? text(doc.title)
  if (title) meta.title = title
  const date = findDate(doc)
  if (date) meta.date = date
  const site = metaContent(doc, ['og:site_name', 'application-name'])
  if (site) meta.siteName = site
  const description = metaContent(doc, ['og:description', 'description'])
  if (description) meta.description = description
  const lang = doc.documentElement.getAttribute('lang')
  if (lang) meta.language = lang
  return meta
}

/** The first published date found, as YYYY-MM-DD. */
function findDate(doc: DomDocument): string | undefined {
  for (const name of DATE_META) {
    const d = parseDate(metaContent(doc, [name]) ?? '')
    if (d) return d
  }
  for (const sel of DATE_ELEMENTS) {
    for (const el of Array.from(doc.querySelectorAll(sel))) {
      const d = parseDate(el.getAttribute('datetime') ?? '') ?? parseDate(el.textContent ?? '')
      if (d) return d
    }
  }
  for (const dt of Array.from(doc.querySelectorAll('dt'))) {
    if (!/date|published|issued/i.test(dt.textContent ?? '')) continue
    let next = dt.parentNode ? Array.from(dt.parentNode.childNodes).slice(Array.from(dt.parentNode.childNodes).indexOf(dt) + 1) : []
    next = next.filter((n) => n.nodeName.toLowerCase() === 'dd')
    const d = parseDate(next[0]?.textContent ?? '')
    if (d) return d
  }
  return undefined
}

/** The content of a meta tag with one of the names (name, property or itemprop), in the order of `names`. */
function metaContent(doc: DomDocument, names: readonly string[]): string | undefined {
  const found = new Map<string, string>()
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase()
    const value = text(el.getAttribute('content'))
    if (key && value && !found.has(key)) found.set(key, value)
  }
  for (const n of names) {
    const value = found.get(n.toLowerCase())
    if (value) return value
  }
  return undefined
}

/** Collapsed text, or undefined when empty. */
function text(s: string | null | undefined): string | undefined {
  const t = collapseWhitespace(s ?? '')
  return t === '' ? undefined : t
}
