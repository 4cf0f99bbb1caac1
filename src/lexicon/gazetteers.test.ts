// The three name lists (organisations, agreements, programmes) keep the shape STYLE.md §5 asks of data.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { AGREEMENTS } from './agreements.js'
import { ORGANISATIONS } from './organisations.js'
import { PROGRAMMES } from './programmes.js'

const LISTS = [
  ['ORGANISATIONS', ORGANISATIONS, 'organisation', './organisations.ts'],
  ['AGREEMENTS', AGREEMENTS, 'agreement', './agreements.ts'],
  ['PROGRAMMES', PROGRAMMES, 'programme', './programmes.ts'],
] as const

describe.each(LISTS)('%s', (_name, entries, kind, file) => {
  const source = readFileSync(new URL(file, import.meta.url), 'utf8')

  it('is sorted by id, with unique kebab-case ids', () => {
    const ids = entries.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual([...ids].sort())
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })

  it(`holds only ${kind} entries with trimmed, distinct names`, () => {
    for (const e of entries) {
      expect(e.kind, e.id).toBe(kind)
      const names = [e.name, ...e.variants]
      for (const n of names) expect(n, e.id).toBe(n.trim().replace(/\s+/g, ' '))
      expect(new Set(names).size, e.id).toBe(names.length)
    }
  })

  it('has one entry per line, each under a comment with its example phrase', () => {
    const lines = source.split('\n')
    const entryLines = lines.flatMap((l, i) => (/^\s*\{ id: '/.test(l) ? [i] : []))
    expect(entryLines.length).toBe(entries.length)
    for (const i of entryLines) expect(lines[i - 1], lines[i]).toMatch(/^\s*\/\/ \S/)
  })
})
