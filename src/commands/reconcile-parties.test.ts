import { describe, expect, it } from 'vitest'
import { parseStatement } from '../parse/index.js'
import { reconcileParties, partyEvidence } from './reconcile-parties.js'

const G7 = ['Canada', 'France', 'Germany', 'Italy', 'Japan', 'United Kingdom', 'United States']

/** Parses a plain-text statement without a manifest and returns what the reconciler sees. */
function read(text: string): { fromText: string[]; speakers: string[] } {
  const parsed = parseStatement({ path: 'statement.txt', format: 'text', value: text, metadata: {}, diagnostics: [] })
  return { fromText: parsed.meeting.parties, speakers: partyEvidence(parsed).speakers }
}

describe('reconcileParties', () => {
  it('keeps the manifest where the text names nothing', () => {
    expect(reconcileParties(['United States', 'Indonesia'], [])).toEqual(['United States', 'Indonesia'])
  })

  it('takes the text where the manifest names one country that the text names with others', () => {
    expect(reconcileParties(['United States'], ['Vietnam', 'United States'])).toEqual(['Vietnam', 'United States'])
  })

  it('keeps the manifest where the text names fewer of its parties', () => {
    expect(reconcileParties(['United States', 'France'], ['United States'])).toEqual(['United States', 'France'])
    expect(reconcileParties(['Quad'], ['India', 'Japan', 'United States'])).toEqual(['Quad'])
  })

  it('leaves out a region, which names no party', () => {
    expect(reconcileParties(['United States', 'Africa'], ['United States', 'African Union'])).toEqual(['United States', 'African Union'])
    expect(reconcileParties(['United States', 'Africa'], [])).toEqual(['United States'])
  })

  it('takes the speakers the opening lists over a country the statement speaks about', () => {
    const quint = ['France', 'Germany', 'Italy', 'United Kingdom', 'United States']
    expect(reconcileParties(['United States', 'Israel'], quint, { speakers: quint })).toEqual(quint)
  })

  it('takes a grouping the opening names as the speaker when it holds the manifest’s lead party', () => {
    expect(reconcileParties(['United States', 'Ukraine'], G7, { speakers: G7 })).toEqual(G7)
  })

  it('takes the listed leaders over groupings the manifest names as the setting', () => {
    const leaders = [...G7, 'European Union', 'Netherlands', 'Spain']
    expect(reconcileParties(['G7', 'G20', 'NATO'], leaders, { speakers: leaders })).toEqual(leaders)
  })

  it('keeps the manifest when the text names all its parties and others as context', () => {
    const fromText = ['United States', 'Egypt', 'Iraq', 'Jordan']
    expect(reconcileParties(['United States', 'Jordan'], fromText, { speakers: fromText })).toEqual(['United States', 'Jordan'])
  })

  it('keeps the manifest when the listed speakers lack its lead party', () => {
    expect(reconcileParties(['United States', 'Ukraine'], ['Denmark', 'Netherlands'], { speakers: ['Denmark', 'Netherlands'] })).toEqual([
      'United States',
      'Ukraine',
    ])
  })

  it('keeps the manifest when the opening lists fewer than two speakers', () => {
    expect(reconcileParties(['United States', 'Israel'], ['United States'], { speakers: ['United States'] })).toEqual(['United States', 'Israel'])
  })
  it('takes the authors the title names over countries the statement supports', () => {
    const authors = ['United States', 'European Union']
    const listed = ['United States', 'European Union', 'Zambia', 'Angola', 'Democratic Republic of the Congo']
    expect(reconcileParties(listed, ['United States'], { authors })).toEqual(authors)
  })

  it('takes the authors the title names over a manifest that leaves some out', () => {
    const authors = ['United States', 'Australia', 'Bahrain', 'Belgium', 'Canada', 'Denmark']
    expect(reconcileParties(['United States', 'Australia', 'Canada'], [], { authors })).toEqual(authors)
  })

  it('keeps the manifest when the title’s authors are its own parties, or lack its lead party', () => {
    expect(reconcileParties(['United States', 'P3'], [], { authors: ['France', 'United Kingdom', 'United States'] })).toEqual(['United States', 'P3'])
    expect(reconcileParties(['United States', 'Ukraine'], [], { authors: ['Denmark', 'Netherlands'] })).toEqual(['United States', 'Ukraine'])
  })
})

describe('partyEvidence', () => {
  it('reads the speakers a "leaders of" list names', () => {
    const { fromText, speakers } = read(
      'Joint Statement on Israel\n\nToday, the leaders of France, Germany, Italy, the United Kingdom and the United States of America released the following joint statement following their call.\n\nWe express our steadfast and united support to the State of Israel.\n',
    )
    expect(speakers).toEqual(['France', 'Germany', 'Italy', 'United Kingdom', 'United States'])
    expect(reconcileParties(['United States', 'Israel'], fromText, { speakers })).toEqual(speakers)
  })

  it('reads a grouping named as the speaker as its members', () => {
    const { fromText, speakers } = read(
      'Joint Declaration of Support for Ukraine\n\nWe, the Leaders of the Group of Seven (G7), reaffirm our unwavering support for Ukraine today and in the future.\n',
    )
    expect(new Set(speakers)).toEqual(new Set(G7))
    expect(new Set(reconcileParties(['United States', 'Ukraine'], fromText, { speakers }))).toEqual(new Set(G7))
  })

  it('reads no speakers from a bilateral meeting told in the third person', () => {
    const { speakers } = read(
      'Joint Statement\n\nToday, the President of the United States and the President of the French Republic met in Rome to reaffirm their commitment to closer cooperation.\n',
    )
    expect(speakers).toEqual([])
  })

  it('reads the authors from the title', () => {
    const parsed = parseStatement(
      { path: 'x.txt', format: 'text', value: 'The leaders met today.\n', metadata: {}, diagnostics: [] },
      {
        overrides: {
          title: 'Joint Statement from the United States and the European Union on Support for Angola, Zambia and the Democratic Republic of the Congo',
        },
      },
    )
    expect(partyEvidence(parsed).authors).toEqual(['United States', 'European Union'])
  })
})
