// Test data for store and tracking tests: the seed statement turned into a NewDocument by hand
// from the gold file's quotes and offsets, so these tests do not depend on the extractor.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Deadline, Entity, Item, ItemType } from '../../src/core/item.js'
import { emptyMeeting, type MeetingRecord } from '../../src/core/meeting.js'
import type { NewDocument, NewParagraph } from '../../src/store/types.js'

/** Folder of the shared data (corpus, gold, examples). */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url))
/** The seed statement (the project's own copy, so these tests run without ../shared). */
export const SEED_PATH = fileURLToPath(new URL('../../examples/japan-uk-2plus2-2016-01-08.txt', import.meta.url))
/** The seed's text. */
export const SEED_TEXT = readFileSync(SEED_PATH, 'utf8')

interface GoldItem {
  paragraph: number
  quote: string
  start: number
  end: number
  type: ItemType
  actors: string[]
  deadline?: { text: string; end: string | null; relative?: string }
}
// A copy of ../shared/gold/japan-uk-2plus2-2016-01-08.json kept with the seed fixtures.
const gold = JSON.parse(readFileSync(new URL('../fixtures/seed/japan-uk-2plus2-2016-01-08.gold.json', import.meta.url), 'utf8')) as { items: GoldItem[] }

/** sha256 hex of a text. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** Numbered paragraphs ("3. ...") of a text, one per line. */
export function paragraphsOf(text: string): NewParagraph[] {
  const out: NewParagraph[] = []
  let offset = 0
  for (const line of text.split('\n')) {
    const m = /^(\d+)\.\s/.exec(line)
    if (m) out.push({ ordinal: out.length + 1, number: Number(m[1]), label: m[1]!, start: offset, end: offset + line.length })
    offset += line.length + 1
  }
  return out
}

/** The seed's meeting record as the parser would give it. */
export function seedMeeting(): MeetingRecord {
  return {
    ...emptyMeeting(),
    title: 'Second Japan-UK Foreign and Defence Ministerial Meeting',
    series: 'Japan-UK Foreign and Defence Ministerial Meeting',
    ordinal: 2,
    date: '2016-01-08',
    place: 'Tokyo',
    parties: ['Japan', 'United Kingdom'],
    participants: [
      { name: 'Fumio Kishida', honorific: 'H.E. Mr.', office: 'Minister for Foreign Affairs', country: 'Japan' },
      { name: 'Philip Hammond', honorific: 'the Rt Hon', office: 'Secretary of State for Foreign and Commonwealth Affairs', country: 'United Kingdom' },
    ],
    sources: { title: 'text', date: 'text' },
  }
}

/** Gold items of the seed as Items: ids p{paragraph}-{n}, topics from a few keywords, entities of countries. */
export function seedItems(text = SEED_TEXT): Item[] {
  const counters = new Map<number, number>()
  return gold.items.map((g) => {
    const n = (counters.get(g.paragraph) ?? 0) + 1
    counters.set(g.paragraph, n)
    const at = g.deadline ? text.indexOf(g.deadline.text, g.start) : -1
    const deadline: Deadline | null = g.deadline
      ? {
          text: g.deadline.text,
          start: null,
          end: g.deadline.end,
          ...(g.deadline.relative ? { relative: 'next-meeting' as const } : {}),
          span: { start: at, end: at + g.deadline.text.length },
        }
      : null
    const topics = [
      /cyber/i.test(g.quote) ? 'cyber' : null,
      /terror/i.test(g.quote) ? 'counter-terrorism' : null,
      /maritime|sea/i.test(g.quote) ? 'maritime' : null,
    ].filter((t): t is string => t !== null)
    const entities: Entity[] = []
    const uk = g.quote.indexOf('the UK')
    if (uk >= 0) entities.push({ kind: 'country', name: 'United Kingdom', text: 'the UK', start: g.start + uk, end: g.start + uk + 6 })
    const jp = g.quote.indexOf('Japan')
    if (jp >= 0) entities.push({ kind: 'country', name: 'Japan', text: 'Japan', start: g.start + jp, end: g.start + jp + 5 })
    entities.sort((a, b) => a.start - b.start)
    return {
      id: `p${g.paragraph}-${n}`,
      type: g.type,
      paragraph: g.paragraph,
      text: g.quote,
      start: g.start,
      end: g.end,
      actors: g.actors,
      actorRole: g.type === 'directive' ? 'officials' : 'parties',
      action: g.quote.split(' ').slice(0, 6).join(' '),
      modality: 'future',
      deadline,
      topics,
      entities,
      strength: /explore|consider/.test(g.quote) ? 'weak' : 'firm',
      reaffirmed: /reaffirm|reiterat/.test(g.quote),
      event: 'COOPERATE',
      rule: 'test/gold',
    }
  })
}

/** The seed as a NewDocument; `changes` override fields (e.g. another text for a new version). */
export function seedDocument(changes: Partial<NewDocument> = {}): NewDocument {
  const text = changes.text ?? SEED_TEXT
  return {
    source: SEED_PATH,
    format: 'text',
    text,
    contentHash: sha256(text),
    language: 'en',
    metadata: {},
    diagnostics: [],
    meeting: seedMeeting(),
    paragraphs: paragraphsOf(text),
    items: text === SEED_TEXT ? seedItems() : [],
    ingestedBy: 'tester',
    ingestedAt: '2026-01-01T00:00:00.000Z',
    ...changes,
  }
}

/** A small made-up statement of another meeting in the same series (for series, filter and search tests). */
export function thirdMeetingDocument(): NewDocument {
  const text = [
    'Third Japan-UK Foreign and Defence Ministerial Meeting',
    '',
    '1. The Ministers met in London on 26 January 2017.',
    '2. The Ministers decided to deepen cooperation in cybersecurity and space by 2018.',
    '3. The Ministers welcomed the visit of RAF Typhoon aircraft to Japan in 2016.',
    '',
  ].join('\n')
  const p2 = text.indexOf('The Ministers decided')
  const itemText = 'The Ministers decided to deepen cooperation in cybersecurity and space by 2018'
  const dl = text.indexOf('by 2018')
  const item: Item = {
    id: 'p2-1',
    type: 'commitment',
    paragraph: 2,
    text: itemText,
    start: p2,
    end: p2 + itemText.length,
    actors: ['Japan', 'United Kingdom'],
    actorRole: 'parties',
    action: 'deepen cooperation in cybersecurity and space',
    modality: 'decided',
    deadline: { text: 'by 2018', start: null, end: '2018-12-31', span: { start: dl, end: dl + 7 } },
    topics: ['cyber', 'space'],
    entities: [],
    strength: 'firm',
    reaffirmed: false,
    event: 'COOPERATE',
    rule: 'test/hand',
  }
  return {
    source: '/fixtures/third.txt',
    format: 'text',
    text,
    contentHash: sha256(text),
    language: 'en',
    metadata: {},
    diagnostics: [],
    meeting: {
      ...seedMeeting(),
      title: 'Third Japan-UK Foreign and Defence Ministerial Meeting',
      ordinal: 3,
      date: '2017-01-26',
      place: 'London',
      participants: [],
    },
    paragraphs: paragraphsOf(text),
    items: [item],
    ingestedBy: 'tester',
    ingestedAt: '2026-01-02T00:00:00.000Z',
  }
}
