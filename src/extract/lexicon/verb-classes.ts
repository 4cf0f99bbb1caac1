// Verb classes that decide what a modal or decision clause is: a pledge, a hope, a prediction.

/**
 * Verbs that after "will/would" express an attitude, not an action: "would welcome a greater presence".
 * Such clauses are positions (hopes), not commitments.
 */
export const HOPE_VERBS: readonly string[] = [
  'appreciate',
  'be delighted',
  'be glad',
  'be happy',
  'be pleased',
  'hope',
  'like',
  'look',
  'love',
  'prefer',
  'wish',
  'welcome',
]

/**
 * Verbs that, after a subject that is not a party, predict an effect rather than pledge an action:
 * "The endeavor we launch today will help sustain peace".
 */
export const EFFECT_VERBS: readonly string[] = [
  'affect',
  'allow',
  'be',
  'become',
  'benefit',
  'bring',
  'cause',
  'come',
  'contribute',
  'demonstrate',
  'depend',
  'determine',
  'enable',
  'go',
  'have',
  'help',
  'inform',
  'lay',
  'lead',
  'make',
  'mark',
  'mean',
  'pave',
  'reflect',
  'remain',
  'represent',
  'require',
  'result',
  'serve',
  'show',
]

/**
 * Verbs of improvement that, after a relationship or joint effort as subject (RELATION_NOUNS),
 * predict an effect rather than pledge an action: "this dialogue will further enhance …".
 */
export const IMPROVE_VERBS: readonly string[] = ['accelerate', 'augment', 'boost', 'bolster', 'deepen', 'enhance', 'foster', 'improve', 'strengthen']

/** Phrases that, after the parties' own work as subject, tell what it rests on: "These initiatives will build upon ...". */
export const EFFECT_PHRASES: readonly string[] = [
  'build on',
  'build upon',
  'complement',
  'create opportunities',
  'create jobs',
  'create new jobs',
  'create good-paying',
  'create quality jobs',
  'create thousands of',
  'give hope',
  'create new opportunities',
  'draw on',
  'draw upon',
  'open up',
  'open new',
  'underpin',
  'rest on',
]

/**
 * What follows "will be" when the clause judges or describes, not pledges: "will be vital to",
 * "would be a crucial component of", "will be seen as an attack", "shall be subject to".
 */
export const STATE_PREDICATES: readonly string[] = [
  'vital',
  'crucial',
  'key',
  'critical',
  'essential',
  'important',
  'instrumental',
  'indispensable',
  'necessary',
  'subject to',
  'seen as',
  'considered',
  'regarded as',
  'deemed',
  // "we will be able to say we have risen to the challenge", "we would be more likely to reach the targets": what may come about.
  'able to',
  // "I would be remiss if I failed to mention …": a figure of speech.
  'remiss',
  'likely to',
  'more likely to',
]
/**
 * What still states an act or a stance the subject takes after "will be / become" (session 12): "we
 * will be ready to", "will continue to be transparent in what we do", "will continue to be in close
 * contact with", "We will be strong financial supporters of the Green Climate Fund". Anything else
 * after "will be" with no participle ("we will always be much stronger", "we will be there forever",
 * "Georgia will become part of that fabric", "would be devastating") is a prediction or a judgement.
 */
