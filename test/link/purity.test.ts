// linkMeetings is a pure function of plain values: same input, same output, JSON-safe, input untouched.
import { describe, expect, it } from 'vitest'
import { linkMeetings } from '../../src/track/link/index.js'
import { FILLER, makeDocument } from './make-document.js'

const earlier = makeDocument('m1', '2021-03-12', [
  { text: 'We will launch the Quad Vaccine Partnership to expand vaccine manufacturing.', item: 'commitment' },
  { text: 'We will hold an in-person summit by the end of 2021.', item: 'commitment' },
  ...FILLER,
])
const later = [
  makeDocument('m3', '2022-05-24', ['We held our second in-person summit in Tokyo.', 'The Quad Vaccine Partnership has delivered doses.', ...FILLER]),
  makeDocument('m2', '2021-09-24', ['We convened today in person for the first time.', 'We welcomed progress under the Quad Vaccine Partnership.', ...FILLER]),
]

describe('linkMeetings purity', () => {
  it('gives the same output for the same input', () => {
    expect(linkMeetings(earlier, later)).toEqual(linkMeetings(earlier, later))
  })

  it('returns JSON-safe values', () => {
    const links = linkMeetings(earlier, later)
    expect(links.length).toBeGreaterThan(0)
    expect(JSON.parse(JSON.stringify(links))).toEqual(links)
  })

  it('does not change its input', () => {
    const before = JSON.stringify([earlier, later])
    linkMeetings(earlier, later)
    expect(JSON.stringify([earlier, later])).toBe(before)
  })

  it('orders suggestions by item, then meeting date, whatever order the meetings come in', () => {
    const links = linkMeetings(earlier, later, { threshold: 0.1 })
    const order = links.map((l) => `${l.itemId} ${later.find((d) => d.meetingId === l.meetingId)!.date}`)
    expect(order).toEqual([...order].sort())
  })

  it('never links a meeting to itself, or to another document of the same date', () => {
    expect(linkMeetings(earlier, [earlier], { threshold: 0 })).toEqual([])
    expect(linkMeetings(earlier, [{ ...earlier, meetingId: 'm1-second-document' }], { threshold: 0 })).toEqual([])
  })
})
