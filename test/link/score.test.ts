// Scoring on small made-up documents: what lifts a passage above the threshold and what does not.
import { describe, expect, it } from 'vitest'
import { DEFAULT_THRESHOLD, indexSeries, linkMeetings, scorePassage, toLinkQuery } from '../../src/track/link/index.js'
import { FILLER, makeDocument } from './make-document.js'

const earlier = makeDocument('m1', '2021-03-12', [
  { text: 'We will launch the Quad Vaccine Partnership to expand vaccine manufacturing in the region.', item: 'commitment' },
  { text: 'We will hold a maritime security dialogue on coast guard cooperation in 2023.', item: 'commitment' },
  ...FILLER,
])

describe('scorePassage and linkMeetings', () => {
  it('scores a restatement of the pledge highest and above the threshold', () => {
    const later = makeDocument('m2', '2022-05-24', [
      'The leaders discussed the weather and the food at the summit venue.',
      'We will launch the Quad Vaccine Partnership to expand vaccine manufacturing in the region.',
      'Vaccine manufacturing matters to the health of the region.',
      ...FILLER,
    ])
    const links = linkMeetings(earlier, [later], { itemIds: ['p1-1'] })
    expect(links[0]).toMatchObject({ itemId: 'p1-1', meetingId: 'm2', paragraph: 2 })
    expect(links[0]!.score).toBeGreaterThan(0.75)
  })

  it('suggests nothing for a meeting that does not speak of the item', () => {
    const later = makeDocument('m2', '2022-05-24', [
      'The leaders discussed the weather and the food at the summit venue.',
      'They launched a new fisheries programme for island states.',
      ...FILLER,
    ])
    expect(linkMeetings(earlier, [later], { itemIds: ['p1-1'] })).toEqual([])
  })

  it('lifts a passage that names the same programme', () => {
    const later = makeDocument('m2', '2022-05-24', [
      'We welcomed progress under the Quad Vaccine Partnership on manufacturing.',
      'We welcomed progress under the new health partnership on manufacturing.',
      ...FILLER,
    ])
    const index = indexSeries([earlier, later])
    const query = toLinkQuery(earlier.items[0]!, index)
    const named = scorePassage(query, { features: index.passage('m2', 0), topics: new Set() }, index)
    const unnamed = scorePassage(query, { features: index.passage('m2', 1), topics: new Set() }, index)
    expect(named.signals.sharedNames).toContain('Quad Vaccine Partnership')
    expect(named.score).toBeGreaterThan(unnamed.score)
    // The name itself, not just the extra shared words, lifts the score.
    const withoutNames = scorePassage(query, { features: index.passage('m2', 0), topics: new Set() }, index, {
      lexical: 0.55,
      names: 0,
      topics: 0.1,
      ngram: 0.1,
    })
    expect(named.score).toBeGreaterThan(withoutNames.score)
    expect(named.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD)
  })

  it('uses shared topics when both sides have them', () => {
    const withTopics = makeDocument('m1', '2021-03-12', [{ text: 'We will expand vaccine manufacturing.', item: 'commitment', topics: ['health'] }, ...FILLER])
    const later = makeDocument('m2', '2022-05-24', [
      { text: 'Manufacturing capacity grew in the region.', item: 'position', topics: ['health'] },
      { text: 'Manufacturing capacity for export goods grew in the ports.', item: 'position', topics: ['trade'] },
      ...FILLER,
    ])
    const links = linkMeetings(withTopics, [later], { threshold: 0, maxPerMeeting: 2, secondRatio: 0 })
    expect(links.map((l) => [l.paragraph, l.signals.topics])).toEqual([
      [1, 1],
      [2, 0],
    ])
  })

  it('lowers a passage that names other years than the item', () => {
    const later = makeDocument('m2', '2022-05-24', [
      'India will hold the next maritime security dialogue on coast guard cooperation in 2024.',
      'We held the maritime security dialogue on coast guard cooperation in Sydney.',
      ...FILLER,
    ])
    const links = linkMeetings(earlier, [later], { itemIds: ['p2-1'], threshold: 0, secondRatio: 0 })
    // Note: the two passages say much the same words, so only the better one is suggested (DISTINCT_OVERLAP).
    expect(links.map((l) => [l.paragraph, l.kind, l.signals.yearsDiffer])).toEqual([[2, 'reported-done', false]])
  })

  it('suggests one passage per action and meeting unless a second is nearly as strong and distinct', () => {
    const later = makeDocument('m2', '2022-05-24', [
      'We held the maritime security dialogue on coast guard cooperation in Sydney.',
      'The maritime security dialogue on coast guard cooperation was held in Sydney.',
      ...FILLER,
    ])
    const links = linkMeetings(earlier, [later], { itemIds: ['p2-1'], threshold: 0 })
    expect(links).toHaveLength(1)
    const distinct = makeDocument('m2', '2022-05-24', [
      'We held the maritime security dialogue in Sydney.',
      'Coast guard cooperation deepened in regional training.',
      ...FILLER,
    ])
    expect(
      linkMeetings(earlier, [distinct], { itemIds: ['p2-1'], threshold: 0, secondRatio: 0 })
        .map((l) => l.paragraph)
        .sort(),
    ).toEqual([1, 2])
  })

  it('never links on words common in the series or stock phrases alone', () => {
    // As in real statements, "peace and stability" recurs in many sentences of the series.
    const common = ['trade', 'energy', 'health', 'space', 'cyber', 'fisheries', 'tourism', 'culture'].map(
      (w) => `Cooperation on ${w} supports peace and stability.`,
    )
    const item = makeDocument('m1', '2021-03-12', [{ text: 'We will uphold peace and stability in the region.', item: 'commitment' }, ...FILLER, ...common])
    const later = makeDocument('m2', '2022-05-24', ['The leaders emphasized peace and stability in the region.', ...FILLER, ...common])
    expect(linkMeetings(item, [later], { threshold: 0 })).toEqual([])
  })
})
