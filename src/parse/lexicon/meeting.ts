// Words and phrases the meeting reader (src/parse/meeting/) looks for: meeting verbs and nouns,
// offices only one country has, places that are no city, cues for guests, hosts and earlier
// meetings, page labels. Regular expressions are kept whole here; the reader only uses them.
import { SENTENCE_OPENERS } from '../abbreviations.js'
import { MONTH } from './calendar.js'

/** Sentences that tell of the meeting itself: "met", "held", "convened", "visit", "summit". */
export const MEETING_CUE =
  /\b(?:met|meet|meets|meeting|held|convened|convene|gathered|hosted|hosts?|visit|visited|visits|summit|talks|jointly declared|received|spoke|attended|participated)\b/i

/** "Begin Text:", "Full text:", "Text follows": a page's mark where the statement it reposts begins. */
export const BEGIN_TEXT = /^(?:Begin(?:\s+Full)?\s+Text|Full\s+Text|Text\s+Follows|Start\s+of\s+Text)\s*[:.]?\s*$/i

/** A sentence that may open with a person: an office word or an honorific among its first words, not an address ("Mr. President,"); a cheap test before the patterns. */
export const PERSON_FIRST =
  /^(?:(?:On|In)\s[^,]{3,40},\s+)?[^,.;:]{0,40}?\b(?:Minister|Secretary|President|Chancellor|Premier|Ambassador|Senator|Mr|Ms|Mrs|Dr|H\.\s?E|Excellency|Hon)\b(?!\.?\s*President\s*,|\s*,)/

/** "We, President of ...", "We, the Prime Minister of Japan, Kishida Fumio, and ...": a statement whose speakers name themselves. */
export const WE_NAMED =
  /^\s*(?:(?:Today|On\s[^,]{3,30}),\s+)?[Ww]e\s*(?:,|\s[—–])\s+(?:the\s+)?(?:President|Prime\s+Minister|Chancellor|King|Queen|Emir|Sultan|Premier|Foreign\s+Minister|Minister|Secretary|His|Her|H\.\s?E\.)\b/

/** Ministers who came with the principals: "also attended the Summit to assist their leaders", "accompanied by". A bare "also attended the summit" names participants too. */
export const ASSISTING = /\bto\s+assist\b|\baccompanied\b/i

/** Photo captions and credits name people who posed, not who met. */
export const PHOTO_CAPTION = /\b(?:pose[sd]?|posing|photo|from left|left to right|\(L-R\)|file picture)\b/i

/** Offices only one country's ministers hold: the U.S. cabinet, the British secretaries. */
export const NATIONAL_OFFICES: Array<[RegExp, string]> = [
  [/^Secretary of (?:State|Defen[cs]e|Commerce|the Treasury|Homeland Security|Energy|Agriculture|Labor|War)$|^Homeland Security Advis[eo]r$/, 'United States'],
  [/^(?:Foreign|Defence|Home) Secretary$|^Secretary of State for\b|^Chancellor of the Exchequer$/, 'United Kingdom'],
  // "Federal Foreign Minister Frank-Walter Steinmeier": Germany's title (Austria's is "Federal Minister for European and International Affairs").
  [/^Federal (?:Foreign Minister|Minister (?:for|of) Foreign Affairs)$/, 'Germany'],
]

/** "The leaders noted the previous U.S.-GCC Summits held on May 14, 2015": not this meeting. */
export const PAST_MEETINGS = /\b(?:previous|prior|last|past|earlier|former)\b/i

/** "Overview:", "Summary:": a label before a colon, not a news dateline ("New Delhi: India and Japan ..."). */
export const DATELINE_LABEL =
  /^(?:Overview|Summary|Background|Note|Notes|Update|Editor|Source|Text|Statement|Date|Photo|Read|Related|Subject|Title|Outcome|Outcomes|Highlights|Introduction|Preamble|Agenda|Purpose|Participants|Venue|Location|Contact|Media|Issue|Issues|Topics|Context)$/i

