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
   * Global pattern over the sentence lower-cased (ASCII letters only, so offsets do not move).
   * The match starts where the anchor's own words start; an optional named group `verb`, always
   * at the end of the match, is the first verb of the action.
   */
  pattern: RegExp
  /** Lower-cased words a match can start with; the pattern is tried only where one stands. */
  heads: readonly string[]
  /** True when the rule only counts with a subject that is one or more of the meeting's parties. */
  needsPartySubject?: boolean
  /**
   * With needsPartySubject: the clause's own subject must be a party; the sentence's subject does
   * not carry over ("we embark on ...", not "... and initiate discussions").
   */
  ownSubjectOnly?: boolean
  /**
   * Joint statements only: no item in one speaker's speech, where "we are working with our partners on …"
   * reports a government's own record (session 13: the parties' joint work under way, announced schemes).
   */
  jointOnly?: boolean
  /**
   * The frame itself makes the word after "to" a verb ("intend for the forum to be open"): any word
   * that can be a verb is the action, "be" and verbs the lexicon lacks included.
   */
  verbByFrame?: boolean
  /** Tried before the pledges: its words win where a pledge rule matches the same ones ("will not accept"). */
  early?: boolean
  /** A verb that, coordinated after another clause without its own subject, does not start a clause of its own ("to identify, treat, and support"). */
  joinsSeries?: boolean
  /**
   * A nominal pledge: "reaffirm our commitment to a free and open Indo-Pacific" counts with a plain
   * noun phrase after "commitment to", not only with an action ("to cooperate", "to the defense of"),
   * when the rule's head word (lower-cased) matches this pattern.
   */
  nounObject?: RegExp
  /**
   * Verbs (base forms) that, as the rule's action, make no pledge: "we continue to enjoy ...",
   * "we continue to call for ..." (a call, found by its own rule).
   */
  notVerbs?: readonly string[]
  /**
   * Words before the clause that make it a reported fact or a circumstance, not a pledge: "They
   * noted that Japan and the UK continue to deepen ...", "as we continue to work together".
   */
  notAfter?: RegExp
  /** The rule counts only where the lower-cased words just before its match end with this ("working group is" before "tasked to"). */
  onlyAfter?: RegExp
  /**
   * A clause with no subject of its own takes the words that open the sentence as its subject, and
   * makes no item unless they name the parties ("The Ministers launched ..., committing to ...",
   * not "Russia launched ..., seeking to ...").
   */
  sentenceSubject?: boolean
  /**
   * The action must have a purpose: a "to" + verb within a dozen words after the matched verb, with
   * no clause break before it ("are deploying new authorities ... to target southbound firearms flows").
   */
  needsPurpose?: boolean
  /**
   * The clause details the pledge of the previous sentence of its paragraph ("… will apply the full
   * range of its capabilities. This includes working in lockstep with …"): it takes that pledge's
   * actors, and makes no item where the previous sentence pledged nothing.
   */
  continuesPrevious?: boolean
  /** One real example phrase this rule exists for. */
  example: string
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')

/** An alternation of words or phrases, longest first, for use inside a pattern. */
export function alt(words: readonly string[]): string {
  return `(?:${[...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})`
}

/** Optional adverbs between a modal or "to" and the verb ("to more closely align"): "would work urgently" has none before the verb. */
export const ADVERBS = `(?:(?:${alt(INTERVENING_WORDS)}|(?:(?:even\\s+)?more\\s+)?(?!${alt(LY_VERBS)}\\b)[a-z]+ly(?:,?\\s+and\\s+[a-z]+ly)?|not only|continue to|continuing to)\\s+)*`

/** The action verb (or gerund) as a named group. */
export const VERB = `(?<verb>[a-z][a-z'’-]*)`

/**
 * Builds a rule pattern for lower-cased text: a word boundary before it, sticky (tried at the
 * start of a head word, see AnchorRule.heads). `\\p{L}` in the
 * source stands for a letter and `[A-Z]` for any letter (the text is lower-cased); no `u` or `i`
 * flag, which keeps the scan fast over millions of words.
 */
export function pattern(source: string): RegExp {
  const body = source.replaceAll('\\p{L}', 'a-z\\u00c0-\\u024f').replaceAll('[A-Z]', '[a-z]').replaceAll('\\p{N}', '0-9')
  return new RegExp(`(?<![a-z0-9\\u00c0-\\u024f])${body}`, 'y')
}

/** The first words of phrases ("call on", "set up") without repeats: the heads of a rule. */
export function words(phrases: readonly string[]): string[] {
  return [...new Set(phrases.map((p) => p.split(' ')[0]!))]
}

/** Lower-cases ASCII letters only, so that every offset stays where it was. */
export function asciiLower(text: string): string {
  const lower = text.toLowerCase()
  // Note: a few letters change length when lower-cased ("İ"); keep offsets by touching A–Z only then.
  return lower.length === text.length ? lower : text.replace(/[A-Z]+/g, (m) => m.toLowerCase())
}
