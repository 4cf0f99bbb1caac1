// Forms read in session 9 (issue 11, points 1–2): actors and deadlines that must hold on pages and
// documents not seen before, text alone included. Each case is a short invented sentence.
import { describe, expect, it } from 'vitest'
import { extractText, trackableItems } from '../../test/helpers/extract.js'
import type { Item } from '../core/item.js'

/** Extracts the items of a text; with parties and a date given as a manifest would, or from the text alone. */
function extract(text: string, meeting: { parties?: string[]; date?: string } = {}): Item[] {
  return extractText(text, meeting)
}

const trackable = trackableItems
const actors = (items: Item[]): Array<[string, string[]]> => trackable(items).map((i) => [i.text, [...i.actors].sort()])
const deadlines = (items: Item[]): Array<[string, string | null]> =>
  trackable(items).map((i) => [i.text, i.deadline ? (i.deadline.relative ?? i.deadline.end ?? 'open') : null])

describe('actors: an office only one country has, before a name', () => {
  it('reads "Federal Foreign Minister" as Germany, not the country of the minister named before', () => {
    const items = extract(
      'Joint declaration by the foreign ministers of France and Germany\n\nAt their meeting in Paris on 21 January 2014, French Foreign Minister Laurent Fabius and Federal Foreign Minister Frank-Walter Steinmeier reiterated their shared intention to intensify cooperation between France and Germany.',
    )
    expect(actors(items)).toEqual([
      [
        'French Foreign Minister Laurent Fabius and Federal Foreign Minister Frank-Walter Steinmeier reiterated their shared intention to intensify cooperation between France and Germany',
        ['France', 'Germany'],
      ],
    ])
  })
})

describe('actors: a continent for its organisation', () => {
  const meeting = { parties: ['United States', 'African Union'], date: '2022-12-15' }
  it('reads "Africa" beside a party as the African Union when the African Union is a party', () => {
    expect(actors(extract('In the medium term, the United States and Africa will exert leadership to address chronic underinvestment.', meeting))).toEqual([
      ['the United States and Africa will exert leadership to address chronic underinvestment', ['African Union', 'United States']],
    ])
  })
  it('does not read "South Africa", or "Africa" where the African Union is no party', () => {
    expect(actors(extract('The United States and South Africa will expand cooperation on health.', meeting))).toEqual([
      ['The United States and South Africa will expand cooperation on health', ['United States']],
    ])
    expect(
      actors(extract('The United States and Africa will expand cooperation on health.', { parties: ['United States', 'Kenya'], date: '2022-12-15' })),
    ).toEqual([['The United States and Africa will expand cooperation on health', ['United States']]])
  })
})

describe('actors: a joint pledge noun after one party', () => {
  const meeting = { parties: ['United States', 'European Union'], date: '2022-03-25' }
  it('gives "the joint resolve" after one party\'s pledge to all the parties', () => {
    expect(
      actors(
        extract(
          'The United States commits to maintaining an enabling regulatory environment, affirming the joint resolve to terminate EU dependence on Russian fossil fuels.',
          meeting,
        ),
      ),
    ).toEqual([
      ['The United States commits to maintaining an enabling regulatory environment', ['United States']],
      ['affirming the joint resolve to terminate EU dependence on Russian fossil fuels', ['European Union', 'United States']],
    ])
  })
  it("keeps one party's own commitment to one party", () => {
    expect(actors(extract('The United States reaffirmed its commitment to supply additional volumes of LNG.', meeting))).toEqual([
      ['The United States reaffirmed its commitment to supply additional volumes of LNG', ['United States']],
    ])
  })
})

describe('actors: a printed label before the subject', () => {
  it('reads "4- France and Australia expressed …" with both names, the label left out', () => {
    expect(
      actors(
        extract('4- France and Australia expressed their shared commitment to Ukraine’s security and their strong resolve to continue to support Ukraine.', {
          parties: ['France', 'Australia'],
        }),
      ),
    ).toEqual([
      ['France and Australia expressed their shared commitment to Ukraine’s security', ['Australia', 'France']],
      ['their strong resolve to continue to support Ukraine', ['Australia', 'France']],
    ])
  })
})

