// Names an item mentions: its extracted entities, plus capitalised phrases and acronyms found in its
// text ("Quad Vaccine Partnership", "JNAAM", "CoRe"), so linking works before entities are extracted.
import type { Entity, EntityKind, Item } from '../../core/item.js'
import { canonicalCountry } from '../../lexicon/countries.js'
import { toLemmas, tokenize, type Token } from './normalize.js'
import type { LinkName } from './types.js'

/** Weight of an extracted entity by kind: named programmes and agreements say most about an item. */
export const ENTITY_KIND_WEIGHTS: Readonly<Record<EntityKind, number>> = {
  agreement: 1,
  country: 0.3,
  event: 0.8,
  organisation: 0.7,
  programme: 1,
}

/** Weight of a capitalised phrase found in the text, whose kind is unknown. */
export const FOUND_NAME_WEIGHT = 0.8

// Lower-case words that may stand inside a name: "Treaty on the Non-Proliferation of Nuclear Weapons".
const CONNECTORS = new Set(['and', 'for', 'in', 'of', 'on', 'the', 'to'])
// Capitalised words that are not names by themselves.
const NOT_NAMES = new Set([
  'april',
  'august',
  'december',
  'february',
  'friday',
  'january',
  'july',
  'june',
  'march',
  'may',
  'monday',
  'november',
  'october',
  'saturday',
  'september',
  'sunday',
  'thursday',
  'tuesday',
  'wednesday',
])

/**
 * The names of an item: its entities (weighted by kind) and the capitalised phrases of its text.
 * Duplicates (same stems) are kept once, with the higher weight.
 */
export function findItemNames(item: Pick<Item, 'text' | 'entities'>): LinkName[] {
  const names = new Map<string, LinkName>()
  const add = (name: LinkName): void => {
    if (name.key.length === 0) return
    const id = name.key.join(' ')
    const prior = names.get(id)
    if (!prior || prior.kindWeight < name.kindWeight) names.set(id, name)
  }
  for (const e of item.entities ?? []) {
    for (const text of entityTexts(e)) add({ text, key: contentStems(text), kindWeight: ENTITY_KIND_WEIGHTS[e.kind] ?? FOUND_NAME_WEIGHT })
  }
  for (const text of findCapitalisedNames(item.text)) {
    add({ text, key: contentStems(text), kindWeight: canonicalCountry(text) ? ENTITY_KIND_WEIGHTS.country : FOUND_NAME_WEIGHT })
  }
  return [...names.values()]
}

/**
 * Capitalised phrases and acronyms in a text: runs of capitalised words (joined by "of", "and",
 * "on" ...), without a sentence-initial single word ("Together") and without month names.
 * @example findCapitalisedNames('we established the Quad Vaccine Experts Group in March') // ['Quad Vaccine Experts Group']
 */
export function findCapitalisedNames(text: string): string[] {
  const tokens = tokenize(text)
  const names: string[] = []
  let run: Token[] = []
  const flush = (): void => {
    while (run.length && !isNameWord(run[run.length - 1]!)) run.pop()
    while (run.length && (!isNameWord(run[0]!) || !run[0]!.content)) run.shift()
    pushName(run)
    // "Australia and India" is two names, "Competitiveness and Resilience" one: keep the whole and the parts.
    if (run.some((t) => t.lower === 'and')) {
      let part: Token[] = []
      for (const t of [...run, null]) {
        if (t && t.lower !== 'and') {
          part.push(t)
          continue
        }
        pushName(part)
        part = []
      }
    }
    run = []
  }
  const pushName = (words: Token[]): void => {
    const single = words.length === 1 ? words[0]! : null
    if (words.length === 0 || (single && isSentenceInitial(text, single) && !isAcronym(single.text))) return
    const name = text.slice(words[0]!.start, words[words.length - 1]!.end)
    if (!names.includes(name)) names.push(name)
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const joined = run.length > 0 && /^[\s\-–/]*$/.test(text.slice(run[run.length - 1]!.end, t.start))
    if (run.length > 0 && !joined) flush()
    if (isNameWord(t) || (run.length > 0 && CONNECTORS.has(t.lower))) run.push(t)
    else flush()
  }
  flush()
  return names
}

function isNameWord(t: Token): boolean {
  if (NOT_NAMES.has(t.lower)) return false
  return /^[A-Z]/.test(t.text) || isAcronym(t.text)
}

/** "JNAAM", "5G", "CoRe", "IPEF", "U.S.". */
function isAcronym(word: string): boolean {
  return /^(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|\d+[A-Z]+|(?:[A-Z]\.){2,})$/.test(word)
}

function isSentenceInitial(text: string, t: Token): boolean {
  const before = text.slice(0, t.start).trimEnd()
  return before === '' || /[.!?:;"“(]$/.test(before)
}

function entityTexts(e: Entity): string[] {
  return e.text && e.text !== e.name ? [e.name, e.text] : [e.name]
}

function contentStems(text: string): string[] {
  return toLemmas(text)
}