export const BE_PLEDGE_PREDICATES: readonly string[] = [
  'ready',
  'prepared',
  'willing',
  'committed',
  'determined',
  'resolved',
  'vigilant',
  'transparent',
  'in contact',
  'in close contact',
  'in constant contact',
  'in regular contact',
  'in touch',
  'in close touch',
  'at the forefront',
  'at the side of',
  'on the side of',
  'present at',
  'there for',
]
/** Nouns of a role the subject takes on after "will be a / an / the / our": "we will be a strong partner", "will also be an advocate". */
export const BE_PLEDGE_ROLES: readonly string[] = [
  'partner',
  'partners',
  'supporter',
  'supporters',
  'advocate',
  'advocates',
  'champion',
  'champions',
  'contributor',
  'contributors',
  'donor',
  'donors',
  'host',
  'hosts',
  'ally',
  'allies',
  // "Rosa Icela Rodríguez will be the counterpart for leadership of the counter-Fentanyl effort": an official named to a role.
  'counterpart',
  'counterparts',
  'coordinator',
  'focal point',
  'chair',
  'co-chair',
  'co-chairs',
]
/** Past participles without -ed or -en, after "will be": "will be held", "shall be rebuilt". */
export const IRREGULAR_PARTICIPLES: readonly string[] = [
  'held',
  'made',
  'built',
  'rebuilt',
  'set',
  'put',
  'kept',
  'led',
  'met',
  'sent',
  'spent',
  'won',
  'paid',
  'laid',
  'brought',
  'bought',
  'sought',
  'taught',
  'thought',
  'told',
  'sold',
  'found',
  'done',
  'cut',
  'run',
  'shut',
  'hit',
  'felt',
  'dealt',
  'meant',
  'heard',
]

/** What one has, not does, after "will have a / the": "we will always have a choice to make", "will have the opportunity to". */
export const HAVE_NOUNS: readonly string[] = ['choice', 'choices', 'chance', 'opportunity', 'opportunities', 'option', 'options', 'right', 'say']
/** Nouns of a judgement after "will be a / the / our": "will be a ballast of peace", "will be our collective purpose". */
export const STATE_NOUNS: readonly string[] = [
  'anchor',
  'ballast',
  'basis',
  'best',
  'brightest',
  'catalyst',
  'component',
  'cornerstone',
  'element',
  'foundation',
  'milestone',
  'part',
  'pillar',
  'purpose',
]

/**
 * Verbs of an order that only the parties' own officials or bodies can receive: a pledge whose action
 * is one of them with an object and "to" ("decided to instruct the CCWG to reconvene", "will task
 * relevant Ministers to deepen ...") is a directive.
 */
export const INWARD_ORDER_VERBS: readonly string[] = ['instruct', 'task', 'mandate', 'charge', 'direct']

/** First verbs of weak commitments: "explore further coordination", "consider cooperating". */
export const WEAK_VERBS: readonly string[] = ['assess', 'consider', 'consult', 'discuss', 'examine', 'explore', 'investigate', 'look', 'review', 'study']

/** Verbs that restate an earlier pledge: "reaffirmed their commitment to supporting ...". */
export const REAFFIRM_VERBS: readonly string[] = [
  'reaffirm',
  'reaffirmed',
  'reaffirms',
  'recommit',
  'recommitted',
  'reconfirm',
  'reconfirmed',
  'reconfirms',
  'reiterate',
  'reiterated',
  'reiterates',
  'remain',
  'remained',
  'remains',
  'renew',
  'renewed',
  'renews',
]

/**
 * Verbs that introduce a reported clause ("The Ministers confirmed [that] X would ...").
 * Used to find where the subject of an embedded pledge starts.
 */
export const REPORTING_VERBS: readonly string[] = [
  'acknowledged',
  'affirm',
  'affirmed',
  'agree',
  'agreed',
  'announce',
  'announced',
  'confirm',
  'confirmed',
  'decided',
  'declare',
  'declared',
  'emphasized',
  'emphasised',
  'expect',
  'expected',
  'note',
  'noted',
  'pledge',
  'pledged',
  'reaffirm',
  'reaffirmed',
  'recognize',
  'recognized',
  'recognise',
  'recognised',
  'reiterate',
  'reiterated',
  'said',
  'state',
  'stated',
  'stressed',
  'underlined',
  'underscored',
]

/**
 * Verbs that after a present "we continue to" state a lasting condition or a stance, not an action
 * to follow up: "Both countries continue to enjoy a robust partnership", "We continue to stand
 * together in firm opposition", "continue to play a vital role". Calls and support have rules of
 * their own.
 */
