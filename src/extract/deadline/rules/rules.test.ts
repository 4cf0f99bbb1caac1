import { describe, expect, it } from 'vitest'
import { mayHaveTime, scanTimeExpressions } from '../scan.js'
import { AT_ONCE_ADVERBS, OPEN_PHRASES } from './phrases.js'
import { RULES } from './all-rules.js'

const DOC = '2023-05-20'

/**
 * Real phrases each rule with a cue exists for (one for every alternative of its pattern): the
 * rule must still read them, cue and all.
 */
const EXAMPLES: Record<string, string[]> = {
  'deadline/open': [
    'bring an Australian capability into service at the earliest achievable date',
    'urged negotiations to conclude at the earliest possible opportunity',
    'to resume talks at an early date',
    'to visit the Philippines at a mutually convenient time',
    'to hold the next meeting as early as possible',
    'to submit aligned NDCs as soon as practicable',
    'to work expeditiously on the road map',
    'to report to the leaders in due course',
    'In the coming weeks and months, Mexico and the United States will work together',
    'we will deepen cooperation in the years ahead',
    'to conclude the agreement in the near future',
    'to build capacity in the medium-term',
    'the ministers will meet again soon',
    'to ratify the convention without undue delay',
    'As an immediate next step, the United States and the European Union will support the Governments',
  ],
  'deadline/at-once': [
    'The United States and India will promptly implement this framework',
    'We ask Ministers to immediately focus on enhancing regional integration',
  ],
  'deadline/year-of-occasion': ["a substantial agenda for this year's East Asia Summit meeting in Bali", 'at next year’s G20 Summit'],
  'deadline/presidency': ['India’s G20 Presidency will focus on', "during Japan's G7 Presidency"],
  'deadline/host-year': ['to support the US in its year as host of APEC'],
  'deadline/fiscal-year': [
    'assistance to Jordan, beginning in FY 2023 and ending in FY 2029',
    'to around 900 participants this fiscal year',
    'two percent of GDP in Japanese Fiscal Year (JFY) 2027',
    'to complete the review by FY2024-25',
    'in the next financial year',
  ],
  'deadline/relative-year': ['report back to G7 leaders on next steps later this year', 'to hold the first meeting next year'],
  'deadline/year-end': ['to begin disbursing before year-end', 'a report by end-year 2024'],
  'deadline/relative-month': ['the APEC Economic Leaders’ Week next month in San Francisco'],
  'deadline/decade': ['urgent climate action in this decade', 'making the 2020s the decisive decade'],
  'deadline/next-span': ['one billion doses over the next year', 'to review progress over the next three years'],
  'deadline/duration': ['to identify concrete actions within 12 months', 'a trilateral effort of 18 months'],
  'deadline/day-month-year': ['The RAMSI drawdown process will end by 30 June 2017'],
  'deadline/month-day-year': ['to take the following actions by May 14, 2025'],
  'deadline/iso-date': ['to submit the report by 2024-03-31'],
  'deadline/day-month': ['the Summit will be held in Paris on 22 June', 'the Summit will be held in Paris on June 22-23'],
  'deadline/month-year': ['a seminar to be held in January 2024'],
  'deadline/month': ['They will meet in Europe at the end of October'],
  'deadline/season': ['scheduled for spring 2024'],
  'deadline/quarter': ['their studies will begin in the third quarter of 2023', 'a launch in Q4 2023'],
  'deadline/half': ['to sign the Convention in the first half of 2024', 'deliveries in H2 2024', 'deliveries in 2H 2024'],
}

describe('deadline rule cues', () => {
  const cued = RULES.filter((r) => r.cue !== undefined && r.id !== 'deadline/event')

  it.each(cued.map((r) => [r.id, r] as const))('%s still reads its examples', (id, rule) => {
    const examples = EXAMPLES[id]
    expect(examples, `no examples for ${id}`).toBeDefined()
    for (const text of examples!) {
      expect(rule.cue!.test(text), text).toBe(true)
      expect(
        scanTimeExpressions(text, DOC).map((e) => e.rule),
        text,
      ).toContain(id)
    }
  })

  it('has an example for every open phrase', () => {
    const examples = EXAMPLES['deadline/open']!
    for (const phrase of OPEN_PHRASES) {
      const re = new RegExp(`\\b(?:${phrase})\\b`, 'iu')
      expect(
        examples.some((e) => re.test(e)),
        phrase,
      ).toBe(true)
    }
  })

  it('never drops a match: wherever a pattern matches, its cue matches', () => {
    const texts = Object.values(EXAMPLES).flat()
    for (const rule of cued) {
      for (const text of texts) {
        const matches = [...text.matchAll(rule.pattern)].map((m) => m[0])
        // The cue must hold of each match on its own, not only of the text around it.
        for (const m of matches) expect(rule.cue!.test(m), `${rule.id}: ${m}`).toBe(true)
      }
    }
  })

  it('lets a clause without the cue skip the rule', () => {
    const rule = RULES.find((r) => r.id === 'deadline/relative-month')!
    expect(rule.cue!.test('the ministers will meet in 2024')).toBe(false)
  })
})

describe('the scan cues', () => {
  it.each(AT_ONCE_ADVERBS)('let a clause with the at-once adverb "%s" reach the rules', (word) => {
    expect(mayHaveTime(`We will ${word} release the funds`)).toBe(true)
  })
})
