// An extracted item (ANNOTATION.md): one commitment, directive, support, call or position.

/** The five item types of ANNOTATION.md. */
export type ItemType = 'commitment' | 'directive' | 'support' | 'call' | 'position'

/** The item types that are tracked (owner, status, follow-up). */
export const TRACKABLE_TYPES: readonly ItemType[] = ['commitment', 'directive']

/** True for commitments and directives. */
export function isTrackable(type: ItemType): boolean {
  return TRACKABLE_TYPES.includes(type)
}

/** Firm, or weak (explore, consider, study). */
export type Strength = 'firm' | 'weak'

/** Who acts: the parties themselves, their own officials, or a third party. */
export type ActorRole = 'parties' | 'officials' | 'third-party'

/** How the action is framed in time. */
export type Modality = 'future' | 'decided' | 'present' | 'past' | 'hope'

/** A half-open range of offsets into the normalized text. */
export interface Span {
  start: number
  end: number
}

/**
 * When an action is due. `start`/`end` are ISO dates (YYYY-MM-DD); `end` is the last day by which
 * it is due, or null when open ("at the earliest possible opportunity"). A deadline relative to
 * the series ("the next ... Meeting") has `relative: 'next-meeting'` and null dates.
 */
export interface Deadline {
  /** The words of the deadline as printed: "in 2016", "spring 2016". */
  text: string
  start: string | null
  end: string | null
  relative?: 'next-meeting'
  /** Where `text` stands in the normalized text. */
  span: Span
}

/** Kinds of named entity. */
export type EntityKind = 'country' | 'organisation' | 'agreement' | 'programme' | 'event'

/** A named entity mentioned in an item, with offsets into the normalized text. */
export interface Entity {
  kind: EntityKind
  /** Canonical name: "United Kingdom", "United Nations Security Council". */
  name: string
  /** The words as printed: "the UK", "UNSC". */
  text: string
  start: number
  end: number
}

/** PLOVER-style event categories for analysts. */
export type EventCategory =
  'AGREE' | 'COOPERATE' | 'CONSULT' | 'SUPPORT' | 'AID' | 'REQUEST' | 'DEMAND' | 'ACCUSE' | 'REJECT' | 'ENGAGE' | 'RETREAT' | 'SANCTION' | 'THREATEN' | 'OTHER'

/** One extracted item. `text === source.value.slice(start, end)` always holds. */
export interface Item {
  /** Stable within its document: "p3-1" (paragraph number, then order within it). */
  id: string
  type: ItemType
  /** The printed paragraph number, or the paragraph's ordinal when paragraphs are unnumbered. */
  paragraph: number
  text: string
  start: number
  end: number
  /** Canonical names of the parties that undertake the action (or back it, call, state it). */
  actors: string[]
  /** Who carries out the action. */
  actorRole: ActorRole
  /** The action in a few words, verb first: "cooperate to tackle global security challenges". */
  action: string
  modality: Modality
  deadline: Deadline | null
  /** Topic ids from the taxonomy (extract/lexicon/topics.ts). */
  topics: string[]
  entities: Entity[]
  strength: Strength
  /** Restates an earlier pledge ("reaffirmed their commitment to ..."). */
  reaffirmed: boolean
  event: EventCategory
  /** Id of the rule that produced the item. */
  rule: string
}
