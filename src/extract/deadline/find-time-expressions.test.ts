import { describe, expect, it } from 'vitest'
import { findTimeExpressions } from './find-time-expressions.js'

const SEED = '2016-01-08'

/** One row: clause, document date, the expression's text, start, end. */
type Row = [clause: string, documentDate: string | null, text: string, start: string | null, end: string | null]

const find = (clause: string, documentDate: string | null) => findTimeExpressions(clause, { documentDate, offset: 0 })

describe('findTimeExpressions: the grammar', () => {
  it.each<Row>([
    // years
    ['they would hold talks in 2016', SEED, 'in 2016', '2016-01-08', '2016-12-31'],
    ['to reach net zero by 2030', SEED, 'by 2030', '2016-01-08', '2030-12-31'],
    ['cooperation during 2016', SEED, 'during 2016', '2016-01-08', '2016-12-31'],
    ['a work plan for 2016', SEED, '2016', '2016-01-08', '2016-12-31'],
    ['to finish the study before 2030', SEED, 'before 2030', '2016-01-08', '2029-12-31'],
    ['in the year 2030', SEED, 'in the year 2030', '2030-01-01', '2030-12-31'],
    ['Japan welcomed the UK’s planned participation in Pacific Partnerships 2016', SEED, '2016', '2016-01-08', '2016-12-31'],
    ['to mobilise finance from 2021 to 2025', '2021-06-13', 'from 2021 to 2025', '2021-01-01', '2025-12-31'],
    ['joint exercises in 2016 and 2017', SEED, 'in 2016 and 2017', '2016-01-08', '2017-12-31'],
    ['cooperation in 2021–2025', '2021-06-13', 'in 2021–2025', '2021-06-13', '2025-12-31'],
    ['port visits to Australia beginning in 2023', '2023-03-13', 'beginning in 2023', '2023-03-13', '2023-12-31'],
    ['to peak global GHG emissions immediately and by no later than 2025', '2023-05-20', 'by no later than 2025', '2023-05-20', '2025-12-31'],
    ['the goal of mobilising $100 billion annually through to 2025', '2021-06-10', 'through to 2025', '2021-06-10', '2025-12-31'],
    ['in the 2020s', '2021-06-13', 'in the 2020s', '2021-06-13', '2029-12-31'],
    // months and days
    ['a seminar to be held in the Philippines in January 2016', SEED, 'in January 2016', '2016-01-08', '2016-01-31'],
    ['to conclude by March 2017', SEED, 'by March 2017', '2016-01-08', '2017-03-31'],
    ['January 2016', SEED, 'January 2016', '2016-01-08', '2016-01-31'],
    ['an International Conference on Women, Peace, and Security in October this year', '2024-04-11', 'in October this year', '2024-10-01', '2024-10-31'],
    ['urging implementation by the end of August 2021', '2021-06-13', 'by the end of August 2021', '2021-06-13', '2021-08-31'],
    ['They will meet in Europe at the end of October', '2021-09-22', 'at the end of October', '2021-10-21', '2021-10-31'],
    ['to deepen these discussions towards the G7 Trade Ministers’ Meeting in October', '2023-05-20', 'in October', '2023-10-01', '2023-10-31'],
    ['to agree the text by next March', SEED, 'by next March', '2016-01-08', '2016-03-31'],
    ['by 31 March 2017', SEED, 'by 31 March 2017', '2016-01-08', '2017-03-31'],
    ['on 8 January 2016', SEED, 'on 8 January 2016', '2016-01-08', '2016-01-08'],
    ['by December 15, 2024', '2024-06-14', 'by December 15, 2024', '2024-06-14', '2024-12-15'],
    ['the Summit in Mexico City on 9–10 January 2023', '2023-01-01', 'on 9–10 January 2023', '2023-01-09', '2023-01-10'],
    ['the Summit organized in Paris on June 22-23', '2023-05-20', 'on June 22-23', '2023-06-22', '2023-06-23'],
    ['the report is due by 2017-03-31', SEED, 'by 2017-03-31', '2016-01-08', '2017-03-31'],
    ['the conference will run from 6 to 10 December 2022', '2022-06-01', 'from 6 to 10 December 2022', '2022-12-06', '2022-12-10'],
    // seasons: northern hemisphere, quarter-like ends
    ['consultations on cyberspace scheduled for spring 2016', SEED, 'spring 2016', '2016-03-01', '2016-06-30'],
    ['in the spring of 2016', SEED, 'in the spring of 2016', '2016-03-01', '2016-06-30'],
    ['summer 2016', SEED, 'summer 2016', '2016-06-01', '2016-09-30'],
    ['autumn 2016', SEED, 'autumn 2016', '2016-09-01', '2016-12-31'],
    ['winter 2016', SEED, 'winter 2016', '2016-12-01', '2017-03-31'],
    ['a meeting this spring', SEED, 'this spring', '2016-03-01', '2016-06-30'],
    ['new partnership initiatives across these sub-regions by fall of 2025', '2025-02-13', 'by fall of 2025', '2025-02-13', '2025-12-31'],
    ['Throughout this fall, Quad countries each plan to host campaigns', '2024-09-21', 'Throughout this fall', '2024-09-21', '2024-12-31'],
    ['storage filling for the next winter 2023-24', '2023-04-03', 'next winter 2023-24', '2023-12-01', '2024-03-31'],
    // quarters and halves
    ['Q3 2024', '2024-01-10', 'Q3 2024', '2024-07-01', '2024-09-30'],
    ['will begin their studies in the third quarter of 2023', '2022-05-24', 'in the third quarter of 2023', '2023-07-01', '2023-09-30'],
    ['to meet in the first quarter', SEED, 'in the first quarter', '2016-01-08', '2016-03-31'],
    ['to meet in the first quarter', '2016-11-20', 'in the first quarter', '2017-01-01', '2017-03-31'],
    ['signing the Multilateral Convention in the first half of 2023', '2022-11-16', 'in the first half of 2023', '2023-01-01', '2023-06-30'],
    ['H2 2025', '2025-02-13', 'H2 2025', '2025-07-01', '2025-12-31'],
    ['in the second half of the year', SEED, 'in the second half of the year', '2016-07-01', '2016-12-31'],
    // early, mid, late
    ['to hold their fifth U.S.-France Cyber Dialogue in early 2023', '2022-12-01', 'in early 2023', '2023-01-01', '2023-04-30'],
    ['mid-2016', SEED, 'mid-2016', '2016-05-01', '2016-08-31'],
    ['mid 2016', SEED, 'mid 2016', '2016-05-01', '2016-08-31'],
    ['late 2016', SEED, 'late 2016', '2016-09-01', '2016-12-31'],
    ['to realize it for pilot countries by the end of 2024', '2024-06-14', 'by the end of 2024', '2024-06-14', '2024-12-31'],
    ['Trade Policy Forum before the end of 2021', '2021-09-24', 'before the end of 2021', '2021-09-24', '2021-12-31'],
    ['early next year', SEED, 'early next year', '2017-01-01', '2017-04-30'],
    ['to visit the United States later this year', '2022-07-16', 'later this year', '2022-07-16', '2022-12-31'],
    // the document's year and the next
    ['report to Leaders by the end of the year', '2021-06-13', 'by the end of the year', '2021-06-13', '2021-12-31'],
    ['by the end of this year', SEED, 'by the end of this year', '2016-01-08', '2016-12-31'],
    ['a decision by year-end', SEED, 'by year-end', '2016-01-08', '2016-12-31'],
    ['in time for ERA to begin disbursing before year-end', '2024-06-14', 'before year-end', '2024-06-14', '2024-12-31'],
    ['Leaders’ Week next month in San Francisco', '2023-10-25', 'next month', '2023-11-01', '2023-11-30'],
    ['Both countries are determined to, within 12 months, identify concrete actions', '2023-01-10', 'within 12 months', '2023-01-10', '2024-01-10'],
    ['a positive outcome, within six months of entry into force of the agreement', '2023-01-10', 'within six months', null, null],
    ['by the end of next year', SEED, 'by the end of next year', '2016-01-08', '2017-12-31'],
    ['to meet again next year', SEED, 'next year', '2017-01-01', '2017-12-31'],
    ['to provide $45 million in humanitarian assistance to Ukraine this year', '2021-09-01', 'this year', '2021-09-01', '2021-12-31'],
    ['to commit up to $2 billion in the coming year', '2021-06-13', 'in the coming year', '2021-06-13', '2022-06-13'],
    ['by the end of the decade', SEED, 'by the end of the decade', '2016-01-08', '2019-12-31'],
    ['urgent climate action in this critical decade', '2022-12-12', 'in this critical decade', '2022-12-12', '2029-12-31'],
    ['to conclude talks next month', SEED, 'next month', '2016-02-01', '2016-02-29'],
    // spans from the document date
    ['within six months', SEED, 'within six months', '2016-01-08', '2016-07-08'],
    ['within 18 months', SEED, 'within 18 months', '2016-01-08', '2017-07-08'],
    ['within 90 days', SEED, 'within 90 days', '2016-01-08', '2016-04-07'],
    ['in the next two years', SEED, 'in the next two years', '2016-01-08', '2018-01-08'],
    ['one billion doses over the next year', '2021-06-13', 'over the next year', '2021-06-13', '2022-06-13'],
    ['over the next five years', SEED, 'over the next five years', '2016-01-08', '2021-01-08'],
    ['in two years’ time', SEED, 'in two years’ time', '2016-01-08', '2018-01-08'],
    ['we embark on a trilateral effort of 18 months to seek an optimal pathway', '2021-09-15', '18 months', '2021-09-15', '2023-03-15'],
    ['an 18-month study of options', '2021-09-15', '18-month', '2021-09-15', '2023-03-15'],
    ['a launch this coming week', '2022-02-26', 'coming week', '2022-02-26', '2022-03-05'],
    // open
    ['the Ministers urged negotiations to conclude at the earliest possible opportunity', SEED, 'at the earliest possible opportunity', SEED, null],
    ['to bring an Australian capability into service at the earliest achievable date', '2021-09-15', 'at the earliest achievable date', '2021-09-15', null],
    ['to visit the Philippines at a convenient time', '2016-10-26', 'at a convenient time', '2016-10-26', null],
    [
      'In the coming weeks and months, Mexico and the United States will continue to work together',
      '2024-07-10',
      'In the coming weeks and months',
      '2024-07-10',
      null,
    ],
    ['in the coming months', SEED, 'in the coming months', SEED, null],
    ['in the near future', SEED, 'in the near future', SEED, null],
    ['to meet again soon', SEED, 'soon', SEED, null],
    ['to resolve the abductions issue as soon as possible', SEED, 'as soon as possible', SEED, null],
    ['at an early date', SEED, 'at an early date', SEED, null],
    ['without delay', SEED, 'without delay', SEED, null],
    ['expeditiously', SEED, 'expeditiously', SEED, null],
    ['in due course', SEED, 'in due course', SEED, null],
    ['to increase this contribution over the months to come', '2021-06-13', 'over the months to come', '2021-06-13', null],
    ['within a few months', SEED, 'within a few months', SEED, null],
    ['reaching agreement on this, encompassing all key issues, as early as possible in 2016', SEED, 'as early as possible in 2016', SEED, '2016-12-31'],
    // events stand for their year
    ['for the safety and security of the 2020 Tokyo Olympic and Paralympic Games', SEED, '2020 Tokyo Olympic and Paralympic Games', '2020-01-01', '2020-12-31'],
    [
      'in the run up to the 2019 Rugby World Cup and 2020 Tokyo Olympics in Japan',
      SEED,
      'in the run up to the 2019 Rugby World Cup and 2020 Tokyo Olympics',
      '2019-01-01',
      '2020-12-31',
    ],
    ['to submit 2050 Long Term Strategies (LTSs) by COP26', '2021-06-13', 'by COP26', '2021-06-13', '2021-12-31'],
    ['to align such targets with a 1.5 °C pathway before COP27', '2022-09-29', 'before COP27', '2022-01-01', '2022-12-31'],
    ['to commit at UNFCCC-COP28 to peak global GHG emissions', '2023-05-20', 'at UNFCCC-COP28', '2023-05-20', '2023-12-31'],
    ['priorities for the G7 Hiroshima Summit', '2023-01-13', 'G7 Hiroshima Summit', '2023-01-13', '2023-12-31'],
    ['as we look to the 2023 G7 Summit in Hiroshima', '2022-12-12', '2023 G7 Summit in Hiroshima', '2023-01-01', '2023-12-31'],
    ['the Apulia G7 Leaders’ Summit', '2024-06-14', 'Apulia G7 Leaders’ Summit', '2024-06-14', '2024-12-31'],
    ['ahead of the G20 Summit in New Delhi', '2023-05-20', 'ahead of the G20 Summit in New Delhi', '2023-01-01', '2023-12-31'],
    ['at Expo 2025 Osaka', '2024-04-10', 'at Expo 2025 Osaka', '2025-01-01', '2025-12-31'],
    ['the 2028 Los Angeles Olympics', '2024-04-10', '2028 Los Angeles Olympics', '2028-01-01', '2028-12-31'],
    ['the United States’ APEC 2023 host year', '2023-01-13', 'APEC 2023', '2023-01-13', '2023-12-31'],
    ['a successful outcome at the 2026 NPT Review Conference', '2024-04-10', 'at the 2026 NPT Review Conference', '2026-01-01', '2026-12-31'],
    ['the 2020 NPT Review Conference', '2021-04-16', '2020 NPT Review Conference', '2022-01-01', '2022-12-31'],
    ['during the 80th session of the UN General Assembly', '2025-02-07', 'during the 80th session of the UN General Assembly', '2025-02-07', '2025-12-31'],
    ['the upcoming NATO Leaders’ Summit in Madrid', '2021-10-29', 'NATO Leaders’ Summit in Madrid', '2022-01-01', '2022-12-31'],
    ['the Elmau Summit', '2022-03-01', 'Elmau Summit', '2022-03-01', '2022-12-31'],
    // the next meeting of the series
    ['report to the next Foreign and Defence Ministerial Meeting', SEED, 'the next Foreign and Defence Ministerial Meeting', null, null],
    ['at the next 2+2', SEED, 'at the next 2+2', null, null],
    ['before the next summit', SEED, 'before the next summit', null, null],
    ['by our next meeting', '2021-09-29', 'by our next meeting', null, null],
    ['the next Quad Leaders’ Summit', '2024-09-21', 'the next Quad Leaders’ Summit', null, null],
    ['at next year’s Summit', SEED, 'at next year’s Summit', null, null],
    ['by the time of our next meeting', '2021-09-29', 'by the time of our next meeting', null, null],
    // no document date: relative phrases have no dates, absolute ones keep theirs
    ['in 2016', null, 'in 2016', '2016-01-01', '2016-12-31'],
    ['next year', null, 'next year', null, null],
    ['within six months', null, 'within six months', null, null],
    ['in October', null, 'in October', null, null],
    ['by COP26', null, 'by COP26', '2021-01-01', '2021-12-31'],
  ])('%j (%s) → %j', (clause, documentDate, text, start, end) => {
    const found = find(clause, documentDate)
    expect(found.map((d) => d.text)).toEqual([text])
    expect(found[0]).toMatchObject({ start, end })
  })

  it('marks the next meeting as relative', () => {
    expect(find('report to the next Foreign and Defence Ministerial Meeting', SEED)[0]?.relative).toBe('next-meeting')
    expect(find('in 2016', SEED)[0]?.relative).toBeUndefined()
  })
})

