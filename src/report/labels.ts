// Words the report prints for statuses, item types, link kinds, topics and ordinals.
import type { ItemType } from '../core/item.js'
import type { LinkKind, Status } from '../core/tracking.js'
import type { ItemFate } from './series-model.js'

/** Status → words: "in-progress" → "In progress". */
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  'partially-done': 'Partially done',
  done: 'Done',
  stalled: 'Stalled',
  dropped: 'Dropped',
}

/** Item type → words, singular. */
export const TYPE_LABELS: Readonly<Record<ItemType, string>> = {
  commitment: 'Commitment',
  directive: 'Directive',
  support: 'Support',
  call: 'Call',
  position: 'Position',
}

/** What a later meeting said → words. */
export const LINK_KIND_LABELS: Readonly<Record<LinkKind, string>> = {
  reaffirmed: 'Reaffirmed',
  'progress-reported': 'Progress reported',
  'reported-done': 'Reported done',
  mentioned: 'Mentioned',
  dropped: 'Dropped',
}

/** The topic id of items that have none. */
export const OTHER_TOPIC = 'other'

/**
 * Display name of a topic id: the caller's label, else the id humanised.
 * @example topicLabel('maritime-security') // 'Maritime security'
 */
export function topicLabel(id: string, labels: Readonly<Record<string, string>> = {}): string {
  if (labels[id]) return labels[id]
  if (id === OTHER_TOPIC) return 'Other'
  const words = id.replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * English ordinal of a positive integer.
 * @example ordinalLabel(2) // '2nd'
 */
export function ordinalLabel(n: number): string {
  const mod100 = n % 100
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th')
  return `${n}${suffix}`
}

/**
 * Lower-case, ASCII, dash-separated form of a name, for HTML ids and CSV column names.
 * @example slugify('United Kingdom') // 'united-kingdom'
 */
export function slugify(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return s || 'x'
}

/** Fates of an item in later meetings, in the order the series view lists them. */
export const FATES: readonly ItemFate[] = ['reported-done', 'progress-reported', 'reaffirmed', 'mentioned', 'dropped', 'not-mentioned']

/** Fate → words. */
export const FATE_LABELS: Readonly<Record<ItemFate, string>> = { ...LINK_KIND_LABELS, 'not-mentioned': 'Not mentioned' }

/** The text with its first letter in capitals: "due before the next meeting" → "Due before …". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
