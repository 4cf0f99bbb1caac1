import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PROGRAMMES } from './programmes.js'

const source = readFileSync(new URL('./programmes.ts', import.meta.url), 'utf8')

describe('PROGRAMMES', () => {
  it('is sorted by id, with unique kebab-case ids', () => {
    const ids = PROGRAMMES.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual([...ids].sort())
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })

  it('holds only programme entries with trimmed, distinct names', () => {
    for (const e of PROGRAMMES) {
      expect(e.kind, e.id).toBe('programme')
      const names = [e.name, ...e.variants]
      for (const n of names) expect(n, e.id).toBe(n.trim().replace(/\s+/g, ' '))
      expect(new Set(names).size, e.id).toBe(names.length)
    }
  })

  it('has one entry per line, each under a comment with its example phrase', () => {
    const lines = source.split('\n')
    const entryLines = lines.flatMap((l, i) => (/^\s*\{ id: '/.test(l) ? [i] : []))
    expect(entryLines.length).toBe(PROGRAMMES.length)
    for (const i of entryLines) expect(lines[i - 1], lines[i]).toMatch(/^\s*\/\/ \S/)
  })
})
