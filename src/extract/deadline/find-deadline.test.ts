import { describe, expect, it } from 'vitest'
import { findDeadline } from './find-deadline.js'

const SEED = '2016-01-08'
const AUKUS = '2021-09-15'

/** One row: document date, clause, the deadline's text and end ('next-meeting' for the series), or null for none. */
type Row = [documentDate: string, clause: string, text: string | null, end: string | null]

/** Checks a row: the chosen expression's words and its end (or relative next meeting). */
function check([documentDate, clause, text, end]: Row): void {
  const d = findDeadline(clause, { documentDate, offset: 0 })
  if (text === null) {
    expect(d).toBeNull()
    return
  }
  expect(d?.text).toBe(text)
  if (end === 'next-meeting') expect(d).toMatchObject({ relative: 'next-meeting', start: null, end: null })
  else expect(d?.end).toBe(end)
}

describe('findDeadline: gold items', () => {
  it.each<Row>([
    [
      SEED,
      'noted the ongoing coordination for new joint projects, including a seminar on Humanitarian Assistance and Disaster Relief for ASEAN to be held in the Philippines in January 2016',
      'in January 2016',
      '2016-01-31',
    ],
    [SEED, 'The Ministers welcomed the next high-level Japan-UK bilateral consultations on cyberspace scheduled for spring 2016', 'spring 2016', '2016-06-30'],
    [SEED, 'the Ministers urged negotiations to conclude at the earliest possible opportunity', 'at the earliest possible opportunity', null],
    [SEED, 'they would pursue the visit of RAF Typhoon aircraft to Japan in 2016', 'in 2016', '2016-12-31'],
    [SEED, 'Japan welcomed the UK’s planned participation in Pacific Partnerships 2016', '2016', '2016-12-31'],
    [
      SEED,
      'They supported the aim of the EU and Japan reaching agreement on this, encompassing all key issues, as early as possible in 2016',
      'as early as possible in 2016',
      '2016-12-31',
    ],
    [
      SEED,
      'The Ministers confirmed their commitment to cooperate for the safety and security of the 2020 Tokyo Olympic and Paralympic Games',
      '2020 Tokyo Olympic and Paralympic Games',
      '2020-12-31',
    ],
    [
      SEED,
      'They planned to intensify bilateral consular cooperation in ensuring the safety of British and Japanese nationals overseas, in the run up to the 2019 Rugby World Cup and 2020 Tokyo Olympics in Japan, and in response to international crises',
      'in the run up to the 2019 Rugby World Cup and 2020 Tokyo Olympics',
      '2020-12-31',
    ],
    [
      SEED,
      'The Ministers instructed their respective officials to closely follow up the results of today’s Meeting and report to the next Foreign and Defence Ministerial Meeting',
      'the next Foreign and Defence Ministerial Meeting',
      'next-meeting',
    ],
    [AUKUS, 'we embark on a trilateral effort of 18 months to seek an optimal pathway to deliver this capability', '18 months', '2023-03-15'],
    [
      AUKUS,
      'We will leverage expertise from the United States and the United Kingdom, building on the two countries’ submarine programs to bring an Australian capability into service at the earliest achievable date',
      'at the earliest achievable date',
      null,
    ],
    [
      '2016-10-26',
      'extended an invitation for Prime Minister Abe to visit the Philippines at a convenient time. Prime Minister Abe accepted the invitation with pleasure',
      'at a convenient time',
      null,
    ],
  ])('%s: %j', (...row) => check(row))

  it.each<Row>([
    [
      SEED,
      'Japan and the UK would cooperate to tackle global security challenges, including through disaster relief and a greater role in UN peacekeeping',
      null,
      null,
    ],
    [
      SEED,
      'The Ministers welcomed progress in defence and security co-operation over the year and reaffirmed the dynamic strategic partnership between Japan and the UK, as set out in the Joint Statement during Prime Minister Abe’s visit to the UK in May 2014',
      null,
      null,
    ],
    [SEED, 'the Ministers condemned strongly the recent terrorist attacks in Paris and elsewhere which killed and injured many innocent people', null, null],
    [SEED, 'The UK looked forward to working closely with Japan in its 2016 G7 Presidency', null, null],
    [
      SEED,
      'Japan welcomed the UK’s 2015 Strategic Defence and Security Review, which sets out its vision for a secure and prosperous UK with global reach and influence, and its commitment to spend 2% of GDP on defence',
      null,
      null,
    ],
    [
      SEED,
      'The Ministers confirmed that the Japan-UK Counter-Terrorism Consultation, most recently held in October 2015, was an effective framework for cooperation',
      null,
      null,
    ],
    [SEED, 'The UK welcomed Japan’s National Action Plan on Women, Peace and Security as announced by Prime Minister Abe in September 2015', null, null],
    [
      SEED,
      'the Ministers discussed how to operationalise the comprehensive framework for collaboration in defence and security, as outlined by Prime Ministers in May 2014',
      null,
      null,
    ],
    [SEED, 'the importance of achieving concrete outcomes during the 70th session of the UN General Assembly', null, null],
    [SEED, 'They also supported the full and effective implementation of the 2002 Declaration on the Conduct of Parties', null, null],
    [SEED, 'They urged North Korea to comply with all relevant UN Security Council resolutions and the 2005 Six-Party Talks Joint Statement', null, null],
    [SEED, 'The Ministers strongly condemned the nuclear test conducted by North Korea on 6 January', null, null],
    [
      SEED,
      'The Ministers welcomed the close cooperation in civil nuclear energy, as confirmed at the Fourth Annual UK-Japan Nuclear Dialogue in London last month',
      null,
      null,
    ],
    [SEED, 'Japan and the UK would work urgently on further significant measures in a new Security Council resolution', null, null],
    [
      '2016-10-26',
      "Prime Minister Abe reaffirmed Japan's support for ASEAN centrality and the latter's vision of ASEAN 2025: Forging Ahead Together",
      null,
      null,
    ],
  ])('%s: no deadline in %j', (...row) => check(row))
})