export const CONTINUING_STATE_VERBS: readonly string[] = [
  // "Guinea-Bissau continues to experience instability": what befalls a country, no act.
  'experience',
  'suffer',
  'undergo',
  'witness',
  'appreciate',
  'back',
  'be',
  'believe',
  'benefit',
  'call',
  'condemn',
  'demonstrate',
  'denounce',
  'deplore',
  'emphasize',
  'encourage',
  'endorse',
  'enjoy',
  'evolve',
  'express',
  'face',
  'grow',
  'have',
  'hold',
  'honor',
  'hope',
  'invite',
  'look',
  'mourn',
  'note',
  'oppose',
  'play',
  'pose',
  'reaffirm',
  'recognize',
  'reflect',
  'regard',
  'reject',
  'remain',
  'rise',
  'see',
  'serve',
  'share',
  'stand',
  'stress',
  'suffer',
  'support',
  'threaten',
  'underscore',
  'urge',
  'value',
  'view',
  'welcome',
]

/** Words set off by commas between a modal and its verb: "We will, therefore, collaborate to ...". */
export const PARENTHETICAL_ADVERBS: readonly string[] = [
  'accordingly',
  'again',
  'also',
  'as such',
  'collectively',
  'furthermore',
  'going forward',
  'in addition',
  'in particular',
  'in turn',
  'jointly',
  'moreover',
  'therefore',
  'thus',
  'together',
]

/** Gerunds after "are" that state no action of the parties' own, goal or not ("are meeting to", "are going to"). */
export const NOT_GOAL_GERUNDS: readonly string[] = [
  'being',
  'calling',
  'coming',
  'discussing',
  'experiencing',
  'facing',
  'gathering',
  'getting',
  'going',
  'having',
  'hoping',
  // "We are inviting Internet-users ... to join the Challenge": the goal is someone else's action.
  'inviting',
  'encouraging',
  'urging',
  'asking',
  'requiring',
  'enabling',
  'allowing',
  'helping',
  'living',
  'looking',
  'meeting',
  'seeing',
  'suffering',
  'trying',
  'witnessing',
]

/**
 * Gerunds of working together that, after "we are" / "Italy and the United States are" and with
 * "on" or "with" after them, state the parties' own joint work under way with no "to" goal: "are
 * further collaborating on clean energy … projects", "we are coordinating closely with the Ukrainian
 * government so that …", "We are working on a further announcement this year" (session 13; rule
 * commitment/progressive-joint-work, joint statements only).
 */
export const JOINT_WORK_GERUNDS: readonly string[] = ['working', 'partnering', 'cooperating', 'collaborating', 'coordinating']

/**
 * Gerunds that, before the parties' cooperation as their object, state joint work under way: "We are
 * strengthening commercial collaboration around AI chips", "Japan, the ROK, and the United States also
 * are expanding our cooperation on development …" (session 13; rule commitment/progressive-cooperation).
 */
export const COOPERATION_GROWTH_GERUNDS: readonly string[] = [
  'expanding',
  'strengthening',
  'deepening',
  'enhancing',
  'intensifying',
  'broadening',
  'bolstering',
  'increasing',
]

/** The nouns of working together that COOPERATION_GROWTH_GERUNDS take as object. */
export const COOPERATION_NOUNS: readonly string[] = ['cooperation', 'collaboration', 'partnership', 'engagement', 'coordination']

/** Gerunds the rule commitment/progressive reads ("are working with X to", "are taking steps to"). */
export const PROGRESSIVE_RULE_GERUNDS: readonly string[] = [
  'working',
  'partnering',
  'cooperating',
  'collaborating',
  'coordinating',
  'teaming',
  'stepping',
  'taking',
  'undertaking',
]

/**
 * Past-tense verbs of talk and review that, coordinated after a pledge with ", and", start a new
 * predicate of the same subject that pledges nothing (not before "that", which may bring one): "reaffirmed commitments to jointly confront …,
 * and discussed the steps we are taking …". The pledge's clause ends before them.
 */
