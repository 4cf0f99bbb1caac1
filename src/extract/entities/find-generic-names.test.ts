import { describe, expect, it } from 'vitest'
import { findGenericNames } from './find-generic-names.js'

describe('findGenericNames', () => {
  it.each<[string, string[]]>([
    ['the Japan-UK Counter-Terrorism Consultation', ['programme:Japan-UK Counter-Terrorism Consultation']],
    ['at the Fourth Annual UK-Japan Nuclear Dialogue in London', ['programme:UK-Japan Nuclear Dialogue']],
    ['the Trans-Atlantic Data Privacy Framework', ['agreement:Trans-Atlantic Data Privacy Framework']],
    ['the Partnership for Resilient and Inclusive Supply-chain Enhancement', ['programme:Partnership for Resilient and Inclusive Supply-chain Enhancement']],
    ['Japan’s Free and Open Indo-Pacific Initiative', ['programme:Free and Open Indo-Pacific Initiative']],
    ['the UN Convention on the Law of the Sea. We will', ['agreement:UN Convention on the Law of the Sea']],
    ['the Joint Declaration', []],
    ['the Comprehensive Strategic Partnership', []],
    ['The Partnership will grow', []],
    ['an agreement on trade', []],
  ])('%s', (text, expected) => {
    const found = findGenericNames(text)
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text)
    expect(found.map((e) => `${e.kind}:${e.name}`)).toEqual(expected)
  })
})
