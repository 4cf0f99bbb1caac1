import { describe, expect, it } from 'vitest'
import { findParticipants, splitOffice } from './find-participants.js'

/** The participants of one sentence as [name, honorific, office, country]. */
const people = (text: string): Array<[string, string | null, string | null, string | null]> =>
  findParticipants([{ text, start: 0, end: text.length }]).map((p) => [p.name, p.honorific, p.office, p.country])

describe('findParticipants', () => {
  it('reads a long office right before a name ("Minister of Foreign Affairs and Trade of the Republic of Korea Lee Min-ho") and no name after "the"', () => {
    const text =
      'Minister for Foreign Affairs of Japan Ken Sato, Minister of Foreign Affairs and Trade of the Republic of Korea Lee Min-ho, and the Secretary of State of the United States of America Ann Ford met in Boston.'
    expect(people(text).map((p) => [p[0], p[3]])).toEqual([
      ['Ken Sato', 'Japan'],
      ['Lee Min-ho', 'Republic of Korea'],
      ['Ann Ford', 'United States'],
    ])
    expect(people('The Secretary of State of the United States and the Foreign Ministers of the Governments of Australia and Japan met.')).toEqual([])
  })

  it('keeps the one who attends "on behalf of" another, not the other; reads "Advisor to the Government of", an office closed by a bracket, and "Viet Nam"', () => {
    const text =
      'The attendees were Mr. Sen Vathana, Advisor to the Royal Government of Cambodia (on behalf of H.E. Mr. Chan Sophal, Senior Minister, Minister of Foreign Affairs); and H.E. Mr. Le Van Tam, Deputy Prime Minister and Minister of Foreign Affairs of the Socialist Republic of Viet Nam).'
    expect(people(text).map((p) => [p[0], p[3]])).toEqual([
      ['Sen Vathana', 'Cambodia'],
      ['Le Van Tam', 'Vietnam'],
    ])
  })

  it('reads a name with an elision ("Mabe Ko’ Lunda"), three offices joined by "and", and the state before its acronym', () => {
    const text =
      'The meeting was co-chaired by H.E. Mr. Paul Mabe Ko’ Lunda, Deputy Prime Minister and Minister of Foreign Affairs of the Democratic Republic of Congo (DRC) and Chairperson of the African Union Executive Council, and H.E. Mr. Karl Ode, High Representative of the European Union.'
    expect(people(text).map((p) => [p[0], p[3]])).toEqual([
      ['Paul Mabe Ko’ Lunda', 'Democratic Republic of the Congo'],
      ['Karl Ode', 'European Union'],
    ])
  })

  it('reads "Minister for Foreign Affairs and Tourism" as one office, not "Tourism" as a name, and no possessive "Lyons’" as a person', () => {
    expect(
      people('The Meeting was chaired by the Honourable Sela Tui, Minister for Foreign Affairs and Tourism of Fiji, and was attended by Ministers.'),
    ).toEqual([['Sela Tui', 'the Honourable', 'Minister for Foreign Affairs and Tourism', 'Fiji']])
    expect(people('They look forward to Vice President Lyons’ visit to Paris.')).toEqual([])
  })

  it("reads the seed's office-then-name list and carries the country to a colleague", () => {
    const text =
      'The Minister for Foreign Affairs of Japan, H.E. Mr. Fumio Kishida, and the Minister of Defence, H.E. Mr. Gen Nakatani, met the Secretary of State for Foreign and Commonwealth Affairs of the UK, the Rt Hon Philip Hammond MP and the Secretary of State for Defence, the Rt Hon Michael Fallon MP, in Tokyo on 8 January 2016 for the Second Japan-UK Foreign and Defence Ministerial Meeting.'
    expect(people(text)).toEqual([
      ['Fumio Kishida', 'H.E. Mr.', 'Minister for Foreign Affairs', 'Japan'],
      ['Gen Nakatani', 'H.E. Mr.', 'Minister of Defence', 'Japan'],
      ['Philip Hammond', 'the Rt Hon', 'Secretary of State for Foreign and Commonwealth Affairs', 'United Kingdom'],
      ['Michael Fallon', 'the Rt Hon', 'Secretary of State for Defence', 'United Kingdom'],
    ])
  })

  it('reads a country word before the office after a name ("Name, Australian Deputy Prime Minister")', () => {
    const text =
      'Today the Honorable Pete Hegseth, U.S. Secretary of War, hosted the Honourable Richard Marles MP, Australian Deputy Prime Minister and Minister for Defence, and the Right Honourable John Healey MP, United Kingdom Secretary of State for Defence, at the Pentagon.'
    expect(people(text).map((p) => [p[0], p[3]])).toEqual([
      ['Pete Hegseth', 'United States'],
      ['Richard Marles', 'Australia'],
      ['John Healey', 'United Kingdom'],
    ])
  })

  it('reads portfolio words as the office, "Shri" as an honorific, a country owning two offices joined by "and", and one person under a shorter name', () => {
    expect(people('The delegation was led by Deputy Secretary of State for Management and Resources Ann Rowe of Ruritania.')[0]![0]).toBe('Ann Rowe')
    expect(people('President Ann Rowe met Prime Minister Shri Ken Oda of India.')[1]!.slice(0, 2)).toEqual(['Ken Oda', 'Shri'])
    expect(people('Mexico’s Secretary Ann Rowe hosted Canada’s Deputy Clerk and National Security and Intelligence Advisor Ken G. Oda.')[1]).toEqual([
      'Ken G. Oda',
      null,
      'National Security and Intelligence Advisor',
      'Canada',
    ])
    expect(
      people('President Ann Rowe met President Sheikh Tamim bin Hamad Al Thani of Qatar; President Tamim bin Hamad thanked President Rowe.').map((p) => p[0]),
    ).toEqual(['Ann Rowe', 'Tamim bin Hamad Al Thani'])
  })

  // sentence → participants
  const cases: Array<[string, Array<[string, string | null, string | null, string | null]>]> = [
    [
      'On the invitation of the Government of Japan, His Excellency Rodrigo Roa Duterte, President of the Republic of the Philippines, undertook an Official Visit to Japan.',
      [['Rodrigo Roa Duterte', 'His Excellency', 'President', 'Philippines']],
    ],
    [
      'President Rodrigo Roa Duterte and His Excellency Prime Minister Shinzo Abe held a productive Summit Meeting.',
      [
        ['Rodrigo Roa Duterte', null, 'President', 'Philippines'],
        ['Shinzo Abe', 'His Excellency', 'Prime Minister', 'Japan'],
      ],
    ],
    [
      'President Biden and Prime Minister Kishida met at the White House.',
      [
        ['Biden', null, 'President', 'United States'],
        ['Kishida', null, 'Prime Minister', 'Japan'],
      ],
    ],
    ['Prime Minister Fumio Kishida of Japan visited Washington.', [['Fumio Kishida', null, 'Prime Minister', 'Japan']]],
    [
      'President Luiz Inácio Lula da Silva of the Federative Republic of Brazil met President Biden.',
      [
        ['Luiz Inácio Lula da Silva', null, 'President', 'Brazil'],
        ['Biden', null, 'President', 'United States'],
      ],
    ],
    [
      'In the summit meeting on 4 June, Mr. Shinzo Abe, Prime Minister of Japan and President Aquino jointly declared it.',
      [
        ['Shinzo Abe', 'Mr.', 'Prime Minister', 'Japan'],
        ['Aquino', null, 'President', 'Philippines'],
      ],
    ],
    [
      'Secretary of State Antony J. Blinken, Secretary of Commerce Gina Raimondo, and Ambassador Ken Salazar chaired the meeting.',
      [
        ['Antony J. Blinken', null, 'Secretary of State', null],
        ['Gina Raimondo', null, 'Secretary of Commerce', null],
        ['Ken Salazar', null, 'Ambassador', null],
      ],
    ],
    ['The Ministers welcomed progress during Prime Minister Abe’s visit to the UK.', []],
    ['The Ministers met in Tokyo.', []],
    [
      'Secretary Blinken met with Japanese Foreign Minister Hayashi and Defence Minister Hamada.',
      [
        ['Blinken', null, 'Secretary', null],
        ['Hayashi', null, 'Foreign Minister', 'Japan'],
        ['Hamada', null, 'Defence Minister', 'Japan'],
      ],
    ],
    [
      'Australian Minister for Defence Richard Marles and U.S. Secretary of Defense Lloyd Austin met today.',
      [
        ['Richard Marles', null, 'Minister for Defence', 'Australia'],
        ['Lloyd Austin', null, 'Secretary of Defense', 'United States'],
      ],
    ],
    // A minister who shares a leader's family name does not take the leader's country.
    [
      'Foreign Minister Wong and Defence Minister Marles met the delegation.',
      [
        ['Wong', null, 'Foreign Minister', null],
        ['Marles', null, 'Defence Minister', null],
      ],
    ],
    ['The Ministers met at the Minister Level.', []],
    [
      'Foreign Secretary David Lammy held talks with his Japanese counterpart Yoko Kamikawa.',
      [
        ['David Lammy', null, 'Foreign Secretary', null],
        ['Yoko Kamikawa', null, null, 'Japan'],
      ],
    ],
    [
      'Minister Wong met her counterparts, Foreign Secretary James Cleverly.',
      [
        ['Wong', null, 'Minister', null],
        ['James Cleverly', null, 'Foreign Secretary', null],
      ],
    ],
    ['The Ministers also called on Prime Minister Kishida and paid a courtesy call on His Majesty King Charles.', []],
  ]
  it.each(cases)('reads %j', (text, expected) => {
    expect(people(text)).toEqual(expected)
  })

  it('keeps one person named twice', () => {
    const text = 'His Excellency Benigno S. Aquino III, President of the Republic of the Philippines paid a visit. President Aquino met Prime Minister Abe.'
    expect(people(text).map((p) => p[0])).toEqual(['Benigno S. Aquino III', 'Abe'])
  })

  it('gives name offsets into the text', () => {
    const text = 'Then Prime Minister Shinzo Abe met them.'
    const [p] = findParticipants([{ text, start: 100, end: 100 + text.length }])
    expect(p).toMatchObject({ start: 120, end: 130 })
  })
  it('reads a list of full offices each before its name, without taking portfolio words as names', () => {
    expect(
      people(
        'Secretary of Trade Ana Ruiz, Secretary of Foreign Relations Luis Mora, Secretary of Finance and Public Credit Jorge Vega, and Ambassador Sara Cole chaired the talks.',
      ),
    ).toEqual([
      ['Ana Ruiz', null, 'Secretary of Trade', null],
      ['Luis Mora', null, 'Secretary of Foreign Relations', null],
      ['Jorge Vega', null, 'Secretary of Finance and Public Credit', null],
      ['Sara Cole', null, 'Ambassador', null],
    ])
  })

  it('keeps the whole country in the office when a name follows it ("President of the United States of America Jane Roe")', () => {
    expect(people('We, President of the United States of America Jane Roe and President of the Russian Federation Ivan Petrov, note progress.')).toEqual([
      ['Jane Roe', null, 'President', 'United States'],
      ['Ivan Petrov', null, 'President', 'Russia'],
    ])
    expect(people('General Secretary of the Communist Party of Vietnam Central Committee Tran Van Binh met the delegation.')).toEqual([
      ['Tran Van Binh', null, 'General Secretary of the Communist Party of Vietnam Central Committee', 'Vietnam'],
    ])
  })

  it('reads two offices joined by "and" with an acronym, and a name before a parenthesis', () => {
    expect(
      people(
        'Secretary of State Doe and Senior Undersecretary and Officer in Charge (OIC) of National Defense Cruz (together “the Secretaries”) met in Manila.',
      ),
    ).toEqual([
      ['Doe', null, 'Secretary of State', null],
      ['Cruz', null, 'Senior Undersecretary and Officer in Charge (OIC) of National Defense', null],
    ])
  })

  it('reads a list of "office, name" entries whose offices a "name, office" reading could also take', () => {
    expect(
      people(
        'Minister for Foreign Affairs of Japan, Mr. Ken Abe, Minister of Defense of Japan, Ms. Yui Sato, and Minister for Defence of Australia, Senator Tom Grey, met in Tokyo.',
      ).map((p) => p[0]),
    ).toEqual(['Ken Abe', 'Yui Sato', 'Tom Grey'])
    expect(people('Mr Ken Abe, Prime Minister of Japan, Mr Jan Vos, President of the European Council, met in Tokyo.').map((p) => [p[0], p[2]])).toEqual([
      ['Ken Abe', 'Prime Minister'],
      ['Jan Vos', 'President'],
    ])
  })

  it('an organisation before the office gives its country; a trade representative is an office; an earlier meeting "building on" names no one', () => {
    expect(people('The council was co-chaired by European Commission Executive Vice President Ana Rossi and U.S. Trade Representative Jane Doe.')).toEqual([
      ['Ana Rossi', null, 'Vice President', 'European Union'],
      ['Jane Doe', null, 'Trade Representative', 'United States'],
    ])
    expect(
      people('Building on the May 2025 meeting between U.S. President Jane Doe, Jr. and Prime Minister of Singapore Ken Tan, the ministers met in Singapore.'),
    ).toEqual([])
  })

  it('takes no guest: "joined by", "with the participation of"', () => {
    expect(people('The talks were co-chaired by Secretary of Commerce Ana Ruiz, joined by Minister for Trade Ben Okoro of Nigeria.')).toEqual([
      ['Ana Ruiz', null, 'Secretary of Commerce', null],
    ])
    expect(people('We were joined by Ruritania’s President Karl Adler.')).toEqual([])
  })
})

describe('splitOffice', () => {
  it.each([
    ['Minister for Foreign Affairs of Japan', 'Minister for Foreign Affairs', 'Japan'],
    ['Secretary of State for Foreign and Commonwealth Affairs of the UK', 'Secretary of State for Foreign and Commonwealth Affairs', 'United Kingdom'],
    ['King of the Kingdom of Saudi Arabia', 'King', 'Saudi Arabia'],
    ['British Prime Minister', 'Prime Minister', 'United Kingdom'],
    ['Minister of Defence', 'Minister of Defence', null],
  ])('splits %j', (office, rest, country) => {
    expect(splitOffice(office)).toEqual({ office: rest, country })
  })
})