describe('actors: a family name joined to its article', () => {
  it('reads "Prime Minister Sudani" as the participant "Mohammed Shia’a Al-Sudani"', () => {
    const items = extract(
      'Today, the President of the United States, Joseph R. Biden Jr., welcomed the Prime Minister of the Republic of Iraq, Mohammed Shia’a Al-Sudani, to the White House.\n\nPresident Biden and Prime Minister Sudani renewed their commitment to bilateral partnership and decided to expand cooperation in all areas.',
      { parties: ['United States', 'Iraq'], date: '2024-04-15' },
    )
    expect(actors(items)).toEqual([
      ['President Biden and Prime Minister Sudani renewed their commitment to bilateral partnership', ['Iraq', 'United States']],
      ['decided to expand cooperation in all areas', ['Iraq', 'United States']],
    ])
  })
})

describe('parties from the text alone', () => {
  it('reads the parties of "cooperation between A, B, C, and D" in a first-person opening', () => {
    const items = extract(
      '1. We have convened to reaffirm our commitment to quadrilateral cooperation between Australia, India, Japan, and the United States.\n\n2. We will establish a climate working group.',
    )
    expect(actors(items)).toEqual([
      [
        'to reaffirm our commitment to quadrilateral cooperation between Australia, India, Japan, and the United States',
        ['Australia', 'India', 'Japan', 'United States'],
      ],
      ['We will establish a climate working group', ['Australia', 'India', 'Japan', 'United States']],
    ])
  })

  it('does not take the members of a larger meeting held beside this one', () => {
    const items = extract(
      'President Joseph R. Biden, Jr. and His Majesty King Abdullah II met today in Jeddah. The meeting took place during the Summit of the leaders of the United States, the Gulf Cooperation Council members, Egypt, Iraq, and Jordan.\n\nThe two leaders intend to remain in close consultation.',
    )
    expect(actors(items)).toEqual([['The two leaders intend to remain in close consultation', ['Jordan', 'United States']]])
  })

  it('knows the heads of government of older pages ("Prime Ministers John Key and Julia Gillard")', () => {
    const items = extract(
      'Prime Ministers John Key and Julia Gillard held bilateral talks in Wellington on 16 February 2011.\n\nThe Prime Ministers committed to holding annual Prime Ministerial talks.',
    )
    expect(actors(items)).toEqual([['The Prime Ministers committed to holding annual Prime Ministerial talks', ['Australia', 'New Zealand']]])
  })
})

describe('deadlines: "beginning in" a year', () => {
  const meeting = { parties: ['Australia', 'United Kingdom', 'United States'], date: '2023-03-13' }
  it('makes the start due in that year', () => {
    expect(deadlines(extract('The United Kingdom will increase visits to Australia beginning in 2026.', meeting))).toEqual([
      ['The United Kingdom will increase visits to Australia beginning in 2026', '2026-12-31'],
    ])
  })
  it('gives no due date for a longer period ("starting in the early 2030s")', () => {
    expect(deadlines(extract('Starting in the early 2030s, the United Kingdom will deliver its first SSN-AUKUS submarine.', meeting))).toEqual([
      ['the United Kingdom will deliver its first SSN-AUKUS submarine', 'open'],
    ])
  })
})

describe('deadlines: fiscal years', () => {
  it('reads "FY 2029" of the United States as ending on 30 September, and "ending in" as the limit', () => {
    expect(
      deadlines(
        extract(
          'The United States plans to support the provision of $1.45 billion per year in assistance to Jordan, beginning in FY 2023 and ending in FY 2029.',
          {
            parties: ['United States', 'Jordan'],
            date: '2022-07-16',
          },
        ),
      ),
    ).toEqual([
      [
        'The United States plans to support the provision of $1.45 billion per year in assistance to Jordan, beginning in FY 2023 and ending in FY 2029',
        '2029-09-30',
      ],
    ])
  })
  it('reads "this fiscal year" of Japan as ending on 31 March of the next calendar year', () => {
    expect(
      deadlines(
        extract('Prime Minister Kishida expressed his intention to expand the youth exchange program to around 900 participants this fiscal year.', {
          parties: ['Japan', 'Republic of Korea'],
          date: '2024-05-26',
        }),
      ),
    ).toEqual([
      ['Prime Minister Kishida expressed his intention to expand the youth exchange program to around 900 participants this fiscal year', '2025-03-31'],
    ])
  })
  it('takes the owner the words name ("Japanese Fiscal Year (JFY) 2027"), and a range "FY 2024-25" of Australia', () => {
    expect(
      deadlines(
        extract('The two countries will raise the budget in Japanese Fiscal Year (JFY) 2027.', { parties: ['Japan', 'United States'], date: '2024-04-10' }),
      ),
    ).toEqual([['The two countries will raise the budget in Japanese Fiscal Year (JFY) 2027', '2028-03-31']])
    expect(deadlines(extract('Australia will complete the review by FY 2024-25.', { parties: ['Australia', 'United States'], date: '2024-04-10' }))).toEqual([
      ['Australia will complete the review by FY 2024-25', '2025-06-30'],
    ])
  })
  it('does not take a budget "requested in fiscal year 2023" as a due date', () => {
    expect(
      deadlines(
        extract(
          'The United States intends to provide up to USD 102 million, combined with over USD 800 million requested in fiscal year 2023 for bilateral programs.',
          {
            parties: ['United States', 'ASEAN'],
            date: '2022-11-12',
          },
        ),
      ),
    ).toEqual([
      [
        'The United States intends to provide up to USD 102 million, combined with over USD 800 million requested in fiscal year 2023 for bilateral programs',
        null,
      ],
    ])
  })
})

