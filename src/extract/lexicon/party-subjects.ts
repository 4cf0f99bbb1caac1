// Subject phrases that stand for all parties of the meeting ("the Ministers", "both countries", "we").

/**
 * Head nouns that, with "the", "both", "our" or a number word, name the parties acting together.
 * "The Ministers directed their officials ..." / "the two leaders decided ..." / "our governments will ..."
 */
export const PARTY_NOUNS: readonly string[] = [
  'administrations',
  'allies',
  'co-chairs',
  'countries',
  'delegations',
  'economies',
  'experts',
  'foreign ministers',
  'governments',
  'heads of government',
  'heads of state',
  'heads of state and government',
  'leaders',
  'ministers',
  'nations',
  'negotiators',
  'officials',
  'participants',
  'parties',
  'partners',
  'presidents',
  'prime ministers',
  'representatives',
  'secretaries',
  'senior officials',
  'sides',
  'signatories',
  'states',
]

/** Determiners and number words that make a party noun refer to the meeting's own parties. */
export const PARTY_DETERMINERS: readonly string[] = [
  'all four',
  'all three',
  'all two',
  'both',
  'each',
  'eight',
  'five',
  'four',
  'our',
  'our five',
  'our four',
  'our seven',
  'our three',
  'our two',
  'seven',
  'six',
  'the',
  'the eight',
  'the five',
  'the four',
  'the g7',
  'the g20',
  'the quad',
  'the seven',
  'the six',
  'the three',
  'the two',
  'these',
  'three',
  'two',
]

/** Pronouns that stand for the parties. "We will promote deeper information and technology sharing." */
// "Participants intend to ...": a memorandum's own word for its signatories.
// "Each country will review and map out …", "Each of our governments has committed to …": each party for itself
// (not "each of us", a speaker's audience in speeches: "each of us will return to our countries").
export const PARTY_PRONOUNS: readonly string[] = [
  'both',
  'both sides',
  'each country',
  'each government',
  'each of our countries',
  'each of our governments',
  'each side',
  'participants',
  'they',
  'together we',
  'we',
  'we all',
  'we both',
]

/**
 * Bare plural nouns that, capitalised as the first word of a clause, name the participating
 * governments of a chair's statement: "Countries expressed intent to work together to ...".
 */
export const BARE_PARTICIPANTS: readonly string[] = [
  'countries',
  'participating countries',
  'participating governments',
  'participating economies',
  // A summary's "Leaders committed to …", "Ministers and Governors renewed their commitment to …" (G20 finance).
  'leaders',
  'ministers',
  'ministers and governors',
]

/**
 * Nouns for the parties' own joint work, acceptable as the subject of a pledge:
 * "These initial efforts will focus on cyber capabilities ..." / "discussions would move to the second stage".
 */
export const OWN_WORK_NOUNS: readonly string[] = [
  'alliance',
  'cooperation',
  'coordination',
  'collaboration',
  'committee',
  'consultations',
  'development',
  'dialogue',
  'discussions',
  'effort',
  'efforts',
  'endeavor',
  'endeavour',
  'engagement',
  'exchange',
  'exchanges',
  // "The Forum will convene like-minded democratic partners …" (a forum the parties set up; session 11)
  'forum',
  'framework',
  'group',
  'initiative',
  'initiatives',
  'meeting',
  'meetings',
  'mechanism',
  'network',
  'partnership',
  'programme',
  'program',
  'project',
  'projects',
  'roadmap',
  'secretariat',
  'study',
  'summit',
  'talks',
  // "The Trade Track will bolster ...": a track of work the meeting sets up.
  'track',
  'task force',
  'taskforce',
  'work',
  'working group',
  'working groups',
  'workshop',
]

/**
 * Nouns for a body of people that the parties set up or run together, as opposed to their joint work
 * or a relationship (session 12): a task force, a working group, a panel. A body of the parties may
 * take any present-tense pledge verb ("The Task Force expects to produce public reports …", "The
 * ICRTF intends to …"), not only "aims / seeks / plans / intends". Those outside OWN_WORK_NOUNS count
 * only as a body the text sets up ("Canada established a new … Advisory Panel …. This advisory panel
 * will …", "we have decided to … establish the … Joint Council on …. The Council will …"): "the
 * Security Council" is no body of the parties.
 */
export const BODY_NOUNS: readonly string[] = [
  'board',
  'center',
  'centre',
  'coalition',
  'commission',
  'committee',
  'consortium',
  'council',
  'forum',
  'group',
  'hub',
  'office',
  'panel',
  'pillar',
  'secretariat',
  'steering group',
  'task force',
  'taskforce',
  'team',
  'track',
  'unit',
  'working group',
  'working groups',
]

/**
 * Words after a grouping's abbreviation (or before "of the …") that name the parties themselves:
 * "CRI members plan to work with …", "the members of the ICRTF" (session 12).
 */
export const MEMBER_NOUNS: readonly string[] = ['members', 'member states', 'member countries', 'partners', 'participants', 'participating states']

