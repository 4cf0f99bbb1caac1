import { describe, expect, it } from 'vitest'
import { findCapitalisedNames, findItemNames } from './find-names.js'

describe('findCapitalisedNames', () => {
  it.each([
    ['we established the Quad Vaccine Experts Group in March 2021', ['Quad Vaccine Experts Group']],
    ['to strengthen the Treaty on the Non-Proliferation of Nuclear Weapons as the cornerstone', ['Treaty on the Non-Proliferation of Nuclear Weapons']],
    ['Together, we will continue to work with JNAAM partners', ['JNAAM']],
    ['including with Australia and India through the Quad', ['Australia and India', 'Australia', 'India', 'Quad']],
  ])('finds the names in "%s"', (text, names) => {
    expect(findCapitalisedNames(text)).toEqual(names)
  })

  it('skips a capitalised word that only starts the sentence', () => {
    expect(findCapitalisedNames('Together we pledge to act')).toEqual([])
  })
})

describe('findItemNames', () => {
  it('weighs countries less than other names', () => {
    const names = findItemNames({ text: 'The United States and Japan will join the Quad Vaccine Partnership', entities: [] })
    expect(names.find((n) => n.text === 'Japan')?.kindWeight).toBeLessThan(names.find((n) => n.text === 'Quad Vaccine Partnership')!.kindWeight)
  })

  it('uses extracted entities, weighted by kind', () => {
    const names = findItemNames({
      text: 'they will implement it',
      entities: [{ kind: 'agreement', name: 'Reciprocal Access Agreement', text: 'RAA', start: 0, end: 3 }],
    })
    // Note: "RAA" and its name are one paraphrase group (data/paraphrases.json), so one name.
    expect(names.map((n) => [n.text, n.kindWeight])).toEqual([['Reciprocal Access Agreement', 1]])
    expect(
      findItemNames({ text: 'they will implement it', entities: [{ kind: 'agreement', name: 'Acme Accord', text: 'the Accord', start: 0, end: 3 }] }).map(
        (n) => [n.text, n.kindWeight],
      ),
    ).toEqual([
      ['Acme Accord', 1],
      ['the Accord', 1],
    ])
  })
})
