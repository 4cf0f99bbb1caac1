import { describe, expect, it } from 'vitest'
import { seriesKey } from '../../src/core/series-key.js'

describe('seriesKey: one key across the spellings of a series', () => {
  it.each([
    ['Japan-UK Foreign and Defence Ministerial Meeting', 'UK-Japan Foreign and Defense Ministers’ Meeting (“2+2”)'],
    ['Japan-UK Foreign and Defence Ministerial Meeting', 'Japan–UK Foreign and Defence Ministers\' Meeting ("2+2")'],
    ['U.S.-Japan Security Consultative Committee', 'Japan-United States Security Consultative Committee'],
    ['Japan-Australia Foreign and Defence Ministerial Consultations', 'Australia-Japan Foreign and Defense Ministerial Consultation'],
    ['EU-Japan Summit', 'Japan-European Union Summit'],
    ['Japan-U.S. Security Consultative Committee (two-plus-two)', 'U.S.-Japan Security Consultative Committee (SCC)'],
    ['Australia-United States Ministerial Consultations (AUSMIN)', 'Australia-U.S. Ministerial Consultations'],
  ])('%s = %s', (a, b) => {
    expect(seriesKey(a)).toBe(seriesKey(b))
  })

  it('keeps different series apart', () => {
    expect(seriesKey('Japan-UK Foreign and Defence Ministerial Meeting')).not.toBe(seriesKey('Japan-Australia Foreign and Defence Ministerial Meeting'))
    expect(seriesKey('G7 Foreign Ministers’ Meeting')).not.toBe(seriesKey('G7 Foreign and Development Ministers’ Meeting'))
    expect(seriesKey('ASEAN Summit')).not.toBe(seriesKey('EU-Japan Summit'))
  })
})