/** A meeting held over video: it has no place. */
export const VIRTUAL =
  /\b(?:virtually|virtual\s+(?:[\w-]+\s+){0,3}(?:meeting|summit|conference|session|dialogue|consultations?)|video[\s-]?conferenc\w*|video\s+link|online\s+format|teleconferenc\w*|by\s+video|via\s+video|by\s+(?:tele)?phone|(?:tele)?phone\s+call)\b/i

/** City-states: a country name that is also the city where meetings are held. */
export const CITY_STATES = new Set([
  'Singapore',
  'Monaco',
  'Luxembourg',
  'Kuwait',
  'Djibouti',
  'Hong Kong',
  'Macau',
  'Vatican',
  'Vatican City',
  'San Marino',
  'Panama',
  'Bahrain',
])

/** Regions and other capitalised words that follow "in" but are no city. */
export const NOT_PLACES = new Set([
  'Africa',
  'America',
  'Americas',
  'Antarctica',
  'Arctic',
  'Asia',
  'Asia-Pacific',
  'Caribbean',
  'Europe',
  'Gulf',
  'Indo-Pacific',
  'Latin America',
  'Central America',
  'Central Asia',
  'East Asia',
  'Middle East',
  'North Africa',
  'North America',
  'South America',
  'Pacific',
  'South Asia',
  'Southeast Asia',
  'April',
  'August',
  'December',
  'February',
  'January',
  'July',
  'June',
  'March',
  'May',
  'November',
  'October',
  'September',
])

/** A meeting verb whose object may be a list of people before the place: "met with ...", "hosted ...", "welcomed ... to". */
export const VERB_THEN_PEOPLE =
  /\b(?:met|meets|meet|hosted|co-hosted|welcomed|welcomes?|received|gathered|convened|held\s+(?:talks|discussions|a\s+(?:bilateral\s+)?meeting))\b/gu

