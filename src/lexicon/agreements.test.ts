import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { AGREEMENTS } from './agreements.js'

const source = readFileSync(new URL('./agreements.ts', import.meta.url), 'utf8')

describe('AGREEMENTS', () => {
  it('is sorted by id, with unique kebab-case ids', () => {
    const ids = AGREEMENTS.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual([...ids].sort())
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })

  it('holds only agreement entries with trimmed, distinct names', () => {
    for (const e of AGREEMENTS) {
      expect(e.kind, e.id).toBe('agreement')
      const names = [e.name, ...e.variants]
      for (const n of names) expect(n, e.id).toBe(n.trim().replace(/\s+/g, ' '))
      expect(new Set(names).size, e.id).toBe(names.length)
    }
  })

  it('has one entry per line, each under a comment with its example phrase', () => {
    const lines = source.split('\n')
    const entryLines = lines.flatMap((l, i) => (/^\s*\{ id: '/.test(l) ? [i] : []))
    expect(entryLines.length).toBe(AGREEMENTS.length)
    for (const i of entryLines) expect(lines[i - 1], lines[i]).toMatch(/^\s*\/\/ \S/)
  })
})
