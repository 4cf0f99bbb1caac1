// Every anchor rule, in the order they are tried: trackable pledges first, then the rest.
import { callRules } from './call.js'
import { commitmentRules, userPledgeRule } from './commitment.js'
import { directiveRules } from './directive.js'
import { positionRules } from './position.js'
import type { AnchorRule } from './rule.js'
import { supportRules } from './support.js'
import { lexiconVersion, userLexicon } from '../../lexicon/user-lexicon.js'

export type { AnchorKind, AnchorRule } from './rule.js'

/** All rules; an earlier rule wins where two match the same words. */
export const ANCHOR_RULES: readonly AnchorRule[] = [
  ...directiveRules,
  ...positionRules.filter((r) => r.early),
  ...commitmentRules,
  ...callRules,
  ...supportRules,
  ...positionRules.filter((r) => !r.early),
]

let inForce: { version: number; rules: readonly AnchorRule[] } | null = null

/** The rules in force: ANCHOR_RULES, then one for the pledge verbs of the user lexicons, if any. */
export function anchorRules(): readonly AnchorRule[] {
  if (inForce?.version !== lexiconVersion()) {
    const verbs = userLexicon().pledgeVerbs
    inForce = { version: lexiconVersion(), rules: verbs.length ? [...ANCHOR_RULES, userPledgeRule(verbs)] : ANCHOR_RULES }
  }
  return inForce.rules
}
