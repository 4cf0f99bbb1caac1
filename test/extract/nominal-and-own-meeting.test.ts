// Issue 11, recall and precision: nominal pledges with a plain noun object are commitments; the
// parties' own next meeting is neither a pledge nor a call on others; "demand" as a noun is no call.
import { describe, expect, it } from 'vitest'
import { extractItems } from '../../src/extract/index.js'
import { isOwnNextMeeting } from '../../src/extract/lexicon/own-meeting.js'
import { parseStatement } from '../../src/parse/index.js'

const items = (lines: string[]): Array<{ type: string; text: string; paragraph: number | null; actors: string[] }> => {
  const text = `Japan-U.S. Joint Statement\n\n${lines.map((l, i) => `${i + 1}. ${l}`).join('\n')}\n`
  return extractItems(parseStatement({ format: 'text', value: text, metadata: {}, diagnostics: [] }))
}
const at = (all: ReturnType<typeof items>, n: number) => all.filter((i) => i.paragraph === n)

describe('nominal pledges', () => {
  it.each([
    'The Ministers reaffirmed their commitment to a free and open Indo-Pacific.',
    'We reaffirm our commitment to the complete denuclearization of the Korean Peninsula.',
    'Japan and the United States renewed their unwavering commitment to the Alliance.',
    'Both sides reiterated their commitment to diplomacy with the DPRK.',
  ])('%s → commitment', (line) => {
    const found = at(items([line]), 1)
    expect(found.map((i) => i.type)).toEqual(['commitment'])
  })

  it('"the U.S. commitment to the defense of Japan" is read (the pattern once held a capital and missed it); the owner of the commitment is its actor', () => {
    const all = items([
      'President Biden reiterated the U.S. commitment to the defense of Japan under the Treaty.',
      'The two leaders welcomed the report, and underscored that U.S. commitment to growing that initiative.',
      'Japan and the United States renewed their commitment to a free and open Indo-Pacific.',
    ])
    expect(at(all, 1).map((i) => [i.type, i.actors])).toEqual([['commitment', ['United States']]])
    expect(
      at(all, 2)
        .filter((i) => i.type === 'commitment')
        .map((i) => i.actors),
    ).toEqual([['United States']])
    expect(at(all, 3).map((i) => i.actors)).toEqual([['Japan', 'United States']])
  })

  it('a commitment noun after a verb that does not restate one stays out ("welcomed Japan’s commitment to")', () => {
    expect(at(items(['The United States welcomed the Philippines’ commitment to peace in Mindanao.']), 1).filter((i) => i.type === 'commitment')).toEqual([])
  })

  it('a statement noun other than "commitment" still needs an action ("expressed their intention to Japan")', () => {
    expect(at(items(['The Ministers stated their decision to the press.']), 1).filter((i) => i.type === 'commitment')).toEqual([])
  })
})

describe("the parties' own next meeting and predictions", () => {
  const all = items([
    'The Ministers called for another SCC later in the year.',
    'The next meeting will be held in London.',
    'The next Ministerial Meeting will take place in Tokyo next year.',
    'The Ministers predicted that demand for energy in Asia will rise sharply by 2030.',
    'The Ministers called on China to respect international law.',
    'The Ministers demanded the immediate release of the detained crew.',
  ])
  it('asking for their own next meeting is no call on others', () => {
    expect(at(all, 1).map((i) => i.type)).toEqual(['position'])
  })
  it('the schedule of the next meeting is no commitment', () => {
    expect(at(all, 2)).toEqual([])
    expect(at(all, 3)).toEqual([])
  })
  it('"demand" as a noun in a prediction is no call; the verb still is', () => {
    expect(at(all, 4)).toEqual([])
    expect(at(all, 5).map((i) => i.type)).toEqual(['call'])
    expect(at(all, 6).map((i) => i.type)).toEqual(['call'])
  })
  it.each([
    ['another U.S.-Japan SCC later in the year', true],
    ['the next Foreign and Defence Ministerial Meeting', true],
    ['an early meeting of the Joint Committee', true],
    ['another day of talks', true],
    ['another round of sanctions', false],
    ['the next steps', false],
    ['another country', false],
    ['the next step for ASEAN', false],
    ['the next high-level Japan-UK bilateral consultations', true],
  ])('isOwnNextMeeting(%s) = %s', (phrase, expected) => {
    expect(isOwnNextMeeting(phrase)).toBe(expected)
  })
})
