// Words of a lead-in that introduces a list of actions (extract-items.ts): "The leaders commit to:".

/**
 * A pledge word right before the ":" of a lead-in to a list of actions: "The leaders commit to:",
 * "WE HEREBY COMMIT TO:" (also when printed "COMMITTO": the glue repair splits it first), "WE HEREBY DECLARE TO:", "we have agreed a shared
 * G7 agenda for global action to:".
 */
export const LIST_LEAD_IN =
  /\b(?:will|shall|must|would|should|(?:resolve[sd]?|commit(?:s|ted)?|hereby\s+declare|agree[sd]?|decided?|pledge[sd]?|undert(?:ake|akes|ook)|intend(?:s|ed)?|plan(?:s|ned)?|determined|are\s+committed|recommit(?:s|ted)?|seek|seeks|aim|aims|strive|strives|endeavou?rs?|look|looks|continue|continues|(?:are|is)\s+working(?:\s+together)?)\s+to|agree[sd]?\s+(?:on\s+)?(?:a|an|the|our)\s+(?:[\w-]+\s+){0,5}(?:agenda|plan|roadmap|programme|program)(?:\s+for(?:\s+[\w-]+){1,3})?\s+to|(?:decided|agreed)\s+(?:on|upon)\s+the\s+following(?:\s+[a-z]+){0,3}|(?<=\b(?:the\s+parties|we|they|ministers|leaders)\s+)(?:agree|decide|resolve|commit)|(?:(?:agree[sd]?|commit(?:s|ted)?|decided?|resolve[sd]?)\s+to\s+)?(?:the\s+following|these)\s+(?:actions|steps|measures|initiatives|commitments|deliverables)(?:\s+to\s+[^:;.]{1,200})?)\s*(?:the\s+following\s*)?:\s*$/i

/** The sentence's first modal, whose subject a list lead-in ending in "the following actions:" shares. */
export const LEAD_MODAL = /\b(?:must|will|shall|would)\b/i

/** The label of an inline list entry: "1", "b", "iii" (in "We will: i) work together …, ii) …", "(1) … (2) …"). */
export const LIST_LABEL = '(?:[0-9]{1,2}|[a-h]|i{1,3}|iv|v|vi{0,3})'

/**
 * First verbs of a list entry that states a view, not an action (an entry of the list, but no pledge
 * of the lead-in's: "1. NOTE the United Nations General Assembly Resolution …", "- Welcome the …").
 * The entry is read as a sentence of its own.
 */
export const STATEMENT_ENTRY_VERBS: readonly string[] = [
  'acknowledge',
  'affirm',
  'applaud',
  'appreciate',
  'commend',
  'emphasise',
  'emphasize',
  'note',
  'reaffirm',
  'recall',
  'recognise',
  'recognize',
  'stress',
  'underline',
  'underscore',
  'welcome',
]

/**
 * A condition that may open a list entry before its verb: "- To the extent practicable or deemed
 * desirable by both …, consult or coordinate on …", "- Where appropriate, share …".
 */
export const ENTRY_CONDITION =
  /^(?:to\s+the\s+extent\s+[^,;]{1,100}|where\s+(?:appropriate|possible|practicable|feasible|relevant)|as\s+(?:appropriate|needed|necessary|relevant)|in\s+(?:this|that)\s+(?:context|regard)),\s+/i

/**
 * An entry of a list of actions that states a stance, not an action: "- reiterating the importance of
 * multilateralism …" under "We will champion … by:" (a position, ANNOTATION.md).
 */
export const STANCE_ENTRY =
  /^(?:to\s+)?(?:reiterat|reaffirm|recogni[sz]|acknowledg|not|welcom|stress|emphasi[sz]|underlin|underscor|highlight|express)(?:e|es|ed|ing)\s+(?:(?:again|once\s+again|our|their|the)\s+)*(?:importance|need|value|role|concern|that|appreciation|gratitude)\b/i

/** Adverbs before the first verb of a list entry: "FURTHER REAFFIRM that …", "also note …". */
export const ENTRY_ADVERBS: readonly string[] = ['further', 'also', 'again', 'once again', 'together', 'jointly']

/** Words after a ";" part's first word that show that word is a noun: "; support for …", "; progress is …". */
export const NOUN_FOLLOWERS: readonly string[] = ['of', 'for', 'is', 'are', 'was', 'were', 'has', 'have', 'will', 'and', 'or']
