// Rules for stances with no action promised (ANNOTATION.md: position), and hopes and refusals.
import type { AnchorRule } from './rule.js'
import { alt, pattern, words } from './rule.js'

const STANCE_WORDS = [
  'acknowledge',
  'acknowledged',
  'acknowledges',
  'applaud',
  'applauded',
  'appreciate',
  'appreciated',
  'commend',
  'commended',
  'commends',
  'condemn',
  'condemned',
  'condemns',
  'denounce',
  'denounced',
  'deplore',
  'deplored',
  'deplores',
  'note',
  'noted',
  'notes',
  'oppose',
  'opposed',
  'opposes',
  'praise',
  'praised',
  'recognise',
  'recognised',
  'recognises',
  'recognize',
  'recognized',
  'recognizes',
  'reject',
  'rejected',
  'rejects',
  'took note',
  'take note',
  'welcome',
  'welcomed',
  'welcomes',
]
const STANCE_VERBS = alt(STANCE_WORDS)
const EMPHASIS_WORDS = [
  'affirm',
  'affirmed',
  'confirm',
  'confirmed',
  'emphasise',
  'emphasised',
  'emphasize',
  'emphasized',
  'highlight',
  'highlighted',
  'reaffirm',
  'reaffirmed',
  'reiterate',
  'reiterated',
  'stress',
  'stressed',
  'underline',
  'underlined',
  'underscore',
  'underscored',
]
const EMPHASIS = alt(EMPHASIS_WORDS)
const CONCERN = alt([
  'concern',
  'concerns',
  'opposition',
  'alarm',
  'condolences',
  'appreciation',
  'gratitude',
  'pleasure',
  'regret',
  'solidarity',
  'hope',
  'view',
  'recognition',
  'understanding',
  'importance',
])

/** Position rules, in priority order. */
export const positionRules: AnchorRule[] = [
  // "The Ministers will not accept any unilateral change of the status quo"
  {
    id: 'position/refusal',
    type: 'position',
    kind: 'position',
    modality: 'present',
    early: true,
    pattern: pattern(
      `(?<head>(?:will|would|shall|do|does|did|can)\\s+(?:not|never)|cannot|never)\\s+(?<verb>accept|allow|tolerate|condone|permit|let|(?<=(?:do|does|did|can)\\s+not\\s+|cannot\\s+)recogni[sz]e)`,
    ),
    heads: ['will', 'would', 'shall', 'do', 'does', 'did', 'can', 'cannot', 'never'],
    example: 'will not accept any unilateral change of the status quo',
  },
  // "The UK looked forward to working closely with Japan in its 2016 G7 Presidency"
  {
    id: 'position/hope',
    type: 'position',
    kind: 'position',
    modality: 'hope',
    pattern: pattern(`(?<head>look|looks|looked|looking)\\s+forward\\s+to|(?<head2>hope|hoped|hopes|wish|wished|wishes)\\s+(?:that|to|for)(?![\\p{L}])`),
    heads: ['look', 'looks', 'looked', 'looking', 'hope', 'hoped', 'hopes', 'wish', 'wished', 'wishes'],
    example: 'The UK looked forward to working closely with Japan in its 2016 G7 Presidency',
  },
  // "The Ministers expressed grave concern over North Korea’s continued development"
  {
    id: 'position/expressed',
    type: 'position',
    kind: 'position',
    modality: 'present',
    // "to foster a shared view on ...": "shared" after a determiner is an adjective, not a statement.
    pattern: pattern(
      `(?<!\\b(?:a|an|the|our|their|its|this|that|his|her)\\s+)(?<head>express|expressed|expresses|voiced|shared|share)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?${CONCERN}(?![\\p{L}])`,
    ),
    heads: ['express', 'expressed', 'expresses', 'voiced', 'shared', 'share'],
    example: 'The Ministers expressed grave concern over North Korea’s continued development',
  },
  // "The Ministers reaffirmed the importance of peaceful settlement of maritime disputes"
  {
    id: 'position/emphasis',
    type: 'position',
    kind: 'position',
    modality: 'present',
    pattern: pattern(
      `(?<head>${EMPHASIS})\\s+(?:the\\s+|their\\s+|our\\s+|its\\s+|a\\s+|an\\s+)?(?:[a-z]+\\s+)?(?:importance|need|necessity|significance|value|view|principle|commitment|commitments|determination|resolve|readiness|intention)(?![\\p{L}])`,
    ),
    heads: words(EMPHASIS_WORDS),
    example: 'The Ministers reaffirmed the importance of peaceful settlement of maritime disputes',
  },
  // "The Ministers welcomed progress in defence and security co-operation over the year"
  {
    id: 'position/stance',
    type: 'position',
    kind: 'position',
    modality: 'present',
    pattern: pattern(`(?<head>${STANCE_VERBS})(?![\\p{L}])`),
    heads: words(STANCE_WORDS),
    example: 'The Ministers welcomed progress in defence and security co-operation over the year',
  },
]
