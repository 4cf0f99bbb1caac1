// Words of a lead-in that introduces a list of actions (extract-items.ts): "The leaders commit to:".

/**
 * A pledge word right before the ":" of a lead-in to a list of actions; or a plan of action the
 * parties agree whose actions the list gives: "we have agreed a shared G7 agenda for global action to:"
 * (session 11).
 */
export const LIST_LEAD_IN =
  /\b(?:will|shall|must|would|should|(?:resolve[sd]?|commit(?:s|ted)?|agree[sd]?|decided?|pledge[sd]?|undert(?:ake|akes|ook)|intend(?:s|ed)?|plan(?:s|ned)?|determined|are\s+committed|recommit(?:s|ted)?|seek|seeks|aim|aims|strive|strives|endeavou?rs?|look|looks|continue|continues|(?:are|is)\s+working(?:\s+together)?)\s+to|(?:decided|agreed)\s+(?:on|upon)\s+the\s+following(?:\s+[a-z]+){0,3}|(?<=\b(?:the\s+parties|we|they|ministers|leaders)\s+)(?:agree|decide|resolve|commit)|(?:(?:agree[sd]?|commit(?:s|ted)?|decided?|resolve[sd]?)\s+to\s+)?(?:the\s+following|these)\s+(?:actions|steps|measures|initiatives|commitments|deliverables)(?:\s+to\s+[^:;.]{1,200})?|(?:agreed|adopted)\s+(?:a|an|the|our)\s+(?:[a-z0-9-]+\s+){0,3}?(?:agenda|plan|programme|program|roadmap)(?:\s+(?:for|of)\s+(?:[a-z-]+\s+){0,3}?(?:action|work|cooperation))?\s+to)\s*(?:the\s+following\s*)?:\s*$/i

/** The sentence's first modal, whose subject a list lead-in ending in "the following actions:" shares. */
export const LEAD_MODAL = /\b(?:must|will|shall|would)\b/i

/** The label of an inline list entry: "1", "b", "iii" (in "We will: i) work together …, ii) …", "(1) … (2) …"). */
export const LIST_LABEL = '(?:[0-9]{1,2}|[a-h]|i{1,3}|iv|v|vi{0,3})'

/**
 * An entry of a list of actions that states a stance, not an action: "- reiterating the importance of
 * multilateralism …" under "We will champion … by:" (a position, ANNOTATION.md).
 */
export const STANCE_ENTRY =
  /^(?:to\s+)?(?:reiterat|reaffirm|recogni[sz]|acknowledg|not|welcom|stress|emphasi[sz]|underlin|underscor|highlight|express)(?:e|es|ed|ing)\s+(?:(?:again|once\s+again|our|their|the)\s+)*(?:importance|need|value|role|concern|that|appreciation|gratitude)\b/i
