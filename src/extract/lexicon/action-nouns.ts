// Nouns that name an action, so that a pledge may take a noun phrase: "we commit to the defense of
// Japan", "committed to greater nuclear energy collaboration" (pass 1, isActionNounPhrase).

/** Lower-case action nouns. */
export const ACTION_NOUNS: readonly string[] = [
  'action',
  'actions',
  'assistance',
  'collaboration',
  'completion',
  'conclusion',
  'construction',
  'establishment',
  'cooperation',
  'co-operation',
  'coordination',
  'defence',
  'defense',
  'deployment',
  'development',
  'dialogue',
  'effort',
  'efforts',
  'engagement',
  'exchange',
  'exchanges',
  'expansion',
  'implementation',
  'investment',
  'investments',
  'partnership',
  'progress',
  'promotion',
  'protection',
  'provision',
  'reform',
  'reforms',
  'security',
  'steps',
  'strengthening',
  'support',
  'work',
  'working',
]

/**
 * Action nouns that open the entry of a previous sentence's pledge after "This includes": "We intend
 * to expand collaborative efforts to … This includes expanded collaboration to prosecute migrant
 * smuggling …", "This includes the implementation of critical financial reforms" (session 12).
 */
export const INCLUDED_ACTION_NOUNS: readonly string[] = [
  'action',
  'actions',
  'collaboration',
  'cooperation',
  'coordination',
  'deployment',
  'effort',
  'efforts',
  'engagement',
  'establishment',
  'expansion',
  'implementation',
  'provision',
  'work',
]

/** Adjectives before such a noun: "expanded collaboration", "further action". */
export const INCLUDED_ACTION_MODIFIERS: readonly string[] = [
  'the',
  'expanded',
  'enhanced',
  'increased',
  'further',
  'closer',
  'greater',
  'stronger',
  'new',
  'continued',
  'joint',
]