/** Words a list of people may hold besides names and offices: "with", "and", "their counterparts", "met today with", "a delegation led by". */
export const PEOPLE_LIST_WORD =
  /^(?:with|and|the|of|for|his|her|their|its|our|counterparts?|colleagues?|ministers?|leaders?|delegations?|a|led|today|yesterday|at|on|by|both|two|three|four|five|six|seven|eight|nine|ten|[\d+]+|\p{Lu}[\p{L}\p{N}’'.+-]*|\p{Lu}\.)$/u

/** A meeting's noun as a sentence prints it, either case: "meeting", "Summit", "talks". */
export const MEETING_NOUN_WORD = '[Mm]eeting|[Ss]ummit|[Dd]ialogue|[Cc]onsultations?|[Cc]onference|[Tt]alks|[Ff]orum|[Ss]ession|[Rr]etreat|[Gg]athering'

/** Nouns that end the name of a meeting. */
export const MEETING_NOUN = '(?:Meeting|Summit|Dialogue|Consultations?|Conference|Talks|Forum|Session|Council|Commission|Committee|Round|Retreat|Gathering)'

/**
 * The meeting nouns, and "Group", for a body named in a sentence where it meets ("the Quad Senior
 * Cyber Group met in New Delhi"). Not for headings: a site's banner ("G7 Research Group") is no
 * meeting.
 */
export const MEETING_NOUN_IN_TEXT = MEETING_NOUN.replace('|Round|', '|Group|Round|')

/** A headline that names a kind of document, not a meeting: "Joint Statement", "Press Release". */
export const GENERIC_HEADLINE =
  /^(?:(?:Joint|Final|Chair(?:man)?['’]s|Leaders['’]?|Ministerial)\s+)*(?:Press\s+|Media\s+|News\s+)?(?:Statement|Release|Communiqu[ée]|Declaration|Readout|Fact\s+Sheet|Remarks)s?$/i

/** Words that follow an office title without being a family name. */
export const NOT_A_FAMILY_NAME =
  /^(?:Affairs|Forces|Defen[cs]e|Security|Trade|Finance|Development|Cooperation|Industry|Economy|Commerce|Justice|Health|Education|Environment|Energy|Culture|Agriculture|Transport|Interior|Europe|Policy|Planning|Relations|Level|Office|Responsible|Council|Dialogue|Talks|Consultations?|Visit|Declaration|Communiqu[ée]|Press|Remarks|Readout|Participants?|Delegations?|Spokes(?:person|man|woman)|Counterparts?|Both|Each|Also|Today|Meeting|Meetings|Statement|Summit|Session|Forum|Conference|Chair|Designate|Emeritus|Elect)$/

/** "including the meeting between", "since the last summit with": people of another, earlier meeting. */
export const OTHER_MEETING =
  /\b(?:including|since|after|following|previous|prior|last|earlier|recent|building\s+on|recalling)\b[^;:]{0,30}\b(?:meeting|summit|talks|call|visit|conversation)s?\s+(?:between|with|of|by)\b(?:[^;:,]|,\s*(?:Jr|Sr)\b){0,100}$/i

/**
 * "The meeting took place during the Summit of the leaders of the United States, the GCC members, Egypt,
 * Iraq, and Jordan": the members of a larger meeting this one was held beside, not its own parties.
 */
export const BESIDE_MEETING =
  /\b(?:during|on\s+the\s+(?:margins|sidelines)\s+of|in\s+the\s+margins\s+of|ahead\s+of|alongside|on\s+the\s+occasion\s+of)\s+(?:the\s+|a\s+)?(?:[\p{L}\d’'-]+\s+){0,4}?(?:summit|meeting|conference|gathering|session)\s+of\s+(?:the\s+)?$/iu

/** "called on", "paid a courtesy call on", "was received by": the person named next is a host the delegation saw, not one who met. */
export const CALLED_ON =
  /\b(?:called|calls|call|calling)\s+on\s+(?:the\s+)?$|\bcourtesy\s+(?:call|visit)\s+(?:on|to)\s+(?:the\s+)?$|\baudience\s+with\s+(?:the\s+)?$/

/** "(on behalf of H.E. Mr. Prak Sokhonn, Senior Minister)": the person named next sent someone in his stead and did not attend. */
export const ON_BEHALF_OF = /\bon\s+behalf\s+of\s+(?:the\s+)?$/i

/** Words that bring in guests of the meeting: "joined by", "as guests". */
export const GUEST_CUE = /\b(?:joined\s+by|with\s+the\s+participation\s+of|(?:as|our|special)\s+guests?|invited|witnessed\s+by)\b/gi

/** "the Federative Republic of", "the Kingdom of": the words of a state's long form before its name. */
export const STATE_FORM =
  /^(?:the\s+)?(?:(?:Federative|Federal|Islamic|Democratic|Socialist|People['’]s|Hashemite|United|Arab|Bolivarian|Plurinational|Co-operative|Cooperative)\s+)*(?:Republic|Kingdom|State|Sultanate|Emirate|Principality|Grand Duchy|Commonwealth)\s+of\s+/

/** Offices that name one country's minister by themselves (their country is given later, from the office). */
export const NATIONAL_OFFICE = /^(?:Secretary of (?:State|Defen[cs]e)\b|(?:Foreign|Defence|Home) Secretary$)/

/** Capitalised words that are never part of a personal name. */
export const NOT_NAME_WORDS = [
  ...SENTENCE_OPENERS,
  'Affairs',
  'Ambassador',
  'April',
  'August',
  'Chancellor',
  'Commonwealth',
  'Crown',
  'December',
  'Defence',
  'Defense',
  'Deputy',
  'Emperor',
  'Excellency',
  'February',
  'Foreign',
  'General',
  'Government',
  'Governor',
  'January',
  'Joint',
  'July',
  'June',
  'King',
  'Kingdom',
  'Leaders',
  'March',
  'Meeting',
  'Minister',
  'Ministers',
  'Ministry',
  'November',
  'October',
  'Premier',
  'President',
  'Prime',
  'Queen',
  'Republic',
  'Secretary',
  'September',
  'State',
  'States',
  'Statement',
  'Summit',
  'United',
  'Vice',
  // Words of the offices' portfolios: "Secretary of Foreign Relations Marcelo Ebrard", "Secretary of
  // Finance and Public Credit Rogelio Ramírez" end the office, they do not start the name.
  'Agency',
  // Bodies whose head's office runs on: "Premier of the State Council of the People’s Republic of China Li Qiang".
  'Council',
  'Assembly',
  'Parliament',
  'Cabinet',
  'Union',
  'Armed',
  'Bureau',
  'Central',
  'Charge',
  'Citizen',
  'Commerce',
  'Commission',
  'Committee',
  'Communication',
  'Communications',
  'Credit',
  'Cyber',
  'Department',
  'Development',
  'Digital',
  'Economy',
  'Energy',
  'Environment',
  'External',
  'Finance',
  'Health',
  'Industry',
  'Information',
  'Interior',
  'Justice',
  'Labor',
  'Labour',
  'Management',
  'National',
  'Party',
  'Protection',
  'Public',
  'Relations',
  'Resources',
  'Security',
  'Technology',
  'Trade',
]

/** Capitals that are not names. */
export const ACRONYMS = [
  'ASEAN',
  'NATO',
  'AUKUS',
  'USA',
  'UK',
  'US',
  'EU',
  'UN',
  'G7',
  'G20',
  'FULL',
  'TEXT',
  'MP',
  'QC',
  'KC',
  'AO',
  'AC',
  'CBE',
  'OBE',
  'KCMG',
  'GCMG',
  'CMG',
  'HE',
  'HM',
  'HRH',
  'JOINT',
  'STATEMENT',
  'PRESS',
  'RELEASE',
  'II',
  'III',
  'IV',
  'SCC',
  'DPRK',
  'ROK',
  'PRC',
]

// "We, the leaders of Australia, India, Japan, and the United States," / "As leaders of ..." /
// "We, Australia, Denmark, Norway, and the United States, recognize"
export const LEADERS_OF =
  /\b(?:(?:leaders|heads of state(?:\s*(?:and|\/)\s*government)?|heads of government|governments|foreign ministers|ministers|representatives|member (?:states|nations|countries)|members)\s+(?:of|from)\s+|We,\s+(?=(?:the\s+)?[A-Z]))/gi

/** "meeting of", "the first standing meeting of the": before an organisation whose members meet (see MEMBERS_WHO_MEET). */
export const MEETING_OF = /\b(?:meeting|summit|session|gathering|conference)\s+of\s+(?:the\s+)?$/i

/** "Foreign Ministers", "Leaders", "Heads of Government": the organisation's members who meet, after its name. */
export const MEMBERS_WHO_MEET = /^\s+(?:\p{Lu}\p{L}+\s+){0,2}(?:Leaders|Ministers|Heads\s+of\s+(?:State|Government))\b/u

/** "members of", "member states of": a cue of LEADERS_OF that tells what the speakers belong to. */
export const MEMBERSHIP = /^member/i

/** Lower-case words that may stand inside a list of parties' names ("Trinidad and Tobago", "the Republic of Korea", "Mohamed bin Zayed"); any other ends the list. */
export const LIST_WORD = /and|the|of|de|del|da|do|du|la|le|y|et|al|bin|van|von|der/u

/** Prepositions that go on a noun phrase in a list of parties ("the Ambassador of Guatemala to the United States"); a verb ends it. */
export const LIST_PREPOSITION = /to|for|in|at|on|with|from|by/u

/** "President of the", "Minister for Foreign Affairs of": an office whose "of" names the country next. */
export const OFFICE_OF =
  /\b(?:President|Prime\s+Minister|Chancellor|Premier|King|Queen|Emperor|Emir|Sultan|Crown\s+Prince|General\s+Secretary|Secretary[-\s]General|Vice\s+President|Taoiseach|Foreign\s+Minister|Minister\s+for\s+Foreign\s+Affairs|Minister\s+of\s+Foreign\s+Affairs|Secretary\s+of\s+State|Minister\s+of\s+Defen[cs]e|Defen[cs]e\s+Minister|Government|Governments|Leaders?)\b[^.;]{0,90}?\bof\s+(?:the\s+)?$/

/** Words that bring in the members of the meeting again after guests ("met with", "chaired by"). */
export const MEMBER_CUE = /\b(?:met|meet|held|hosted|convened|chaired\s+by|co-chaired\s+by|led\s+by|counterparts?)\b|;/gi

/** Words of an organisation's or a body's name, never of a person's: "President of the European Council". */
export const BODY_WORD =
  /\b(?:European|Atlantic|Council|Commission|Committee|Union|Alliance|Organi[sz]ation|Forum|Bank|Agency|Department|Ministry|Government|Republic|Kingdom)\b/

/** Post-nominal letters closing a name: "MP", "QC", "CBE". */
export const POST_NOMINAL = /,?\s+(?:MP|QC|KC|AO|AC|CBE|OBE|KCMG|GCMG|CMG)$/

/** A page's publication line ("Published 5 May 2021"): its date is not the meeting's. */
export const PUBLICATION_LINE = /^(?:Published|Updated|Last updated|Issued on|Posted)\b/i

/** Section names of a statement, never its title: "Preamble", "Annex". */
export const SECTION_NAME = /^(?:Preamble|Introduction|Annex(?:es)?|Background|Conclusions?|Text|Summary)\b/i

/** Words of a heading that names an outcome document or its makers: "Statement", "Joint", "2+2" (a regular-expression source). */
export const DOCUMENT_WORD = 'Statement|Declaration|Communiqu[ée]|Readout|Joint|Ministerial|Ministers|Leaders|Agreement|Partnership|Vision|\\d\\+\\d'

/** Words followed by the place of the meeting: "met in", "held at", "summit in" (a regular-expression source). */
export const HELD_IN_VERB =
  'met|meet|meets|held|convened|convene|convenes|gathered|gather|assembled|took\\s+place|meeting|summit|[Vv]isit(?:\\s+and\\s+State\\s+Dinner)?'

/** How a composed title names the people of each kind of office: "AUKUS Defence Ministers’ Meeting". */
export const KIND_TITLE_WORDS: Readonly<Record<'foreign' | 'defence' | 'head', string>> = {
  foreign: 'Foreign Ministers’',
  defence: 'Defence Ministers’',
  head: 'Leaders’',
}

/** "HELD AT NATO HEADQUARTERS, BRUSSELS", "Held in Lucca": the verb of a headline line that gives the place, in capitals too (a regular-expression source). */
export const HELD_IN_HEADLINE = 'HELD|CONVENED|TOOK\\s+PLACE|[Hh]eld|[Cc]onvened|took\\s+place'

/** Verbs whose object is the meeting, then its place: "held the SCC in Tokyo" (a regular-expression source). */
export const HELD_MEETING_VERB = 'held|convened|hosted|co-hosted|co-chaired|chaired|attended|concluded'

/** Verbs whose object is a visitor or a meeting, then the venue: "hosted ... at the Pentagon", "convened the first meeting of this committee with ... at the White House" (a regular-expression source). */
export const HOST_VERB = 'hosted|welcomed|received|met|convened'

/** The last word of a building's name that follows "the" as the place of a meeting: "the White House", "the Pentagon" (a regular-expression source). */
export const VENUE_WORD = 'House|Palace|Pentagon|Kremlin|Capitol|Kantei|Chancellery|Castle|Hall|Residence|Lodge|Manor|Building|Centre|Center'

/** "welcomed Prime Minister Modi to the White House", "welcomed a delegation led by ... to Washington": a visit received, a sentence that tells of the meeting. */
export const WELCOMED_TO = /\bwelcom(?:ed|es?)\b(?:[^.;:]|\.(?=\S)){0,200}?\s+to\s+(?:the\s+)?\p{Lu}/u

/** "the commitment that President Biden and President López Obrador made during ...": people named as the makers of an earlier commitment, not as members of this meeting. */
export const COMMITMENT_MADE_BY = /\b(?:commitments?|pledges?|promises?|decisions?|agreements?)\s+(?:that|which)\s+(?:[^.;]{0,80}?\band\s+)?$/i

/** "Hosted by the Prime Minister of Australia, ...", "Chaired by ...": a line under the headline naming the host or chair, no title. */
export const BY_LINE_OF_MEETING = /^(?:Hosted|Co-hosted|Chaired|Co-chaired|Convened)\s+by\s/i

/** "President of the", "Senior Director for Climate and Energy at the", "the Leaders of Canada, the": before a body someone belongs to, not a meeting's name. */
export const MEMBER_OF_BODY =
  /\b(?:President|Vice\s+President|Secretary|Minister|Chair(?:man|person)?|Head|Director|Commissioner|Member|General\s+Secretary|Leaders?)\b(?:\s+[\p{L}&-]+){0,5}?\s+(?:of|at)(?:\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*,)*\s*$/u

/** "ahead of the", "in the run-up to the", "the statement by the", "commitments ... made during the": before the name of another meeting or body. */
export const OTHER_MEETING_BEFORE =
  /\b(?:ahead\s+of|run-up\s+to|in\s+advance\s+of|in\s+preparation\s+for|(?:statements?|declarations?|resolutions?)\s+(?:by|of))\s*$|\b(?:commitments?|pledges?|decisions?|agreements?)\b[^.;]{0,120}\b(?:made|reached|taken|adopted)\s+(?:during|at)\s*$/i

/** "We, the Leaders of the", "we the Foreign Ministers of": the speakers of a statement, before the grouping they belong to. */
export const SPEAKERS_OF_GROUP =
  /\b[Ww]e,?\s+the\s+(?<role>Leaders|Heads\s+of\s+State\s+and\s+Government|Foreign\s+Ministers|Defen[cs]e\s+Ministers|Ministers)\s+of\s+/u

/** "Recalling ...", "Recognizing the consensus expressed ... on December 19": a sentence that opens by recalling other events dates those. */
export const RECALLING = /^\W*(?:Recalling|Recognizing|Recognising|Reflecting\s+on|Noting|Building\s+on)\b/

/**
 * "signed on July 16, 1996", "launched by President A and Prime Minister B on February 13, 2025", "since October 8th":
 * the words before a date that tie it to another act than the meeting (a participle with "on", "since"). A meeting's own
 * verbs ("held on", "convened on") are not among them.
 */
export const OTHER_ACT_BEFORE_DATE =
  /(?:\bsince\s+(?:the\s+)?|\b(?!(?:held|convened|hosted|gathered|organi[sz]ed)\b)\p{Ll}+ed(?:\s+by\s+[^,;]{1,100}?)?\s+on\s+(?:the\s+)?)$/u

/**
 * What ties the first date of a text to the statement's own occasion, in the words before it: "Today (October 31,
 * 2021)", "On this historic occasion of March 12, 2021", or nothing but a label ("date 2025-12-11").
 */
export const OWN_OCCASION_BEFORE_DATE = /(?:\b[Tt]oday\b(?![’']s)[^.;]*|\boccasion\s+of\s+|^\W*(?:(?!On\b)\p{L}+\s*:?\s*)?)$/u

/** "released ... at the Ministerial for Atlantic Cooperation on September 18, 2023": a meeting's noun in the clause before "on". */
export const MEETING_NOUN_BEFORE_DATE = new RegExp(`\\b(?:${MEETING_NOUN_WORD}|[Mm]inisterial)\\b[^,;.]{0,60}\\bon\\s+(?:the\\s+)?$`, 'u')

/** "At the ... Summit on", "During the ... meeting on": an event that opens the sentence as its setting (no comma before the date). */
export const EVENT_SETTING = /^\W*(?:At|During|On\s+the\s+margins\s+of|On\s+the\s+sidelines\s+of)\s+the\s+[^,;]{0,100}\bon\s+(?:the\s+)?$/i

/** "Minister of Defense Rajnath Singh ... welcomed Secretary of State Antony J. Blinken": a person welcomed by office or honorific, met. */
export const WELCOMED_PERSON =
  /\b(?:welcom(?:ed|es?)|received|hosted)\s+(?:the\s+)?(?:(?:U\.S\.|US|visiting|\p{Lu}\p{L}+)\s+){0,2}?(?:Secretary|Minister|President|Prime\s+Minister|Chancellor|Premier|Foreign\s+Minister|Defen[cs]e\s+Minister|H\.\s?E\.|His|Her|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s/u

/** "was chaired by the Honourable", "co-chaired by H.E. Mr.": the words before the name of a meeting's chair (not "under the chairmanship of"). */
export const CHAIR_BEFORE = /\b(?:co-)?chaired\s+by\s+(?:[^\s,;]+\s+){0,4}$/i

/** "H.E. Dato’ Sri Anifah Aman, Minister of Foreign Affairs of Malaysia chaired the meeting": the words after the name of a meeting's chair. */
export const CHAIR_AFTER =
  /^(?:,\s+[^.;:]{0,100}?,?)?\s+(?:co-)?(?:chaired|presided\s+over)\s+the\s+(?:\p{L}+\s+){0,6}?(?:meeting|summit|session|conference|dialogue)\b/iu

/** Past the opening, only a verb by which people met names them: "met in Singapore", "was co-chaired by", "was represented by" (not a visit to come, not a summit named). */
export const FURTHER_MEETING_VERB =
  /\b(?:met|gathered|convened|held\s+(?:talks|a\s+meeting|the)|(?:co-)?chaired\s+by|represented\s+by|attended|participated\s+in|took\s+part\s+in)\b/

/** A verb by which the meeting itself takes place: "met", "convened", "held", "paid a visit". */
export const SAME_MEETING_VERB =
  /\b(?:met|meet|meets|held|convened|gathered|hosted|welcomed|received|visit|visits|visited|took\s+place|attended|participated|spoke)\b/

/** A page handle after a name: "Antony Blinken SecBlinken", "Lloyd Austin SecDef". */
export const HANDLE = /\s+(?:@\S+|(?:Sec|Amb|Min|Dep|Pres|PM|FM|Gov|Rep|Sen|Def|State|Pol)\p{Lu}\p{L}*)$/u

/** "the 21st Summit between Japan and the European Union", "the partnership between the United States and Mongolia": the two sides after a word of relations. */
export const BETWEEN =
  /\b(?:summit|meeting|dialogue|consultations?|partnership|relations|talks|cooperation|alliance|ties)\s+between\s+((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'-]*){0,5}(?:\s+\([A-Z]{2,6}\))?(?:,\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'-]*){0,5}(?:\s+\([A-Z]{2,6}\))?){0,8},?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'-]*){0,5})/giu

/** "Today, the United States and Kenya commemorate ...", "Today (October 31, 2021) the United States, ..., Democratic Republic of the Congo, ... met": a joint subject of countries before one of the verbs by which parties speak. */
export const OPENING_SUBJECT =
  /(?:^|,\s+|^[A-Z][\p{L}.]*(?:\s+[A-Z][\p{L}.]*)?\s*[:—–-]\s+)(?:(?:Today(?:\s+\([^)]{3,30}\))?|This year|On [^,]{3,40}|In [^,]{3,40}),?\s+)?(?:as\s+|we,\s+)?((?:the\s+)?[A-Z][\p{L}.]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\p{L}.]*){0,3}(?:,\s+(?:the\s+)?[A-Z][\p{L}.]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\p{L}.]*){0,3})*,?\s+and\s+(?:the\s+)?[A-Z][\p{L}.]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\p{L}.]*){0,3})\s+(?:(?:on\s+(?:[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})|today|yesterday|this\s+week),?\s+)?(?:will|have|are|reaffirm|reaffirmed|commemorate|celebrate|affirm|affirmed|issue|issued|met|held|recognize|recognized|share|commit|committed|agree|agreed|announce|announced|intend|resolve|decided|need|want|face|stand|remain|continue|seek|pledge|pledged|welcome|welcomed|jointly|today|together)\b/u

/** Words that may stand before the people who open a sentence: "On 16 March,", "Both", "and". */
export const SUBJECT_LEAD_WORD = /^(?:and|the|of|for|on|in|at|with|both|his|her|their|\d+(?:st|nd|rd|th)?|\p{Lu}[\p{L}\p{N}’'.+-]*)$/u

/** Regions and groupings whose name is an adjective before the members' role: "the Nordic foreign ministers", "Pacific Islands Forum Leaders". */
export const REGION_ADJECTIVE =
  /^(?:Nordic|Baltic|Nordic-Baltic|Pacific(?:\s+Island(?:s|\s+Forum)?)?|Arab|African|European|Asian|Asia-Pacific|Caribbean|Gulf|Mekong|Andean|Central\s+American|Latin\s+American)$/u

/**
 * "Following is the full text of the joint statement", "this Joint Declaration", "issued the following joint
 * statement": the text naming its own kind of document, for a title composed from the parties where the page
 * prints no headline.
 */
export const DOCUMENT_KIND_SELF =
  /\b(?:this|the\s+following|(?:full\s+)?text\s+of\s+the|(?:issued|adopted|released|signed)\s+(?:a|the\s+following))\s+(?<kind>(?:joint\s+)(?:leaders['’]?\s+|vision\s+|press\s+)?(?:statement|declaration|communiqu[ée])|(?:statement|declaration|communiqu[ée]))\b/iu

/** "the leaders of the Australia-UK-US (AUKUS) partnership – Prime Minister Scott Morrison of Australia, ...": the leaders named in a list set off by dashes. */
export const LEADERS_NAMED =
  /\b(?:leaders|heads\s+of\s+(?:state|government))\b[^.–—]{0,80}\s[–—]\s+(?:the\s+)?(?:President|Prime\s+Minister|Chancellor|King|Emir|Premier)\b/iu

/**
 * The people of an earlier event named inside a sentence about this meeting, up to the clause's end: "as
 * follow up to the May 26, 2023 call between President A and Vice President B, ...", "built on previous
 * high-level meetings led by C and D", "thanked ... for the visit of Vice President E ... to Abu Dhabi in May".
 * A past word or a date before the event's noun, or a month after a visit, tells it is not this meeting.
 */
export const EARLIER_EVENT_PEOPLE = new RegExp(
  [
    `\\b(?:(?:previous|prior|earlier|last|past)\\s+(?:[\\p{L}-]+\\s+){0,3}|(?:${MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:(?:19|20)\\d\\d\\s+)?|(?:19|20)\\d\\d\\s+)(?:[\\p{L}-]+\\s+){0,2}?(?:calls?|visits?|meetings?|talks|conversations?|summits?)\\s+(?:between|of|with|led\\s+by|by)\\s+[^,;]+`,
    `\\bvisits?\\s+of\\s+[^,;]*?\\bin\\s+(?:${MONTH})\\b(?!\\s+\\d)`,
  ].join('|'),
  'gu',
)