/**
 * Own-work nouns that name a relationship or a joint effort, not a body that can act: after one of
 * them, a verb of improvement predicts an effect ("This dialogue will further enhance the strategic
 * depth of …", "This partnership will strengthen the shipbuilding industries …"). A body ("the Task
 * Force", "the Trade Track", "the working group") still pledges with these verbs.
 */
export const RELATION_NOUNS: readonly string[] = [
  'collaboration',
  'consultations',
  'cooperation',
  'coordination',
  'dialogue',
  'discussions',
  'effort',
  'efforts',
  'engagement',
  'exchange',
  'exchanges',
  'initiative',
  'initiatives',
  'meeting',
  'partnership',
  'summit',
  'talks',
  'work',
]

/**
 * Words in -ing that open a noun phrase as adjectives, not as an activity: "working groups will
 * report ...", "participating countries will ...". An activity opening a subject ("Increasing Quad
 * engagement ... will ensure ...") predicts an effect; these do not.
 */
export const ING_MODIFIERS: readonly string[] = [
  'developing',
  'emerging',
  'existing',
  'following',
  'founding',
  'governing',
  'leading',
  'ongoing',
  'participating',
  'remaining',
  'upcoming',
  'visiting',
  'working',
]

/**
 * Head nouns after a nationality adjective that make it name that party: "the Japanese side",
 * "the Mexican delegation", "U.S. and Mexican officials committed to ..." (not "Mexican companies").
 */
export const DEMONYM_HEADS: readonly string[] = [
  'administration',
  'administrations',
  // "the Spanish Secretary of State for Foreign and Global Affairs and the U.S. Deputy Secretary of State intend to …" (session 9)
  'ambassador',
  'armed forces',
  'authorities',
  'chancellor',
  'deputy',
  'embassy',
  'military',
  'minister',
  'ministers',
  'ministry',
  'ministries',
  'secretary',
  'vice president',
  'delegation',
  'delegations',
  'government',
  'governments',
  'leader',
  'leaders',
  'negotiators',
  'officials',
  'president',
  'prime minister',
  'side',
  'sides',
]

/**
 * Last words of a capitalised institution's name after a nationality adjective that make it name
 * that party: "the Kenyan Foreign Service Academy", "the Mexican Federal Commission" (not "Mexican
 * companies", which is not capitalised).
 */
export const INSTITUTION_HEADS: readonly string[] = [
  'Academy',
  'Agency',
  'Authority',
  'Bank',
  'Commission',
  'Corporation',
  'Council',
  'Department',
  'Institute',
  'Ministry',
  'Office',
  'Service',
]

/**
 * Words right after a country's name that make the phrase a company or the private sector, not the
 * party: "UAE-based companies are exploring …", "Vietnam Airlines has agreed to purchase …",
 * "U.S. businesses will …". Matched case-insensitively after the name (a hyphen or space between).
 */
export const COMPANY_HEADS: readonly string[] = [
  'airlines',
  'based',
  'businesses',
  'companies',
  'company',
  'corporations',
  'enterprises',
  'firms',
  'headquartered',
  'industry',
  'investors',
  'private sector',
]

/**
 * Words that open a sentence with a phrase of its own before its subject pronoun, with no comma:
 * "Through strong and principled leadership we will work to …", "As a part of this effort we are
 * committed to …", "To incentivize tech companies to build more secure products we will …". The
 * pronoun after the phrase is the subject; the phrase is no subject.
 */
export const SENTENCE_OPENERS: readonly string[] = [
  'across',
  'after',
  'as',
  'at',
  'based on',
  'beyond',
  'building on',
  'by',
  'consistent with',
  'for',
  'from',
  'in',
  'in line with',
  'in order to',
  'on',
  'over',
  'through',
  'to',
  'toward',
  'towards',
  'under',
  'via',
  'with',
  'within',
]

/**
 * Regional adjectives and the parties each stands for, when a bare plural after them is the
 * subject: "North American governments will also develop …" (United States, Canada, Mexico),
 * "African and European Ministers agreed to …" (AU–EU), "the … ministers agreed that Nordic
 * countries would continue …". Read as the parties only where the regions together cover every
 * party of the meeting and each names one of them.
 */
export const REGION_PARTIES: Readonly<Record<string, readonly string[]>> = {
  african: ['African Union'],
  baltic: ['Estonia', 'Latvia', 'Lithuania'],
  european: ['European Union'],
  nordic: ['Denmark', 'Finland', 'Iceland', 'Norway', 'Sweden'],
  'north american': ['United States', 'Canada', 'Mexico'],
}

/**
 * A continent that stands for the organisation of its states when that organisation is a party:
 * "the United States and Africa will exert leadership …" at a summit with the African Union.
 * A region of the continent ("South Africa", "West Africa") or a possessive ("Africa’s farmers") is not it.
 */
export const CONTINENT_PARTIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}-]|(?:South|North|West|East|Central|Southern|Northern|Western|Eastern|Saharan|Sub)[\s-])Africa(?![\p{L}’'-])/u, 'African Union'],
  [/(?<![\p{L}-]|(?:South|North|West|East|Central|Southern|Northern|Western|Eastern)[\s-])Europe(?![\p{L}’'-])/u, 'European Union'],
]