describe('findDeadline: sentences of the White House outcome documents', () => {
  it.each<Row>([
    [
      '2023-05-20',
      'We reaffirm our commitment to strengthen global efforts to achieve GHG lifecycle zero emissions from international shipping by 2050 at the latest.',
      'by 2050',
      '2050-12-31',
    ],
    ['2022-12-01', 'The United States and France plan to hold their fifth U.S.-France Cyber Dialogue in early 2023.', 'in early 2023', '2023-04-30'],
    [
      '2023-02-24',
      'The Ukraine Recovery Conference to be held in London in June this year will offer a venue for Ukraine, international partners, private sector and civil society to further promote momentum behind Ukraine’s recovery.',
      'in June this year',
      '2023-06-30',
    ],
    [
      '2022-12-12',
      'We ask our Finance Ministers to convene shortly to discuss a joint approach for coordinated budget support in 2023.',
      'in 2023',
      '2023-12-31',
    ],
    [
      '2024-06-14',
      'Relevant DFIs and IFIs intend to sign a Memorandum of Understanding this year, in coordination with other global and regional health organizations to make further progress on this initiative.',
      'this year',
      '2024-12-31',
    ],
    [
      '2021-06-13',
      'We also commit to submit 2050 Long Term Strategies (LTSs) by COP26 and to regularly update these as needed in line with the Paris agreement to reflect the latest science, technological advances and market developments.',
      'by COP26',
      '2021-12-31',
    ],
    [
      '2021-06-13',
      'Recognising the importance of adaptation in our own national planning, we also commit to submitting adaptation communications as soon as possible, and if feasible by COP26.',
      'by COP26',
      '2021-12-31',
    ],
    ['2025-02-13', 'The leaders expect to announce new partnership initiatives across these sub-regions by fall of 2025.', 'by fall of 2025', '2025-12-31'],
    [
      '2023-06-08',
      'These priorities will form the basis of a Joint Standing Committee on Nuclear Energy Cooperation (JSCNEC), which is designed to deliver on shared commitments by the end of the year and serve as an enduring bilateral forum to advance shared policy goals across existing engagement mechanisms, including near-term actions identified through the JAG, and facilitate exchanges on new and evolving technic',
      'by the end of the year',
      '2023-12-31',
    ],
    [
      '2024-09-21',
      'We welcome the constructive discussions held at the first Quad Working Group on Counter-Terrorism and the fourth tabletop exercise in Honolulu last year, and look forward to Japan hosting the next meeting and tabletop exercise in November 2024.',
      'in November 2024',
      '2024-11-30',
    ],
    [
      '2021-09-22',
      'They will meet in Europe at the end of October in order to reach shared understandings and maintain momentum in this process.',
      'at the end of October',
      '2021-10-31',
    ],
    [
      '2021-06-13',
      'Recognising the urgent need to speed up delivery of doses, we are committing to share at least 870 million doses directly over the next year.',
      'over the next year',
      '2022-06-13',
    ],
    [
      '2023-05-20',
      'We commit to strengthening our commercial space cooperation, including convening a commercial space business forum in 2023.',
      'in 2023',
      '2023-12-31',
    ],
    [
      '2025-02-13',
      'To advance defense ties further, the leaders announced plans to sign this year a new ten-year Framework for the U.S.-India Major Defense Partnership in the 21st Century.',
      'this year',
      '2025-12-31',
    ],
    [
      '2023-05-20',
      'We look forward to the first revision of the G7 Dashboard on Gender Gaps and the publication of the first implementation report this year, which aims to monitor past G7 commitments to make progress on gender equality.',
      'this year',
      '2023-12-31',
    ],
    // Session 8: an event with no lead and no printed year is the work's object (gold-fit5 case 7).
    [
      '2023-04-20',
      'The leaders expressed their commitment to work toward an ambitious and productive United Nations Climate Change Conference (COP28) and to work in other international organizations to achieve concrete results that prioritize life and nature.',
      null,
      null,
    ],
    [
      '2021-06-13',
      'We further encourage strong commitments in these areas to be announced at the G20, the UN Food Systems Summit, COP26 and the Tokyo Nutrition for Growth Summit later this year.',
      'later this year',
      '2021-12-31',
    ],
    [
      '2022-05-24',
      'The first class of Quad Fellows will begin their studies in the third quarter of 2023, and we look forward to building together a talented cohort of next-generation STEM minds who will lead our countries in cutting-edge research and innovation.',
      'in the third quarter of 2023',
      '2023-09-30',
    ],
    [
      '2022-05-31',
      'We look forward to our countries participating in the Christchurch Call Leaders’ Summit in September this year, during which we intend to announce new measures to better understand and address online radicalization by promoting algorithmic transparency and data access, designing and implementing evidence-based interventions, optimizing and closing loopholes in crisis response, and advancing innova',
      'in September this year',
      '2022-09-30',
    ],
    [
      '2021-10-29',
      'As France assumes the Presidency of the European Union during the first half of 2022, it will keep the United States closely informed of its priorities.',
      'during the first half of 2022',
      '2022-06-30',
    ],
    [
      '2022-06-28',
      'As Spain prepares for its presidency of the Council of the European Union in the second half of 2023, the two countries intend to prioritize cooperation on foreign policy, security, defense, and economic issues as they relate to the EU.',
      'in the second half of 2023',
      '2023-12-31',
    ],
    [
      '2022-11-16',
      'We call on the OECD/G20 Inclusive Framework on Base Erosion and Profit Shifting (BEPS) to finalize Pillar One, including remaining issues and by signing the Multilateral Convention in the first half of 2023, and to complete the negotiations of the Subject to Tax Rule (STTR) under Pillar Two that would allow the development of a Multilateral Instrument for its implementation.',
      'in the first half of 2023',
      '2023-06-30',
    ],
    [
      '2022-07-16',
      'President Sheikh Mohamed bin Zayed extended President Biden an invitation to attend the COP28 to be convened in the UAE in November 2023.',
      'in November 2023',
      '2023-11-30',
    ],
    ['2023-05-20', 'India will host our next in-person Quad Leaders’ Summit in 2024.', 'in 2024', '2024-12-31'],
    [
      '2021-09-29',
      'Specifically, we ask that the working groups, by our next meeting, focus on the following: - Working Group 1 – Technology Standards: The Technology Standards working group is tasked to develop approaches for coordination and cooperation in critical and emerging technology standards including AI and other emerging technologies.',
      'by our next meeting',
      'next-meeting',
    ],
    ['2021-10-29', 'They support the invitation of the EU and other partners to the upcoming NATO Leaders’ Summit in Madrid in 2022.', 'in 2022', '2022-12-31'],
    [
      '2023-03-13',
      'The United States plans to increase SSN port visits to Australia beginning in 2023, with Australian sailors joining U.S. crews for training and development; the United Kingdom will increase visits to Australia beginning in 2026. <!-- --> - As early as 2027, the United States and United Kingdom plan to begin forward rotations of SSNs to Australia to accelerate the development of the Australian nava',
      'beginning in 2023',
      '2023-12-31',
    ],
    [
      '2024-04-11',
      'We welcome the Philippines hosting an International Conference on Women, Peace, and Security in October this year, to review global implementation of the United Nations Security Council Resolution 1325 ahead of its 25<sup>th</sup> Anniversary in 2025.',
      'in October this year',
      '2024-10-31',
    ],
    [
      '2021-06-13',
      'We will implement the Compact and review our progress against it regularly through existing G7 mechanisms, including at the G7 Leaders’ Summit in five years when we will review options to ratchet up our action and ambition, as needed, to ensure delivery of our 2030 vision.',
      'in five years',
      '2026-06-13',
    ],
    [
      '2023-10-20',
      'We look forward to continuing to make progress on these important objectives in the next two months.',
      'in the next two months',
      '2023-12-20',
    ],
    [
      '2021-06-13',
      'We welcome the work by the Climate Investment Funds (CIFs) and donors plan to commit up to $2 billion in the coming year to its Accelerating the Coal Transition and Integrating Renewable Energy programs.',
      'in the coming year',
      '2022-06-13',
    ],
    [
      '2024-06-14',
      'We reiterate our call for other countries and partners to join us in ending permitting and construction of new unabated coal-fired powerplants as soon as possible, and will promote cooperation with countries, international partners, and relevant organizations, including the financial sector, to this end, noting the work of those joining the Powering Past Coal Alliance and the Coal Transition Accel',
      'as soon as possible',
      null,
    ],
    ['2021-09-24', 'Just six months have passed since our last meeting.', null, null],
    [
      '2024-04-11',
      'We also welcome the first Nuclear Energy Summit in Brussels on March 21, where participants from more than 35 countries, including Japan, the Philippines, and the United States, recognized nuclear energy as an important component of a multifaceted and inclusive clean energy transition.',
      null,
      null,
    ],
    ['2023-06-08', 'In the New Atlantic Charter signed in 2021, we underscored and refreshed this vision.', null, null],
    [
      '2024-05-23',
      'Since the passage of the AGOA in 2000, Kenya’s apparel sector has forged robust partnerships with local manufacturers and U.S. buyers, and exports to the U.S. have reached record levels and are now worth hundreds of millions of dollars annually.',
      null,
      null,
    ],
    ['2023-04-03', 'Last year, U.S. exports to the EU were 56 bcm, up from 22 bcm in 2021.', null, null],
    [
      '2024-06-14',
      'We welcome the commitments, as set forth in COP28, to triple global renewable capacity and double the global average annual rate of energy efficiency improvements by 2030.',
      'by 2030',
      '2030-12-31',
    ],
    [
      '2023-05-20',
      'Furthermore, we call on all Parties to commit at UNFCCC-COP28 to peak global GHG emissions immediately and by no later than 2025.',
      'by no later than 2025',
      '2025-12-31',
    ],
    [
      '2023-05-20',
      'We call on all Parties to submit their next round of NDCs and LTSs well ahead of UNFCCC-COP30 that are informed by the outcomes of the GST, reflecting economy-wide absolute reduction targets including all GHGs, sectors and categories.',
      'well ahead of UNFCCC-COP30',
      '2025-12-31',
    ],
    ['2022-11-16', 'We look forward to meeting again in India in 2023, in Brazil in 2024 and in South Africa in 2025.', 'in 2023', '2023-12-31'],
    [
      '2021-06-13',
      'We will make these doses available as soon as possible and aim to deliver at least half by the end of 2021 primarily channelled through COVAX towards those in greatest need.',
      'by the end of 2021',
      '2021-12-31',
    ],
    [
      '2021-12-10',
      'Over the coming year of action, we commit to working to establish a voluntary, nonbinding written code of conduct around which like-minded states could politically pledge, to use export control tools to prevent the proliferation of software and other technologies used to enable serious human rights abuses.',
      'Over the coming year',
      '2022-12-10',
    ],
    [
      '2022-02-26',
      'Fourth, we commit to launching this coming week a transatlantic task force that will ensure the effective implementation of our financial sanctions by identifying and freezing the assets of sanctioned individuals and companies that exist within our jurisdictions.',
      'coming week',
      '2022-03-05',
    ],
    [
      '2024-06-14',
      'Our goal remains unchanged, to provide a substantial contribution to efforts to reduce global GHG emissions by around 43 per cent in this critical decade and by 60 per cent by 2035, relative to the 2019 level.',
      'by 2035',
      '2035-12-31',
    ],
    [
      '2023-11-01',
      'Over the next year, the Diplomacy and Capacity Building Pillar will continue to expand the CRI’s mentorship program and onboarding program.',
      'Over the next year',
      '2024-11-01',
    ],
    [
      '2023-06-22',
      'President Biden highlighted the impactful participation of Prime Minister Modi in the G7 Hiroshima Summit and looks forward to the G20 Summit in September in New Delhi.',
      'in September',
      '2023-09-30',
    ],
    [
      '2021-06-13',
      'We will contribute by conserving or protecting at least 30 per cent of our own land, including terrestrial and inland waters, and coastal and marine areas by 2030 according to national circumstances and approaches.',
      'by 2030',
      '2030-12-31',
    ],
    // gold-fit4 AUKUS: an earliest date is no due date; "the late 2030s" ends with the decade, "the early 2030s/2040s" has no end
    ['2023-03-13', 'As early as 2027, the United States and United Kingdom plan to begin forward rotations of SSNs to Australia', null, null],
    ['2023-03-13', 'In the late 2030s, the United Kingdom will deliver its first SSN-AUKUS to the Royal Navy', 'In the late 2030s', '2039-12-31'],
    [
      '2023-03-13',
      'Starting in the early 2030s, pending Congressional approval, the United States intends to sell Australia three Virginia class submarines',
      'Starting in the early 2030s',
      null,
    ],
    ['2023-03-13', 'Australia will deliver the first SSN-AUKUS built in Australia to the Royal Australian Navy in the early 2040s', 'in the early 2040s', null],
    // gold-fit4 PGII: a role held next year describes the subject, it is no due date
    [
      '2022-11-15',
      'As the G20 Presidency, and Chairman of ASEAN next year, Indonesia will ensure developing countries benefit from this transformational global initiative',
      null,
      null,
    ],
  ])('%s: %j', (...row) => check(row))
})

