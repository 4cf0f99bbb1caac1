// Rules for demands the parties make of third parties (ANNOTATION.md: call).
import type { AnchorRule } from './rule.js'
import { alt, pattern, words } from './rule.js'

const URGE_WORDS = [
  'appeal to',
  'appealed to',
  'call on',
  'call upon',
  'called on',
  'called upon',
  'calls on',
  'calls upon',
  'demand',
  'demanded',
  'demands',
  'encourage',
  'encouraged',
  'encourages',
  'implore',
  'invite',
  'invited',
  'invites',
  'press',
  'pressed',
  'urge',
  'urged',
  'urges',
]
const URGE = alt(URGE_WORDS)

/** Call rules, in priority order. */
export const callRules: AnchorRule[] = [
  // "They urged North Korea to comply with all relevant UN Security Council resolutions"
  {
    id: 'call/urge',
    type: 'call',
    kind: 'call',
    modality: 'present',
    pattern: pattern(`(?<head>${URGE})\\s+(?!(?:their|our)\\s)[^.;]{1,120}?\\s+to\\s+(?<verb>[a-z][a-z'’-]*)`),
    heads: words(URGE_WORDS),
    example: 'They urged North Korea to comply with all relevant UN Security Council resolutions',
  },
  // "called for a peaceful settlement through the full implementation of the Minsk process"; "demand"
  // as a noun ("demand for energy will rise", "demand is growing") is no call.
  {
    id: 'call/call-for',
    type: 'call',
    kind: 'call',
    modality: 'present',
    pattern: pattern(
      `(?<head>${alt(['call for', 'called for', 'calls for', 'calling for'])}|(?:demand|demanded|demands)(?!\\s+(?:for|will|would|is|are|was|were|has|have|had|in|of|and|or|to|from|growth|side|response|remains?|continues?|rose|rises?|fell|falls?)\\b|\\s*[,.;:)]))(?![\\p{L}])`,
    ),
    heads: ['call', 'called', 'calls', 'calling', 'demand', 'demanded', 'demands'],
    example: 'called for a peaceful settlement through the full implementation of the Minsk process',
  },
]
