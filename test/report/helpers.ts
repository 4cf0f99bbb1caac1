// Shared helpers of the report tests: fixtures, a larger synthetic meeting, and an XML-ish well-formedness check.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { ReportInput, ReportItemInput } from '../../src/report/input.js'
import type { SeriesReportInput } from '../../src/report/series-model.js'

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/report/${name}`, import.meta.url))

/** The seed meeting's report input (a fresh copy each call). */
export function seedInput(): ReportInput {
  return JSON.parse(readFileSync(fixture('seed-input.json'), 'utf8')) as ReportInput
}

/** The series input: the seed meeting plus an invented third meeting. */
export function seriesInput(): SeriesReportInput {
  return JSON.parse(readFileSync(fixture('series-input.json'), 'utf8')) as SeriesReportInput
}

/** The seed meeting with its items copied until there are about `count` items, spread over 20 topics. */
export function largeInput(count: number): ReportInput {
  const input = seedInput()
  const base = input.items
  const items: ReportItemInput[] = []
  for (let i = 0; items.length < count; i++) {
    const src = base[i % base.length]!
    const copy = JSON.parse(JSON.stringify(src)) as ReportItemInput
    copy.storeId = 1000 + i
    copy.item.id = `${copy.item.id}-c${i}`
    if (copy.item.topics.length) copy.item.topics = [`topic-${i % 20}`, ...copy.item.topics]
    items.push(copy)
  }
  return { ...input, items }
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])
const RAW_TEXT = new Set(['style', 'script'])
const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[a-zA-Z_:][a-zA-Z0-9_:.-]*(?:\s*=\s*(?:"[^"<]*"|'[^'<]*'))?)*)\s*(\/?)>/
const BAD_AMP = /&(?!(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);)/

/**
 * Checks that HTML is well-formed in the XML sense (every element closed in order, void elements
 * allowed without a closing tag, no stray `<` or bare `&` in text and attributes).
 * @returns the problems found; empty when well-formed
 */
export function wellFormedProblems(htmlText: string): string[] {
  const problems: string[] = []
  const stack: string[] = []
  let s = htmlText.replace(/^\uFEFF?<!DOCTYPE html>/i, '')
  let pos = 0
  while (s.length) {
    const lt = s.indexOf('<')
    const text = lt < 0 ? s : s.slice(0, lt)
    if (BAD_AMP.test(text)) problems.push(`bare & in text near offset ${pos}: ${text.slice(0, 60)}`)
    if (lt < 0) break
    s = s.slice(lt)
    pos += lt
    if (s.startsWith('<!--')) {
      const end = s.indexOf('-->')
      if (end < 0) {
        problems.push('unclosed comment')
        break
      }
      s = s.slice(end + 3)
      pos += end + 3
      continue
    }
    const m = TAG.exec(s)
    if (!m) {
      problems.push(`stray < at offset ${pos}: ${s.slice(0, 60)}`)
      s = s.slice(1)
      pos += 1
      continue
    }
    const [whole, closing, rawName, attrs, selfClosing] = m
    const name = rawName!.toLowerCase()
    if (BAD_AMP.test(attrs!)) problems.push(`bare & in attributes of <${name}> at ${pos}`)
    s = s.slice(whole.length)
    pos += whole.length
    if (closing) {
      const open = stack.pop()
      if (open !== name) {
        problems.push(`</${name}> closes <${open ?? 'nothing'}> at offset ${pos}`)
        if (open) stack.push(open)
      }
    } else if (RAW_TEXT.has(name)) {
      const end = s.toLowerCase().indexOf(`</${name}>`)
      if (end < 0) {
        problems.push(`unclosed <${name}>`)
        break
      }
      if (s.slice(0, end).includes('<')) problems.push(`< inside <${name}>`)
      s = s.slice(end + name.length + 3)
      pos += end + name.length + 3
    } else if (!selfClosing && !VOID.has(name)) {
      stack.push(name)
    }
  }
  if (stack.length) problems.push(`unclosed elements: ${stack.join(' > ')}`)
  return problems
}

/**
 * References that a browser would fetch on load: src/href on link/script/img/iframe/etc., url(...)
 * and @import in CSS, srcset, xlink:href — anything not local (`#…`) or a data: URL.
 * Plain `<a href>` links are not fetched and are not returned.
 */
export function fetchedReferences(htmlText: string): string[] {
  const found: string[] = []
  for (const m of htmlText.matchAll(
    /<(?!a[\s>])([a-zA-Z][\w:-]*)\b[^>]*?\s(src|href|srcset|xlink:href|poster|data|action|background)\s*=\s*["']([^"']*)["']/g,
  )) {
    if (!m[3]!.startsWith('#') && !m[3]!.startsWith('data:')) found.push(`<${m[1]} ${m[2]}="${m[3]}">`)
  }
  for (const m of htmlText.matchAll(/url\(\s*['"]?([^)'"]*)/gi)) if (!m[1]!.startsWith('#') && !m[1]!.startsWith('data:')) found.push(`url(${m[1]})`)
  for (const m of htmlText.matchAll(/@import\b[^;]*/gi)) found.push(m[0])
  return found
}
