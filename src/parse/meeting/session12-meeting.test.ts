// Session 12: forms of the meeting record (issue 11, point 1) from the fitting sets and the WH corpus: ordinals
// after "this" and past an acronym, a page's date that places "yesterday" and a day printed without a year, the
// people of an earlier event named inside a sentence about this meeting. Names are made up; the forms are those of
// the WH statements.
import { describe, expect, it } from 'vitest'
import type { SourceFile } from '../../core/source-file.js'
import { normalizePlainText } from '../../ingest/index.js'
import { parseStatement } from '../parse-statement.js'
import { toDocumentJson } from '../to-document-json.js'

const file = (value: string, date?: string): SourceFile => ({
  format: 'text',
  value: normalizePlainText(value),
  metadata: date ? { date } : {},
  diagnostics: [],
})
const read = (value: string, date?: string) => toDocumentJson(parseStatement(file(value, date)))
const names = (value: string, date?: string) => read(value, date).participants.map((p) => p.name)

describe('session 12: ordinals', () => {
  it('reads "At this inaugural Leaders’ Summit of the … Partnership" as the first', () => {
    const text =
      'We, the leaders of Freedonia, Ruritania and Sylvania, hold a common vision. At this inaugural Leaders’ Summit of the Americas Partnership, we have identified the following priorities.'
    expect(read(text).ordinal).toBe(1)
  })

  it('reads past an acronym to the meeting noun: "the 11th ASEAN-Freedonia (F.) Summit"', () => {
    const text =
      'WE, the Member States of ASEAN and Freedonia, gathered on the occasion of the 11th ASEAN-Freedonia (F.) Summit in Jakarta, Indonesia, on 6 September 2031;'
    expect(read(text).ordinal).toBe(11)
  })

  it('counts no anniversary as an ordinal ("the 45th anniversary of ASEAN-Freedonia Dialogue Relations")', () => {
    const text = 'The leaders met in Jakarta on 6 September 2031 and celebrated the 45th anniversary of ASEAN-Freedonia Dialogue Relations.'
    expect(read(text).ordinal).toBe(null)
  })
})

describe('session 12: the page’s date places the meeting day', () => {
  it('takes the day before the page’s date for "Yesterday we discussed" and "received yesterday"', () => {
    expect(read('We, the Leaders of the Group, express deep concern. Yesterday we discussed coordinated efforts.', '2031-10-03').date).toBe('2031-10-02')
    expect(read('President Ann Roe received yesterday in the National Palace a delegation led by Secretary of State Tom Doe.', '2031-12-28').date).toBe(
      '2031-12-27',
    )
  })

  it('keeps the page’s date for "yesterday’s attack" and without a page date gives none', () => {
    expect(read('We, the Leaders of the Group, condemn yesterday’s attack on the city. We met to discuss it.', '2031-10-03').date).toBe('2031-10-03')
    expect(read('We, the Leaders of the Group, express deep concern. Yesterday we discussed coordinated efforts.').date).toBe(null)
  })

  it('gives a day without a year the page’s year when that puts it within two weeks before the page', () => {
    const text = 'On July 24, President Ann Roe and senior officials hosted a delegation led by Homeland Security Advisor Tom Doe.'
    expect(read(text, '2031-07-25').date).toBe('2031-07-24')
    expect(read('On December 30, President Ann Roe hosted a delegation led by Homeland Security Advisor Tom Doe.', '2032-01-03').date).toBe('2031-12-30')
  })

  it('gives no year from the page to a day far before it (another event’s): the page’s date stays', () => {
    const text = 'The three countries fulfilled the commitments made at the Leaders’ Summit, held on January 9-10. The ministers met in Lima.'
    expect(read(text, '2031-05-24').date).toBe('2031-05-24')
  })
})

describe('session 12: people of an earlier event are not the meeting’s', () => {
  it('leaves out the people of an earlier dated call, and keeps one named again as met', () => {
    const text =
      'On May 31, 2031, as follow up to the May 26, 2031 call between President of Ruritania Bob Moe and Vice President of Freedonia Ann Roe, National Security Advisor Dr. Tom Doe led a delegation to meet with President Moe and ministers of Ruritania.'
    const people = names(text)
    expect(people).not.toContain('Ann Roe')
    expect(people.some((n) => n.includes('Moe'))).toBe(true)
    expect(people).toContain('Tom Doe')
  })

  it('leaves out those of "previous meetings led by …" and of "the visit of … to Abu Dhabi in May"', () => {
    const previous =
      'On July 24, President Ann Roe hosted a delegation led by Homeland Security Advisor Dr. Tom Doe. This meeting built on previous high-level meetings led by Dr. Doe and Security Secretary Kim Lee.'
    expect(names(previous, '2031-07-25')).not.toContain('Kim Lee')
    const visit =
      'President Ann Roe met today with President Bob Moe of Ruritania in Jeddah. President Moe thanked President Roe for the visit of Vice President Kim Lee and her delegation to Abu Dhabi in May.'
    expect(names(visit)).not.toContain('Kim Lee')
  })

  it('keeps the people of this meeting’s own visit or meeting ("during the meeting between President A and President B")', () => {
    const text = 'During the meeting between President Ann Roe and President Bob Moe in Lima today, the two leaders agreed to deepen cooperation.'
    expect(names(text)).toEqual(['Ann Roe', 'Bob Moe'])
  })
})

describe('session 12: leaders named by their countries only', () => {
  it('names the heads of a list of countries who convened, on the meeting’s day', () => {
    const text = 'We, the leaders of Japan, the Republic of Korea (ROK), and the United States, convened at Camp David on August 18, 2023.'
    expect(names(text)).toEqual(['Fumio Kishida', 'Yoon Suk Yeol', 'Joseph R. Biden'])
  })

  it('names none where a country of the list has no known head, or the list goes on past the countries', () => {
    expect(names('We, the Heads of Government of India, Freedonia and the United States, convened on July 14, 2022.')).toEqual([])
    expect(names('Today, the Leaders of Canada, the Freedonian Commission, and the United States met on November 15, 2022 in Bali.')).toEqual([])
  })

  it('names none beside a noun of another meeting ("commemorate the progress since our historic summit")', () => {
    const text =
      'We, the leaders of Japan, the Republic of Korea (ROK), and the United States (U.S.), commemorate the progress in the year since our historic summit on August 18, 2023.'
    expect(names(text, '2024-08-17')).toEqual([])
  })

  it('reads the joint subject of a first sentence that opens with "Today" ("the President of A and Chancellor of B affirm")', () => {
    const text = 'Today, the President of the United States and the Chancellor of Germany affirm their commitment to close bilateral cooperation.'
    expect(names(text, '2021-07-15')).toEqual(['Joseph R. Biden', 'Angela Merkel'])
    expect(names(text.replace('Today, the', 'In July 2020, the'), '2021-07-15')).toEqual([])
  })

  it('reads offices without "the" after a comma or "and" ("We, the President of France, Chancellor of Germany, ... met")', () => {
    const text =
      'We, the President of France, Chancellor of Germany, Prime Minister of the United Kingdom, and President of the United States, met in Rome today.'
    expect(names(text, '2021-10-30')).toEqual(['Emmanuel Macron', 'Angela Merkel', 'Boris Johnson', 'Joseph R. Biden'])
  })
})