describe('deadlines: an occasion dated by the meeting or a presidency', () => {
  it('reads "this year\'s East Asia Summit" and "its year as host of APEC" as the meeting\'s year', () => {
    expect(
      deadlines(
        extract(
          "They committed to working closely together to achieve a substantial agenda for this year's East Asia Summit meeting in Bali, and to support the US in its year as host of APEC.",
          {
            parties: ['Australia', 'New Zealand'],
            date: '2011-02-16',
          },
        ),
      ),
    ).toEqual([
      ["They committed to working closely together to achieve a substantial agenda for this year's East Asia Summit meeting in Bali", '2011-12-31'],
      ['to support the US in its year as host of APEC', '2011-12-31'],
    ])
  })
  it('reads "next year\'s G20 Summit" as the next year, and "next year\'s Summit" as the series\' next meeting', () => {
    const meeting = { parties: ['Japan', 'United Kingdom'], date: '2018-01-08' }
    expect(deadlines(extract("The leaders will meet at next year's G20 Summit in Osaka.", meeting))).toEqual([
      ["The leaders will meet at next year's G20 Summit in Osaka", '2019-12-31'],
    ])
    expect(deadlines(extract("The leaders will report at next year's Summit.", meeting))).toEqual([
      ["The leaders will report at next year's Summit", 'next-meeting'],
    ])
  })
  it('reads a presidency as its year: "during Japan\'s G7 Presidency", "Australia’s G20 Presidency will focus on …"', () => {
    expect(
      deadlines(extract("Japan and the UK will cooperate closely during Japan's G7 Presidency.", { parties: ['Japan', 'United Kingdom'], date: '2016-01-08' })),
    ).toEqual([["Japan and the UK will cooperate closely during Japan's G7 Presidency", '2016-12-31']])
    expect(
      deadlines(extract('Australia’s G20 Presidency will focus on strengthening growth.', { parties: ['Australia', 'New Zealand'], date: '2014-02-07' })),
    ).toEqual([['Australia’s G20 Presidency will focus on strengthening growth', '2014-12-31']])
  })
  it("takes no deadline from a presidency or occasion that is the work's object", () => {
    const meeting = { parties: ['United States', 'India'], date: '2023-09-09' }
    expect(deadlines(extract('We will build on the historic progress of India’s G20 Presidency to address global challenges.', meeting))).toEqual([
      ['We will build on the historic progress of India’s G20 Presidency to address global challenges', null],
    ])
    expect(
      deadlines(extract('Both countries intend to follow through on enhanced actions put forth during this year’s Major Economies Forum.', meeting)),
    ).toEqual([['Both countries intend to follow through on enhanced actions put forth during this year’s Major Economies Forum', null]])
  })
})

