// PLOVER-style event categories for items: cue words and phrases, and the small function that
// applies them. PLOVER (Political Language Ontology for Verifiable Event Records) is the event
// ontology of the Open Event Data Alliance that followed CAMEO; the categories below are described
// in our own words, as they apply to outcome documents, not quoted from its codebook.
import type { EventCategory, ItemType } from '../core/item.js'

/** What each category means for an item of an outcome document. */
export const EVENT_CATEGORIES: Readonly<Record<EventCategory, string>> = {
  AGREE: 'Settle something jointly: sign, conclude, ratify, adopt or bring into force an agreement, or reach a common position.',
  COOPERATE: 'Undertake, continue or expand joint work between the parties: policy, economic, security or technical cooperation.',
  CONSULT: 'Talk: meet, hold talks or dialogues, consult, visit, exchange views or information, report back.',
  SUPPORT: 'Back another actor, action or goal in words: support, welcome, endorse, commend, appreciate.',
  AID: 'Give material help to others: humanitarian, development or security assistance, funding, vaccines, equipment, capacity building.',
  REQUEST: 'Ask another actor to act, without pressure: call on, call for, encourage, invite, request, appeal.',
  DEMAND: 'Press another actor to act: urge, demand, insist.',
  ACCUSE: 'Disapprove of another actor’s conduct: condemn, denounce, deplore, criticise, express concern.',
  REJECT: 'Refuse or oppose a claim, proposal or situation: reject, oppose, will not accept or recognise.',
  ENGAGE:
    'Act together on the ground: joint exercises and training, deployments, patrols, port calls, joint operations. (Not a PLOVER category: ours, for the operational side of defence cooperation.)',
  RETREAT: 'Step back or de-escalate: withdraw, suspend, ease or lift restrictions, release detainees.',
  SANCTION: 'Penalise: impose or tighten sanctions, embargoes, asset freezes, bans.',
  THREATEN: 'Warn of coercive action or consequences.',
  OTHER: 'None of the above: noting, recognising, stressing the importance of something.',
}

/** One cue: a regex over lower-case text (straight apostrophes) that signals a category. */
export interface PloverCue {
  /** Stable id: "plover/urge". */
  id: string
  category: EventCategory
  /** Regex source, matched at word starts; no capturing groups. */
  pattern: string
}

const W = String.raw`(?:[\w'’-]+\s+)`

