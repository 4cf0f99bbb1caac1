// Issue 11, knowledge as data: the passes run in their numbered order, and every numbered pass file runs.
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractItems } from '../../src/extract/index.js'
import { parseStatement } from '../../src/parse/index.js'

const TEXT = `Joint Statement of Japan and the United Kingdom

1. The Ministers of Japan and the United Kingdom met in Tokyo on 8 January 2016.
2. Japan and the UK would cooperate to tackle global security challenges. They urged North Korea to comply with all relevant resolutions.
3. The Ministers decided to take the following actions:
4. Expand cooperation on cyber security.
5. Hold joint exercises in the Pacific.
6. The Ministers directed their officials to meet regularly.
`

describe('extraction passes', () => {
  const parsed = parseStatement({ format: 'text', value: TEXT, metadata: {}, diagnostics: [] })
  const trace: Array<[number, number]> = []
  const items = extractItems({ ...parsed, trace: (pass, at) => trace.push([pass, at]) })

  it('every numbered pass file runs, and none is missing from the numbering', () => {
    const numbers = readdirSync(new URL('../../src/extract/passes/', import.meta.url))
      .map((f) => /^(\d\d)-/.exec(f)?.[1])
      .filter(Boolean)
      .map(Number)
    expect(numbers).toEqual(numbers.map((_, i) => i + 1))
    expect([...new Set(trace.map(([p]) => p))].sort()).toEqual(numbers)
    expect(items.length).toBeGreaterThan(0)
  })

  it('within each sentence the passes 1–4 run in order; list entries (5) after their lead-in; annotation (6) last', () => {
    const bySentence = new Map<number, number[]>()
    for (const [pass, at] of trace) if (pass <= 4) bySentence.set(at, [...(bySentence.get(at) ?? []), pass])
    for (const passes of bySentence.values()) expect(passes).toEqual([...passes].sort((a, b) => a - b))
    const firstFive = trace.findIndex(([p]) => p === 5)
    const leadIn = TEXT.indexOf('The Ministers decided to take')
    expect(trace.findIndex(([p, at]) => p === 1 && at === leadIn)).toBeLessThan(firstFive)
    const firstSix = trace.findIndex(([p]) => p === 6)
    expect(trace.slice(firstSix).every(([p]) => p === 6)).toBe(true)
    expect(items.filter((i) => i.paragraph === 4 || i.paragraph === 5).map((i) => i.type)).toEqual(['commitment', 'commitment'])
  })
})
