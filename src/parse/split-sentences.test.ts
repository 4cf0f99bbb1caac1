import { describe, expect, it } from 'vitest'
import { splitSentences } from './split-sentences.js'

/** The sentences of a text as strings. */
const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end))

describe('splitSentences', () => {
  // One row per case: the text and the sentences it must give.
  const cases: Array<[string, string, string[]]> = [
    ['plain full stops', 'They met. They agreed.', ['They met.', 'They agreed.']],
    ['H.E. and Mr.', 'H.E. Mr. Fumio Kishida met Mr. Hammond. They agreed.', ['H.E. Mr. Fumio Kishida met Mr. Hammond.', 'They agreed.']],
    ['Mrs. and Ms.', 'Mrs. Smith and Ms. Jones attended. Talks followed.', ['Mrs. Smith and Ms. Jones attended.', 'Talks followed.']],
    ['Dr.', 'Dr. Tedros spoke. We listened.', ['Dr. Tedros spoke.', 'We listened.']],
    ['Rt Hon without stops', 'the Rt Hon Philip Hammond MP met them. Then they left.', ['the Rt Hon Philip Hammond MP met them.', 'Then they left.']],
    ['Rt. Hon. with stops', 'The Rt. Hon. Michael Fallon spoke. We listened.', ['The Rt. Hon. Michael Fallon spoke.', 'We listened.']],
    ['Hon.', 'The Hon. Penny Wong visited. She met officials.', ['The Hon. Penny Wong visited.', 'She met officials.']],
    ['a lost space after a year', 'by the end of 2023.The leaders hailed it.', ['by the end of 2023.', 'The leaders hailed it.']],
    ['a lost space after a word', 'under the Treaty.President Biden agreed.', ['under the Treaty.', 'President Biden agreed.']],
    ['no split inside U.S.President', 'the U.S.President met them.', ['the U.S.President met them.']],
    ['no split inside a domain', 'see whitehouse.gov.', ['see whitehouse.gov.']],
    ['U.S. inside a sentence', 'The U.S. Government and Japan agreed. They met.', ['The U.S. Government and Japan agreed.', 'They met.']],
    ['U.S. before a lower-case word', 'The U.S. and Japan agreed. They met.', ['The U.S. and Japan agreed.', 'They met.']],
    ['U.S. ending a sentence', 'Japan thanked the U.S. The Ministers agreed.', ['Japan thanked the U.S.', 'The Ministers agreed.']],
    ['U.S. at the end of the text', 'Japan thanked the U.S.', ['Japan thanked the U.S.']],
    ['U.K.', 'The U.K. Government welcomed it. Japan agreed.', ['The U.K. Government welcomed it.', 'Japan agreed.']],
    ['U.N.', 'The U.N. Security Council met. It voted.', ['The U.N. Security Council met.', 'It voted.']],
    ['E.U.', 'The E.U. Commission spoke. It agreed.', ['The E.U. Commission spoke.', 'It agreed.']],
    ['U.S.-Japan', 'The U.S.-Japan Alliance is strong. It grows.', ['The U.S.-Japan Alliance is strong.', 'It grows.']],
    ['No. before a number', 'Resolution No. 2231 stands. It binds.', ['Resolution No. 2231 stands.', 'It binds.']],
    ['Nos. before a number', 'See Nos. 3 and 4 above. They apply.', ['See Nos. 3 and 4 above.', 'They apply.']],
    ['e.g.', 'Partners, e.g. Australia, joined. They helped.', ['Partners, e.g. Australia, joined.', 'They helped.']],
    ['i.e.', 'The region, i.e. Southeast Asia, matters. It grows.', ['The region, i.e. Southeast Asia, matters.', 'It grows.']],
    ['etc. before a lower-case word', 'Ships, aircraft, etc. will be sent. They arrive.', ['Ships, aircraft, etc. will be sent.', 'They arrive.']],
    ['etc. ending a sentence', 'Ships, aircraft, etc. They arrive.', ['Ships, aircraft, etc.', 'They arrive.']],
    ['vs.', 'Japan vs. Korea was a match. It ended.', ['Japan vs. Korea was a match.', 'It ended.']],
    ['St.', 'They met in St. Petersburg. It rained.', ['They met in St. Petersburg.', 'It rained.']],
    ['Jan. before a day', 'They met on Jan. 8, 2016 in Tokyo. It was cold.', ['They met on Jan. 8, 2016 in Tokyo.', 'It was cold.']],
    ['Sept. before a day', 'It opens Sept. 30. We will attend.', ['It opens Sept. 30.', 'We will attend.']],
    ['Dec. before a day', 'Signed on Dec. 1. It entered into force.', ['Signed on Dec. 1.', 'It entered into force.']],
    ['Gen. as a rank', 'Gen. Milley attended. He spoke.', ['Gen. Milley attended.', 'He spoke.']],
    ['Lt. Col.', 'Lt. Col. Smith briefed them. They thanked him.', ['Lt. Col. Smith briefed them.', 'They thanked him.']],
    ['Adm.', 'Adm. Aquilino spoke. We agreed.', ['Adm. Aquilino spoke.', 'We agreed.']],
    ['Prof.', 'Prof. Sato advised. We listened.', ['Prof. Sato advised.', 'We listened.']],
    ['approx.', 'It costs approx. 300 million yen. We agreed.', ['It costs approx. 300 million yen.', 'We agreed.']],
    ['para.', 'See para. 5 of the Statement. It applies.', ['See para. 5 of the Statement.', 'It applies.']],
    ['Art.', 'Under Art. 5 of the Treaty, they act. We agree.', ['Under Art. 5 of the Treaty, they act.', 'We agree.']],
    ['Vol.', 'Vol. 2 covers trade. It is long.', ['Vol. 2 covers trade.', 'It is long.']],
    ['p. and pp.', 'See p. 4 and pp. 10–12 of the report. They list it.', ['See p. 4 and pp. 10–12 of the report.', 'They list it.']],
    ['an initial', 'John F. Kennedy spoke. We listened.', ['John F. Kennedy spoke.', 'We listened.']],
    [
      'initials and Jr.',
      'President Joseph R. Biden Jr. and Prime Minister Kishida met. They agreed.',
      ['President Joseph R. Biden Jr. and Prime Minister Kishida met.', 'They agreed.'],
    ],
    ['Jr. ending a sentence', 'They welcomed Joseph R. Biden Jr. The talks began.', ['They welcomed Joseph R. Biden Jr.', 'The talks began.']],
    ['decimals', 'Spend 2.5 percent of GDP. And 0.7% of GNI.', ['Spend 2.5 percent of GDP.', 'And 0.7% of GNI.']],
    [
      'closing quote after the stop',
      'They cited “Proactive Contribution to Peace.” They agreed.',
      ['They cited “Proactive Contribution to Peace.”', 'They agreed.'],
    ],
    ['closing bracket after the stop', 'They met (in Tokyo.) They agreed.', ['They met (in Tokyo.)', 'They agreed.']],
    ['quote before the stop', 'They cited “Peace”. They agreed.', ['They cited “Peace”.', 'They agreed.']],
    ['question mark', 'How must we respond? We must act.', ['How must we respond?', 'We must act.']],
    ['exclamation mark', 'Never again! We will act.', ['Never again!', 'We will act.']],
    ['question inside a quote', '“Why?” he asked. We replied.', ['“Why?” he asked.', 'We replied.']],
    [
      'semicolons do not end sentences',
      'They urged compliance; and to return to the NPT. They agreed.',
      ['They urged compliance; and to return to the NPT.', 'They agreed.'],
    ],
    ['colons do not end sentences', 'They agreed on two points: trade. And security.', ['They agreed on two points: trade.', 'And security.']],
    ['a number may open a sentence', 'It met in 2015. 2016 was busy.', ['It met in 2015.', '2016 was busy.']],
    ['an opening quote may open a sentence', 'They met. “We agree,” they said.', ['They met.', '“We agree,” they said.']],
    ['ellipsis', 'We hoped... We were wrong.', ['We hoped...', 'We were wrong.']],
    ['a blank line always ends a sentence', 'No full stop here\n\nNext one.', ['No full stop here', 'Next one.']],
    ['a single line break does not', 'A sentence that\ncontinues.', ['A sentence that\ncontinues.']],
    ['no final stop', 'They met in Tokyo', ['They met in Tokyo']],
    ['lower-case after a stop is no break', 'Measured in approx. terms. It works.', ['Measured in approx. terms.', 'It works.']],
  ]
  it.each(cases)('splits: %s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected)
  })

  it('keeps leading and trailing white space outside the spans', () => {
    const text = '  They met.   They agreed.  \n'
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 11 },
      { start: 14, end: 26 },
    ])
  })

  it('adds the offset to every span', () => {
    expect(splitSentences('A b. C d.', 100)).toEqual([
      { start: 100, end: 104 },
      { start: 105, end: 109 },
    ])
  })

  it('ends a sentence at a full stop followed by zero-width spaces (web pages), which stay in it', () => {
    expect(split('They share a commitment.\u200b\u200b We will accelerate our cooperation.')).toEqual([
      'They share a commitment.\u200b\u200b',
      'We will accelerate our cooperation.',
    ])
  })

  it('keeps an abbreviated given name between a title and an initial ("Hon. Abd. K. Rahim") inside the sentence', () => {
    expect(split('They met Hon. Abd. K. Rahim, Secretary of Trade, in Manila. It went well.')).toEqual([
      'They met Hon. Abd. K. Rahim, Secretary of Trade, in Manila.',
      'It went well.',
    ])
    expect(split('They met Hon. Rahim. The talks went well.')).toEqual(['They met Hon. Rahim.', 'The talks went well.'])
  })

  it('gives nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([])
    expect(splitSentences('  \n ')).toEqual([])
  })
})
