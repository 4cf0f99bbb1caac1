import { describe, expect, it } from 'vitest'
import { lettersAllLatin } from '../../core/latin-regexp.js'
import { matchAll } from '../../core/match-all.js'
import { peoplePatterns } from './participant-patterns.js'

/** Index, words, groups and group offsets of each match. */
const read = (text: string, re: RegExp): unknown[] => matchAll(text, re).map((m) => [m.index, [...m], m.groups, m.indices])

describe('people patterns cut to Latin letters', () => {
  const sentences = [
    'On behalf of Mr. Pierre Nkurunziza, President of the Republic of Burundi, and of the entire Burundian people, I would like to congratulate Mr. Peter Thomson.',
    'His Excellency Rodrigo Roa Duterte, President of the Republic of the Philippines, and Prime Minister Shinzo Abe of Japan met in Tokyo.',
    'Minister for Foreign Affairs Dr. Vivian Balakrishnan met his Japanese counterpart Yoko Kamikawa and their Australian counterparts Penny Wong and Richard Marles.',
    'Prime Ministers John Key and Julia Gillard held bilateral talks; KISHIDA Fumio and YOON Suk Yeol joined.',
    'Secretary of State Antony Blinken and Minister José Álvarez-Šimić, Deputy Prime Minister and Minister for Defence.',
  ]
  it.each(sentences)('match what the full patterns match: %s', (text) => {
    expect(lettersAllLatin(text)).toBe(true)
    const latin = peoplePatterns(text)
    const full = peoplePatterns(`${text} ễ`)
    expect(latin).not.toBe(full)
    for (const key of Object.keys(full) as Array<keyof typeof full>) {
      const re = full[key]
      if (re.global) expect(read(text, latin[key])).toEqual(read(text, re))
      else expect(latin[key].exec(text)?.index).toEqual(re.exec(text)?.index)
    }
  })
})
