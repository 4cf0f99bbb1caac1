import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Entity } from '../../core/item.js'
import { findEntities } from './find-entities.js'

const seed = readFileSync(new URL('../../../examples/japan-uk-2plus2-2016-01-08.txt', import.meta.url), 'utf8')
const whDir = new URL('../../../../shared/corpus/wh-briefings-outcome-docs/', import.meta.url)
const hasCorpus = existsSync(whDir)
const brief = (e: Entity): string => `${e.kind}:${e.name}=${e.text}`

describe('findEntities', () => {
  // One row per case: text → the entities expected, as kind:name=text, in order.
  it.each<[string, string[]]>([
    ['Japan and the UK would cooperate', ['country:Japan=Japan', 'country:United Kingdom=the UK']],
    [
      'urged North Korea to return to the Treaty on the Non-Proliferation of Nuclear Weapons (NPT) and IAEA safeguards',
      [
        'country:North Korea=North Korea',
        'agreement:Treaty on the Non-Proliferation of Nuclear Weapons=Treaty on the Non-Proliferation of Nuclear Weapons',
        'agreement:Treaty on the Non-Proliferation of Nuclear Weapons=NPT',
        'organisation:International Atomic Energy Agency=IAEA',
      ],
    ],
    [
      'in the United Nations Security Council (UNSC)',
      ['organisation:United Nations Security Council=United Nations Security Council', 'organisation:United Nations Security Council=UNSC'],
    ],
    ['comply with all relevant UN Security Council resolutions', ['organisation:United Nations Security Council=UN Security Council']],
    ['the U.N. Security Council', ['organisation:United Nations Security Council=U.N. Security Council']],
    ['the 70th session of the UN General Assembly', ['event:70th session of the UN General Assembly=70th session of the UN General Assembly']],
    ['for a successful G7 Ise Shima Summit', ['event:G7 Summit 2016=G7 Ise Shima Summit']],
    ['in its 2016 G7 Presidency', ['organisation:G7=G7']],
    [
      'the safety and security of the 2020 Tokyo Olympic and Paralympic Games',
      ['event:Olympic and Paralympic Games 2020=2020 Tokyo Olympic and Paralympic Games'],
    ],
    ['in accordance with UNCLOS', ['agreement:United Nations Convention on the Law of the Sea=UNCLOS']],
    [
      'progress made on the Acquisition and Cross-Servicing Agreement (ACSA)',
      [
        'agreement:Acquisition and Cross-Servicing Agreement=Acquisition and Cross-Servicing Agreement',
        'agreement:Acquisition and Cross-Servicing Agreement=ACSA',
      ],
    ],
    [
      'a Joint New Air-to-Air Missile (JNAAM)',
      ['programme:Joint New Air-to-Air Missile=Joint New Air-to-Air Missile', 'programme:Joint New Air-to-Air Missile=JNAAM'],
    ],
    [
      'a highly ambitious and comprehensive EU-Japan Economic Partnership Agreement',
      ['agreement:EU-Japan Economic Partnership Agreement=EU-Japan Economic Partnership Agreement', 'country:Japan=Japan'],
    ],
    ['the Quad Vaccine Partnership', ['programme:Quad Vaccine Partnership=Quad Vaccine Partnership']],
    ['the Quad will meet', ['organisation:Quad=Quad']],
    ['in accordance with resolution 2231 (2015)', ['agreement:UNSC Resolution 2231=resolution 2231 (2015)']],
    ['UNSCRs 2270 and 2321', ['agreement:UNSC Resolution 2270=UNSCRs 2270', 'agreement:UNSC Resolution 2321=2321']],
    [
      'the Japan-UK Counter-Terrorism Consultation',
      ['programme:Japan-UK Counter-Terrorism Consultation=Japan-UK Counter-Terrorism Consultation', 'country:Japan=Japan', 'country:United Kingdom=UK'],
    ],
    [
      'the Fourth Annual UK-Japan Nuclear Dialogue',
      ['programme:UK-Japan Nuclear Dialogue=UK-Japan Nuclear Dialogue', 'country:United Kingdom=UK', 'country:Japan=Japan'],
    ],
    [
      'the Japanese Self-Defence Forces and the British Armed Forces',
      [
        'organisation:Japan Self-Defense Forces=Japanese Self-Defence Forces',
        'country:Japan=Japanese',
        'organisation:British Armed Forces=British Armed Forces',
        'country:United Kingdom=British',
      ],
    ],
    ['the Royal Air Force (RAF) aircraft', ['organisation:Royal Air Force=Royal Air Force', 'organisation:Royal Air Force=RAF']],
    [
      'the Preventing Sexual Violence in Conflict Initiative',
      ['programme:Preventing Sexual Violence in Conflict Initiative=Preventing Sexual Violence in Conflict Initiative'],
    ],
    ['Democratic People’s Republic of Korea', ['country:North Korea=Democratic People’s Republic of Korea']],
    ['peace on the Korean Peninsula and in the South China Sea', []],
    ['the Joint Declaration and the Strategic Partnership', []],
    ['SOMEONE WHO STANDS OUT', []],
    ['with the WHO and Gavi', ['organisation:World Health Organization=WHO', 'organisation:Gavi, the Vaccine Alliance=Gavi']],
  ])('%s', (text, expected) => {
    expect(findEntities(text).map(brief)).toEqual(expected)
  })

  it('adds the offset to every start and end', () => {
    const [e] = findEntities('the NPT', 100)
    expect(e).toMatchObject({ start: 104, end: 107, text: 'NPT' })
  })

  it('finds the seed’s named things with offsets that slice to their text', () => {
    const found = findEntities(seed)
    for (const e of found) expect(seed.slice(e.start, e.end)).toBe(e.text)
    const names = new Set(found.map((e) => e.name))
    for (const n of [
      'United Nations Convention on the Law of the Sea',
      'Code of Conduct in the South China Sea',
      'Minsk agreements',
      '2005 Six-Party Talks Joint Statement',
      'Combined Task Force 151',
      'Pacific Partnership',
      'Paris Agreement',
      'United Nations Framework Convention on Climate Change',
      'Information Security Agreement',
      'Rugby World Cup 2019',
    ]) {
      expect(names, n).toContain(n)
    }
  })

  it.skipIf(!hasCorpus)(
    `gives offsets that slice to the text in 20 wh documents, with no overlapping names${hasCorpus ? '' : ' (skipped: ../shared/corpus is not beside the project)'}`,
    () => {
      const files = readdirSync(whDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .slice(0, 20)
      expect(files).toHaveLength(20)
      for (const f of files) {
        const text = readFileSync(new URL(f, whDir), 'utf8')
        const found = findEntities(text)
        expect(found.length, f).toBeGreaterThan(0)
        for (const e of found) expect(text.slice(e.start, e.end), f).toBe(e.text)
        const named = found.filter((e) => e.kind !== 'country')
        for (let i = 1; i < named.length; i++) expect(named[i]!.start, `${f}: ${named[i]!.text}`).toBeGreaterThanOrEqual(named[i - 1]!.end)
        const countries = found.filter((e) => e.kind === 'country')
        for (let i = 1; i < countries.length; i++) expect(countries[i]!.start, f).toBeGreaterThanOrEqual(countries[i - 1]!.end)
      }
    },
  )
})