describe('findTimeExpressions: what is not a due date', () => {
  it.each([
    'its commitment to spend 2% of GDP on defence as well as 0.7% of GNI',
    'in accordance with Resolution 2231 (2015)',
    'Japan welcomed the UK’s 2015 Strategic Defence and Security Review',
    'the full and effective implementation of the 2002 Declaration on the Conduct of Parties',
    'the 2005 Six-Party Talks Joint Statement',
    'to implement the 2030 Agenda for Sustainable Development',
    'our respective 2030 targets',
    'the UK looked forward to working closely with Japan in its 2016 G7 Presidency',
    'the lessons of the Arab Spring',
    'since the fall of the Berlin Wall',
    'prices may fall',
    'a quarter of the population',
    'The Ministers welcomed progress in defence and security co-operation over the year',
    'engagements at higher levels once every 12-18 months',
    'investment in green H2 production',
    'Just six months have passed since our last meeting.',
    'the next generation of leaders',
    'to submit their next round of NDCs',
    'recovery from COVID-19',
    'A/RES/70/1',
    'which killed and injured many innocent people',
    'Japan and the UK would cooperate to tackle global security challenges',
  ])('finds nothing in %j', (clause) => {
    expect(find(clause, SEED)).toEqual([])
  })

  it('reads "ASEAN 2025" as a name in 2016 but "Pacific Partnerships 2016" as a date', () => {
    expect(find('Japan’s support for ASEAN centrality and the vision of ASEAN 2025: Forging Ahead Together', '2016-10-26')).toEqual([])
    expect(find('participation in Pacific Partnerships 2016', SEED)).toHaveLength(1)
  })

  it.each([
    ['cooperation since 2015', SEED],
    ['the exercise held last year', SEED],
    ['six months ago', SEED],
    ['as we agreed earlier this year', SEED],
    ['over the past year', SEED],
    ['the National Action Plan as announced by Prime Minister Abe in September 2015', SEED],
    ['the Counter-Terrorism Consultation, most recently held in October 2015', SEED],
    ['as outlined by Prime Ministers in May 2014', SEED],
    ['In the New Atlantic Charter signed in 2021, we underscored and refreshed this vision.', '2023-06-08'],
    ['the UN Water Conference successfully held this year', '2023-05-20'],
    ['the Leaders’ Pledge for Nature launched at the 75th session of the UN General Assembly', '2021-06-13'],
  ])('leaves out the background in %j', (clause, documentDate) => {
    expect(find(clause, documentDate)).toEqual([])
  })

  it('keeps a date after a participle when the date is still ahead', () => {
    const clause = 'the next Quad Foreign Ministers’ meeting hosted by the United States in 2025'
    expect(find(clause, '2024-09-21').map((d) => d.text)).toEqual(['the next Quad Foreign Ministers’ meeting', 'in 2025'])
  })
})

describe('findTimeExpressions: spans', () => {
  it('adds the clause offset to spans, which slice to the text', () => {
    const doc = 'x'.repeat(500) + 'They also confirmed they would pursue the visit of RAF Typhoon aircraft to Japan in 2016. The next summit will decide.'
    const clause = doc.slice(500)
    const found = findTimeExpressions(clause, { documentDate: SEED, offset: 500 })
    expect(found).toHaveLength(2)
    for (const d of found) expect(doc.slice(d.span.start, d.span.end)).toBe(d.text)
  })

  it('returns nothing for a clause without any time word', () => {
    expect(findTimeExpressions('the Ministers decided to strengthen information-sharing', { documentDate: SEED, offset: 0 })).toEqual([])
  })
})
