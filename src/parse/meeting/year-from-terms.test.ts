import { describe, expect, it } from 'vitest'
import { officeKind, yearFromTerms } from './year-from-terms.js'

describe('yearFromTerms', () => {
  it('finds the one year in which the people named held office together', () => {
    const people = [
      { name: 'Jeremy Hunt', office: 'Foreign Secretary', country: 'United Kingdom' },
      { name: 'Julie Bishop', office: 'Minister for Foreign Affairs', country: 'Australia' },
    ]
    expect(yearFromTerms(8, 1, people)).toEqual({ iso: '2018-08-01', people: ['Jeremy Hunt', 'Julie Bishop'] })
    // Their terms never overlapped on a 1 May.
    expect(yearFromTerms(5, 1, people)).toBeNull()
  })

  it('reads family names in capitals and a printed initial, and uses the printed office', () => {
    const people = [
      { name: 'MOTEGI Toshimitsu', office: 'Minister for Foreign Affairs', country: 'Japan' },
      { name: 'Antony J. Blinken', office: 'Secretary of State', country: 'United States' },
    ]
    expect(yearFromTerms(6, 2, people)?.iso).toBe('2021-06-02')
  })

  it('gives nothing for an unknown name, a family name two people share, or several fitting years', () => {
    expect(yearFromTerms(3, 3, [{ name: 'Ruritanius Smith', office: 'Minister of Defence', country: null }])).toBeNull()
    expect(yearFromTerms(3, 3, [{ name: 'Kim', office: null, country: null }])).toBeNull()
    expect(yearFromTerms(3, 3, [{ name: 'Narendra Modi', office: 'Prime Minister', country: 'India' }])).toBeNull()
  })

  it('tells the kind of an office, defence before a head of government', () => {
    expect(officeKind('Deputy Prime Minister and Minister for Defence')).toBe('defence')
    expect(officeKind('Secretary of State for Defence')).toBe('defence')
    expect(officeKind('Secretary of State')).toBe('foreign')
    expect(officeKind('Minister of External Affairs')).toBe('foreign')
    expect(officeKind('Prime Minister')).toBe('head')
    expect(officeKind('Chancellor of the Exchequer')).toBeNull()
  })
})
