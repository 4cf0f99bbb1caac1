// Removes the furniture of government web pages: menus, breadcrumbs, photo captions, share and "Back to ..." links.
import type { TextBlock } from '../blocks.js'
import { collapseWhitespace } from '../text/normalize-chars.js'
import type { DomDocument, DomElement } from './dom.js'

/** Elements that are page furniture wherever they stand. */
const FURNITURE = [
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'form',
  'button',
  'iframe',
  'svg',
  'figcaption',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="search"]',
  '[aria-hidden="true"]',
  '[hidden]',
].join(',')

/** id/class words of furniture: breadcrumbs, share buttons, skip links, page-top links, menus. */
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:breadcrumbs?|topicpath|pankuzu|share|sharing|social|sns|skip|pagetop|page-top|gnav|global-nav|globalnav|navi|navigation|menu|sitemap|footer-links|print|photo-caption|caption)(?:$|[\s_-])/i

/** A block that is a navigation or share link, not document text. */
const FURNITURE_TEXT = [
  /^back to\b/i,
  /^(?:go |return )?(?:to )?(?:the )?(?:page |back to )?top(?: of (?:the )?page)?$/i,
  /^page top$/i,
  /^(?:home|top)\s*[>›»/]/i,
  /^(?:share|print|tweet|e-?mail|facebook|twitter|x|line|linkedin)(?: this(?: page| article)?)?$/i,
  /^(?:share|follow us)\b.{0,60}$/i,
  /^(?:photo|photograph|image|picture)(?: credit)?\s*[:：(]/i,
  /^\((?:photo|photograph)\b.*\)$/i,
  /^(?:skip to (?:main )?content|jump to navigation)$/i,
]

/**
 * Removes furniture elements from a page before the main content is looked for: menus,
 * breadcrumbs, share bars, captions, and the site's <header>/<footer> (those that hold no <h1>).
 * @param doc the parsed page (changed in place)
 */
export function removeFurniture(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll(FURNITURE))) el.remove()
  for (const el of Array.from(doc.querySelectorAll('[id],[class]'))) {
    const name = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`
    if (FURNITURE_NAME.test(name) && !el.querySelector('h1') && !isBody(el)) el.remove()
  }
  for (const el of Array.from(doc.querySelectorAll('header,footer'))) if (!el.querySelector('h1')) el.remove()
}

/**
 * The texts of image alt/title attributes and figure captions, to drop blocks that repeat them.
 * @param doc the parsed page, before furniture is removed
 */
export function captionTexts(doc: DomDocument): Set<string> {
  const texts = new Set<string>()
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    for (const attr of ['alt', 'title']) {
      const t = collapseWhitespace(img.getAttribute(attr) ?? '')
      if (t.length > 3) texts.add(t)
    }
  }
  for (const cap of Array.from(doc.querySelectorAll('figcaption'))) {
    const t = collapseWhitespace(cap.textContent ?? '')
    if (t.length > 3) texts.add(t)
  }
  return texts
}

/**
 * Drops furniture blocks that survived extraction: "Back to ..." and "Page top" links,
 * breadcrumbs, share links, photo credits, texts of image captions, and numbered caption
 * series ("... Meeting 1", "... Meeting 2") that a page prints under its photos.
 * @param blocks blocks of the main content
 * @param captions texts of image alts and figure captions on the page
 */
export function dropFurnitureBlocks(blocks: readonly TextBlock[], captions: ReadonlySet<string>): TextBlock[] {
  const series = captionSeries(blocks)
  return blocks.filter((b) => {
    const t = collapseWhitespace(b.text)
    if (b.kind !== 'heading' && t.length <= 80 && FURNITURE_TEXT.some((re) => re.test(t))) return false
    if (captions.has(t) || series.has(t)) return false
    return true
  })
}

/** Short unpunctuated blocks that share their text but for a trailing number: a photo caption series. */
function captionSeries(blocks: readonly TextBlock[]): Set<string> {
  const byStem = new Map<string, string[]>()
  for (const b of blocks) {
    const t = collapseWhitespace(b.text)
    const m = /^(.{8,150}?)\s*\(?\d{1,2}\)?$/.exec(t)
    if (!m || /[.!?]$/.test(m[1]!) || /^\d/.test(t)) continue
    const list = byStem.get(m[1]!) ?? []
    list.push(t)
    byStem.set(m[1]!, list)
  }
  const out = new Set<string>()
  for (const list of byStem.values()) if (list.length >= 2) for (const t of list) out.add(t)
  return out
}

/** True for <body> and <html>, which are never removed. */
function isBody(el: DomElement): boolean {
  const tag = el.tagName.toLowerCase()
  return tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article'
}
