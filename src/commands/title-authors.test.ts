import { describe, expect, it } from 'vitest'
import { titleAuthors } from './title-authors.js'

describe('titleAuthors', () => {
  it.each([
    [
      'Joint Statement from the United States and the European Union on Support for Angola, Zambia and the Democratic Republic of the Congo',
      ['United States', 'European Union'],
    ],
    [
      'Joint Statement from the Governments of Australia, Bahrain, Canada, Denmark, and the United States',
      ['Australia', 'Bahrain', 'Canada', 'Denmark', 'United States'],
    ],
    ['Joint Statement from Mexico, Canada, and the United States Reaffirming Our Shared Commitment', ['Mexico', 'Canada', 'United States']],
    ['Joint Statement from Canada, Mexico and the United States following the First Trilateral Committee Meeting', ['Canada', 'Mexico', 'United States']],
    ['Joint Statement of the Leaders of the United States and the Republic of Iraq', ['United States', 'Iraq']],
    [
      'Joint Statement by the G7 Announcing Further Economic Costs on Russia',
      ['Canada', 'France', 'Germany', 'Italy', 'Japan', 'United Kingdom', 'United States'],
    ],
    [
      'Joint Statement from the European Commission, the Republic of Cyprus, and the United States Endorsing a Maritime Corridor',
      ['European Union', 'Cyprus', 'United States'],
    ],
    [
      'Joint Statement by the President of France Emmanuel Macron, Prime Minister of the United Kingdom and Northern Ireland Boris Johnson, and President of the United States Joseph R. Biden, Jr. on Iran',
      ['France', 'United Kingdom', 'United States'],
    ],
    [
      'Joint Statement on F-16s for Ukraine from U.S. President Joseph R. Biden, Dutch Prime Minister Dick Schoof, and Danish Prime Minister Mette Frederiksen',
      ['United States', 'Netherlands', 'Denmark'],
    ],
  ])('reads the authors of %j', (title, authors) => {
    expect(titleAuthors(title)).toEqual(authors)
  })

  it.each([
    'Joint Statement on the U.S.-Ukraine Strategic Partnership',
    'Joint Statement Endorsing Principles for 6G: Secure, Open, and Resilient by Design',
    'Joint Statement of the Leaders of the Five Nuclear-Weapon States on Preventing Nuclear War',
    'Joint Statement from the United States and Its Partners on Support for Ukraine',
    'Declaration of North America (DNA)',
    'Joint Statement on Measures Taken by Russia and Belarus',
  ])('reads no authors from %j', (title) => {
    expect(titleAuthors(title)).toEqual([])
  })
})
