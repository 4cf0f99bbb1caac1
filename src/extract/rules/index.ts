// Every anchor rule, in the order they are tried: trackable pledges first, then the rest.
import { callRules } from './call.js'
import { commitmentRules, userPledgeRule } from './commitment.js'
import { directiveRules } from './directive.js'
import { positionRules } from './position.js'
import type { AnchorRule } from './rule.js'
import { supportRules } from './support.js'
import { lexiconVersion, userLexicon } from '../../lexicon/user-lexicon.js'

export type { AnchorKind, AnchorRule } from './rule.js'

/**
 * A rule with every field of AnchorRule present, in one order (absent options undefined). Note: the
 * rules are written as literals with the options each needs, which made 15 hidden classes of 32
 * rules; every `rule.kind` read on the hot path (findCandidates, isValid, the clause passes) was then
 * a megamorphic load. One shape keeps those reads monomorphic (speed; no rule reads another way).
 */
export function uniformRule(r: AnchorRule): AnchorRule {
  return {
    id: r.id,
    type: r.type,
    kind: r.kind,
    modality: r.modality,
    pattern: r.pattern,
    heads: r.heads,
    needsPartySubject: r.needsPartySubject,
    ownSubjectOnly: r.ownSubjectOnly,
    jointOnly: r.jointOnly,
    verbByFrame: r.verbByFrame,
    early: r.early,
    joinsSeries: r.joinsSeries,
    nounObject: r.nounObject,
    notVerbs: r.notVerbs,
    notAfter: r.notAfter,
    onlyAfter: r.onlyAfter,
    sentenceSubject: r.sentenceSubject,
    needsPurpose: r.needsPurpose,
    continuesPrevious: r.continuesPrevious,
    example: r.example,
  }
}

/** All rules; an earlier rule wins where two match the same words. */
export const ANCHOR_RULES: readonly AnchorRule[] = [
  ...directiveRules,
  ...positionRules.filter((r) => r.early),
  ...commitmentRules,
  ...callRules,
  ...supportRules,
  ...positionRules.filter((r) => !r.early),
].map(uniformRule)

let inForce: { version: number; rules: readonly AnchorRule[] } | null = null

/** The rules in force: ANCHOR_RULES, then one for the pledge verbs of the user lexicons, if any. */
export function anchorRules(): readonly AnchorRule[] {
  if (inForce?.version !== lexiconVersion()) {
    const verbs = userLexicon().pledgeVerbs
    inForce = { version: lexiconVersion(), rules: verbs.length ? [...ANCHOR_RULES, uniformRule(userPledgeRule(verbs))] : ANCHOR_RULES }
  }
  return inForce.rules
}
