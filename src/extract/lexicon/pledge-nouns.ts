// Words around a pledge noun ("reaffirm our existing commitment to eliminating …"): read by the
// commitment-noun rule (rules/commitment.ts). Session 10's corpus audit found these forms in many
// White House documents where the noun's action went unread.

/**
 * Modifiers of a pledge noun beyond the rule's own list: "our existing commitment to eliminating
 * inefficient fossil fuel subsidies", "our longstanding commitment to advancing …", "our previous
 * commitment to increase …", "our positive commitment to …".
 */
export const PLEDGE_NOUN_MODIFIERS: readonly string[] = [
  'abiding',
  'active',
  'bilateral',
  'earlier',
  'existing',
  'heightened',
  'lasting',
  'longstanding',
  'multilateral',
  'positive',
  'previous',
  'prior',
  'solemn',
  'strengthened',
  'unequivocal',
  'unflinching',
  'unshaken',
]

/**
 * Verbs and frames that state a pledge noun of the parties' as their own, beyond the reporting
 * verbs ("reaffirm", "express"): "we reinforce our commitment to promote economic resilience", "We
 * stand by our commitment to consult", "We also continue our unwavering commitment to tackling …", "The tragic deaths of migrants … further
 * strengthens our determination to go after the … smuggling industry",
 * "we have once again made clear our unwavering commitment to stand by Ukraine", "We, the Quad
 * Leaders, remain firm in our resolve to meet the challenges", "stand together in our commitment
 * to promote respect for human rights".
 */
export const PLEDGE_NOUN_FRAMES: readonly string[] = [
  'reinforce',
  'reinforces',
  'has reinforced',
  'strengthen',
  'strengthens',
  'have reinforced',
  'stand by',
  'stands by',
  'continue',
  'continues',
  'made clear',
  'make clear',
  'firm in',
  'stand together in',
  'stands together in',
  'stand united in',
  'stands united in',
]

/**
 * Pledge nouns whose object may be a plain noun phrase: "we affirm our joint commitment to safe,
 * orderly, and humane migration" is a position (no action), but a next sentence "This includes
 * assisting host communities …; providing protection …" lists the actions it stands for (session 12).
 */
export const NOMINAL_PLEDGE_NOUN = /\b(?:commitments?|determination|resolve|pledges?|intentions?)\b/i