describe('findDeadline: choosing among expressions', () => {
  it('prefers a limit to a period, and a period to an open phrase', () => {
    check(['2021-06-13', 'as soon as possible, and no later than 2025, in 2022', 'no later than 2025', '2025-12-31'])
    check(['2021-06-13', 'as soon as possible and in 2022', 'in 2022', '2022-12-31'])
  })

  it('prefers a date to the next meeting, and the next meeting to an open phrase', () => {
    check(['2024-09-21', 'Japan hosting the next meeting in November 2024', 'in November 2024', '2024-11-30'])
    check(['2024-09-21', 'to report soon, and at the latest to the next meeting', 'the next meeting', 'next-meeting'])
  })

  it('keeps a missed "by" date but drops a past "in" date', () => {
    check(['2016-06-01', 'to finish the review by March 2016', 'by March 2016', '2016-03-31'])
    check(['2016-06-01', 'the review finished in March 2016', null, null])
  })

  it('counts the same month as due, and a past event of the same year as over', () => {
    check([SEED, 'a seminar to be held in January 2016', 'in January 2016', '2016-01-31'])
    check(['2023-06-22', 'the participation of Prime Minister Modi in the G7 Hiroshima Summit', null, null])
  })

  it('gives relative phrases no dates when the document date is unknown', () => {
    expect(findDeadline('within six months', { documentDate: null, offset: 0 })).toMatchObject({ start: null, end: null })
    expect(findDeadline('in 2016', { documentDate: null, offset: 0 })).toMatchObject({ end: '2016-12-31' })
  })

  it('moves the span by the offset', () => {
    const d = findDeadline('they would pursue the visit in 2016', { documentDate: SEED, offset: 1000 })
    expect(d?.span).toEqual({ start: 1028, end: 1035 })
  })
})

