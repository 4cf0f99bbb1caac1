// A stored item back as the extractor's Item (its document-local id as the id).
import type { Item } from '../core/item.js'
import type { StoredItem } from './types.js'

/** The extracted item inside a stored one: what the linker and the report work on. */
export function toItem(s: StoredItem): Item {
  return {
    id: s.localId,
    type: s.type,
    paragraph: s.paragraph,
    text: s.text,
    start: s.start,
    end: s.end,
    actors: s.actors,
    actorRole: s.actorRole,
    action: s.action,
    modality: s.modality,
    deadline: s.deadline,
    topics: s.topics,
    entities: s.entities,
    strength: s.strength,
    reaffirmed: s.reaffirmed,
    event: s.event,
    rule: s.rule,
  }
}
