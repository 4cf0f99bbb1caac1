// Loads the shared corpus: the White House outcome documents as Markdown, the UN speeches as plain text.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SourceFile } from '../../src/core/source-file.js'
import { loadSource } from '../../src/ingest/index.js'
import { CORPUS } from './helpers.js'

const skip = CORPUS === null
const files = (dir: string): string[] =>
  CORPUS
    ? readdirSync(join(CORPUS, dir))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(CORPUS!, dir, f))
    : []

/** Places where a paragraph seems cut in two: it ends without final punctuation and the next block goes on in lower case. */
function wrappedSentences(file: SourceFile): string[] {
  const hints = file.hints ?? []
  const out: string[] = []
  for (let i = 0; i + 1 < hints.length; i++) {
    const a = hints[i]!
    const b = hints[i + 1]!
    if (a.kind !== 'paragraph' || b.kind !== 'paragraph') continue
    const text = file.value.slice(a.start, a.end)
    if (!/[.!?:;"”’)\]]$/.test(text) && /^[a-z]/.test(file.value.slice(b.start, b.end))) out.push(`${file.path}: …${text.slice(-40)}`)
  }
  return out
}

describe.skipIf(skip)(
  `the White House outcome documents (pandoc Markdown in .txt files)${skip ? ' (skipped: ../shared/corpus is not beside the project)' : ''}`,
  () => {
    it('all load as Markdown into clean one-line blocks', async () => {
      const wh = files('wh-briefings-outcome-docs')
      expect(wh.length).toBeGreaterThanOrEqual(200)
      const wrapped: string[] = []
      for (const path of wh) {
        const file = await loadSource(path)
        expect(file.format, path).toBe('markdown')
        for (const h of file.hints ?? []) {
          const block = file.value.slice(h.start, h.end)
          expect(block, path).not.toMatch(/\n|\*\*|\\[\\`*_{}[\]()#+\-.!>|]|&#x?[0-9a-f]+;|<\/?(?:sup|u|span)\b/i)
          expect(block.trim(), path).toBe(block)
        }
        expect(file.value, path).not.toMatch(/^\s*#+\s*$/m)
        wrapped.push(...wrappedSentences(file))
      }
      // One known case: a two-column signature table ("Prime Minister of the Kingdom / of Cambodia").
      expect(wrapped.length, wrapped.join('\n')).toBeLessThanOrEqual(2)
    })

    it('keeps list labels and nested entries as their own blocks', async () => {
      const file = await loadSource(join(CORPUS!, 'wh-briefings-outcome-docs/wh-2021-09-22-united-stateseuropean-commission-joint-statement.txt'))
      const lines = file.value.split('\n').filter(Boolean)
      expect(lines).toContain('Launch of the joint COVID-19 Manufacturing and Supply Chain Taskforce')
      expect(lines.filter((l) => l.startsWith('1. ')).length).toBeGreaterThanOrEqual(4)
      expect(lines.some((l) => l.startsWith('2. U.S. and EU supply chains for COVID-19 vaccines and therapeutics are closely intertwined.'))).toBe(true)
    })
  },
)

describe.skipIf(skip)(`the Philippine reposts${skip ? ' (skipped: ../shared/corpus is not beside the project)' : ''}`, () => {
  it('load as Markdown with headings and without the trailing decoration', async () => {
    for (const path of files('dutertetimes-ph-reposts')) {
      const file = await loadSource(path)
      expect(file.format).toBe('markdown')
      expect(file.value).not.toMatch(/&#x25cf;|●|#/)
    }
    const apec = await loadSource(files('dutertetimes-ph-reposts').find((f) => f.includes('apec'))!)
    expect(apec.hints?.[0]).toMatchObject({ kind: 'heading' })
    expect(apec.value.startsWith("APEC 2016 LEADERS' DECLARATION\n")).toBe(true)
  })
})

describe.skipIf(skip)(`the UN General Debate speeches${skip ? ' (skipped: ../shared/corpus is not beside the project)' : ''}`, () => {
  it('load as plain text, unchanged but for line separators, unless really hard-wrapped', async () => {
    const un = files('ungdc-2015-2024')
    expect(un.length).toBeGreaterThan(1900)
    const unwrapped: string[] = []
    for (const path of un) {
      const file = await loadSource(path)
      expect(file.format, path).toBe('text')
      const raw = readFileSync(path, 'utf8')
        .replace(/\r\n?/g, '\n')
        .replace(/[\f\v\u0085\u2028\u2029]/g, '\n')
        .replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
      if (file.value !== raw) unwrapped.push(path)
    }
    // A dozen 2024 speeches are hard-wrapped at 70-100 columns, and six more set numbered paragraphs
    // with a hanging indent (their indented lines join the entry); everything else is kept byte for byte.
    expect(unwrapped.length, unwrapped.join('\n')).toBeLessThanOrEqual(20)
    expect(unwrapped.every((p) => p.endsWith('_2024.txt'))).toBe(true)
  })
})
