// The project's scorer reads meeting fields as ../shared/eval/score.mjs does: titles and places by
// word overlap (any accepted title), participants by family name.
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { scoreDocument, type PredictedMeeting } from '../../src/eval/index.js'
import type { GoldMeeting } from '../../src/eval/gold.js'
import { HAS_SHARED, SHARED } from '../helpers/paths.js'

const pred = (over: Partial<PredictedMeeting>): PredictedMeeting => ({
  title: 'Third Japan-UK Foreign and Defense Ministerial Meeting (“2+2”)',
  date: '2017-12-14',
  place: 'London',
  ordinal: 3,
  paragraphs: 12,
  participants: [{ name: 'KONO Taro' }, { name: 'Boris Johnson' }],
  ...over,
})
const gold: GoldMeeting = {
  title: ['Third Japan-UK Foreign and Defence Ministerial Meeting', 'Japan-UK 2+2'],
  date: '2017-12-14',
  place: 'London',
  ordinal: 3,
  paragraphs: 12,
  participants: [{ name: 'kono' }, { name: 'johnson' }],
}
const cases: Array<[string, Partial<PredictedMeeting>, GoldMeeting]> = [
  ['a title that differs in spelling and the printed (“2+2”)', {}, gold],
  ['a title with too few words in common', { title: 'Joint Statement' }, gold],
  ['a place with the country added', { place: 'London, United Kingdom' }, gold],
  ['a wrong place', { place: 'Tokyo' }, gold],
  ['no place where gold has none', { place: null }, { ...gold, place: null }],
  ['a participant missing', { participants: [{ name: 'KONO Taro' }] }, gold],
  ['a single accepted title', { title: 'Seventh Japan-Australia 2+2' }, { ...gold, title: 'Seventh Japan-Australia 2+2 Meeting' }],
  ['no title predicted', { title: null }, gold],
]

describe('meeting fields', () => {
  it('title and place by word overlap, participants by family name', () => {
    const s = scoreDocument('x', { document: 'x.txt', meeting: gold, items: [] }, [], pred({}))
    expect(s.meeting).toEqual({ title: true, date: true, place: true, ordinal: true, paragraphs: true, participants: true })
    expect(scoreDocument('x', { document: 'x.txt', meeting: gold, items: [] }, [], pred({ title: 'Joint Statement', place: 'Tokyo' })).meeting).toMatchObject({
      title: false,
      place: false,
    })
  })

  it.skipIf(!HAS_SHARED).each(cases)('agrees with score.mjs: %s', async (_name, over, g) => {
    const ref = (await import(pathToFileURL(`${SHARED}eval/score.mjs`).href)) as {
      scoreDocument: (g: unknown, p: unknown) => { meta: Record<string, boolean> }
    }
    const p = pred(over)
    const theirs = ref.scoreDocument({ document: 'x.txt', meeting: g, items: [] }, { document: p, items: [] }).meta
    const ours = scoreDocument('x', { document: 'x.txt', meeting: g, items: [] }, [], p).meeting
    expect(ours).toEqual(theirs)
  })
})