/** Cues in priority order: where several match at the same word, the first listed wins. */
export const PLOVER_CUES: readonly PloverCue[] = [
  // "will not accept any unilateral attempt to change the status quo"
  {
    id: 'plover/not-accept',
    category: 'REJECT',
    pattern: String.raw`(?:will|would|shall|do|does|did|can|could)\s+not\s+(?:accept|recogni[sz]e|tolerate|condone|allow|support)|never\s+(?:accept|recogni[sz]e)`,
  },
  // "impose sanctions on those responsible"
  {
    id: 'plover/impose-sanctions',
    category: 'SANCTION',
    pattern: String.raw`(?:impos|adopt|expand|tighten|strengthen|introduc|appl)\w*\s+${W}{0,3}?(?:sanctions|embargo(?:es)?|export\s+bans?|asset\s+freezes?)`,
  },
  // "sanctioned individuals and entities"
  {
    id: 'plover/sanction',
    category: 'SANCTION',
    pattern: String.raw`sanction(?:s|ed|ing)?\s+(?:on|against)\b|sanctioned\b|sanctioning\b|asset\s+freez\w*|embargo\w*`,
  },
  // "lift restrictions", "withdraw its forces"
  {
    id: 'plover/retreat',
    category: 'RETREAT',
    pattern: String.raw`withdr[ae]w\w*|suspend\w*|(?:eas|lift|relax|remov)\w*\s+${W}{0,2}?(?:sanctions|restrictions|tariffs|measures)|releas\w*\s+${W}{0,3}?(?:detainees|prisoners|hostages|detained)|de-?escalat\w*`,
  },
  // "warned of severe consequences"
  { id: 'plover/threaten', category: 'THREATEN', pattern: String.raw`threaten\w*|warn(?:s|ed|ing)?\b|ultimatum` },
  // "strongly condemned the nuclear test"
  { id: 'plover/condemn', category: 'ACCUSE', pattern: String.raw`condemn\w*|denounc\w*|deplor\w*|criticiz\w*|criticis\w*|accus\w*|blam(?:e|ed|es|ing)\b` },
  // "expressed grave concern over North Korea’s continued development"
  { id: 'plover/concern', category: 'ACCUSE', pattern: String.raw`(?:grave|serious|deep|strong|great)?\s*concerns?\s+(?:over|about|at|regarding|with)\b` },
  // "expressed their opposition to any coercive or unilateral actions"
  { id: 'plover/oppose', category: 'REJECT', pattern: String.raw`oppos(?:e|ed|es|ing|ition)\b|reject\w*|refus\w*` },
  // "urged North Korea to comply with all relevant UN Security Council resolutions"
  { id: 'plover/urge', category: 'DEMAND', pattern: String.raw`urg(?:e|ed|es|ing)\b|demand\w*|insist\w*` },
  // "called on all parties to refrain from activities that increase tension"
  {
    id: 'plover/call-on',
    category: 'REQUEST',
    pattern: String.raw`call(?:s|ed|ing)?\s+(?:on|upon|for)\b|encourag\w*|invit(?:e|ed|es|ing)\b|request\w*|appeal\w*|ask(?:s|ed|ing)?\b`,
  },
  // "would provide humanitarian assistance"
  {
    id: 'plover/provide-aid',
    category: 'AID',
    pattern: String.raw`(?:provid|deliver|extend|offer|mobili[sz]|contribut|donat|suppl|allocat|disburs|pledg|commit|channel)\w*\s+${W}{0,6}?(?:assistance|aid|grants?|loans?|funding|financing|vaccines?|doses|relief|\$|usd|us\$|¥|£|€|\d[\d,.]*\s+(?:million|billion))`,
  },
  // "humanitarian assistance", "capacity building for coast guards"
  {
    id: 'plover/aid-noun',
    category: 'AID',
    pattern: String.raw`(?:humanitarian|development|financial|economic|military|security|technical)\s+assistance|capacity[-\s]building`,
  },
  // "continuing joint exercises on mine sweeping in the Gulf"
  {
    id: 'plover/exercises',
    category: 'ENGAGE',
    pattern: String.raw`(?:joint\s+|military\s+|naval\s+|bilateral\s+|trilateral\s+|multilateral\s+)?exercises?\b(?!\s+(?:of|their|its|our)\b)|drills?\b|deploy\w*|port\s+calls?|patrols?\b|patrolling|joint\s+operations|dispatch\w*|visit\s+of\s+${W}{0,4}?(?:aircraft|ships?|vessels?|forces|troops)`,
  },
  // "sign the agreement", "the early conclusion of negotiations"
  {
    id: 'plover/agree',
    category: 'AGREE',
    pattern: String.raw`sign(?:s|ed|ing)?\b|conclu(?:de|ded|des|ding|sion)\b|ratif\w*|reach\w*\s+${W}{0,2}?(?:agreement|consensus|deal|understanding)|adopt\w*|finali[sz]\w*|agree\w*\s+(?:on|upon)\b|enter\w*\s+into\s+force|accede\w*|accession`,
  },
  // "directed their officials to meet regularly and exchange information"
  {
    id: 'plover/consult',
    category: 'CONSULT',
    pattern: String.raw`meet(?:s|ing)?\b|met\b|consult\w*|discuss\w*|talks\b|dialogues?\b|exchang\w*\s+${W}{0,2}?(?:views|information|ideas|proposals|opinions)|hold\s+${W}{0,3}?(?:meetings?|talks|consultations|dialogues?|summits?)|visit(?:s|ed|ing)?\b|conven\w*|report\w*\s+(?:back\s+)?to\b|follow\s+up\b|keep\w*\s+in\s+(?:close\s+)?(?:contact|touch)`,
  },
  // "reaffirmed their commitment to supporting Ukraine’s efforts"
  { id: 'plover/support', category: 'SUPPORT', pattern: String.raw`support\w*|welcom\w*|endors\w*|commend\w*|applaud\w*|prais\w*|appreciat\w*|salut\w*` },
  // "Japan and the UK would cooperate to tackle global security challenges"
  {
    id: 'plover/cooperate',
    category: 'COOPERATE',
    pattern: String.raw`co-?operat\w*|collaborat\w*|work\w*\s+${W}{0,2}?(?:together|closely|with|on|to|towards?)\b|partner\w*|strengthen\w*|enhanc\w*|deepen\w*|expand\w*|promot\w*|coordinat\w*|build\w*|develop\w*|establish\w*|launch\w*|facilitat\w*|improv\w*|advanc\w*|shar(?:e|ed|es|ing)\b|tackl\w*|address\w*|counter(?:ing|ed|s)?\b|combat\w*|implement\w*|intensif\w*|accelerat\w*|invest\w*|protect\w*|ensur\w*|help\w*|contribut\w*|join\w*|bolster\w*`,
  },
]

/** What an item of each type is when no cue fits. */
const DEFAULTS: Readonly<Record<ItemType, EventCategory>> = {
  commitment: 'COOPERATE',
  directive: 'COOPERATE',
  support: 'SUPPORT',
  call: 'REQUEST',
  position: 'OTHER',
}

let combined: RegExp | null = null

/** One regex over all cues, a capturing group each, so the leftmost cue and its category come in one pass. */
function cuePattern(): RegExp {
  combined ??= new RegExp(`(?<![\\w'-])(?:${PLOVER_CUES.map((c) => `(${c.pattern})`).join('|')})`, 'g')
  return combined
}

/**
 * The PLOVER-style category of an item: the category of the first cue at or after its verb,
 * else a default by item type (commitment, directive → COOPERATE; support → SUPPORT; call →
 * REQUEST; position → OTHER).
 *
 * Choices: decision and modal verbs ("decided to", "agreed to", "would", "reaffirmed their
 * commitment to") are not cues, so the action after them decides: "decided to strengthen
 * cooperation" is COOPERATE, not AGREE; AGREE is kept for settling an agreement itself ("sign",
 * "conclude", "adopt"). In a directive, "ask" and "urge" address the parties' own officials or
 * negotiators, so they are skipped and the ordered action decides ("directed their officials to
 * meet" → CONSULT; "urged negotiations to conclude" → AGREE).
 *
 * @param input.type the item type
 * @param input.verb the item's main verb as printed ("urged", "would cooperate"), or null
 * @param input.text the item's text
 * @example eventCategory({ type: 'call', verb: 'urged', text: 'urged North Korea to comply' }) // 'DEMAND'
 */
export function eventCategory(input: { type: ItemType; verb: string | null; text: string }): EventCategory {
  const text = input.text.toLowerCase().replace(/[’‘]/g, "'")
  const pattern = cuePattern()
  let from = 0
  if (input.verb) {
    const verb = input.verb.toLowerCase().replace(/[’‘]/g, "'").trim()
    const at = text.indexOf(verb)
    if (at >= 0) from = at
  }
  pattern.lastIndex = from
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const cue = PLOVER_CUES[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]!
    if (input.type === 'directive' && (cue.category === 'DEMAND' || cue.category === 'REQUEST')) continue
    return cue.category
  }
  return DEFAULTS[input.type]
}