describe('findDeadline: session 8 forms (precision of deadlines)', () => {
  it('reads "will promptly" / "to immediately" right after the clause’s own modal as an open deadline', () => {
    check(['2026-02-06', 'The United States and India will promptly implement this framework', 'promptly', null])
    check(['2025-10-26', 'Thailand undertakes to promptly release the prisoners of war', 'promptly', null])
    check(['2023-11-03', 'We ask Ministers to immediately focus on enhancing regional integration', 'immediately', null])
    check(['2023-09-09', 'As an immediate next step, the United States and the European Union will support the Governments', 'As an immediate next step', null])
  })

  it('does not read an at-once adverb after a later "to", nor in the words around the clause', () => {
    // gold-fit3: the mechanism shares promptly; the pledge (establishing it) has no deadline.
    check(['2023-07-27', 'The three countries also committed to establishing an agile mechanism to promptly share emerging trends', null, null])
    check(['2023-04-20', 'the leaders will meet immediately after the summit', null, null])
    const lead = 'demanding the Russian Federation to immediately, completely and unconditionally withdraw all of its military forces'
    expect(findDeadline(lead, { documentDate: '2022-07-16', offset: 0, around: true })).toBeNull()
    expect(findDeadline(lead, { documentDate: '2022-07-16', offset: 0 })?.text).toBe('immediately')
  })

  it('reads an event with no lead and no printed year as the work’s object, not a due date', () => {
    check(['2021-10-29', 'We will continue urgently addressing the climate crisis, including support for the aims of COP-26', null, null])
    check(['2023-01-13', 'will continue to work closely toward a successful summit, the G7 Hiroshima Summit', null, null])
    // With a lead, or with its year printed (ANNOTATION.md's own example), the event is still a date.
    check(['2021-06-13', 'commit to submit aligned NDCs by COP26', 'by COP26', '2021-12-31'])
    check([
      SEED,
      'cooperate for the safety and security of the 2020 Tokyo Olympic and Paralympic Games',
      '2020 Tokyo Olympic and Paralympic Games',
      '2020-12-31',
    ])
  })

  it('keeps the lead of a full name for the abbreviation in brackets after it', () => {
    check([
      '2021-06-13',
      'Ahead of the 15th Conference of the Parties of the Convention on Biological Diversity (CBD COP15), the 26th UN Climate Change Conference of the Parties (UNFCCC COP26), we commit to accelerating efforts',
      'UNFCCC COP26',
      '2021-12-31',
    ])
    check(['2023-04-20', 'to work toward an ambitious and productive United Nations Climate Change Conference (COP28)', null, null])
  })

  it('reads "until at least 2030" as how long, not by when', () => {
    check(['2022-03-25', 'toward ensuring stable demand for additional U.S. LNG until at least 2030', null, null])
    check(['2022-03-25', 'to keep the sanctions in place until 2030', 'until 2030', '2030-12-31'])
  })

  it('reads a span written in capitals as part of a name', () => {
    check(['2024-05-27', 'our commitment to implementation of the Trilateral Cooperation Vision for the Next Decade', null, null])
    check(['2024-05-27', 'to deepen cooperation over the next decade', 'over the next decade', '2034-05-27'])
  })
})
