import { describe, expect, it } from 'vitest'
import { AGREEMENTS } from '../../lexicon/agreements.js'
import { allCountries } from '../../lexicon/countries.js'
import { EVENTS } from '../../lexicon/events.js'
import { ORGANISATIONS } from '../../lexicon/organisations.js'
import { PROGRAMMES } from '../../lexicon/programmes.js'
import { TOPICS } from '../../lexicon/topics.js'
import { toKebab } from '../entities/entity-id.js'
import { findEntities } from '../entities/find-entities.js'
import { classifyTopics } from './classify-topics.js'
import { compileTopics } from './compile-topics.js'

describe('classifyTopics', () => {
  // One row per case: clause → topics expected first (in order); more may follow.
  it.each<[string, string[]]>([
    ['the Ministers decided to strengthen information-sharing and cooperation in cybersecurity', ['cyber']],
    ['continuing joint exercises on mine sweeping in the Gulf', ['exercises-training', 'maritime-security']],
    [
      'cooperate for the safety and security of the 2020 Tokyo Olympic and Paralympic Games, with work focussing on such key areas as counter terrorism and cybersecurity',
      ['major-events', 'counter-terrorism', 'cyber'],
    ],
    [
      'They planned to intensify bilateral consular cooperation in ensuring the safety of British and Japanese nationals overseas',
      ['consular-people-to-people'],
    ],
    ['they would start a new joint study on personnel vulnerability evaluation', ['defence-equipment-technology']],
    ['Following the success of the first feasibility study on a Joint New Air-to-Air Missile (JNAAM)', ['defence-equipment-technology']],
    ['including through disaster relief and a greater role in UN peacekeeping', ['disaster-relief', 'peacekeeping']],
    ['would explore opportunities to cooperate on Women, Peace and Security', ['women-peace-security']],
    ['resolved to maintain dialogue on the UN Framework Convention on Climate Change and other climate issues', ['climate']],
    ['reaffirmed their commitment to supporting Ukraine’s efforts towards political and economic stability', ['russia-ukraine']],
    ['They urged North Korea to comply with all relevant UN Security Council resolutions', ['korean-peninsula']],
    ['to return to the Treaty on the Non-Proliferation of Nuclear Weapons (NPT) and IAEA safeguards', ['nuclear-non-proliferation']],
    ['in accordance with UNCLOS', ['maritime-security']],
    ['the Ministers emphasised the importance of UNSC reform', ['un-multilateral-reform']],
    ['the welcome progress in defence and security co-operation', ['defence-cooperation-deterrence']],
    ['They also confirmed they would pursue the visit of RAF Typhoon aircraft to Japan in 2016', ['defence-equipment-technology']],
    ['to counter the trafficking of fentanyl', ['law-enforcement-drugs']],
    ['to advance work on critical minerals and semiconductors', ['supply-chains-critical-minerals', 'semiconductors']],
    ['the Democratic People’s Republic of Korea’s ballistic missile launches', ['korean-peninsula', 'nuclear-non-proliferation']],
    ['the International Atomic Energy Agency', ['nuclear-non-proliferation']],
  ])('%s → %j', (text, expected) => {
    expect(classifyTopics(text).slice(0, expected.length)).toEqual(expected)
  })

  it.each([
    'the Ministers directed their officials to meet regularly and exchange information and proposals',
    'Second Japan-UK Foreign and Defence Ministerial Meeting, Second Japan-UK Foreign and Defence Ministerial Meeting',
    'supported Japan playing a more proactive role in securing global peace, stability and prosperity',
    'the President of the Democratic Republic of the Congo and the Lao People’s Democratic Republic',
  ])('files no topic for %s', (text) => {
    expect(classifyTopics(text)).toEqual([])
  })

  it('files each topic’s own example under it', () => {
    for (const t of TOPICS) expect(classifyTopics(t.example), t.id).toContain(t.id)
  })

  it('uses entity hints, and words only when given no entities', () => {
    const text = 'progress made on the ACSA'
    expect(classifyTopics(text)).toEqual(['defence-cooperation-deterrence'])
    expect(classifyTopics(text, findEntities(text))).toEqual(['defence-cooperation-deterrence'])
    expect(classifyTopics(text, [])).toEqual([])
  })

  it('returns at most `max` topics', () => {
    const text = 'climate, energy, health, food security and migration'
    expect(classifyTopics(text).length).toBe(3)
    expect(classifyTopics(text, [], { max: 5 }).length).toBe(5)
  })

  it('matches hyphenated, spaced and joined spellings of a keyword alike', () => {
    for (const text of ['counter-terrorism', 'counter terrorism', 'counterterrorism', 'Counter-Terrorism']) {
      expect(classifyTopics(text, []), text).toEqual(['counter-terrorism'])
    }
  })
})

describe('TOPICS entity ids', () => {
  it('name lexicon entries, countries, events (or event prefixes) or UN resolutions', () => {
    const known = new Set([...ORGANISATIONS, ...AGREEMENTS, ...PROGRAMMES].map((e) => e.id))
    for (const c of allCountries()) known.add(toKebab(c))
    const events = EVENTS.map((e) => e.id)
    for (const t of TOPICS) {
      for (const id of [...(t.entityIds ?? []), ...(t.weakEntityIds ?? [])]) {
        const ok =
          known.has(id) || events.includes(id) || (id.endsWith('*') && events.some((e) => e.startsWith(id.slice(0, -1)))) || /^unsc-resolution-\d+$/.test(id)
        expect(ok, `${t.id}: ${id}`).toBe(true)
      }
    }
  })

  it('compile without error', () => {
    expect(() => compileTopics(TOPICS)).not.toThrow()
  })
})
