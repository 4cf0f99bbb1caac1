// Strips Markdown inline markup from one block: emphasis, links, escapes, inline HTML, entities.
import { decodeEntities } from './decode-entities.js'

/** Private-use code points stand in for backslash-escaped characters while markup is removed. */
const PUA = 0xe000

/**
 * Turns the Markdown of one block into its plain text: `**bold**` and `*em*` lose their stars,
 * `[text](url)` keeps its text, images and footnote marks go, backslash escapes (`\_`, `\[`,
 * `\###`) give the character, inline HTML tags go (their text stays), entities are decoded.
 * @param markdown the block's Markdown, lines already joined
 * @returns the plain text (whitespace not yet collapsed)
 * @example markdownInline('**Bilateral** [talks](https://x.org) \\_now\\_') // 'Bilateral talks _now_'
 */
export function markdownInline(markdown: string): string {
  let s = markdown.includes('\\') ? markdown.replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => String.fromCharCode(PUA + c.charCodeAt(0))) : markdown
  if (s.includes('`')) s = s.replace(/`+([^`]*)`+/g, '$1')
  if (s.includes('[')) {
    s = s.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    s = s.replace(/\[\^[^\]\s]+\]/g, '')
    s = s.replace(/\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '$1')
    s = s.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
  }
  if (s.includes('<')) {
    s = s.replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1')
    s = s.replace(/<br\s*\/?>/gi, ' ').replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, '')
  }
  if (s.includes('*')) s = s.replace(/\*+/g, (run, at: number, all: string) => (run.length === 1 && isSpace(all[at - 1]) && isSpace(all[at + 1]) ? run : ''))
  if (s.includes('_')) s = s.replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
  if (markdown.includes('\\')) s = s.replace(/[\uE021-\uE07E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - PUA))
  return decodeEntities(s)
}

/** True for whitespace or the edge of the string. */
function isSpace(c: string | undefined): boolean {
  return c === undefined || /\s/.test(c)
}

/**
 * True when a block's text is only decoration: "###", "●", "* * *", "--".
 * @example isDecoration('###') // true
 */
export function isDecoration(text: string): boolean {
  return /^[\s#*•●▪■◆◇○◦·~_=\-–—|+]*$/.test(text)
}

/**
 * True when the whole Markdown block is bold or underlined and reads like a heading: short, and
 * not ending as a sentence does ("**Bilateral Climate Change Cooperation**").
 */
export function isEmphasizedHeading(markdown: string): boolean {
  const m = /^(\*\*\*?|__)(?!\s)([\s\S]+?)\1$/.exec(markdown.trim())
  if (!m || m[2]!.includes(m[1]!)) return false
  const inner = markdownInline(m[2]!).trim()
  return inner.length > 0 && inner.length <= 150 && !/[.;,]$/.test(inner)
}
