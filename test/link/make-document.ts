// Builds small LinkDocuments from plain sentences for tests: one paragraph per sentence, offsets
// into the sentences joined by newlines, and an item for each sentence marked as a pledge.
import type { Item, ItemType } from '../../src/core/item.js'
import type { LinkDocument } from '../../src/track/link/index.js'

/** A sentence of a made-up document; `item` makes it (all of it) an extracted item of that type. */
export interface MadeSentence {
  text: string
  item?: ItemType
  topics?: string[]
}

/**
 * Makes a LinkDocument: sentence n is paragraph n, and its item (if any) has id "p<n>-1".
 * @example makeDocument('m1', '2021-01-01', [{ text: 'We will hold talks.', item: 'commitment' }])
 */
export function makeDocument(meetingId: string, date: string, sentences: Array<MadeSentence | string>): LinkDocument {
  const doc: LinkDocument = { meetingId, date, items: [], passages: [] }
  let offset = 0
  sentences.forEach((s, i) => {
    const { text, item, topics } = typeof s === 'string' ? { text: s, item: undefined, topics: undefined } : s
    const start = offset
    const end = start + text.length
    const id = `p${i + 1}-1`
    if (item) doc.items.push(makeItem({ id, type: item, paragraph: i + 1, text, start, end, topics: topics ?? [] }))
    doc.passages.push({ paragraph: i + 1, start, end, text, itemIds: item ? [id] : [] })
    offset = end + 1
  })
  return doc
}

/** An item with the given fields and neutral values for the rest. */
export function makeItem(fields: Pick<Item, 'id' | 'type' | 'paragraph' | 'text' | 'start' | 'end'> & Partial<Item>): Item {
  return {
    actors: [],
    actorRole: 'parties',
    action: fields.text.replace(/^(?:we|they)\s+(?:will|shall)\s+/i, ''),
    modality: 'future',
    deadline: null,
    topics: [],
    entities: [],
    strength: 'firm',
    reaffirmed: false,
    event: 'OTHER',
    rule: 'test',
    ...fields,
  }
}

/** Sentences about other things, so that word rarity means something in a small test series. */
export const FILLER: readonly string[] = [
  'The leaders discussed the regional situation and the global economy.',
  'They welcomed the participation of partners in the region.',
  'The leaders underscored the importance of the rules-based international order.',
  'They expressed concern about the humanitarian situation in the region.',
  'The leaders emphasized the importance of peace and stability in the region.',
  'They recognized the importance of the global economy for the region.',
  'The leaders discussed cooperation with partners in the international community.',
  'They noted the importance of the international order for peace and prosperity.',
]
