// Session 9: forms of the meeting record read from the text alone on real pages (issue 11, point 1):
// numbered paragraphs run together on one line, hard line breaks inside sentences, pages with no
// headline, a day without a year under the page's date line, members named after "with the
// participation of". Names are made up; the forms are those of the dev pages.
import { describe, expect, it } from 'vitest'
import type { SourceFile } from '../../core/source-file.js'
import { normalizePlainText } from '../../ingest/index.js'
import { parseStatement } from '../parse-statement.js'
import { toDocumentJson } from '../to-document-json.js'

const file = (value: string): SourceFile => ({ format: 'text', value: normalizePlainText(value), metadata: {}, diagnostics: [] })
const read = (value: string) => toDocumentJson(parseStatement(file(value)))
const names = (value: string) => read(value).participants.map((p) => p.name)
const labels = (value: string) => read(value).paragraphs.map((p) => p.label)

describe('numbered paragraphs run together on one line (PDF copies)', () => {
  it('splits a chain of numbers after sentence ends and a heading in capitals; the words before "1." are the head', () => {
    const text =
      'FINAL Joint Communiqué 9th Freedonia Foreign Ministers Meeting Perth, Australia 4th August 2031 “OUR PEOPLE, OUR VISION” 1. We, the Foreign Ministers of ASEAN, met on 4 August 2031 at the 9th ASEAN Foreign Ministers Meeting (9th AMM) in Kuala Lumpur. 2. We had a productive deliberation. COMMUNITY BUILDING 3. We welcomed the convening of the Summit. 4. We reaffirmed the Charter.'
    expect(labels(text)).toEqual(['1', '2', '3', '4'])
    expect(read(text).place).toBe('Kuala Lumpur')
  })

  it('splits at a heading in sentence case between two paragraphs; a title line glued to "1." ends before it', () => {
    const text =
      'Ninth Japan-Australia Foreign and Defence Ministerial Consultations Joint Statement 1. H.E. Mr. Ann\nTotal Page:16\nNinth Japan-Australia Foreign and Defence Ministerial Consultations Joint Statement 1. The Ministers held the Ninth Japan-Australia Foreign and Defence Ministerial Consultations on 9 June 2031 via video conference. Our shared strategic vision 2. We reaffirm our partnership. 3. We renew our determination.'
    expect(labels(text)).toEqual(['1', '2', '3'])
    expect(read(text).title).toBe('Ninth Japan-Australia Foreign and Defence Ministerial Consultations Joint Statement')
  })

  it('leaves a number after a word alone when the chain is short, and numbers that do not run on', () => {
    expect(labels('The Ministers recalled Article 1. The Ministers met in Perth. 2. They agreed.')).toEqual([null])
    expect(labels('1. The Ministers met. They noted resolution 5. They agreed.')).toEqual(['1'])
  })
})

describe('hard line breaks inside sentences', () => {
  it('joins a line cut after a comma, "of the" or before a lower-case word, and a page break inside a sentence', () => {
    const text =
      'Ministers met in Perth on 4 May 2031.\nThe ministers welcomed guests from Freedonia, New Zealand,\nSingapore and the World Bank.\nWe discussed the agreements that make it easier for countries to enter\n\nmultilateral agreements with our partners.'
    expect(read(text).paragraphs.length).toBe(3)
  })

  it('joins a list of people cut inside a name or an office', () => {
    const text =
      'Joint Communiqué\n\nMinister for Foreign Affairs Ann Roe, Minister for Defence Tom\nDoe, Secretary of State Jane Poe and Secretary of Defense Bob Moe met in Melbourne on 8 November 2030 for the annual Australia–US Ministerial Consultations (AUSMIN).\n\nThe talks marked the anniversary.'
    expect(names(text)).toEqual(['Ann Roe', 'Tom Doe', 'Jane Poe', 'Bob Moe'])
    expect(read(text).place).toBe('Melbourne')
  })

  it('on a page that breaks its lines, joins a line that opens with the rest of a name and a comma', () => {
    const text =
      'AUKUS Joint Statement\n\nOn December 7, 2030, Secretary of Defense Ann Roe hosted the Honourable Tom\nDoe MP, Deputy Prime Minister and Minister for Defence, Australia, and the Right Honourable\nBob Moe, Secretary of State for Defence, United Kingdom, at the Pentagon to discuss the partnership and\nits progress.'
    expect(names(text)).toEqual(['Ann Roe', 'Tom Doe', 'Bob Moe'])
  })

  it('keeps a headline in sentence case apart from the paragraph under it', () => {
    const text = 'Australia and New Zealand leaders commit to closer cooperation on climate\nThe Prime Ministers met in Wellington on 2 March 2031.'
    expect(read(text).paragraphs.length).toBe(1)
  })
})

