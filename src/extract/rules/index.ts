// Every anchor rule, in the order they are tried: trackable pledges first, then the rest.
import { callRules } from './call.js'
import { commitmentRules } from './commitment.js'
import { directiveRules } from './directive.js'
import { positionRules } from './position.js'
import type { AnchorRule } from './rule.js'
import { supportRules } from './support.js'

export type { AnchorKind, AnchorRule } from './rule.js'

/** All rules; an earlier rule wins where two match the same words. */
export const ANCHOR_RULES: readonly AnchorRule[] = [
  ...directiveRules,
  ...positionRules.filter((r) => r.id === 'position/refusal'),
  ...commitmentRules,
  ...callRules,
  ...supportRules,
  ...positionRules.filter((r) => r.id !== 'position/refusal'),
]
