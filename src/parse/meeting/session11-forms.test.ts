// Session 11: forms of the meeting date read from the text alone (issue 11, point 1): a day whose "On" is glued to
// the word before it, read through the glue repair with offsets into the original text; the first date of the
// opening taken as a guess only where the words before it tie it to the statement's own occasion. Names are made
// up; the forms are those of the dev pages and the WH corpus.
import { describe, expect, it } from 'vitest'
import type { SourceFile } from '../../core/source-file.js'
import { normalizePlainText } from '../../ingest/index.js'
import { parseStatement } from '../parse-statement.js'
import { toDocumentJson } from '../to-document-json.js'

const file = (value: string): SourceFile => ({ format: 'text', value: normalizePlainText(value), metadata: {}, diagnostics: [] })
const parse = (value: string) => {
  const f = file(value)
  return { doc: toDocumentJson(parseStatement(f)), file: f }
}
const read = (value: string) => parse(value).doc
const dateOf = (value: string) => parse(value).doc.date
const dateWarnings = (value: string) =>
  parse(value)
    .file.diagnostics.filter((d) => d.rule === 'parse/meeting-date')
    .map((d) => d.reason)

describe('session 11: a meeting day read through the glue repair', () => {
  const text =
    'JDF JapanDefenseFocus No.63\n\nSecond Japan-France Foreign and Defense Ministers’ Meeting 2031\n\nFranceOn March 13th, Mr. Ann Roe, Minister of Defense, held the second Japan-France Foreign and Defense Ministers’ Meeting in Tokyo with Mr. Bob Moe, Minister of Defence.'

  it('reads "FranceOn March 13th" as "France On March 13th" where the page shows lost spaces twice (a banner "JapanDefenseFocus")', () => {
    expect(dateOf(text)).toBe('2031-03-13')
  })

  it('gives the day its place in the original text, past the repaired words', () => {
    const f = file(text)
    const { meeting } = parseStatement(f)
    const span = meeting.positions.date!
    expect(f.value.slice(span.start.offset, span.end.offset)).toBe('March 13th')
  })

  it('does not split a page that shows one lost space only', () => {
    const once = text.replace('JDF JapanDefenseFocus No.63\n\n', '')
    expect(dateOf(once)).toBe(null)
  })
})

describe('session 11: the first date of the opening as a guess', () => {
  it('keeps it where the words before it tie it to the occasion, with the warning', () => {
    const forms = [
      'Today (October 31, 2031) Freedonia, Ruritania and Sylvania met to discuss supply chains.',
      'On this historic occasion of March 12, 2031, the first-ever summit of the Four, we pledge to strengthen our cooperation.',
      'The text of the following declaration was released by the Governments of Freedonia and Ruritania at the Ministerial for Atlantic Cooperation on September 18, 2031.',
      'date 2031-12-11 Today the Honorable Ann Roe hosted the Honourable Bob Moe for talks.',
    ]
    for (const form of forms) {
      expect(dateOf(form), form).toMatch(/^2031-/)
      expect(dateWarnings(form)[0], form).toMatch(/the first date of the first paragraph/)
    }
  })

  it('gives no date, and warns, where the first date is of another act or the sentence recalls other events', () => {
    const forms = [
      'Today, Freedonia and Ruritania agreed to a Framework that builds on the Trade and Investment Framework Agreement, signed on July 16, 2006.',
      'Today’s framework reaffirms the negotiations launched by President Ann Roe and Prime Minister Bob Moe on February 13, 2031, which will include market access.',
      'The situation between Freedonia and Ruritania since October 8th, 2031 is intolerable.',
      'Recognizing the broad consensus expressed by 44 countries on December 19, 2031, our governments issued a joint statement.',
      'Despite this warning, attacks continued, including the launch of missiles against ships in the Red Sea on January 9, 2032.',
    ]
    for (const form of forms) {
      expect(dateOf(form), form).toBe(null)
      expect(dateWarnings(form), form).toEqual(['No date found for the meeting; pass --date YYYY-MM-DD to set it.'])
    }
  })
})

describe('session 11: a list of members broken before a bracketed abbreviation', () => {
  it('joins "… the United Kingdom" and "(U.K.) and the United States …, and the High Representative of the European Union": the EU is a party', () => {
    const text =
      'G7 Japan 2031 | Foreign Ministers’ Communiqué\n\nWe, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom\n(U.K.) and the United States of America (U.S.), and the High Representative of the European Union,\nunderline our strong sense of unity.'
    const doc = parse(text).doc
    expect(doc.parties).toEqual(['Canada', 'France', 'Germany', 'Italy', 'Japan', 'United Kingdom', 'United States', 'European Union'])
    expect(doc.paragraphs.length).toBe(1)
  })
})

describe('session 11: place and date forms', () => {
  it('reads the place after the people met with ("met today with President A, President of the UAE (UAE), in Jeddah")', () => {
    const text =
      'President Ann Roe Jr. met today with President His Highness Sheikh Tom Doe, President of the United Arab Emirates (UAE), in Jeddah, Saudi Arabia, in a bilateral meeting during the Summit.'
    expect(parse(text).doc.place).toBe('Jeddah')
  })

  it('reads the place of a summit that opens the sentence ("On the occasion of the … Leaders Summit in Washington, D.C., …")', () => {
    const text =
      'On the occasion of the Freedonia-Africa Leaders Summit in Washington, D.C., Freedonia and the African Union, under the leadership of President Ann Roe, affirm our commitment.'
    expect(read(text).place).toBe('Washington, D.C.')
  })

  it('reads the venue after "convened the first meeting of this committee with … at the White House"', () => {
    const text =
      'On April 13, 2031, Homeland Security Advisor Dr. Ann Roe convened the first meeting of this committee with Secretary of Security Tom Doe at the White House.'
    expect(read(text).place).toBe('White House')
  })

  it('takes no range of days from a sentence that recalls other meetings ("Reflecting on their meetings in London on June 9 and 10")', () => {
    const text =
      'The Government of Freedonia and the Government of Ruritania,\n\nReflecting on their meetings in London on June 9 and 10, 2031, and in Stockholm on July 28 and 29, 2031;\n\nThe Parties agree to take the following actions.'
    expect(parse(text).doc.date).toBeNull()
  })
})

describe('session 11: ordinals', () => {
  it('counts "the inaugural … Dialogue" as the first, and reads an abbreviation in brackets inside the name', () => {
    const text =
      'Freedonia and Ruritania affirm the promise of technology.\n\nToday, Deputy Prime Minister Ann Roe of Ruritania delivered opening remarks at the inaugural Freedonia-Ruritania Critical and Emerging Technology (CET) Dialogue in Lima, chaired by National Security Advisor Tom Doe.'
    expect(read(text).ordinal).toBe(1)
    expect(read('Ministers met in Lima for the third in-person Quad Senior Cyber Group (QSCG) Principal Meeting, hosted by Ann Roe.').ordinal).toBe(3)
  })
})
