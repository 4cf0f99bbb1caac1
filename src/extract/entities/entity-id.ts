// Stable ids for entities, so that topics (src/lexicon/topics.ts) can refer to them.
import type { Entity } from '../../core/item.js'
import { eventIdOf } from './find-event-entities.js'
import { lexiconEntryNamed } from './find-lexicon-entities.js'

/** Lower-case kebab words of a name: "People's Republic of China" → "peoples-republic-of-china". */
export function toKebab(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9/]+/g, '-')
    .replace(/\//g, '-')
    .replace(/^-|-$/g, '')
}

/**
 * The stable id of an entity: the lexicon id for organisations, agreements and programmes
 * ("unsc", "npt"), the events-list id for events ("cop-26"), and the kebab-case canonical name
 * otherwise: countries ("north-korea"), resolutions ("unsc-resolution-2231") and names found by
 * pattern ("japan-uk-counter-terrorism-consultation").
 * @example entityId({ kind: 'agreement', name: 'United Nations Convention on the Law of the Sea' }) // 'unclos'
 */
export function entityId(entity: Pick<Entity, 'kind' | 'name'>): string {
  const key = `${entity.kind}:${entity.name}`
  let id = cache.get(key)
  if (id === undefined) {
    if (cache.size > 10_000) cache.clear()
    cache.set(key, (id = idOf(entity)))
  }
  return id
}

// Note: names repeat across clauses, so ids are cached (bounded, since generic names are open-ended).
const cache = new Map<string, string>()

function idOf(entity: Pick<Entity, 'kind' | 'name'>): string {
  if (entity.kind === 'event') return eventIdOf(entity.name) ?? toKebab(entity.name)
  if (entity.kind !== 'country') {
    const entry = lexiconEntryNamed(entity.name)
    if (entry && entry.kind === entity.kind) return entry.id
  }
  return toKebab(entity.name)
}