describe('pages with no headline: the title from the meeting sentence', () => {
  it('"the annual Australia–US Ministerial Consultations (AUSMIN)" with an en dash; "their first annual … Meeting"', () => {
    expect(
      read('Minister Ann Roe and Secretary Tom Doe met in Melbourne on 8 November 2030 for the annual Australia–US Ministerial Consultations (AUSMIN).').title,
    ).toBe('Australia–US Ministerial Consultations (AUSMIN)')
    expect(
      read(
        '1. The Prime Minister of Australia, Ann Roe, welcomed the Prime Minister of New Zealand, Tom Doe, to Canberra for their first annual Australia-New Zealand Leaders’ Meeting on 16 August 2031.',
      ).title,
    ).toBe('Australia-New Zealand Leaders’ Meeting')
  })

  it('an ordinal meeting that names no party goes on with its body', () => {
    expect(read('On 21 September 2031, the Fourth Ministerial Meeting of the Trilateral Strategic Dialogue (TSD) was held in New York.').title).toBe(
      'Fourth Ministerial Meeting of the Trilateral Strategic Dialogue (TSD)',
    )
  })

  it('composes the title from the group that met, or the kind of meeting held', () => {
    expect(read('The G20 Finance Ministers and Central Bank Governors met virtually on Wednesday, 7 April 2031.').title).toBe(
      'G20 Finance Ministers and Central Bank Governors Meeting',
    )
    expect(read('At their meeting in Iceland, the Nordic foreign ministers agreed to cooperate.').title).toBe('Nordic foreign ministers Meeting')
    expect(read('Prime Ministers Ann Roe and Tom Doe held bilateral talks in Wellington on 16 February 2031.').title).toBe('bilateral talks')
    // "held an official meeting" names no kind of meeting.
    expect(read('President Roe and Crown Prince Doe held an official meeting, attended by senior officials from both sides.').title).toBeNull()
  })

  it('"held a Japan-UK … Meeting" names the meeting over a heading that names only countries', () => {
    const text =
      'Japan-United Kingdom Relations\n\nJanuary 23, 2031\n On January 21 (Wed.), from 1:00 p.m. to 3:00 p.m. (U.K. time), Mr. Ann Roe, Minister for Foreign Affairs, held a Japan-UK Foreign and Defence Ministers’ Meeting with Mr. Tom Doe, Secretary of State for Defence. An overview of the meeting is as follows:\n  1. The two sides agreed.'
    const m = read(text)
    expect(m.title).toBe('Japan-UK Foreign and Defence Ministers’ Meeting')
    // A day without a year takes the year of the page's date line.
    expect(m.date).toBe('2031-01-21')
  })
})

describe('the meeting date under the page date line', () => {
  it('takes the year before when the day would fall after the line', () => {
    expect(
      read('January 3, 2031\n\nOn December 30, the Ministers met in Perth for the Japan-Australia Foreign and Defence Ministerial Consultations.').date,
    ).toBe('2030-12-30')
  })
})