export const CLOSING_REPORT_VERBS: readonly string[] = [
  'discussed',
  'exchanged',
  'highlighted',
  'noted',
  'recognized',
  'recognised',
  'reviewed',
  'stressed',
  'underscored',
  'welcomed',
]

/**
 * Past-tense verbs of stance that, coordinated after a pledge with "and" (a comma or none), start a
 * new predicate of the same subject when a determiner or a noun of stance follows: "We expressed our
 * determination to ensure that Iran can never … acquire a nuclear weapon and shared our grave and
 * growing concern that …", "… and expressed confidence …" ("and shared values" stays inside the action).
 */
export const CLOSING_STANCE_VERBS: readonly string[] = ['expressed', 'reiterated', 'shared']

/** The words after a CLOSING_STANCE_VERBS verb that make it a new predicate: a determiner or a noun of stance. */
export const CLOSING_STANCE_OBJECTS: readonly string[] = [
  'our',
  'their',
  'its',
  'his',
  'her',
  'the',
  'appreciation',
  'concern',
  'concerns',
  'confidence',
  'gratitude',
  'hope',
  'satisfaction',
  'support',
]

/**
 * Gerunds of a view, not an action, after "united in" / "steadfast in": "We are united in recognizing
 * that climate change is a global priority" states a position, not a pledge.
 */
export const COGNITION_GERUNDS: readonly string[] = ['acknowledging', 'believing', 'recognising', 'recognizing', 'understanding']

/** Forms of "be" and its stance verbs ("remain", "stand") before an adjective: "are committed to", "stand ready to". */
export const BE_WORDS = ['is', 'are', 'was', 'were', 'remain', 'remains', 'remained', 'stay', 'stays', 'be', 'been', 'being', 'stand', 'stands', 'stood']

/**
 * Verbs that, after "will not" / "shall not" with the parties as subject, make a pledge to refrain
 * (ANNOTATION.md: a commitment; session 10 audit): "the United States will not apply section 232
 * duties", "The United States and the European Union will not impose customs duties on electronic
 * transmissions", "it will not adopt or maintain network usage fees", "Australia … will not acquire
 * nuclear weapons", "will not challenge such baselines". A refusal to accept or tolerate stays a
 * position (position/refusal).
 */
export const REFRAIN_VERBS: readonly string[] = [
  'acquire',
  'adopt',
  'apply',
  'challenge',
  'conduct',
  'deploy',
  'impose',
  'introduce',
  'levy',
  'maintain',
  'raise',
  'reimpose',
  'restrict',
  'station',
]

/**
 * What a speaker does with the speech itself, after "I will / I would like to": "I will speak frankly",
 * "I would like to conclude by …", "I will now turn to …" (an act of speaking, no pledge).
 */
export const SPEECH_VERBS: readonly string[] = [
  'speak',
  'say',
  'conclude',
  'mention',
  'touch',
  'turn',
  'end',
  'begin',
  'start',
  'close',
  'recall',
  'remind',
  'reiterate',
  'stress',
  'emphasize',
  'emphasise',
  'underline',
  'highlight',
  'note',
  'share',
  'focus',
  'address',
  'take',
  'thank',
  'congratulate',
  'express',
  'reflect',
  'raise',
  'elaborate',
  'refer',
  'inform',
  'assure',
  'repeat',
  'quote',
  'cite',
  'pay',
]

/**
 * Verbs of what befalls or awaits the subject, not what it undertakes, after "will / would": "we will
 * always triumph", "Ukraine will win", "the challenges the peoples … will face tomorrow", "will weigh
 * heavily upon developing countries" (a prediction, no pledge).
 */
export const UNWILLED_VERBS: readonly string[] = [
  'experience',
  'suffer',
  'undergo',
  'witness',
  'endure',
  'face',
  'win',
  'triumph',
  'prevail',
  'succeed',
  'fail',
  'lose',
  'survive',
  'weigh',
]
