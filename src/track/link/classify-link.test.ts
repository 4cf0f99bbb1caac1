import { describe, expect, it } from 'vitest'
import type { LinkKind } from '../../core/tracking.js'
import { classifyLink, explainLink } from './classify-link.js'
import { LINK_RULES, MENTION_RULE_ID } from './link-rules.js'

/** [earlier item text, its action, later passage, expected kind, expected rule] */
type Row = [string, string, string, LinkKind, string]

const rows: Row[] = [
  // dropped: explicit language only
  [
    'we will hold an annual dialogue',
    'hold an annual dialogue',
    'The two sides decided to discontinue the annual dialogue.',
    'dropped',
    'dropped/discontinued',
  ],
  ['we will pursue the exchange programme', 'pursue the exchange programme', 'The exchange programme is no longer pursued.', 'dropped', 'dropped/no-longer'],
  ['we will implement the agreement', 'implement the agreement', 'The United States withdrew from the agreement.', 'dropped', 'dropped/withdrew'],
  ['we will negotiate a trade agreement', 'negotiate a trade agreement', 'Negotiations on the trade agreement were suspended.', 'dropped', 'dropped/suspended'],
  // reported done
  [
    'we will conclude the Reciprocal Access Agreement',
    'conclude the Reciprocal Access Agreement',
    'We welcomed the signing of the Reciprocal Access Agreement.',
    'reported-done',
    'reported-done/signed',
  ],
  [
    'we will bring the agreement into force',
    'bring the agreement into force',
    'We welcomed the entry into force of the agreement.',
    'reported-done',
    'reported-done/entered-into-force',
  ],
  [
    'we will deliver one billion vaccine doses',
    'deliver one billion vaccine doses',
    'The leaders welcomed the completion of the vaccine dose deliveries.',
    'reported-done',
    'reported-done/completed',
  ],
  [
    'we will establish a vaccine expert working group',
    'establish a vaccine expert working group',
    'We launched the Quad Vaccine Experts Group.',
    'reported-done',
    'reported-done/launched',
  ],
  [
    'we will hold an in-person summit by the end of 2021',
    'hold an in-person summit',
    'The leaders held their first in-person summit.',
    'reported-done',
    'reported-done/held',
  ],
  [
    'we will create a clean energy initiative',
    'create a clean energy initiative',
    'The leaders welcomed the establishment of the Clean Energy Initiative.',
    'reported-done',
    'reported-done/established',
  ],
  [
    'we will conclude negotiations on the Framework Agreement',
    'conclude negotiations on the Framework Agreement',
    'We welcomed the conclusion of negotiations on the Framework Agreement.',
    'reported-done',
    'reported-done/concluded',
  ],
  [
    'we will provide vaccine doses to the region',
    'provide vaccine doses to the region',
    'We have delivered more than 400 million vaccine doses to the region.',
    'reported-done',
    'reported-done/achieved',
  ],
  [
    'we will train coast guard officers',
    'train coast guard officers',
    'Japan trained 300 coast guard officers this year.',
    'reported-done',
    'reported-done/past-of-pledged-verb',
  ],
  // progress reported
  [
    'we will cooperate on semiconductor supply chains',
    'cooperate on semiconductor supply chains',
    'We welcomed progress on semiconductor supply chain cooperation.',
    'progress-reported',
    'progress-reported/progress',
  ],
  [
    'we remain committed to the realignment of U.S. forces',
    'remain committed to the realignment',
    'The leaders confirmed the steady implementation of the realignment of U.S. forces.',
    'progress-reported',
    'progress-reported/steady-implementation',
  ],
  [
    'we will build a maritime domain awareness partnership',
    'build a maritime domain awareness partnership',
    'The maritime domain awareness partnership is underway in its pilot phase.',
    'progress-reported',
    'progress-reported/ongoing',
  ],
  [
    'we will deepen the CoRe Partnership',
    'deepen the CoRe Partnership',
    'The leaders applauded the work to date under the CoRe Partnership.',
    'progress-reported',
    'progress-reported/work-to-date',
  ],
  [
    'we will expand space cooperation',
    'expand space cooperation',
    'Our space cooperation has deepened in lunar exploration.',
    'progress-reported',
    'progress-reported/has-done',
  ],
  [
    'we will expand vaccine production',
    'expand vaccine production',
    'In doing so, we have shared assessments of the state of the pandemic and aligned our efforts to combat it, reinforced shared diplomatic principles for mitigating it in the region, and actively improved coordination of our support for vaccine production.',
    'progress-reported',
    'progress-reported/has-done-list',
  ],
  [
    'we will map semiconductor supply chains',
    'map semiconductor supply chains',
    'We are mapping the semiconductor supply chain of our countries.',
    'progress-reported',
    'progress-reported/under-way',
  ],
  [
    'we will strengthen the CoRe Partnership',
    'strengthen the CoRe Partnership',
    'Building on the CoRe Partnership, our economies grew closer.',
    'progress-reported',
    'progress-reported/building-on',
  ],
  [
    'we will deepen collaboration on clean energy',
    'deepen collaboration on clean energy',
    'We will build on ongoing programs on clean energy.',
    'progress-reported',
    'progress-reported/ongoing-work',
  ],
  // reaffirmed
  [
    'we commit to the denuclearization of North Korea',
    'commit to the denuclearization',
    'They reaffirmed their commitment to the complete denuclearization of North Korea.',
    'reaffirmed',
    'reaffirmed/reaffirm',
  ],
  [
    'we will implement the realignment of U.S. forces',
    'implement the realignment',
    'We remain committed to the implementation of the realignment of U.S. forces.',
    'reaffirmed',
    'reaffirmed/remain-committed',
  ],
  [
    'we will cooperate to overcome COVID-19',
    'cooperate to overcome COVID-19',
    'They confirmed that they will continue cooperating to overcome COVID-19.',
    'reaffirmed',
    'reaffirmed/will-continue',
  ],
  [
    'we will deepen cooperation in cyber and space',
    'deepen cooperation in cyber and space',
    'The two leaders decided to accelerate cooperation in the cyber and space domains.',
    'reaffirmed',
    'reaffirmed/new-pledge',
  ],
  [
    'we will pursue the visit of RAF Typhoon aircraft to Japan',
    'pursue the visit of RAF Typhoon aircraft to Japan',
    'RAF Typhoon aircraft visited Japan in October 2016.',
    'reported-done',
    'reported-done/visited',
  ],
  [
    'we will inaugurate the Quad Fellowship',
    'inaugurate the Quad Fellowship',
    'Last year, we announced the Quad Fellowship for students.',
    'reported-done',
    'reported-done/last-year',
  ],
  [
    'we will seek an optimal pathway to deliver this capability',
    'seek an optimal pathway to deliver this capability',
    'In March 2023, our nations announced a pathway to deliver the capability.',
    'reported-done',
    'reported-done/announced',
  ],
  [
    'we will increase SSN port visits to Australia',
    'increase SSN port visits to Australia',
    'The USS North Carolina completed the first SSN port visit to Australia in August.',
    'progress-reported',
    'progress-reported/first-instance',
  ],
  [
    'we will promote deeper information and technology sharing',
    'promote deeper information and technology sharing',
    'We continue to promote greater information and technology sharing.',
    'progress-reported',
    'progress-reported/continue-to',
  ],
  [
    'we will establish a rotational presence of SSNs',
    'establish a rotational presence of SSNs',
    'Our nations made enormous strides towards a rotational presence of SSNs.',
    'progress-reported',
    'progress-reported/strides',
  ],
  [
    'Both governments commit to forensic cooperation to help solve cases of forced disappearances',
    'forensic cooperation to help solve cases of forced disappearances',
    'We built forensic capacity to identify victims of forced disappearance.',
    'progress-reported',
    'progress-reported/past-report',
  ],
  [
    'We commit to targeting importers of chemical precursors',
    'targeting importers of chemical precursors',
    'A binational illicit finance working group collaborated on cases involving chemical precursor trafficking.',
    'progress-reported',
    'progress-reported/past-report',
  ],
  [
    'we will expand vaccine production and equitable access',
    'expand vaccine production and equitable access',
    'In 2021 and 2022, Quad partners stepped up, delivering more than 400 million vaccine doses to the region.',
    'progress-reported',
    'progress-reported/numbers-delivered',
  ],
  [
    'we will expand vaccine production and equitable access',
    'expand vaccine production and equitable access',
    'Thanks to the financing of increased manufacturing capacity, additional vaccine production will come on line later this year.',
    'progress-reported',
    'progress-reported/thanks-to',
  ],
  [
    'we pledge to fight organized crime with shared information',
    'fight organized crime with shared information',
    'Our deepened law enforcement cooperation and bilateral information sharing supported drug interdiction activities in both countries.',
    'progress-reported',
    'progress-reported/work-result',
  ],
  [
    'we pledge to combat climate change',
    'combat climate change',
    'Today, we launch the Quad Climate Change Adaptation and Mitigation Package.',
    'progress-reported',
    'progress-reported/launch-today',
  ],
  // a recall of the earlier pledge reports on it; it is not a new pledge
  [
    'we will foster deeper integration of our industrial bases',
    'foster deeper integration of our industrial bases',
    'Two years ago our nations pledged to foster deeper integration of our industrial bases.',
    'progress-reported',
    'progress-reported/recalled-pledge',
  ],
  [
    'we will set the highest nonproliferation standard',
    'set the highest nonproliferation standard',
    'When we announced the partnership in September 2021, we committed to set the highest nonproliferation standard.',
    'progress-reported',
    'progress-reported/recalled-pledge',
  ],
  // mentioned: spoken of, without any cue
  ['we will support ASEAN centrality', 'support ASEAN centrality', 'ASEAN centrality matters to the region.', 'mentioned', MENTION_RULE_ID],
]

