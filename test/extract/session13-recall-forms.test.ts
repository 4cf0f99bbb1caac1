// Forms of session 13's recall work (`s13-recall`): the false negatives of every fitting set grouped
// by form; each form read over the White House corpus and a UN sample before it was kept. Sentences
// are shaped like the corpus ones; negative forms beside them.
import { describe, expect, it } from 'vitest'
import { extractText, trackableTexts } from '../helpers/extract.js'
import type { Item } from '../../src/core/item.js'

/** Extracts the items of a text (one or more paragraphs) for a meeting of the given parties. */
function extract(text: string, parties = ['United States', 'Italy', 'Germany']): Item[] {
  return extractText(text, { parties, date: '2024-07-09' })
}

const trackable = trackableTexts

describe('the parties\' joint work under way: "are collaborating on", "are coordinating closely with"', () => {
  it('"on" or "with" after a gerund of working together, the parties as subject', () => {
    expect(
      trackable(
        extract(
          'Italy and the United States are further collaborating on clean energy, sustainable agriculture, and e-mobility projects, starting with potential projects in Kenya.',
        ),
      ),
    ).toEqual([
      'Italy and the United States are further collaborating on clean energy, sustainable agriculture, and e-mobility projects, starting with potential projects in Kenya',
    ])
    expect(
      trackable(
        extract(
          'These systems will help to protect Ukrainian cities, and we are coordinating closely with the Ukrainian government so that these systems can be utilized rapidly.',
        ),
      ),
    ).toContain('we are coordinating closely with the Ukrainian government so that these systems can be utilized rapidly')
    expect(trackable(extract('We are working on a further announcement this year of additional strategic air defense systems for Ukraine.'))).toEqual([
      'We are working on a further announcement this year of additional strategic air defense systems for Ukraine',
    ])
  })

  it("not a third party, not a reported fact, not one speaker's speech", () => {
    expect(trackable(extract('Russia is working with Iran on drone production.'))).toEqual([])
    expect(trackable(extract('We note that the United States and Italy are collaborating on clean energy projects.'))).toEqual([])
    expect(
      trackable(
        extractText('I am proud to address this Assembly. We are working with our neighbours on the management of shared rivers.', {
          parties: ['Nepal'],
          date: '2019-09-25',
        }),
      ),
    ).toEqual([])
  })
})

describe('the parties\' cooperation grows: "are strengthening commercial collaboration", "also are expanding our cooperation"', () => {
  it('a gerund of growth before the cooperation of the parties', () => {
    const parties = ['Japan', 'Republic of Korea', 'United States']
    expect(
      trackable(
        extract('We are strengthening commercial collaboration around AI chips in addition to enhancing protections for critical technology.', parties),
      ),
    ).toEqual(['We are strengthening commercial collaboration around AI chips in addition to enhancing protections for critical technology'])
    expect(
      trackable(
        extract(
          'Japan, the ROK, and the United States also are expanding our cooperation on development and humanitarian assistance across the globe, including through a senior-level biennial policy dialogue.',
          parties,
        ),
      ),
    ).toEqual([
      'Japan, the ROK, and the United States also are expanding our cooperation on development and humanitarian assistance across the globe, including through a senior-level biennial policy dialogue',
    ])
  })

  it("not a third party's cooperation, not in a relative clause", () => {
    expect(trackable(extract('We express deep concern about countries that are deepening military cooperation with North Korea.'))).toEqual([])
    expect(trackable(extract('Russia and Iran are deepening their military cooperation.'))).toEqual([])
  })
})