describe('participants', () => {
  it('"with the participation of" after a meeting that is itself the subject brings in its members', () => {
    expect(
      names(
        'On April 19, 2031, the U.S.-Japan Security Consultative Committee convened in Washington, DC, with the participation of Secretary of State Roe, Acting Secretary of Defense Doe, Minister for Foreign Affairs Poe, and Minister of Defense Moe.',
      ),
    ).toEqual(['Roe', 'Doe', 'Poe', 'Moe'])
  })

  it('still takes no guest after people named before the cue', () => {
    expect(names('The talks were co-chaired by Secretary of Commerce Ann Roe, with the participation of Minister for Trade Tom Doe of Nigeria.')).toEqual([
      'Ann Roe',
    ])
  })
})

// Session 10: forms read on news reposts, ministry overviews and database copies (issue 11, point 1).
describe('session 10: a page with no headline that names its own kind of document', () => {
  it('composes the title from the parties and the kind ("Following is the full text of the joint statement")', () => {
    const text =
      'Following is the full text of the joint statement.\nAt the invitation of the Prime Minister of Japan H.E. Ann Roe, H.E. Tom Doe, Prime Minister of the Socialist Republic of Vietnam, made an official visit to Japan from the 2nd to the 5th of May 2031. The two sides agreed to deepen their partnership.\n1. Both sides welcomed the development of bilateral relations.'
    const doc = parseStatement(file(text))
    expect(toDocumentJson(doc).title).toMatch(/^(?:Japan-Vietnam|Vietnam-Japan) Joint Statement$/)
  })

  it('composes none where the text names no kind of document', () => {
    expect(read('Prime Minister Ann Roe of Japan and President Tom Doe of France met in Paris on 2 May 2031.\n\n1. They agreed to cooperate.').title).toBeNull()
  })
})

describe('session 10: the place after a meeting verb', () => {
  it('reads a venue after "at the" and the city after it ("held at the White House in Washington, D.C.")', () => {
    expect(
      read(
        'We, the Leaders of Fiji and the United States, meet on the occasion of the first Summit, held at the White House in Washington, D.C. from 8-9 May 2031.',
      ).place,
    ).toBe('Washington, D.C.')
    expect(read('President Ann Roe of Kenya and President Tom Doe met today at the White House during an official visit.').place).toBe('White House')
  })

  it('reads the city of the summit on whose margins they met', () => {
    expect(read('The leaders of Japan and Italy met on the margins of the G20 Summit in Bali and released the following statement.').place).toBe('Bali')
  })

  it('reads past an abbreviated given name in a list of people ("Hon. Defin. N. Roe")', () => {
    const text =
      'On April 9, Ms. ROE Ann, Minister for Foreign Affairs of Japan, held the first Japan-Philippines Foreign and Defense Ministerial Meeting with Hon. Defin. N. Doe, Secretary of National Defense of the Republic of the Philippines, for about 90 minutes from 10:00 a.m. in an in-person format in Tokyo.'
    expect(read(text).place).toBe('Tokyo')
  })

  it('does not take the place of a meeting still to come, nor a region', () => {
    expect(
      read('We, the Leaders of the G7, met virtually today. We will coordinate during the international conference to be held in Paris on 13 December.').place,
    ).toBeNull()
    expect(
      read(
        'On May 7, 2031, Minister Ann Roe hosted Dr. Tom Doe and Nathalie G. Moe in the fourth meeting of the Committee to counter illicit drugs in North America.',
      ).place,
    ).toBeNull()
  })
})