describe('classifyLink', () => {
  it.each(rows)('%s → "%s"', (text, action, passage, kind, rule) => {
    expect(explainLink({ text, action }, { text: passage })).toMatchObject({ kind, rule })
    expect(classifyLink({ text, action }, { text: passage })).toBe(kind)
  })

  it('has a table row for every rule', () => {
    const tested = new Set(rows.map((r) => r[4]))
    expect(LINK_RULES.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([])
  })

  it('reads a done cue put in the future as no done cue', () => {
    const item = { text: 'we will hold a summit in 2023', action: 'hold a summit' }
    expect(classifyLink(item, { text: 'The summit will be held in Sydney in 2023.' })).toBe('reaffirmed')
    expect(classifyLink(item, { text: 'We look forward to the next summit hosted by India.' })).toBe('mentioned')
    expect(classifyLink(item, { text: 'We look forward to the launch of the summit process.' })).toBe('mentioned')
  })

  it('reads a standing or recurring pledge as progress, never done', () => {
    const item = { text: 'our Foreign Ministers will meet at least once a year', action: 'meet at least once a year' }
    expect(explainLink(item, { text: 'Quad Foreign Ministers have met eight times in the last five years.' })).toMatchObject({
      kind: 'progress-reported',
      rule: 'progress-reported/recurring',
    })
  })

  it('reads the launch of something that serves the pledge, or a step on a standing pledge, as progress', () => {
    const group = { text: 'we will establish a climate working group', action: 'establish a climate working group' }
    expect(explainLink(group, { text: 'Under the Quad climate package, launched in 2022, we work on climate adaptation.' })).toMatchObject({
      kind: 'progress-reported',
      rule: 'progress-reported/serves-pledge',
    })
    expect(classifyLink(group, { text: 'We launched the climate working group in April.' })).toBe('reported-done')
    const standing = { text: 'we will promote deeper technology sharing', action: 'promote deeper technology sharing' }
    expect(explainLink(standing, { text: 'We launched a technology sharing framework.' }).rule).toBe('progress-reported/serves-pledge')
    // "embark on an effort to seek a pathway": the effort's aim is what is done.
    const effort = {
      text: 'we embark on an effort of 18 months to seek an optimal pathway',
      action: 'embark on an effort of 18 months to seek an optimal pathway',
    }
    expect(classifyLink(effort, { text: 'Today, we announce our pathway to achieve this capability.' })).toBe('reported-done')
  })

  it('reads "will" as a renewed pledge only with the parties or the pledged thing as its subject', () => {
    const item = { text: 'we will deepen cooperation on quantum technologies', action: 'deepen cooperation on quantum technologies' }
    expect(classifyLink(item, { text: 'These initiatives will add to our efforts on quantum technologies.' })).toBe('mentioned')
    expect(classifyLink(item, { text: 'Our nations will deepen cooperation on quantum technologies.' })).toBe('reaffirmed')
    expect(classifyLink(item, { text: 'Cooperation on quantum technologies will be deepened.' })).toBe('reaffirmed')
  })

  it('reads "<a party> will" by the meeting\'s own parties, not by a fixed list of countries', () => {
    const item = { text: 'we will expand support for maritime security', action: 'expand support for maritime security' }
    const rok = { text: 'The Republic of Korea will expand its support for maritime security in the region.' }
    expect(explainLink(item, rok, ['United States', 'Republic of Korea']).rule).toBe('reaffirmed/new-pledge')
    expect(explainLink(item, rok, ['United States', 'Japan']).kind).toBe('mentioned')
    // Without the parties, any country counts.
    expect(explainLink(item, rok).kind).toBe('reaffirmed')
    const china = { text: 'China will expand its presence in the name of maritime security.' }
    expect(explainLink(item, china, ['United States', 'Republic of Korea']).kind).toBe('mentioned')
    // A grouping whose members are all parties, and a grouping named as the party.
    const quad = { text: 'The Quad will expand support for maritime security.' }
    expect(explainLink(item, quad, ['United States', 'Japan', 'Australia', 'India']).kind).toBe('reaffirmed')
    expect(explainLink(item, { text: 'AUKUS partners will also expand support for maritime security.' }, ['AUKUS']).kind).toBe('reaffirmed')
    expect(explainLink(item, { text: 'The United Kingdom will soon expand support for maritime security.' }, ['AUKUS']).kind).toBe('reaffirmed')
  })

  it('reads money committed as progress, and "have reaffirmed / welcomed …" as no report of work done', () => {
    const item = { text: 'we will provide sustainable infrastructure', action: 'provide sustainable infrastructure' }
    expect(classifyLink(item, { text: 'Quad partners committed over $140 million to infrastructure builds.' })).toBe('progress-reported')
    expect(explainLink(item, { text: 'Leaders have reaffirmed the value of sustainable infrastructure.' }).kind).toBe('reaffirmed')
    expect(classifyLink(item, { text: 'Leaders have welcomed sustainable infrastructure in the region.' })).toBe('mentioned')
  })

  it('reads a past report as progress only with the parties as subject and a verb of doing', () => {
    const item = { text: 'we will reduce firearms trafficking', action: 'reduce firearms trafficking' }
    expect(classifyLink(item, { text: 'Our law enforcement agencies traced more firearms to curb trafficking.' })).toBe('progress-reported')
    expect(classifyLink(item, { text: 'We welcomed the fall in firearms trafficking.' })).toBe('mentioned')
    expect(classifyLink(item, { text: 'Firearms trafficking and related crimes remain a threat.' })).toBe('mentioned')
    expect(classifyLink(item, { text: 'Our combined efforts against firearms trafficking matter.' })).toBe('mentioned')
    expect(classifyLink(item, { text: 'The two Presidents agree to curb firearms trafficking.' })).toBe('reaffirmed')
  })

  it('reads present work of the parties and steadfast commitment', () => {
    const item = { text: 'we will support Australia in acquiring submarines', action: 'support Australia in acquiring submarines' }
    expect(classifyLink(item, { text: 'We are steadily building the capability to operate submarines.' })).toBe('progress-reported')
    expect(classifyLink(item, { text: 'We are steadfast in our commitment to Australia acquiring submarines.' })).toBe('reaffirmed')
    expect(classifyLink(item, { text: 'The threat to submarines is growing.' })).toBe('mentioned')
  })

  it('reads "held" as done only for a pledge to hold an event', () => {
    const item = { text: 'we will identify ways to work together on aviation security', action: 'identify ways to work together on aviation security' }
    expect(classifyLink(item, { text: 'The Counter-Terrorism Consultation on aviation security was held in London.' })).not.toBe('reported-done')
    expect(
      classifyLink(
        { text: 'we will hold a consultation on aviation security', action: 'hold a consultation on aviation security' },
        { text: 'The consultation on aviation security was held in London.' },
      ),
    ).toBe('reported-done')
  })

  it("needs the completion cue next to the pledge's own object", () => {
    const item = { text: 'we will establish a joint working group on export controls', action: 'establish a joint working group on export controls' }
    // The cue is about something else (a fellowship), the pledge's object only comes much later.
    const passage =
      'We launched the Quad Fellowship with scholarships for one hundred students from our four countries in science and technology fields, and we also discussed export controls.'
    expect(classifyLink(item, { text: passage })).not.toBe('reported-done')
    expect(classifyLink(item, { text: 'We established the joint working group on export controls in March.' })).toBe('reported-done')
  })

  it("does not read silence or others' troubles as dropped or progress", () => {
    const item = { text: 'we will promote equitable access to vaccines', action: 'promote equitable access to vaccines' }
    expect(classifyLink(item, { text: 'In response to the ongoing mpox outbreak, we plan to promote equitable access to vaccines.' })).toBe('reaffirmed')
    expect(classifyLink(item, { text: 'Vaccines remain important.' })).not.toBe('dropped')
  })

  it('reads a list of past verbs as progress only under a "have" of the same sentence', () => {
    const item = { text: 'we will expand vaccine production', action: 'expand vaccine production' }
    expect(explainLink(item, { text: 'We discussed the pandemic, and expanded vaccine production is our aim.' }).rule).not.toBe(
      'progress-reported/has-done-list',
    )
    expect(explainLink(item, { text: 'We have discussed the pandemic, and jointly expanded vaccine production.' }).kind).toBe('progress-reported')
  })

  it('ignores a cue far from the words the passage shares with the item (CUE_WINDOW, 200 characters)', () => {
    const passage =
      'We welcomed the signing of the fisheries memorandum with the Pacific island countries in Suva last month, together with the regional fisheries bodies, the coast guards of the region and the many other partners of the two countries and of the region, and separately we will continue to support ASEAN centrality.'
    expect(explainLink({ text: 'we will support ASEAN centrality', action: 'support ASEAN centrality' }, { text: passage }).rule).toBe(
      'reaffirmed/will-continue',
    )
  })
})

describe('the recall of a pledge', () => {
  const item = { text: 'we will pursue information and technology sharing', action: 'pursue information and technology sharing' }

  it('is progress, where a present commitment is a renewed pledge', () => {
    expect(explainLink(item, { text: 'When AUKUS was first announced, we pledged to pursue information and technology sharing.' }).kind).toBe(
      'progress-reported',
    )
    expect(explainLink(item, { text: 'We are committed to pursue information and technology sharing.' }).kind).toBe('reaffirmed')
    expect(explainLink(item, { text: 'We commit to pursue information and technology sharing.' }).kind).toBe('reaffirmed')
  })

  it('gives way to a completion of the pledge in the same sentence', () => {
    expect(
      explainLink(item, { text: 'Two years ago we pledged to pursue technology sharing, and we have since signed the information sharing agreement.' }).kind,
    ).toBe('reported-done')
  })
})

describe('LINK_RULES', () => {
  it.each(LINK_RULES.map((r) => [r.id, r]))('%s matches its own example phrase', (_id, rule) => {
    expect(rule.pattern.test(rule.example.toLowerCase())).toBe(true)
  })

  it('has unique ids that start with their kind', () => {
    const ids = LINK_RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const r of LINK_RULES) expect(r.id.startsWith(`${r.kind}/`)).toBe(true)
  })

  describe('session 12 cues', () => {
    it('reads "renewable" as no renewal and "reasserted" as one', () => {
      const item = { text: 'we will accelerate clean energy deployment', action: 'accelerate clean energy deployment' }
      expect(explainLink(item, { text: 'The leaders discussed renewable energy deployment.' }).kind).toBe('mentioned')
      const values = { text: 'we are committed to global peace and sustainable development', action: 'pursue sustainable development' }
      expect(explainLink(values, { text: 'They reasserted that democracy anchors global peace and sustainable development.' }).rule).toBe('reaffirmed/reaffirm')
    })

    it('reads a plain "committed (today) to" as a renewal, and a recall as progress', () => {
      const item = { text: 'we will enhance drug surveillance capabilities', action: 'enhance drug surveillance capabilities' }
      expect(explainLink(item, { text: 'The three countries also committed to establishing a mechanism to share drug surveillance data.' }).kind).toBe(
        'reaffirmed',
      )
      expect(explainLink(item, { text: 'Two years ago our nations pledged to enhance drug surveillance capabilities.' }).rule).toBe(
        'progress-reported/recalled-pledge',
      )
    })

    it('reads the doubled past of the pledged verb ("embed" → "embedded")', () => {
      const item = { text: 'personnel will embed with the Navy shipyards', action: 'embed with the Navy shipyards' }
      expect(explainLink(item, { text: 'Australian personnel embedded with the Navy shipyards in 2024.' }).kind).toBe('reported-done')
    })

    it('reads a completion cue on a standing pledge by its object as progress, even when the object is not next to the cue', () => {
      const item = { text: 'we will strengthen collaboration in education and research', action: 'strengthen collaboration in education and research' }
      const passage = {
        text: 'The leaders welcomed the signing of an MoU between universities of both countries that will bring together institutions for joint research.',
      }
      expect(explainLink(item, passage).rule).toBe('progress-reported/serves-pledge')
    })

    it('completes a pledge to meet by the meeting held, whatever its time words', () => {
      const item = { text: 'The three countries committed to meeting again this summer', action: 'meeting again this summer' }
      const passage = { text: 'On July 25, the Secretary hosted her counterparts in the second meeting of the Committee.' }
      expect(explainLink(item, passage).rule).toBe('reported-done/held')
      // A pledge that is no meeting is not done because a meeting was held.
      const other = { text: 'we will expand drug surveillance', action: 'expand drug surveillance' }
      expect(explainLink(other, { text: 'The Secretary hosted the second meeting on drug surveillance.' }).kind).not.toBe('reported-done')
    })

    it('reads a list verb after a past verb of the parties as a step, not a noun list after a comma', () => {
      const item = { text: 'we will accelerate the training of personnel in the shipyards', action: 'accelerate the training of personnel in the shipyards' }
      const step = 'The United Kingdom and the United States welcomed officers into their schools and embedded personnel into the shipyards.'
      expect(explainLink(item, { text: step }).kind).toBe('progress-reported')
      const list = { text: 'we will combat drug trafficking', action: 'combat drug trafficking' }
      const nouns = 'The leaders committed to act against smuggling networks, organized crime syndicates and drug traffickers.'
      expect(explainLink(list, { text: nouns }).rule).not.toBe('progress-reported/has-done-list')
    })

    it('reads the cues added from the fitting keys', () => {
      const item = { text: 'we will consult closely with stakeholders', action: 'consult closely with stakeholders' }
      expect(explainLink(item, { text: 'We have therefore extensively reached out to stakeholders.' }).rule).toBe('progress-reported/has-done')
      expect(explainLink(item, { text: 'This session continued the joint work with stakeholders.' }).rule).toBe('progress-reported/steady-implementation')
      expect(explainLink(item, { text: 'Both sides expressed interest in working quickly toward an agreement with stakeholders.' }).rule).toBe(
        'progress-reported/building-on',
      )
      expect(explainLink(item, { text: 'The leaders praised the stakeholders, announcing a new partnership.' }).rule).toBe('progress-reported/launch-today')
    })
  })
})
