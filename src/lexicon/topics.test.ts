import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { TOPICS } from './topics.js'

const REQUIRED = [
  'maritime-security',
  'nuclear-non-proliferation',
  'counter-terrorism',
  'cyber',
  'defence-equipment-technology',
  'exercises-training',
  'peacekeeping',
  'disaster-relief',
  'climate',
  'energy',
  'trade-investment',
  'health',
  'human-rights',
  'women-peace-security',
  'un-multilateral-reform',
  'development',
  'consular-people-to-people',
  'major-events',
  'russia-ukraine',
  'korean-peninsula',
  'indo-pacific-regional-security',
  'science-technology',
  'migration',
  'law-enforcement-drugs',
]

describe('TOPICS', () => {
  it('has 30 to 40 topics with unique kebab-case ids, including the required ones', () => {
    const ids = TOPICS.map((t) => t.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.length).toBeGreaterThanOrEqual(30)
    expect(ids.length).toBeLessThanOrEqual(40)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    for (const id of REQUIRED) expect(ids).toContain(id)
  })

  it('gives every topic a label, a description, an example and lower-case keywords without repeats', () => {
    for (const t of TOPICS) {
      expect(t.label.length, t.id).toBeGreaterThan(2)
      expect(t.description, t.id).toMatch(/\.$/)
      expect(t.example.length, t.id).toBeGreaterThan(10)
      const words = [...t.keywords, ...(t.weak ?? [])]
      expect(words.length, t.id).toBeGreaterThan(0)
      for (const k of words) expect(k, t.id).toBe(k.toLowerCase().trim())
      expect(new Set(words).size, t.id).toBe(words.length)
    }
  })

  it('is documented in docs/topics.md, every id with its label', () => {
    const doc = readFileSync(new URL('../../docs/topics.md', import.meta.url), 'utf8')
    for (const t of TOPICS) {
      expect(doc, t.id).toContain(`\`${t.id}\``)
      expect(doc, t.id).toContain(t.label)
    }
  })
})
