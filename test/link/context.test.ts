// The meeting context of the re-ranker's features: hub-ness of a passage over all pledges of the
// earlier meeting, the share of the passage's best pledge, retrospective cues and the earlier year.
import { describe, expect, it } from 'vitest'
import {
  FEATURE_NAMES,
  findCandidates,
  contextQueries,
  indexSeries,
  meetingContext,
  RETROSPECTIVE_CUE,
  splitActions,
  toActionQuery,
} from '../../src/track/link/index.js'
import { FILLER, makeDocument } from './make-document.js'

const earlier = makeDocument('m1', '2021-09-15', [
  { text: 'We will expand vaccine manufacturing in the region.', item: 'commitment' },
  { text: 'We will deepen cooperation on undersea capabilities.', item: 'commitment' },
  { text: 'We will deepen cooperation on hypersonic capabilities.', item: 'commitment' },
  { text: 'We will deepen cooperation on cyber capabilities.', item: 'commitment' },
  ...FILLER,
])
const later = makeDocument('m2', '2023-09-15', [
  'As our work progresses on these and other critical capabilities, we will deepen cooperation.',
  'Our navies tested new undersea capabilities together.',
  'Two years ago we pledged to expand vaccine manufacturing, and in 2021 we set out how.',
  ...FILLER,
])
const index = indexSeries([earlier, later])
const feature = (values: readonly number[], name: (typeof FEATURE_NAMES)[number]): number => values[FEATURE_NAMES.indexOf(name)]!

describe('meetingContext', () => {
  const context = meetingContext(contextQueries(earlier, index), later, index, earlier.date)

  it('marks a passage that many pledges find among their best as a hub', () => {
    // Three of the four pledges have the generic sentence among their best; only one the vaccine sentence.
    expect(context.hub.get(0)).toBe(0.75)
    expect(context.hub.get(2)).toBe(0.25)
    expect(context.earlierYear).toBe('2021')
  })

  it('gives the passage most like the pledge a full share, and one more like another pledge less', () => {
    const undersea = toActionQuery(unitOf(1), index, earlier.passages[1]!.text, earlier.passages[1]!.text)
    const candidates = findCandidates(undersea, later, index, context)
    const specific = candidates.find((c) => c.index === 1)!
    expect(feature(specific.features, 'pledgeShare')).toBe(1)
    // For the hypersonic pledge, the undersea sentence is another pledge's best.
    const hypersonic = toActionQuery(unitOf(2), index, earlier.passages[2]!.text, earlier.passages[2]!.text)
    const other = findCandidates(hypersonic, later, index, context).find((c) => c.index === 1)!
    expect(feature(other.features, 'pledgeShare')).toBeLessThan(0.9)
  })

  it('flags retrospective passages and the earlier meeting’s year', () => {
    const vaccine = toActionQuery(unitOf(0), index, earlier.passages[0]!.text, earlier.passages[0]!.text)
    const recall = findCandidates(vaccine, later, index, context).find((c) => c.index === 2)!
    expect(feature(recall.features, 'retrospective')).toBe(1)
    expect(feature(recall.features, 'earlierYear')).toBe(1)
    const other = findCandidates(vaccine, later, index, context).find((c) => c.index !== 2)
    if (other) expect(feature(other.features, 'retrospective')).toBe(0)
  })

  it('reads the usual retrospective cues and not a plain pledge', () => {
    for (const s of [
      'When AUKUS was first announced, we pledged to pursue information and technology sharing.',
      'Delivering on our commitment at the 2022 Summit, we launched the programme.',
      'In 2023, we announced the Quad Health Security Partnership.',
      'Last year we agreed to the plan.',
    ])
      expect(RETROSPECTIVE_CUE.test(s)).toBe(true)
    expect(RETROSPECTIVE_CUE.test('We will pursue information and technology sharing.')).toBe(false)
  })
})

describe('namesTop (session 13)', () => {
  // The share of the pledge's names a passage holds over the best of the meeting's candidates: the
  // passage naming the pledged programme is preferred over one sharing more of its common words.
  const pledge = makeDocument('e1', '2023-03-13', [
    { text: 'The United Kingdom will deliver its first SSN-AUKUS submarine to the Royal Navy.', item: 'commitment' },
    ...FILLER,
  ])
  const report = makeDocument('e2', '2024-09-26', [
    'This work is delivering as our navies are strengthening submarine capabilities for the Royal Navy.',
    'The United Kingdom has made an initial allocation to continue work on SSN-AUKUS.',
    ...FILLER,
  ])
  const ix = indexSeries([pledge, report])
  const unit = splitActions(pledge.items[0]!)[0]!
  const query = toActionQuery(unit, ix, pledge.passages[0]!.text, pledge.passages[0]!.text)
  const candidates = findCandidates(query, report, ix, meetingContext(contextQueries(pledge, ix), report, ix, pledge.date))

  it('is 1 for the candidate sharing the most of the pledge’s names and less for the others', () => {
    const named = candidates.find((c) => c.index === 1)!
    const other = candidates.find((c) => c.index === 0)!
    expect(feature(named.features, 'namesTop')).toBe(1)
    expect(feature(other.features, 'namesTop')).toBeLessThan(1)
  })

  it('is 0 for every candidate when the pledge names nothing', () => {
    const vaccine = toActionQuery(unitOf(0), index, earlier.passages[0]!.text, earlier.passages[0]!.text)
    for (const c of findCandidates(vaccine, later, index)) expect(feature(c.features, 'namesTop')).toBe(0)
  })
})

function unitOf(i: number): ReturnType<typeof splitActions>[number] {
  return splitActions(earlier.items[i]!)[0]!
}