describe('deadlines: dates that are no due dates, text alone', () => {
  it('does not take the date of a cited instrument ("Executive Order 14257 of April 2, 2025") without the meeting\'s date', () => {
    expect(
      deadlines(
        extract(
          'The United States will maintain at 19 percent the reciprocal tariffs, as set forth in Executive Order 14257 of April 2, 2025, on originating goods of Cambodia.',
        ),
      ),
    ).toEqual([
      [
        'The United States will maintain at 19 percent the reciprocal tariffs, as set forth in Executive Order 14257 of April 2, 2025, on originating goods of Cambodia',
        null,
      ],
    ])
  })
  it('does not read "the next meeting of" another body as the series\' next meeting', () => {
    expect(
      deadlines(
        extract(
          'The three countries committed to present progress to Coalition partners at the next meeting of the Global Coalition to Address Synthetic Drug Threats.',
          {
            parties: ['Canada', 'Mexico', 'United States'],
            date: '2023-07-27',
          },
        ),
      ),
    ).toEqual([
      [
        'The three countries committed to present progress to Coalition partners at the next meeting of the Global Coalition to Address Synthetic Drug Threats',
        null,
      ],
    ])
  })
})

describe('actors: named doers of a list and long names', () => {
  it('gives the entries of a list after "including by Bangladesh:" to Bangladesh', () => {
    const items = extract(
      'The United States and Bangladesh commit to address non-tariff barriers in priority areas, including by Bangladesh: accepting vehicles built to U.S. standards; and removing import restrictions on U.S. remanufactured goods.',
      { parties: ['United States', 'Bangladesh'], date: '2026-02-09' },
    )
    expect(actors(items)).toEqual([
      ['The United States and Bangladesh commit to address non-tariff barriers in priority areas, including by Bangladesh', ['Bangladesh', 'United States']],
      ['accepting vehicles built to U.S. standards', ['Bangladesh']],
      ['removing import restrictions on U.S. remanufactured goods', ['Bangladesh']],
    ])
  })
  it('reads a long agency name in a list of doers ("the United States International Development Finance Corporation (DFC) and …")', () => {
    const items = extract(
      'We announced that the United States International Development Finance Corporation (DFC) and Japan Bank for International Cooperation (JBIC) will provide USD50 million each in credit guarantees.',
      { parties: ['United States', 'Australia', 'Japan'], date: '2022-11-15' },
    )
    expect(actors(items)).toEqual([
      [
        'the United States International Development Finance Corporation (DFC) and Japan Bank for International Cooperation (JBIC) will provide USD50 million each in credit guarantees',
        ['Japan', 'United States'],
      ],
    ])
  })
  it('reads a nationality before an office as the party ("the Spanish Secretary of State for Foreign and Global Affairs")', () => {
    const items = extract(
      'The Spanish Secretary of State for Foreign and Global Affairs and the U.S. Deputy Secretary of State intend to continue their regular contact.',
      {
        parties: ['Spain', 'United States'],
        date: '2022-06-28',
      },
    )
    expect(actors(items)).toEqual([
      [
        'The Spanish Secretary of State for Foreign and Global Affairs and the U.S. Deputy Secretary of State intend to continue their regular contact',
        ['Spain', 'United States'],
      ],
    ])
  })
})

describe('actors: a coordinated verb after a reported clause', () => {
  it('takes the speaker that opens the sentence, not all the parties ("President Biden reiterated his belief that … is … and committed to …")', () => {
    expect(
      actors(
        extract(
          'President Biden reiterated his belief that a strong Iraq is critical to regional stability and committed to bolstering the capabilities of security forces.',
          {
            parties: ['United States', 'Iraq'],
            date: '2024-04-15',
          },
        ),
      ),
    ).toEqual([['committed to bolstering the capabilities of security forces', ['United States']]])
  })
})

describe('actors: a list entry with its own subject', () => {
  it('reads "- Beginning in 2023, Australian military and civilian personnel will embed …" as Australia\'s, not the lead-in\'s', () => {
    const items = extract(
      'We intend to pursue the following phased approach:\n\n- Beginning in 2023, Australian military and civilian personnel will embed with the U.S. Navy and the Royal Navy.',
      { parties: ['Australia', 'United Kingdom', 'United States'], date: '2023-03-13' },
    )
    const entry = (pairs: Array<[string, unknown]>): Array<[string, unknown]> => pairs.filter(([text]) => text.startsWith('Australian'))
    expect(entry(actors(items))).toEqual([['Australian military and civilian personnel will embed with the U.S. Navy and the Royal Navy', ['Australia']]])
    expect(entry(deadlines(items))).toEqual([['Australian military and civilian personnel will embed with the U.S. Navy and the Royal Navy', '2023-12-31']])
  })
})
