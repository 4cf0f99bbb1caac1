// The two evaluation series (snapshots of the US–Japan and Quad leaders' statements) through
// linkMeetings: links verified by reading, and the measured accuracy as a floor.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { indexSeries, linkMeetings, type LinkDocument, type LinkSuggestion } from '../../src/track/link/index.js'
import { judgeLinks, type JudgedSeries } from './judge-links.js'
import { readSnapshot } from './series-snapshot.js'

const usJapan = readSnapshot('us-japan')
const quad = readSnapshot('quad')

function linkSeries(docs: readonly LinkDocument[]): Array<{ meetingId: string; links: LinkSuggestion[] }> {
  const index = indexSeries(docs)
  return docs.slice(0, -1).map((doc, i) => ({ meetingId: doc.meetingId, links: linkMeetings(doc, docs.slice(i + 1), { index }) }))
}

const usJapanLinks = linkSeries(usJapan)
const quadLinks = linkSeries(quad)

/** The suggestions for an item (found by the start of its text) in a later meeting, best first. */
function suggested(result: typeof usJapanLinks, docs: LinkDocument[], from: string, itemStart: string, to: string): LinkSuggestion[] {
  const doc = docs.find((d) => d.meetingId === from)!
  const item = doc.items.find((it) => it.text.startsWith(itemStart))
  expect(item, `item "${itemStart}" in ${from}`).toBeDefined()
  return result.find((r) => r.meetingId === from)!.links.filter((l) => l.itemId === item!.id && l.meetingId === to)
}

/** The suggestion on the passage that contains `contains`, if the linker made one. */
function on(links: LinkSuggestion[], contains: string): LinkSuggestion | undefined {
  return links.find((l) => l.passage.includes(contains))
}

describe("linking the US–Japan leaders' statements 2021–2025", () => {
  it.each([
    // [from, item text starts, to, paragraph, passage contains, kind]
    [
      '2021-04-16',
      'We remain committed to the implementation of the current arrangements',
      '2022-05-23',
      13,
      'confirmed the steady implementation of the realignment',
      'progress-reported',
    ],
    [
      '2021-04-16',
      'We remain committed to the implementation of the current arrangements',
      '2024-04-10',
      14,
      'firmly committed to the steady implementation',
      'reaffirmed',
    ],
    ['2021-04-16', 'we will bolster our support for COVAX', '2022-05-23', 24, 'confirmed support through COVAX', 'mentioned'],
    ['2021-04-16', 'commit to continue taking action to press for the immediate cessation', '2022-05-23', 8, 'condemned the coup in Myanmar', 'reaffirmed'],
    ['2022-05-23', 'the United States will host APEC in 2023', '2023-01-13', 3, 'hosting of the Asia-Pacific Economic Cooperation (APEC)', 'mentioned'],
    [
      '2022-05-23',
      'Prime Minister Kishida and President Biden reaffirmed their intent to work together toward a world without nuclear weapons',
      '2024-04-10',
      41,
      'world without nuclear weapons',
      'reaffirmed',
    ],
  ] as const)('links %s "%s…" to %s ¶%i', (from, itemStart, to, paragraph, contains, kind) => {
    const link = on(suggested(usJapanLinks, usJapan, from, itemStart, to), contains)
    expect(link).toMatchObject({ paragraph, kind })
  })

  it('never calls the Myanmar pledge, which later statements drop silently, dropped or done', () => {
    for (const to of ['2023-01-13', '2024-04-10', '2025-02-07']) {
      for (const l of suggested(usJapanLinks, usJapan, '2021-04-16', 'commit to continue taking action to press', to))
        expect(['dropped', 'reported-done']).not.toContain(l.kind)
    }
  })

  it('keeps offsets that slice to the passage', () => {
    for (const { links } of usJapanLinks) {
      for (const l of links) {
        const doc = usJapan.find((d) => d.meetingId === l.meetingId)!
        const p = doc.passages.find((x) => x.start === l.start)!
        expect([p.end, p.text, p.paragraph]).toEqual([l.end, l.passage, l.paragraph])
      }
    }
  })
})

describe("linking the Quad leaders' statements 2021–2024", () => {
  it.each([
    ['2021-09-24', 'we inaugurate the Quad Fellowship', '2022-05-24', 28, 'official launch of the Quad Fellowship', 'reported-done'],
    [
      '2021-09-24',
      'We will also coordinate and cooperate in multilateral standardization organizations',
      '2022-05-24',
      27,
      'has made great progress',
      'progress-reported',
    ],
    [
      '2023-05-20',
      'will work with our regional partners in a comprehensive and sustained manner',
      '2024-09-21',
      53,
      'comprehensive and sustained manner',
      'reaffirmed',
    ],
  ] as const)('links %s "%s…" to %s ¶%i', (from, itemStart, to, paragraph, contains, kind) => {
    const link = on(suggested(quadLinks, quad, from, itemStart, to), contains)
    expect(link).toMatchObject({ paragraph, kind })
  })
})

describe('known regressions (docs/linking.md)', () => {
  // Both "We launched the Quad Vaccine Experts Group" and "we have delivered nearly 79 million … vaccine
  // doses" were judged right for this item; with one passage per action and meeting the linker keeps
  // the second only (the kinds of session 4 alone brought the launch back; the kind's cue as a
  // feature, which ranks progress as well as done, loses it again). Fails while it does.
  it.fails('links 2021-03-12 "We will combine our nations’ medical…" to the launch of the Quad Vaccine Experts Group', () => {
    const link = on(
      suggested(quadLinks, quad, '2021-03-12', 'We will combine our nations’ medical', '2021-09-24'),
      'We launched the Quad Vaccine Experts Group',
    )
    expect(link).toMatchObject({ paragraph: 4, kind: 'reported-done' })
  })
})

describe('measured link accuracy (docs/linking.md)', () => {
  const judged = (name: string): JudgedSeries => JSON.parse(readFileSync(resolve(import.meta.dirname, `fixtures/${name}-links.json`), 'utf8')) as JudgedSeries

  it.each([
    // [series, at least right, at most wrong, at most missed] as measured with the re-ranker fit on
    // both halves of the key (docs/linking.md) with the kinds of session 4 and the kind's cue as a
    // feature: 54 right, 81 wrong suggestions (the fit's threshold 0.25 → 0.20 adds about one wrong
    // suggestion per series; session 3: 50 right, 78 wrong; 175 wrong with the first re-ranker, 92
    // with the dev-only fit; the hand-weighted linker: 25). Session 12's kind cues, same weights: quad
    // 32 / 44 / 20 → 34 / 43 / 19 ("released today" is a launch), us-japan unchanged. Session 13's
    // namesTop, refit on the same 161 pairs: us-japan 22 / 37 / 9 → 22 / 36 / 9, quad unchanged.
    ['us-japan', usJapan, usJapanLinks, 22, 36, 9],
    ['quad', quad, quadLinks, 34, 43, 19],
  ] as const)('%s does not fall below the documented figures', (name, docs, links, right, wrong, missed) => {
    const { counts } = judgeLinks(judged(name), docs, links)
    expect(counts.notExtracted).toBe(0)
    expect(counts.right).toBeGreaterThanOrEqual(right)
    expect(counts.wrong).toBeLessThanOrEqual(wrong)
    expect(counts.missed).toBeLessThanOrEqual(missed)
  })
})
