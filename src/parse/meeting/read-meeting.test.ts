import { describe, expect, it } from 'vitest'
import type { SourceFile } from '../../core/source-file.js'
import type { Document } from '../../core/tree.js'
import { parseStatement } from '../parse-statement.js'
import { readMeeting } from './read-meeting.js'

const file = (value: string): SourceFile => ({ format: 'text', value, metadata: {}, diagnostics: [] })
const meetingOf = (value: string) => parseStatement(file(value)).meeting

describe('readMeeting', () => {
  it('reads the place after a time and a day between the meeting verb and "in"', () => {
    const m = meetingOf(
      'Advisor Ann Roe of Ruritania and Advisor Tom Doe of Freedonia gathered for the first time on 16 June 2031 in Perth, Ruritania to exchange views.',
    )
    expect(m.place).toBe('Perth')
  })

  it('reads the place after "met his colleagues" and the parties from a later sentence about the meeting', () => {
    const m = meetingOf(
      'Minister of Foreign Affairs Ann Roe met her seven Nordic colleagues in Perth today.\n\n‘Cooperation matters,’ Ms Roe said.\n\nMinister Roe hosted this year’s meeting of the foreign ministers of Denmark, Finland and Norway, which took place in Perth today.',
    )
    expect(m.place).toBe('Perth')
    expect(m.parties).toEqual(['Denmark', 'Finland', 'Norway'])
  })

  it('reads the title and ordinal from a sentence past a banner that tells who met', () => {
    const m = meetingOf(
      'Media Note\nThe site is archived.\nLinks may not work.\n1. The Minister for Foreign Affairs of Australia, Ann Roe, and the Secretary of State, Tom Doe, met in Perth on 4 May 2019 for the ninth ministerial meeting of the Trilateral Strategic Dialogue (TSD).\n2. The Ministers agreed to meet again.',
    )
    expect(m.title).toBe('Trilateral Strategic Dialogue (TSD)')
    expect(m.ordinal).toBe(9)
  })

  it('takes no section heading with an ordinal past the opening as the title', () => {
    const m = meetingOf(
      'Forum Ministers Meeting – Outcomes\nThe first standing meeting of Forum Ministers was held in Suva, Fiji, on 12 August 2016.\n2. Ministers thanked Fiji.\n47th Pacific Islands Forum and related meetings\n3. Ministers commended the preparations.',
    )
    expect(m.title).toBe('Forum Ministers Meeting – Outcomes')
    expect(m.ordinal).toBe(1)
  })

  it("reads a database header's [Title] line", () => {
    const m = meetingOf(
      '"The World and Japan" Database\n[Title] Trilateral Statement Japan and Korea\n[Date] May 6, 2010\nThe ministers met in Tokyo on May 6, 2010.',
    )
    expect(m.title).toBe('Trilateral Statement Japan and Korea')
  })

  it('reads a day printed after the meeting and its place without "on", with the year of a later date', () => {
    const m = meetingOf(
      'After the annual meeting in Estonia 9 September they released this statement.\nThe Ministers condemn the attack.\nThey recall their statement from 11 August 2020.\nReferring to their joint statement from 11 August 2020, they call for an inquiry.',
    )
    expect(m.date).toBe('2020-09-09')
  })

  it('places a day printed without a year by the terms of office of the people who met, with a warning', () => {
    const f = file(
      'On 2 August, Foreign Secretary Jeremy Hunt hosted Foreign Minister Julie Bishop of Australia in Glasgow.\nThe two sides agreed to meet again.',
    )
    const m = parseStatement(f).meeting
    expect(m.date).toBe('2018-08-02')
    expect(m.sources.date).toBe('inferred')
    expect(f.diagnostics.some((d) => d.rule === 'parse/meeting-date' && /held office together/.test(d.reason))).toBe(true)
  })

  it('gives a weekday-dated day without a year the year the text points to', () => {
    const f = file('The ministers met in Oslo on Friday, 9 May, for their spring meeting.\nThey noted that trade slowed in 2024.')
    expect(parseStatement(f).meeting.date).toBe('2025-05-09')
    expect(f.diagnostics.some((d) => d.rule === 'parse/meeting-date')).toBe(true)
  })

  it('reads the place from a headline line in capitals that says where the meeting was held', () => {
    const m = meetingOf(
      'MEETING OF THE COUNCIL OF MINISTERS\nHELD AT THE CONGRESS CENTRE, OSLO,\nON 4 MAY 2019\n1. The Ministers reviewed the work of the year and agreed on the next steps.',
    )
    expect(m.place).toBe('Oslo')
  })

  it('composes a title from a grouping whose members met, by the kind of their offices, with a warning', () => {
    const f = file(
      'Today Secretary of Defense Jane Roe hosted Australian Minister for Defence Ann Poe and Secretary of State for Defence Tom Doe of the United Kingdom in Washington, D.C.\nThe three ministers reviewed the partnership.',
    )
    expect(parseStatement(f).meeting.title).toBe('AUKUS Defense Ministers’ Meeting')
    expect(f.diagnostics.some((d) => d.rule === 'parse/meeting-title' && /composed/.test(d.reason))).toBe(true)
    const g = meetingOf(
      'We, the Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States, met in Rome.\nWe condemn piracy.',
    )
    expect(g.title).toBe('G7 Foreign Ministers’ Statement')
  })

  it('counts the people a host welcomes by office as participants', () => {
    const m = meetingOf('The third dialogue was held in Rome on 2 May 2024. Minister of Defence Ana Lima welcomed Secretary of State John Roe.')
    expect(m.participants.map((p) => p.name)).toEqual(['Ana Lima', 'John Roe'])
  })

  it('people who "also attended" the summit are participants; people welcomed by office are met', () => {
    const m = meetingOf(
      'The EU-Chile Summit took place in Brussels on 5 May 2031. The EU was represented by Mr. Jan Olek, President of the European Council. Chile was represented by President Ana Vel. The Minister of Trade of Chile, Mr. Tom Bask, also attended the summit.',
    )
    expect(m.participants.map((p) => p.name)).toEqual(['Jan Olek', 'Ana Vel', 'Tom Bask'])
    const w = meetingOf(
      'The third India-US 2+2 Ministerial Dialogue was held in New Delhi on 10 May 2031. Minister of Defence Ravi Kumar welcomed Secretary of State Mark Doe and Secretary of Defense Ann Ford.',
    )
    expect(w.participants.map((p) => p.name)).toEqual(['Ravi Kumar', 'Mark Doe', 'Ann Ford'])
  })

  it('a headline above the opening that names the meeting by its parties gives them ("AU-EU Ministerial Meeting")', () => {
    const m = meetingOf(
      'A slogan of the site for all its readers.\n\n## Joint Statement Third AU-EU Ministerial Meeting\n\nMinisters concluded the 3rd Ministerial Meeting with four agreements.',
    )
    expect(m.parties).toEqual(['African Union', 'European Union'])
  })

  it('reads the people who met a few paragraphs on when the first paragraphs (a site banner) name no one, by a verb of meeting only', () => {
    const m = meetingOf(
      'An official website of the government of Ruritania for all its citizens.\n\nShare sensitive information only on secure websites, please.\n\n1. The Minister for Foreign Affairs of Australia, Jane Pell, and the Secretary of State for the United States, Mark Doe, met in Perth on 4 May 2031.',
    )
    expect([m.participants.map((p) => p.name), m.parties]).toEqual([
      ['Jane Pell', 'Mark Doe'],
      ['Australia', 'United States'],
    ])
    const visit = meetingOf(
      'An official website of the government of Ruritania for all its citizens.\n\nShare sensitive information only on secure websites, please.\n\nThe two countries look forward to the visit of Secretary of State Mark Doe.',
    )
    expect(visit.participants).toEqual([])
  })

  it("an organisation's own meeting: two organisations joined in a title, the chair of its ministers' meeting a participant, the members who came no parties", () => {
    const auEu = meetingOf(
      'Second AU-EU Ministerial Meeting\n\nMinisters gathered in Kigali on 26 October 2031.\n\nThe meeting was co-chaired by H.E. Mr. Jean Mabe, Minister of Foreign Affairs of Senegal, and H.E. Mr. Karl Ode, High Representative of the European Union.',
    )
    expect([auEu.parties, auEu.participants.map((p) => p.name)]).toEqual([
      ['African Union', 'European Union'],
      ['Jean Mabe', 'Karl Ode'],
    ])
    const pif = meetingOf(
      'Outcomes\n\nThe first meeting of Pacific Islands Forum Foreign Ministers was held in Suva on 12 August 2031. The Meeting was chaired by the Honourable Sela Tui, Minister for Foreign Affairs and Tourism of Fiji, and was attended by Ministers from Australia, Samoa and Tonga.',
    )
    expect([pif.parties, pif.participants.map((p) => p.name)]).toEqual([['Pacific Islands Forum'], ['Sela Tui']])
  })

  it("where a site's banner fills the opening, the sentence a few paragraphs on that tells who met gives the day and place before the page's date line", () => {
    const note = meetingOf(
      'Media Note\nOffice of the Spokesperson\nMarch 6, 2031\n\nThis is the official website of the government of Ruritania.\n\nContent in this archive is not updated and its links may not work.\n\nWe thank our readers for their patience with this site.\n\n1. The Foreign Minister of Ruritania, Jan Dorf, and the Foreign Minister of Freedonia, Ana Pell, met in Lisbon on March 5, 2031 for the third meeting of their dialogue.',
    )
    expect([note.date, note.place]).toEqual(['2031-03-05', 'Lisbon'])
    const gathered = meetingOf(
      'A Peaceful Continent.\n\nShare this page\n\nMay 9, 2031\n\nMinisters concluded the Ministerial Meeting with four agreements.\n\nMinisters of the two unions gathered in Accra, Ghana, on 7 May 2031 and took stock of the last summit held in 2027 in Rabat.',
    )
    expect([gathered.date, gathered.place]).toEqual(['2031-05-07', 'Accra'])
    // An earlier meeting named a few paragraphs on is not this one.
    const earlier = meetingOf(
      'Joint Statement\nParis, 9 May 2031\n\nThe ministers issued this statement.\n\nThey discussed trade.\n\nThey recalled that the previous ministers met in Rome on 3 March 2029.',
    )
    expect([earlier.date, earlier.place]).toEqual(['2031-05-09', 'Paris'])
  })

  it('what the parties named by the title are members of adds no parties', () => {
    expect(meetingOf('35th UK-France Summit\n\n1. As members of the G7 and NATO, we work closely together.').parties).toEqual(['United Kingdom', 'France'])
  })

  it('takes the parties from "We, the leaders of ..." and not from a guest or a condemned leader', () => {
    const m = meetingOf(
      'We, the leaders of Australia, India, Japan, and the United States, met today with President Volodymyr Zelenskyy of Ukraine.\nWe will hold President Putin to account.',
    )
    expect(m.parties).toEqual(['Australia', 'India', 'Japan', 'United States'])
  })

  it('reads "As leaders of ..." lists up to the first clause', () => {
    expect(
      meetingOf('As leaders of Australia, the United Kingdom, and the United States, guided by our ideals, we resolve to act with Japan.').parties,
    ).toEqual(['Australia', 'United Kingdom', 'United States'])
  })

  it('takes parties from a hyphenated title and a grouping', () => {
    expect(meetingOf('Third U.S.-Japan Economic Dialogue\n\nThe two sides met.').parties).toEqual(['United States', 'Japan'])
    expect(parseStatement({ ...file('The leaders met.'), metadata: { title: 'Quad Leaders’ Joint Statement' } }).meeting.parties).toEqual([
      'Australia',
      'India',
      'Japan',
      'United States',
    ])
  })

  it('skips dates of earlier meetings in the opening', () => {
    const m = meetingOf('The leaders met today in Jeddah. The leaders noted the previous Summits held on May 14, 2015 in Camp David.')
    expect(m.date).toBeNull()
  })

  it('prefers the "met ... on" date over an earlier event in the text', () => {
    const m = meetingOf('1. The nuclear test of 6 January 2016 was condemned.\n2. The Ministers met in London on 8 January 2016.')
    expect(m.date).toBe('2016-01-08')
    expect(m.place).toBe('London')
  })

  it('gives a yearless meeting date the year of the document', () => {
    expect(meetingOf('The President paid a State Visit to Japan from 2 to 5 June, 2015. In the summit meeting on 4 June, they declared it.').date).toBe(
      '2015-06-04',
    )
  })

  it('marks a date only guessed from the first paragraph as inferred and says so', () => {
    const f = file('On this occasion of March 12, 2021, we pledge to cooperate.')
    const m = parseStatement(f).meeting
    expect(m).toMatchObject({ date: '2021-03-12', sources: { date: 'inferred' } })
    expect(f.diagnostics.find((d) => d.rule === 'parse/meeting-date')?.severity).toBe('warning')
  })

  it('reads the place of the event a meeting was held during ("held during ... in New York City and commit")', () => {
    const m = meetingOf(
      'This week, we met on the occasion of the first-ever C5+1 Presidential Summit, held during the 78th session of the United Nations General Assembly in New York City and commit to the following principles.',
    )
    expect(m).toMatchObject({ place: 'New York City', ordinal: 1 })
    expect(meetingOf('The Ministers held the Seventh Consultations in Tokyo and Osaka.').place).toBeNull()
  })

  it('takes no site logo for the title, and reads a date printed in capitals', () => {
    const m = meetingOf(
      'SlideShare a Scribd company logo\nLUCCA, 10-11 APRIL 2017\nWe, the Foreign Ministers of Canada, France and Japan, have gathered in Lucca, Italy on 10-11 April to address a number of issues.',
    )
    expect(m.title ?? '').not.toMatch(/logo/)
    expect(m.date).toBe('2017-04-10')
  })

  it('reads a date broken over the lines of a headline, but not one inside a single line without a meeting', () => {
    const m = meetingOf(
      'MEETING OF THE NORTH ATLANTIC COUNCIL\nAT THE\nLEVEL OF FOREIGN MINISTERS\nHELD AT NATO HEADQUARTERS, BRUSSELS,\nON 2-3\nDECEMBER 2008\nFINAL COMMUNIQUÉ\n1.\nFounded on the enduring principle of the indivisibility of Allied security, NATO remains the essential forum.',
    )
    expect(m.date).toBe('2008-12-02')
    expect(meetingOf('ANNUAL REPORT\nON 2-3\nDECEMBER 2008\nThe Council remains the forum for security.').date).toBeNull()
  })

  it('takes a missing year from the other dates of the opening, and warns', () => {
    const f = file('1. The Ministers met in Tokyo on 20 April for the Seventh Consultations.\n2. They recalled the visit in January 2017.')
    expect(parseStatement(f).meeting).toMatchObject({ date: '2017-04-20', place: 'Tokyo' })
    expect(f.diagnostics.find((d) => d.rule === 'parse/meeting-date')?.reason).toMatch(/without a year; took 2017/)
  })

  it('warns when the place is not stated, but not for a video conference', () => {
    const f = file('The Ministers met on 3 February 2021 and affirmed their partnership.')
    parseStatement(f)
    expect(f.diagnostics.map((d) => d.rule)).toContain('parse/meeting-place')
    const v = file('The Ministers met via video conference on 3 February 2021 and affirmed their partnership.')
    expect(parseStatement(v).meeting.place).toBeNull()
    expect(v.diagnostics.map((d) => d.rule)).not.toContain('parse/meeting-place')
  })

  it('warns when the parties come only from the people named', () => {
    const f = file('Prime Minister Fumio Kishida of Japan and President Joseph R. Biden of the United States met in Washington on 13 January 2023.')
    expect(parseStatement(f).meeting.parties).toEqual(['Japan', 'United States'])
    expect(f.diagnostics.filter((d) => d.rule === 'parse/meeting-parties').map((d) => d.severity)).toEqual(['warning'])
  })

  it.each([
    ['We, the Heads of State/Government of ASEAN Member States, gathered in Singapore for the 32nd ASEAN Summit on 28 April 2018.', ['ASEAN'], 'Singapore'],
    ['We, the Heads of State and Government of the 29 member nations of the North Atlantic Alliance, have gathered in Brussels.', ['NATO'], 'Brussels'],
    [
      'We, the Foreign and Development Ministers of the Group of Seven (G7), and the High Representative of the European Union, are meeting today.',
      ['Canada', 'France', 'Germany', 'Italy', 'Japan', 'United Kingdom', 'United States', 'European Union'],
      null,
    ],
  ])('reads organisations as parties: %s', (text, parties, place) => {
    expect(meetingOf(text)).toMatchObject({ parties, place })
  })

  it('reads parties from a meeting named in the opening and gives participants their countries', () => {
    const m = meetingOf(
      'Secretary of State Clinton, Secretary of Defense Gates, Minister for Foreign Affairs Matsumoto and Minister of Defense Kitazawa held the U.S.-Japan Security Consultative Committee (SCC) in Washington on June 21, 2011.',
    )
    expect(m).toMatchObject({ parties: ['United States', 'Japan'], place: 'Washington', date: '2011-06-21' })
    expect(m.participants.map((p) => [p.name, p.country])).toEqual([
      ['Clinton', 'United States'],
      ['Gates', 'United States'],
      ['Matsumoto', 'Japan'],
      ['Kitazawa', 'Japan'],
    ])
  })

  it.each([
    [
      'On February 3, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan and Mr. KISHI Nobuo, Minister of Defense of Japan, held the fourth meeting with The Rt Hon Dominic Raab MP, Secretary of State for Foreign, Commonwealth and Development Affairs, via video conference.',
      ['MOTEGI Toshimitsu', 'KISHI Nobuo', 'Dominic Raab'],
    ],
    [
      'On Mar 16, Minister for Foreign Affairs Motegi, Minister of Defense Kishi, Secretary of State Antony Blinken SecBlinken, and Secretary of Defense Lloyd Austin SecDef, held the Security Consultative Committee (SCC) in Tokyo.',
      ['Motegi', 'Kishi', 'Antony Blinken', 'Lloyd Austin'],
    ],
    [
      'On December 7, 2022, Secretary of Defense Lloyd Austin hosted the Honourable Richard Marles MP, Deputy Prime Minister and Minister for Defence, Australia, at the Pentagon to discuss AUKUS.',
      ['Lloyd Austin', 'Richard Marles'],
    ],
  ])('reads participants in every common form: %s', (text, names) => {
    expect(meetingOf(text).participants.map((p) => p.name)).toEqual(names)
  })

  it('a participant whose office only one country has adds that country to the parties (still warned)', () => {
    const f = file('Secretary of State Blinken and Minister for Foreign Affairs Motegi of Japan met in Tokyo on 16 March 2021.')
    const m = parseStatement(f).meeting
    expect(m.parties).toEqual(['United States', 'Japan'])
    expect(m.participants.map((p) => [p.name, p.country])).toEqual([
      ['Blinken', 'United States'],
      ['Motegi', 'Japan'],
    ])
    expect(f.diagnostics.filter((d) => d.rule === 'parse/meeting-parties').map((d) => d.severity)).toEqual(['warning'])
  })

  it.each([
    ['Japan-U.S. Security Consultative Committee (two-plus-two)', 'Japan-U.S. Security Consultative Committee'],
    ['Japan-UK Foreign and Defence Ministerial Meeting (“2+2”)', 'Japan-UK Foreign and Defence Ministerial Meeting'],
  ])('a trailing "(2+2)" does not hide the series: %s', (title, series) => {
    expect(meetingOf(`${title}\n\nThe Ministers met in Tokyo on 16 March 2021.`).series).toBe(series)
  })

  it('a country that closes a group of names is the country of each; a surname alone does not make a leader ("Penny Wong" is not Singapore\'s Lawrence Wong)', () => {
    const m = meetingOf(
      'On 9 December 2023, Foreign Minister Penny Wong and Defence Minister Richard Marles of Australia and Foreign Minister Kamikawa Yoko and Defense Minister Kihara Minoru of Japan met in Tokyo for the Eleventh Japan-Australia 2+2 Foreign and Defence Ministerial Consultations.',
    )
    expect(m.parties).toEqual(['Australia', 'Japan'])
    expect(m.participants.map((p) => [p.name, p.country])).toEqual([
      ['Penny Wong', 'Australia'],
      ['Richard Marles', 'Australia'],
      ['Kamikawa Yoko', 'Japan'],
      ['Kihara Minoru', 'Japan'],
    ])
  })

  it('the one party no participant speaks for is the country of the participant without one', () => {
    const m = meetingOf(
      "AUKUS Defence Ministers' Meeting Joint Statement\n\nDeputy Prime Minister and Minister for Defence Richard Marles, Secretary of Defense Lloyd J. Austin III, and Secretary of State for Defence Grant Shapps met at Moffett Field, California, on 1 December 2023.",
    )
    expect(m.participants.map((p) => p.country)).toEqual(['Australia', 'United States', 'United Kingdom'])
    expect(m.series).toBe("AUKUS Defence Ministers' Meeting")
  })

  it.each([
    ['Joint Statement\n\nTokyo, 8 January 2016 - The Foreign and Defence Ministers of Japan and the United Kingdom held their second meeting today.', 'Tokyo'],
    ['Joint Statement\n\nTOKYO, March 16 (Kyodo) — Japan and the United States agreed on Tuesday to cooperate.', 'TOKYO'],
    ['Joint Statement\n\nJapan — The leaders met and agreed to cooperate.', null],
  ])('reads the place from a news dateline that opens the text: %s', (text, place) => {
    expect(meetingOf(text).place).toBe(place)
  })

  it.each([
    ['On 20 April 2017, Minister Hayashi and Minister Hamada met with Foreign Minister Wong and Defence Minister Marles in Tokyo.', 'Tokyo'],
    ['1. On 8 January 2016, Foreign Secretary Philip Hammond hosted Foreign Minister Fumio Kishida and Defence Minister Gen Nakatani in London.', 'London'],
    ['Minister Wong hosted her counterparts, Foreign Secretary James Cleverly and Defence Secretary Grant Shapps, to Adelaide on 22 March 2024.', 'Adelaide'],
    ['The Ministers met with their counterparts to discuss the situation in Gaza.', null],
    ['Minister Wong welcomed the decision to Extend the mandate.', null],
  ])('reads the place after a meeting verb and a list of people: %s', (text, place) => {
    expect(meetingOf(text).place).toBe(place)
  })

  it('takes "On 20 April 2017," at the start of the meeting sentence as the stated date, without a warning', () => {
    const f = file('On 20 April 2017, the Ministers met in Tokyo. They recalled the meeting of 5 May 2016.')
    expect(parseStatement(f).meeting.date).toBe('2017-04-20')
    expect(f.diagnostics.some((d) => d.rule === 'parse/meeting-date')).toBe(false)
  })

  it('takes the people who open a sentence of the opening when no meeting sentence names any', () => {
    const m = meetingOf(
      'Joint Statement\n\nTOKYO, 16 March 2021 — The ministers met today. Minister for Foreign Affairs Motegi, Minister of Defense Kishi, U.S. Secretary of State Blinken and U.S. Secretary of Defense Austin reaffirmed the alliance. They condemned the actions of President Lukashenko.',
    )
    expect(m.participants.map((p) => [p.name, p.country])).toEqual([
      ['Motegi', null],
      ['Kishi', null],
      ['Blinken', 'United States'],
      ['Austin', 'United States'],
    ])
  })

  it("takes no one from a photo caption or a statement in the members' voice", () => {
    expect(meetingOf('Leaders pose for a group photo: President Joko Widodo and Prime Minister Lee Hsien Loong.\n\nThe summit ended.').participants).toEqual([])
    expect(meetingOf('We, the Heads of State, agreed. President Joko Widodo chaired the session.').participants).toEqual([])
  })

  it('reads who "welcomed their counterparts" and where', () => {
    const m = meetingOf(
      'Foreign Minister Wong and Defence Minister Marles welcomed their counterparts, Foreign Secretary James Cleverly and Defence Secretary Grant Shapps, to Adelaide on 22 March 2024.',
    )
    expect(m.participants.map((p) => p.name)).toEqual(['Wong', 'Marles', 'James Cleverly', 'Grant Shapps'])
    expect(m.place).toBe('Adelaide')
  })

  it('prefers the meeting the text names over a generic headline, and skips a byline', () => {
    expect(meetingOf('Joint Statement\n\nThe Ministers held the U.S.-Japan Security Consultative Committee (SCC) in Tokyo.').title).toBe(
      'U.S.-Japan Security Consultative Committee (SCC)',
    )
    expect(meetingOf('Joint Statement\n\nThe Ministers met in Tokyo and agreed.').title).toBe('Joint Statement')
    expect(meetingOf('Antony J. Blinken | United States Secretary of State\n\nSecretary Blinken met Foreign Minister Hayashi in Tokyo.').title).toBeNull()
    expect(meetingOf('Japan-Australia Joint Statement, Ministers of Defence\n\nThe Ministers met in Tokyo.').title).toBe(
      'Japan-Australia Joint Statement, Ministers of Defence',
    )
  })

  it('takes the ordinal from the text when the title has none', () => {
    const m = meetingOf('Australia-UK Ministerial Consultations (AUKMIN)\n\nThe Ministers met in Adelaide on 22 March 2024 for the 29th AUKMIN.')
    expect(m.ordinal).toBe(29)
    expect(m.positions.ordinal).toBeDefined()
  })

  it('reads the reposted statement after "Begin Text:" and skips a site\'s banner and tag line', () => {
    const m = meetingOf(
      'July 17, 2024\n\nNews World 24\n\nworldwide online news\n\nJoint Statement of the Quad Ministerial Meeting in New Delhi\n\nThe following is the statement released on the occasion of the meeting.\n\nIt was shared with the press.\n\nBegin Text:\n\nWe, the Foreign Ministers of Australia, India and Japan and the Secretary of State of the United States of America met in New Delhi, India on March 3, 2023, for the Quad Foreign Ministers’ Meeting.',
    )
    expect(m).toMatchObject({ title: 'Joint Statement of the Quad Ministerial Meeting in New Delhi', date: '2023-03-03', place: 'New Delhi', participants: [] })
  })

  it('reads "in Washington, D.C., on" and a title with initials', () => {
    const m = meetingOf(
      'Secretary of State Blinken and Secretary of Foreign Affairs Manalo convened the third U.S. Philippines 2+2 Ministerial Dialogue in Washington, D.C., on April 11, 2023.',
    )
    expect(m).toMatchObject({ place: 'Washington, D.C.', date: '2023-04-11', ordinal: 3 })
  })

  it('leaves out the people of another meeting and the words of an office', () => {
    const m = meetingOf(
      'Foreign Minister Penny Wong hosted Secretary of State Antony Blinken in Brisbane on 29 July 2023. Building on engagement, including the meeting between Prime Minister Albanese and President Biden in May 2023, they met H.E. Ms. Florence Parly, Minister for Armed Forces of the French Republic.',
    )
    expect(m.participants.map((p) => p.name)).toEqual(['Penny Wong', 'Antony Blinken', 'Florence Parly'])
  })

  it('warns when the participants or the title are only a fallback', () => {
    const f = file(
      'News World 24\n\nTOKYO — The ministers met today. Minister for Foreign Affairs Motegi and Secretary of State Blinken reaffirmed the alliance.',
    )
    const m = parseStatement(f).meeting
    expect(m.title).toBe('News World')
    expect(m.participants).toHaveLength(2)
    expect(f.diagnostics.map((d) => d.rule)).toEqual(expect.arrayContaining(['parse/meeting-title', 'parse/meeting-participants']))
    const g = file('Japan-UK Meeting\n\nMinister Motegi and Secretary Raab met in Tokyo on 3 February 2021.')
    parseStatement(g)
    expect(g.diagnostics.map((d) => d.rule)).not.toContain('parse/meeting-participants')
    expect(g.diagnostics.map((d) => d.rule)).not.toContain('parse/meeting-title')
  })

  it('takes no participant from an address or from a text that tells of no meeting', () => {
    expect(meetingOf('Mr. President, the summit we held last year was a success. I thank President Biden.').participants).toEqual([])
    expect(meetingOf('Minister for Foreign Affairs Motegi and Secretary of State Blinken reaffirmed the alliance.').participants).toEqual([])
  })

  it('reads who "was represented by", an ordinal inside the title, "held talks with ... in", and a country before a possessive', () => {
    const eu = meetingOf(
      'Chairman’s Statement of the 42nd EU-Japan Summit\n\nThe leaders met in Brussels on 13 July 2023. The EU was represented by Charles Michel, President of the European Council. Japan was represented by Prime Minister Kishida Fumio.',
    )
    expect(eu.ordinal).toBe(42)
    expect(eu.participants.map((p) => p.name)).toEqual(['Charles Michel', 'Kishida Fumio'])
    expect(meetingOf('Foreign Secretary David Lammy held talks with his Japanese counterpart in London.').place).toBe('London')
    expect(meetingOf('Minister Wong met India’s External Affairs Minister Dr S. Jaishankar.').participants[1]).toMatchObject({
      name: 'S. Jaishankar',
      country: 'India',
    })
  })

  it('takes an organisation that opens the title as the party', () => {
    expect(meetingOf('NATO Foreign Ministers Meeting\n\nThe Ministers met in Brussels on 3 April 2024.').parties).toEqual(['NATO'])
  })

  it('does not take a country as the place', () => {
    expect(meetingOf('The President undertook an Official Visit to Japan and met in Japan on 26 October 2016.').place).toBeNull()
  })

  it('a title that joins an organisation to a country by a hyphen names both; "U.S.-hosted" names one', () => {
    expect(meetingOf('Joint Statement of the 12th EU-Japan Summit\n\nThe leaders met in Tokyo on 3 May 2024.').parties).toEqual(['European Union', 'Japan'])
    expect(meetingOf('U.S.-ASEAN Leaders Meeting\n\nThe leaders met in Jakarta on 3 May 2024.').parties).toEqual(['United States', 'ASEAN'])
    expect(meetingOf('U.S.-hosted Ministerial Meeting\n\nToday, Canada, Mexico, and the United States affirm their resolve.').parties).toEqual([
      'Canada',
      'Mexico',
      'United States',
    ])
  })

  it("an organisation's summit: the chair and the host are not parties, and a person of another country is no participant", () => {
    const m = meetingOf(
      'Chairman’s Statement of the 51st ASEAN Summit\n\n1. The 51st ASEAN Summit was held in Vientiane on 9 October 2026 under the chairmanship of Prime Minister Sone Keo of the Lao People’s Democratic Republic.',
    )
    expect(m.parties).toEqual(['ASEAN'])
    expect(m.participants).toEqual([])
    const g7 = meetingOf('We, the Leaders of the Group of Seven (G7), met today with Kenya’s President Jane Wambui to reaffirm our support.')
    expect(g7.participants).toEqual([])
  })

  it('the speakers of "We, President of ... and President of ...," are the participants and their countries the parties', () => {
    const m = meetingOf('We, President of the United States of America Jane Roe and President of the French Republic Paul Martin, reaffirm our friendship.')
    expect(m.participants.map((p) => [p.name, p.country])).toEqual([
      ['Jane Roe', 'United States'],
      ['Paul Martin', 'France'],
    ])
    expect(m.parties).toEqual(['United States', 'France'])
  })

  it('a day without a year takes the year of a dated day of the same month anywhere in the text', () => {
    const m = meetingOf(
      '1. We, the Leaders of the G7, met on 14 November to review our work.\n\n2. We will meet again in 2031.\n\n3. On 2 November 2030, the new rules entered into force.',
    )
    expect(m.date).toBe('2030-11-14')
  })

  it('reads offices whose portfolios are a comma series, and the city after a venue', () => {
    const m = meetingOf(
      'On 2 March 2026, Secretary of State for Foreign, Commonwealth and Development Affairs Jane Hill and Secretary of State for Defence Tom Reed hosted Minister for Foreign Affairs Amy Lane for the Ruritania-UK Consultations at Carlton Gardens in London.',
    )
    expect(m.participants.map((p) => [p.name, p.office])).toEqual([
      ['Jane Hill', 'Secretary of State for Foreign, Commonwealth and Development Affairs'],
      ['Tom Reed', 'Secretary of State for Defence'],
      ['Amy Lane', 'Minister for Foreign Affairs'],
    ])
    expect(m.place).toBe('London')
  })

  it('reads a list of names each before its office, and leaves out the ministers who came to assist', () => {
    const m = meetingOf(
      'Mr Kenji Mori, Prime Minister of Japan, Mr Hans Berg, President of the European Council, and Ms Ana Rossi, President of the European Commission, met in Tokyo on 2 May 2026 for the 40th Summit between Japan and the European Union. Mr Taro Ueda, Minister of Economy, Trade and Industry of Japan, also attended the Summit to assist the leaders.',
    )
    expect(m.participants.map((p) => [p.name, p.office, p.country])).toEqual([
      ['Kenji Mori', 'Prime Minister', 'Japan'],
      ['Hans Berg', 'President', 'European Union'],
      ['Ana Rossi', 'President', 'European Union'],
    ])
  })

  it('reads both names after "counterparts", and a "virtual ... meeting" has no place to warn about', () => {
    const f = file('Foreign Minister Ken Abe met with their Australian counterparts Jane Low and Tom Grey in Perth on 3 May 2026.')
    expect(parseStatement(f).meeting.participants.map((p) => [p.name, p.country])).toEqual([
      ['Ken Abe', null],
      ['Jane Low', 'Australia'],
      ['Tom Grey', 'Australia'],
    ])
    const g = file('Minister for Defence Jane Low and Secretary of Defense Tom Grey convened a virtual trilateral defence ministerial meeting on 3 May 2026.')
    expect(parseStatement(g).meeting.place).toBeNull()
    expect(g.diagnostics.map((d) => d.rule)).not.toContain('parse/meeting-place')
  })

  it('a meeting "on Thursday" takes the last Thursday on or before the page\'s date line, with a warning; a colon dateline gives the place', () => {
    const at = (header: string) => {
      const f = file(`Ruritania, Japan hold third dialogue\n\n${header}\n\nNew Delhi: India and Japan on Thursday held their third 2+2 dialogue.`)
      const m = parseStatement(f).meeting
      return { date: m.date, place: m.place, warned: f.diagnostics.some((d) => d.rule === 'parse/meeting-date') }
    }
    expect(at('date 2026-09-12')).toEqual({ date: '2026-09-10', place: 'New Delhi', warned: true })
    expect(at('September 10, 2026')).toEqual({ date: '2026-09-10', place: 'New Delhi', warned: true })
    expect(meetingOf('Joint Statement\n\nOverview: The Ministers met on 3 May 2026.').place).toBeNull()
  })

  it('the parties of "India and Japan on Thursday held ..." come from the joint subject; a title naming one side does not close them', () => {
    expect(meetingOf('Talks held\n\nIndia and Japan on Thursday held their dialogue in Tokyo.').parties).toEqual(['India', 'Japan'])
    expect(
      meetingOf(
        'Seventh Japan-Ruritania Ministers Meeting\n\nOn 3 May 2026, Mr. TANAKA Ken, Minister for Foreign Affairs of Japan, held the meeting with Ms. Anne DUPONT, Minister for Europe and Foreign Affairs of the French Republic, in Tokyo.',
      ).parties,
    ).toEqual(['Japan', 'France'])
  })

  it('reads "ministers from Quad countries", the place of an "Issued by ... meeting ... in X on" heading, "20 May. 2012", and skips a press banner broken over lines', () => {
    expect(meetingOf('Foreign ministers from Quad countries met today and reaffirmed their commitment.').parties).toEqual([
      'Australia',
      'India',
      'Japan',
      'United States',
    ])
    const m = meetingOf(
      'Press\nRelease\n(2031)101\nEn. / Fr.\n\nOslo Summit Declaration\n\nIssued by the Heads of State and Government participating in the meeting of the North Atlantic Council in Oslo on 20 May. 2031\n\n1. We, the Heads of State and Government of the member countries of the North Atlantic Alliance, reaffirm our resolve.',
    )
    expect(m.title).toBe('Oslo Summit Declaration')
    expect(m.place).toBe('Oslo')
    expect(m.date).toBe('2031-05-20')
  })

  it('a weekday in the meeting sentence also places a date only guessed from the text, and warns', () => {
    const f = file('2026-09-12 Tokyo: India and Japan held their third dialogue on Thursday.')
    expect(parseStatement(f).meeting.date).toBe('2026-09-10')
    expect(f.diagnostics.filter((d) => d.rule === 'parse/meeting-date').map((d) => d.reason)).toEqual([expect.stringContaining('only the weekday')])
  })

  it('reads "met on this 26th day of April, 2031", "met today with ... in Jeddah, Saudi Arabia," and keeps "Washington, D.C."', () => {
    expect(meetingOf('President Ann Rowe of Ruritania and President Ken Oda of Japan met on this 26th day of April, 2031 to mark the anniversary.').date).toBe(
      '2031-04-26',
    )
    expect(meetingOf('President Ann Rowe met today with Prime Minister Ken Oda of Iraq in Jeddah, Saudi Arabia, in a bilateral meeting.').place).toBe('Jeddah')
    expect(meetingOf('Today, President Ann Rowe of Ruritania and President Ken Oda of Brazil met in Washington, D.C. They agreed.').place).toBe(
      'Washington, D.C.',
    )
  })

  it('a delegation "welcomed ... to the White House" met there: its leaders are the participants, not the makers of an earlier pledge', () => {
    const m = meetingOf(
      'On April 13, U.S. Homeland Security Advisor Dr. Ann Rowe welcomed a delegation led by Mexico’s Secretary of Security and Citizen Protection Rosa Icela Oda to the White House to review shared priorities.  The meeting follows through on the commitment that President Ken Lee and President Tom Ruiz made during the North American Leaders’ Summit.',
    )
    expect(m.place).toBe('White House')
    expect(m.participants.map((p) => [p.name, p.office, p.country])).toEqual([
      ['Ann Rowe', 'Homeland Security Advisor', 'United States'],
      ['Rosa Icela Oda', 'Secretary of Security and Citizen Protection', 'Mexico'],
    ])
  })

  it('a dateline heading is no title (nor a Markdown page\'s first heading), and a "Hosted by" line names the host as a participant', () => {
    const m = parseStatement({
      ...file(
        'Oslo, 20 May 2031\n\nHosted by the Prime Minister of Australia, the Hon Ann Rowe MP\n\nWe – the Leaders of Australia, India, Japan and the United States – convened to reaffirm our commitment.',
      ),
      metadata: { title: 'Oslo, 20 May 2031' },
    }).meeting
    expect(m.title).toBeNull()
    expect(m.date).toBe('2031-05-20')
    expect(m.place).toBe('Oslo')
    expect(m.participants.map((p) => [p.name, p.country])).toEqual([['Ann Rowe', 'Australia']])
    expect(meetingOf('Bali, Indonesia, 15-16 November 2031\n\nThe Leaders met in Bali.').title).toBeNull()
  })

  it('no title from a body someone belongs to, another meeting named in passing, or a section heading', () => {
    expect(
      meetingOf('On May 3, 2031, General Secretary of the Communist Party of Ruritania Central Committee Ann Rowe and President Ken Oda met in Hanoi.').title,
    ).toBeNull()
    expect(meetingOf('Following discussions ahead of the NATO Summit, the governments of Ruritania and Germany held talks.').title).toBeNull()
    expect(
      meetingOf('The meeting follows through on the commitment that President Ken Lee and President Tom Ruiz made during the North American Leaders’ Summit.')
        .title,
    ).toBeNull()
    const sectioned = (title: string) =>
      parseStatement({ ...file(`${title}\n\nThe U.S.-EU Trade and Technology Council (TTC) met today in Oslo.`), metadata: { title } }).meeting.title
    expect(sectioned('I. Introduction')).toBe('U.S.-EU Trade and Technology Council (TTC)')
    expect(sectioned('1. Preamble')).toBe('U.S.-EU Trade and Technology Council (TTC)')
  })

  it('a body that meets ("Group") names the meeting; a country closing the list of its members is no part of the name', () => {
    expect(
      meetingOf(
        'We, the Principals of Australia, India, Japan and the United States of the Quad Senior Cyber Group met in New Delhi, India on January 30-31, 2031.',
      ).title,
    ).toBe('Quad Senior Cyber Group')
  })

  it('a page without a headline, in the voice of a grouping\'s leaders, takes "G7 Leaders’ Statement" as its title, inferred and warned', () => {
    const f = file('We, the Leaders of the Group of Seven (G7), strongly condemn the sham referenda.\n\nWe will never recognise them.')
    const m = parseStatement(f).meeting
    expect(m.title).toBe('G7 Leaders’ Statement')
    expect(m.sources.title).toBe('inferred')
    expect(f.diagnostics.some((d) => d.rule === 'parse/meeting-title' && /no headline/.test(d.reason))).toBe(true)
    expect(meetingOf('We, the Foreign Ministers of the Quad, met today.').title).toBe('Quad Foreign Ministers’ Statement')
    expect(meetingOf('We, the Leaders of Ruritania and Japan, met today.').title).toBeNull()
    expect(meetingOf('G7 Leaders’ Statement on Syria\n\nWe, the Leaders of the G7, reaffirm our commitment.').title).toBe('G7 Leaders’ Statement on Syria')
  })

  it('a date in an opening "At the ... Summit on ..." where nobody meets, or in a sentence that opens "Recalling", is not the meeting\'s', () => {
    expect(
      meetingOf(
        'During the North American Leaders’ Summit (NALS) on January 9-10, 2031 President Ann Rowe and Prime Minister Ken Oda directed the formation of a committee.  On April 13, 2031, Advisor Tom Lee convened the first meeting of this committee at the White House.',
      ).date,
    ).toBe('2031-04-13')
    expect(meetingOf('At the North American Leaders’ Summit on January 9-10, 2031, the leaders met and agreed to act.').date).toBe('2031-01-09')
    // Session 11: not even as the fallback's guess (the first date of the text): a sentence that recalls dates another event.
    expect(meetingOf('Recalling the Summit held on May 12, 2031, the two sides met again.').date).toBeNull()
  })

  it('people named in a dated sentence that only names another summit are not those a verb says met', () => {
    const m = meetingOf(
      'During the Leaders’ Summit on January 9-10, 2031 President Ann Rowe and Prime Minister Ken Oda of Canada directed the formation of a committee.  On April 13, 2031, National Security Advisor Tom Lee of Ruritania convened the first meeting of this committee with Mexican Secretary of Security Rosa Diaz.',
    )
    expect(m.participants.map((p) => p.name)).toEqual(['Tom Lee', 'Rosa Diaz'])
    // "took place" is a verb by which the meeting happens: the people of that dated sentence stay.
    expect(
      meetingOf(
        'The Norway-France Summit took place in Oslo on 12 November 2031 with Prime Minister Ann Rowe of Norway and President Ken Oda of France. Prime Minister Rowe also met President Tom Lee of Finland.',
      ).participants.map((p) => p.name),
    ).toEqual(['Ann Rowe', 'Ken Oda', 'Tom Lee'])
  })

  it('reads the place after "convene in" and after a named visit ("Official Visit and State Dinner in Washington, D.C.")', () => {
    expect(meetingOf('Today, we, the leaders of Australia, India, Japan and the United States, convene in Tokyo to renew our commitment.').place).toBe('Tokyo')
    expect(
      meetingOf('We celebrate this new era of cooperation during the Prime Minister’s Official Visit and State Dinner in Washington, D.C., today.').place,
    ).toBe('Washington, D.C.')
    expect(meetingOf('Leaders met for the first time last year. Today in Oslo, we meet for our fourth meeting.').place).toBe('Oslo')
  })

  it('reads the people who "co-chaired" the meeting or led a delegation, not those who chair another body', () => {
    const m = meetingOf(
      'The Ruritania-EU Council met for the first time in Oslo on 29 September 2031. It was co-chaired by Ruritanian Secretary of State Ann Rowe and European Commission Executive Vice President Ken Oda.',
    )
    expect(m.participants.map((p) => p.name)).toEqual(['Ann Rowe', 'Ken Oda'])
    expect(
      meetingOf(
        'President Ann Rowe met with Egyptian President Ken Oda today in Cairo. The two leaders renewed their commitment to the Strategic Dialogue co-chaired by Secretary of State Tom Lee and Minister of Foreign Affairs Sam Ali.',
      ).participants.map((p) => p.name),
    ).toEqual(['Ann Rowe', 'Ken Oda'])
  })

  it('a place and its country over the statement ("Leuven, Belgium") and a numbered section are no title', () => {
    const titled = (head: string) =>
      parseStatement({ ...file(`${head}\n\nThe U.S.-EU Trade and Technology Council (TTC) met today in Oslo.`), metadata: { title: head } }).meeting.title
    expect(titled('Leuven, Belgium')).toBe('U.S.-EU Trade and Technology Council (TTC)')
    expect(titled('Section 1. Pittsburgh Statement')).toBe('U.S.-EU Trade and Technology Council (TTC)')
    const jeddah = meetingOf('Jeddah, Saudi Arabia\n\nThe two sides reviewed the partnership.')
    expect([jeddah.title, jeddah.place]).toEqual([null, 'Jeddah'])
  })

  it('a call ("spoke by telephone") is the meeting: its people are the participants, and it has no place to warn about', () => {
    const f = file('President Ann Rowe of Ruritania and President Ken Oda of Mexico spoke by telephone on 28 April 2031 to discuss migration.')
    const m = parseStatement(f).meeting
    expect([m.participants.map((p) => p.name), m.date, m.place]).toEqual([['Ann Rowe', 'Ken Oda'], '2031-04-28', null])
    expect(f.diagnostics.map((d) => d.rule)).not.toContain('parse/meeting-place')
  })

  it('rejects a tree that is not a document', () => {
    expect(() => readMeeting({ type: 'paragraph' } as unknown as Document, file(''))).toThrow(/expected a tree of type 'document'/)
  })

  it('reads a meeting named by its bare noun and the parties after it, not a meeting on whose margins it met', () => {
    const m = meetingOf('The 13th Summit between the European Union and India took place in Brussels on 30 March 2016. The leaders met.')
    expect(m.title).toBe('13th Summit between the European Union and India')
    expect(m.ordinal).toBe(13)
    expect(
      meetingOf('We, the leaders of Canada and Chile, gathered in Los Angeles on the margins of the Ninth Summit of the Americas, reiterate our will.').title,
    ).toBeNull()
  })

  it('counts people who "also attended" in a sentence of their own', () => {
    const m = meetingOf(
      'The 13th Summit between the European Union and India took place in Brussels on 30 March 2016. Mr. Donald Tusk, President of the European Council, and Mr. Narendra Modi, Prime Minister of India, met. The Minister of Commerce and Industry of India, Ms. Nirmala Sitharaman, also attended.',
    )
    expect(m.participants.map((p) => p.name)).toEqual(['Donald Tusk', 'Narendra Modi', 'Nirmala Sitharaman'])
  })

  it("people and a day named beside another meeting of another date are not this meeting's; the date line is its day", () => {
    const m = meetingOf(
      'Release content\n30 January 2031\n1. The second Ruritania-France Ministerial Consultations reflected the shared commitment to restore the relationship, in line with the priorities agreed by the President of the French Republic, Ann Roe, and Australian Prime Minister Tom Doe during their meeting on 1 July 2030.\n2. The Ministers emphasised the partnership.',
    )
    expect(m.date).toBe('2031-01-30')
    expect(m.participants).toEqual([])
    const n = meetingOf(
      '20 November 2031\n1. Minister of Defence of India, Shri Ann Roe, held the second India-Australia Dialogue on 20 November 2031 in New Delhi with his Australian counterpart, Minister for Defence Tom Doe.\n2. Ministers recalled the important discussions held at the first India-Australia Annual Summit held in New Delhi on 10 March 2031 between Prime Minister Sam Poe and Prime Minister Kim Loe, and committed to work together.',
    )
    expect(n.participants.map((p) => p.name)).toEqual(['Ann Roe', 'Tom Doe'])
  })

  it('a breadcrumb is no title; a headline that opens with the kind of document may name its authors at length', () => {
    const m = meetingOf(
      'Skip to main content\nVisit to Australia/bilateral relations\nPublished on September 13, 2031\nJoint communiqué issued by Ann Roe, Ministre d’Etat, Minister of Foreign and European Affairs, and Tom Doe, Australian Minister for Foreign Affairs\nCanberra, September 11, 2031\nForeign Minister Tom Doe today welcomed France’s Minister of Foreign and European Affairs, Ann Roe, to Australia.',
    )
    expect(m.title).toBe(
      'Joint communiqué issued by Ann Roe, Ministre d’Etat, Minister of Foreign and European Affairs, and Tom Doe, Australian Minister for Foreign Affairs',
    )
  })

  it('reads a Korean name with its family name in capitals, the city of the visit, and a later "Prime Minister Kishida" once', () => {
    const m = meetingOf(
      'On May 7, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting with H.E. Mr. YOON Suk Yeol, President of the Republic of Korea, during his visit to Seoul, the Republic of Korea.\n1. At the outset, Prime Minister Kishida stated that he was delighted to visit Seoul and thanked President Yoon.',
    )
    expect(m.participants.map((p) => p.name)).toEqual(['KISHIDA Fumio', 'YOON Suk Yeol'])
    expect(m.place).toBe('Seoul')
    expect(meetingOf('Prime Minister Ann Roe made an official visit to Japan. The leaders met.').place).toBeNull()
  })

  it('reads the name after a long office of a body ("Premier of the State Council of ...") and both names under a plural office', () => {
    const m = meetingOf(
      'President of the Republic of Korea Ann Roe, Prime Minister of Japan Tom Doe, and Premier of the State Council of the People’s Republic of China Li Qiang convened in Seoul on May 27, 2031.',
    )
    expect(m.participants.map((p) => p.name)).toEqual(['Ann Roe', 'Tom Doe', 'Li Qiang'])
    const n = meetingOf('Prime Ministers Ann Roe and Tom Doe held bilateral talks in Wellington on 16 February 2031.')
    expect(n.participants.map((p) => [p.name, p.office])).toEqual([
      ['Ann Roe', 'Prime Minister'],
      ['Tom Doe', 'Prime Minister'],
    ])
  })

  it('titles: "the annual X Meeting", an ordinal summit in lower case after its parties, no ministry banner or repeated line, no credit line', () => {
    expect(
      meetingOf('Prime Minister Ann Roe and Prime Minister Tom Doe met in Sydney on 7 February 2031 for the annual Australia-New Zealand Leaders’ Meeting.')
        .title,
    ).toBe('Australia-New Zealand Leaders’ Meeting')
    expect(meetingOf('Copyright: European Union\nThe EU and China agreed to develop their partnership at the 20th EU-China summit.').title).toBe(
      '20th EU-China summit',
    )
    expect(meetingOf('The ministers met for the fourth Ministerial meeting of the Council.').title).toBeNull()
    expect(
      meetingOf(
        'U.S. Department of State\nU.S. Department of State\nMedia Note\nWashington, DC\nDecember 12, 2031\n\nAustralia-United States Ministerial Consultations Joint Communique\n\nSecretary of State Ann Roe and Australian Minister for Foreign Affairs Tom Doe met in Washington D.C. on December 12, 2031.',
      ).title,
    ).toBe('Australia-United States Ministerial Consultations Joint Communique')
  })

  it('dates: a range of ordinal days with "of" glued by a lost space, and a dotted date line before the kind of page', () => {
    expect(meetingOf('H.E. Ann Roe made an official visit to Japan from the 22nd to the 25thof November 2031. The two sides met.').date).toBe('2031-11-22')
    expect(
      meetingOf('Joint declaration by Foreign Minister Ann Roe\n\n21.01.2031 - Press release\n\nAt their meeting in Paris today, the ministers agreed.').date,
    ).toBe('2031-01-21')
  })

  it('the chair of an organisation\'s meeting named before "chaired the meeting" sat in it', () => {
    const m = meetingOf(
      '1. We, the Foreign Ministers of the Association of Southeast Asian Nations (ASEAN), met on 4 August 2031 at the 48th ASEAN Foreign Ministers Meeting in Kuala Lumpur. His Excellency Dato’ Sri Ann Roe, Minister of Foreign Affairs of Malaysia chaired the meeting.',
    )
    expect(m.participants.map((p) => p.name)).toEqual(['Dato’ Sri Ann Roe'])
  })
})
