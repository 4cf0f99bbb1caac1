// The shape of an anchor rule: a pattern that finds where a clause states an action or a stance.
import type { ItemType, Modality } from '../../core/item.js'
import { INTERVENING_WORDS, LY_VERBS } from '../lexicon/adverbs.js'

/** How an anchor relates to its subject and complement; decides how its clause is built. */
export type AnchorKind =
  /** "would cooperate": the subject stands before the modal. */
  | 'modal'
  /** "decided to strengthen", "committed to identify": a verb of decision + to + action. */
  | 'decision'
  /** "expressed their commitment to cooperate": a noun of commitment + to + action. */
  | 'noun'
  /** "is committed to adhering", "stands ready to": an adjective + to + action. */
  | 'adjective'
  /** "we embark on", "Japan commits to": a present-tense pledge; needs a party subject. */
  | 'pledge'
  /** "directed their officials to meet": an order to the parties' own officials. */
  | 'directive'
  /** "urged North Korea to comply", "called for": a demand on a third party. */
  | 'call'
  /** "supported the exercise of freedom of navigation". */
  | 'support'
  /** "welcomed", "noted", "condemned", "looked forward to", "will not accept". */
  | 'position'

/** One rule: a stable id, the item type it gives, its pattern and one real example phrase. */
export interface AnchorRule {
  /** Stable id, e.g. 'commitment/modal-future'. */
  id: string
  type: ItemType
  kind: AnchorKind
  modality: Modality
  /**
   * Global, case-insensitive pattern over a sentence. The match starts where the anchor's own words
   * start; an optional named group `verb` is the first verb of the action.
   */
  pattern: RegExp
  /** True when the rule only counts with a subject that is one or more of the meeting's parties. */
  needsPartySubject?: boolean
  /** One real example phrase this rule exists for. */
  example: string
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')

/** An alternation of words or phrases, longest first, for use inside a pattern. */
export function alt(words: readonly string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})`
}

/** Optional adverbs between a modal or "to" and the verb: "would work urgently" has none before the verb. */
export const ADVERBS = `(?:(?:${alt(INTERVENING_WORDS)}|(?!${alt(LY_VERBS)}\\b)[a-z]+ly|not only|continue to|continuing to)\\s+)*`

/** The action verb (or gerund) as a named group. */
export const VERB = `(?<verb>[a-z][a-z'’-]*)`

/** Builds a rule pattern: word boundary before, case-insensitive, global, with indices. */
export function pattern(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${source}`, 'giud')
}
