// Forms of session 12's recall work: the false negatives of every fitting set grouped by form, each
// form counted over the White House corpus and read over it and a UN sample before it was kept.
// Sentences are shaped like the corpus ones; negative forms beside them.
import { describe, expect, it } from 'vitest'
import { extractText, trackableTexts } from '../helpers/extract.js'
import type { Item } from '../../src/core/item.js'

/** Extracts the items of a text (one or more paragraphs) for a meeting of the given parties. */
function extract(text: string, parties = ['United States', 'Mexico', 'Canada']): Item[] {
  return extractText(text, { parties, date: '2023-01-10' })
}

const trackable = trackableTexts

describe('"This includes …" after a pledge noun whose object is a noun phrase', () => {
  it('the gerund entries are the items, split at ";", with the parties of the position', () => {
    const items = extract(
      'Today, we affirm our joint commitment to safe, orderly, and humane migration under the Los Angeles Declaration. This includes assisting host communities and promoting migrant and refugee integration; providing protection to refugees and vulnerable migrants; strengthening asylum capacity in the region; and collaborating to counter xenophobia and discrimination against migrants.',
    )
    expect(trackable(items)).toEqual([
      'This includes assisting host communities and promoting migrant and refugee integration',
      'providing protection to refugees and vulnerable migrants',
      'strengthening asylum capacity in the region',
      'collaborating to counter xenophobia and discrimination against migrants',
    ])
    expect(items.filter((i) => i.type === 'commitment').every((i) => i.actors.length === 3)).toBe(true)
  })

  it('"reaffirmed their existing commitments on …" is such a head too', () => {
    expect(
      trackable(
        extract(
          'The two countries reaffirmed their existing commitments on fostering an orderly, humane, and regular migration. This includes reinforcing our partnership to address the root causes of migration.',
          ['United States', 'Mexico'],
        ),
      ),
    ).toEqual(['This includes reinforcing our partnership to address the root causes of migration'])
  })

  it('no item after a stance that names no pledge ("reiterate the urgency of …")', () => {
    expect(
      trackable(
        extract(
          'We reiterate the urgency of addressing debt vulnerabilities in low- and middle-income countries. This includes finalizing outstanding country cases and improving our toolkits.',
        ),
      ),
    ).toEqual([])
  })
})