describe('session 10: participants in more common forms', () => {
  it('reads a leader welcomed in the present tense ("is honored to welcome ... to Washington, D.C.")', () => {
    const doc = read('President Ann Roe is honored to welcome Prime Minister Tom Doe of Singapore to Washington, D.C. The leaders reaffirmed the partnership.')
    expect(doc.participants.map((p) => p.name)).toEqual(['Ann Roe', 'Tom Doe'])
    expect(doc.place).toBe('Washington, D.C.')
  })

  it('reads the speakers after "Today, we —" and "Today, we,"', () => {
    expect(
      names('Today, we — President Ann Roe of France, Chancellor Tom Doe of Germany, and Prime Minister Bob Moe of Italy — express our support for Israel.'),
    ).toEqual(['Ann Roe', 'Tom Doe', 'Bob Moe'])
    expect(names('Today, we, President Ann Roe of the United States and President Tom Doe of Kenya, reaffirm our partnership.')).toEqual(['Ann Roe', 'Tom Doe'])
  })

  it('reads the leaders named in a list set off by dashes', () => {
    expect(
      names(
        'Today, the leaders of the Australia-UK-US (AUKUS) partnership – Prime Minister Ann Roe of Australia, Prime Minister Tom Doe of the United Kingdom, and President Bob Moe of the United States – assessed progress under AUKUS.',
      ),
    ).toEqual(['Ann Roe', 'Tom Doe', 'Bob Moe'])
  })
})

describe('session 10: the place of ministry overview pages', () => {
  it('reads the city the people who met are visiting ("who is visiting San Francisco, the United States to attend")', () => {
    const text =
      'On November 17, commencing at 10:40 a.m. for approximately 25 minutes, Mr. ROE Ann, Prime Minister of Japan, who is visiting San Francisco, the United States to attend the APEC Summit, held a leaders’ meeting with the Hon. Tom Doe, MP, Prime Minister of the Commonwealth of Australia.'
    expect(read(text).place).toBe('San Francisco')
    expect(
      read('On July 8, Ms. ROE Ann, Minister for Foreign Affairs of Japan, who are visiting Manila, the Republic of the Philippines, held the meeting.').place,
    ).toBe('Manila')
  })

  it('does not take a country visited for the place', () => {
    expect(read('Mr. ROE Ann, Prime Minister of Japan, held a summit meeting with Mr. Tom Doe, who is visiting Japan to attend the funeral.').place).toBeNull()
  })

  it('reads the city of the meeting held before "with" and the counterparts', () => {
    const text =
      'On March 13th, Mr. Ann Roe, Minister of Defense, and Mr. Tom Doe, Minister for Foreign Affairs held the second Japan-France Foreign and Defense Ministers’ Meeting in Tokyo with Mr. Bob Moe, Minister of Defence.'
    expect(read(text).place).toBe('Tokyo')
  })
})

describe('session 10: a meeting day without a year', () => {
  it('takes the year of the headline when nothing else gives one ("Summit 2023" over "met in Seoul on 22 May")', () => {
    const text =
      'Joint statement European Union – Republic of Korea Summit 2023\n\nPresident of the European Council Ann Roe and President of the Republic of Korea Tom Doe, met in Seoul on 22 May for the 10th Summit between the European Union and the Republic of Korea and issued the following statement:\n\n1. We welcome the progress made.'
    expect(read(text).date).toBe('2023-05-22')
  })
})

describe('session 10: a site headline with bars and a cookie notice above it', () => {
  it('keeps a cookie notice out of the page and reads "Title | Kind |Date Place, Region"', () => {
    const text =
      'This site uses technical and analytics cookies.\nBy continuing to browse, you agree to the use of cookies.\n\nG7 Japan 2031 | Foreign Ministers’ Communiqué |April 18, 2031 Karuizawa, Nagano\n\nWe, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States, underline our unity.\n\nWe will continue to work with our partners.'
    const doc = read(text)
    expect(doc.title).toBe('G7 Japan 2031 | Foreign Ministers’ Communiqué')
    expect(doc.date).toBe('2031-04-18')
    expect(doc.place).toBe('Karuizawa')
    expect(doc.paragraphs.length).toBe(2)
  })
})

describe('session 10: a former holder of an office', () => {
  it('is no participant ("to attend the state funeral for former Prime Minister ROE")', () => {
    const text =
      'On September 27, Mr. DOE Tom, Prime Minister of Japan, held a summit meeting with the Hon. Bob Moe, MP, Prime Minister of the Commonwealth of Australia, who is visiting Japan to attend the state funeral for former Prime Minister ROE.'
    expect(names(text)).toEqual(['DOE Tom', 'Bob Moe'])
  })
})
