// Named events that outcome documents use as dates ("by COP26", "the 2020 Tokyo Olympic and
// Paralympic Games"): summits, conferences, games, expos and UN General Assembly sessions.
// Exact dates are kept for other uses; as a deadline an event stands for its year (ANNOTATION.md).
import { matchAll } from '../core/match-all.js'

/** Kinds of event. */
export type EventKind = 'conference' | 'expo' | 'session' | 'sport' | 'summit'

/** One event. */
export interface EventEntry {
  /** Stable id: 'g7-2023', 'cop-26'. */
  id: string
  /** Regex sources of the names it goes by (no capturing groups; matched case-sensitively, whole words). */
  names: string[]
  /** The year the event stands for; for an event postponed under its name ("Tokyo 2020"), the name's year. */
  year: number
  /** First and last day when known (ISO). */
  start?: string
  end?: string
  /** Host city (or country). */
  place?: string
  /** What sort of event it is. */
  kind: EventKind
}

const LEADERS = "(?:Leaders['’]? )?"

/** A summit of a group (G7, G20, NATO, Quad) in a host city, under the names documents use. */
function summit(id: string, group: string, year: number, cities: string, dates: [string, string] | null, place: string): EventEntry {
  const names = [
    // "the G7 Summit in Hiroshima", "the 2023 G20 Leaders’ Summit in New Delhi"
    `(?:${year} )?(?:${group}) ${LEADERS}Summit (?:in|at) (?:${cities})`,
    // "the 2022 G7 Elmau Summit"
    `(?:${year} )?(?:${group}) (?:${cities}) ${LEADERS}Summit`,
    // "the Hiroshima Summit", "the Apulia G7 Leaders’ Summit", "the 2023 Vilnius Summit"
    `(?:${year} )?(?:${cities})(?:[- ](?:${group}))? ${LEADERS}Summit`,
    // "the 2023 G7 Summit"
    `${year} (?:${group}) ${LEADERS}Summit`,
  ]
  return { id, names, year, ...(dates ? { start: dates[0], end: dates[1] } : {}), place, kind: 'summit' }
}

/** A UN Climate Change Conference of the Parties. */
function cop(n: number, year: number, dates: [string, string] | null, place: string | null): EventEntry {
  return {
    id: `cop-${n}`,
    names: [`(?:UNFCCC[- ])?COP[- ]?${n}(?!\\d)`],
    year,
    ...(dates ? { start: dates[0], end: dates[1] } : {}),
    ...(place ? { place } : {}),
    kind: 'conference',
  }
}

const GAMES = '(?:Summer |Winter )?Olympic(?:s| Games)?(?: and Paralympic(?:s| Games)?)?'

/** Olympic and Paralympic Games: year, host city (regex source), first and last day of both Games. */
const OLYMPIC_HOSTS: Array<[number, string, [string, string]]> = [
  [2016, 'Rio(?: de Janeiro)?', ['2016-08-05', '2016-09-18']],
  [2018, 'PyeongChang|Pyeongchang', ['2018-02-09', '2018-03-18']],
  // "the safety and security of the 2020 Tokyo Olympic and Paralympic Games" (held in 2021)
  [2020, 'Tokyo', ['2021-07-23', '2021-09-05']],
  [2022, 'Beijing', ['2022-02-04', '2022-03-13']],
  // "We look forward to the Paris Olympic and Paralympic Games"
  [2024, 'Paris', ['2024-07-26', '2024-09-08']],
  [2026, 'Milano Cortina|Milan Cortina|Milan-Cortina', ['2026-02-06', '2026-03-15']],
  [2028, 'Los Angeles|LA', ['2028-07-14', '2028-08-27']],
  [2032, 'Brisbane', ['2032-07-23', '2032-09-05']],
]

/** Olympic (and Paralympic) Games. */
function olympics([year, city, dates]: [number, string, [string, string]]): EventEntry {
  const c = `(?:${city})`
  const names = [
    `${year} ${c} ${GAMES}`,
    `${c} ${year}(?: ${GAMES})?`,
    `${c} ${GAMES}`,
    `Olympic and Paralympic Games ${c} ${year}`,
    `${year} ${GAMES} in ${c}`,
  ]
  return { id: `olympics-${year}`, names, year, start: dates[0], end: dates[1], place: city, kind: 'sport' }
}

const GA = '(?:UN|United Nations) General Assembly'
const UNGA_ORDINALS: Record<number, string> = {
  70: '[Ss]eventieth',
  71: '[Ss]eventy-first',
  72: '[Ss]eventy-second',
  73: '[Ss]eventy-third',
  74: '[Ss]eventy-fourth',
  75: '[Ss]eventy-fifth',
  76: '[Ss]eventy-sixth',
  77: '[Ss]eventy-seventh',
  78: '[Ss]eventy-eighth',
  79: '[Ss]eventy-ninth',
  80: '[Ee]ightieth',
  81: '[Ee]ighty-first',
}

/** A regular session of the UN General Assembly; session n opens in September of 1945 + n. */
function unga(n: number): EventEntry {
  const names = [
    `${n}(?:st|nd|rd|th) [Ss]ession of the ${GA}`,
    `${UNGA_ORDINALS[n]} [Ss]ession of the ${GA}`,
    `${n}(?:st|nd|rd|th) ${GA}`,
    `UNGA[- ]?${n}(?!\\d)`,
  ]
  return { id: `unga-${n}`, names, year: 1945 + n, place: 'New York', kind: 'session' }
}

/** An APEC Economic Leaders' Meeting. */
function apec(year: number, city: string, dates: [string, string] | null): EventEntry {
  const names = [
    `APEC ${year}`,
    `${year} APEC (?:Economic )?${LEADERS}(?:Meeting|Summit|Week)`,
    `APEC (?:Economic )?${LEADERS}(?:Meeting|Summit|Week) in (?:${city})`,
  ]
  return { id: `apec-${year}`, names, year, ...(dates ? { start: dates[0], end: dates[1] } : {}), place: city, kind: 'summit' }
}

const NPT = '(?:NPT|Treaty on the Non-[Pp]roliferation of Nuclear Weapons)'

/** An NPT Review Conference, by the years and ordinals it is named by. */
function nptRevcon(id: string, year: number, nameYears: string, ordinal: string, dates: [string, string]): EventEntry {
  const names = [
    `(?:${nameYears}) NPT Review Conference`,
    `(?:${nameYears}) Review Conference of the Parties to the ${NPT}`,
    `${ordinal} NPT Review Conference`,
    `${ordinal} Review Conference of the Parties to the ${NPT}`,
  ]
  return { id, names, year, start: dates[0], end: dates[1], place: 'New York', kind: 'conference' }
}

/** The events list, sorted by id, one per line. */
export const EVENTS: EventEntry[] = [
  apec(2015, 'Manila', ['2015-11-18', '2015-11-19']),
  // "APEC 2016 Leaders' Declaration" (Lima)
  apec(2016, 'Lima', ['2016-11-19', '2016-11-20']),
  apec(2017, 'Da Nang', ['2017-11-10', '2017-11-11']),
  apec(2018, 'Port Moresby', ['2018-11-17', '2018-11-18']),
  apec(2022, 'Bangkok', ['2022-11-18', '2022-11-19']),
  // "the United States’ APEC 2023 host year"
  apec(2023, 'San Francisco', ['2023-11-16', '2023-11-17']),
  apec(2024, 'Lima', ['2024-11-15', '2024-11-16']),
  apec(2025, 'Gyeongju', ['2025-10-31', '2025-11-01']),
  apec(2026, 'Shenzhen', null),
  cop(21, 2015, ['2015-11-30', '2015-12-12'], 'Paris'),
  cop(22, 2016, ['2016-11-07', '2016-11-18'], 'Marrakech'),
  cop(23, 2017, ['2017-11-06', '2017-11-17'], 'Bonn'),
  cop(24, 2018, ['2018-12-02', '2018-12-14'], 'Katowice'),
  cop(25, 2019, ['2019-12-02', '2019-12-13'], 'Madrid'),
  // "we also commit to submit 2050 Long Term Strategies (LTSs) by COP26"
  cop(26, 2021, ['2021-10-31', '2021-11-12'], 'Glasgow'),
  // "we are committed to work together to advance progress at COP27 and beyond"
  cop(27, 2022, ['2022-11-06', '2022-11-18'], 'Sharm el-Sheikh'),
  // "we call on all Parties to commit at UNFCCC-COP28 to peak global GHG emissions"
  cop(28, 2023, ['2023-11-30', '2023-12-12'], 'Dubai'),
  cop(29, 2024, ['2024-11-11', '2024-11-22'], 'Baku'),
  // "submit their next round of NDCs and LTSs well ahead of UNFCCC-COP30"
  cop(30, 2025, ['2025-11-10', '2025-11-21'], 'Belém'),
  // "Australia’s bid to host the United Nations Climate Change Conference of the Parties in 2026 (COP31)"
  cop(31, 2026, null, null),
  {
    id: 'expo-2020-dubai',
    names: ['Expo 2020(?: Dubai)?', '(?:World )?Expo 2020 Dubai'],
    year: 2020,
    start: '2021-10-01',
    end: '2022-03-31',
    place: 'Dubai',
    kind: 'expo',
  },
  {
    id: 'expo-2025-osaka',
    names: [
      '(?:World )?Expo 2025(?: Osaka(?:,? Kansai)?)?',
      'Osaka(?:-Kansai)? (?:World )?Expo(?:sition)?(?: 2025)?',
      '2025 (?:World )?Expo(?:sition)?(?: in Osaka)?',
    ],
    year: 2025,
    start: '2025-04-13',
    end: '2025-10-13',
    place: 'Osaka',
    kind: 'expo',
  },
  {
    id: 'fifa-world-cup-2022',
    names: ['2022 FIFA World Cup', 'FIFA World Cup(?: Qatar)? 2022'],
    year: 2022,
    start: '2022-11-20',
    end: '2022-12-18',
    place: 'Qatar',
    kind: 'sport',
  },
  {
    id: 'fifa-world-cup-2026',
    names: ['2026 (?:FIFA )?World Cup', 'FIFA World Cup(?: 26)? 2026', 'FIFA World Cup 26'],
    year: 2026,
    start: '2026-06-11',
    end: '2026-07-19',
    place: 'Canada, Mexico and United States',
    kind: 'sport',
  },
  summit('g20-2015', 'G20|G-20', 2015, 'Antalya', ['2015-11-15', '2015-11-16'], 'Antalya'),
  summit('g20-2016', 'G20|G-20', 2016, 'Hangzhou', ['2016-09-04', '2016-09-05'], 'Hangzhou'),
  summit('g20-2017', 'G20|G-20', 2017, 'Hamburg', ['2017-07-07', '2017-07-08'], 'Hamburg'),
  summit('g20-2018', 'G20|G-20', 2018, 'Buenos Aires', ['2018-11-30', '2018-12-01'], 'Buenos Aires'),
  summit('g20-2019', 'G20|G-20', 2019, 'Osaka', ['2019-06-28', '2019-06-29'], 'Osaka'),
  summit('g20-2020', 'G20|G-20', 2020, 'Riyadh', ['2020-11-21', '2020-11-22'], 'Riyadh (virtual)'),
  summit('g20-2021', 'G20|G-20', 2021, 'Rome', ['2021-10-30', '2021-10-31'], 'Rome'),
  // "met on the margins of the G20 Summit in Bali"
  summit('g20-2022', 'G20|G-20', 2022, 'Bali', ['2022-11-15', '2022-11-16'], 'Bali'),
  // "the outcomes of the G20 Leaders’ Summit in New Delhi"
  summit('g20-2023', 'G20|G-20', 2023, 'New Delhi', ['2023-09-09', '2023-09-10'], 'New Delhi'),
  summit('g20-2024', 'G20|G-20', 2024, 'Rio de Janeiro|Rio', ['2024-11-18', '2024-11-19'], 'Rio de Janeiro'),
  summit('g20-2025', 'G20|G-20', 2025, 'Johannesburg', ['2025-11-22', '2025-11-23'], 'Johannesburg'),
  summit('g20-2026', 'G20|G-20', 2026, 'Miami', null, 'Miami'),
  summit('g7-2015', 'G7|G-7', 2015, 'Elmau|Schloss Elmau', ['2015-06-07', '2015-06-08'], 'Schloss Elmau'),
  // "The UK looked forward to working closely with Japan ... for a successful G7 Ise Shima Summit"
  summit('g7-2016', 'G7|G-7', 2016, 'Ise[- ]Shima', ['2016-05-26', '2016-05-27'], 'Ise-Shima'),
  summit('g7-2017', 'G7|G-7', 2017, 'Taormina', ['2017-05-26', '2017-05-27'], 'Taormina'),
  summit('g7-2018', 'G7|G-7', 2018, 'Charlevoix', ['2018-06-08', '2018-06-09'], 'Charlevoix'),
  summit('g7-2019', 'G7|G-7', 2019, 'Biarritz', ['2019-08-24', '2019-08-26'], 'Biarritz'),
  summit('g7-2021', 'G7|G-7', 2021, 'Carbis Bay|Cornwall', ['2021-06-11', '2021-06-13'], 'Carbis Bay'),
  // "Recalling our commitment from the 2022 G7 Elmau Summit"
  summit('g7-2022', 'G7|G-7', 2022, 'Elmau|Schloss Elmau', ['2022-06-26', '2022-06-28'], 'Schloss Elmau'),
  // "The two leaders discussed priorities for the G7 Hiroshima Summit"
  summit('g7-2023', 'G7|G-7', 2023, 'Hiroshima', ['2023-05-19', '2023-05-21'], 'Hiroshima'),
  // "made in June at the Apulia G7 Leaders’ Summit"
  summit('g7-2024', 'G7|G-7', 2024, 'Apulia|Puglia|Borgo Egnazia', ['2024-06-13', '2024-06-15'], 'Apulia'),
  summit('g7-2025', 'G7|G-7', 2025, 'Kananaskis', ['2025-06-15', '2025-06-17'], 'Kananaskis'),
  summit('g7-2026', 'G7|G-7', 2026, 'Evian|Évian|Evian-les-Bains|Évian-les-Bains', null, 'Évian-les-Bains'),
  summit('nato-2016', 'NATO', 2016, 'Warsaw', ['2016-07-08', '2016-07-09'], 'Warsaw'),
  summit('nato-2018', 'NATO', 2018, 'Brussels', ['2018-07-11', '2018-07-12'], 'Brussels'),
  // "They support the invitation of the EU and other partners to the upcoming NATO Leaders’ Summit in Madrid in 2022"
  summit('nato-2022', 'NATO', 2022, 'Madrid', ['2022-06-28', '2022-06-30'], 'Madrid'),
  // "Allies at the 2023 Vilnius Summit"
  summit('nato-2023', 'NATO', 2023, 'Vilnius', ['2023-07-11', '2023-07-12'], 'Vilnius'),
  summit('nato-2024', 'NATO', 2024, 'Washington', ['2024-07-09', '2024-07-11'], 'Washington'),
  summit('nato-2025', 'NATO', 2025, 'The Hague', ['2025-06-24', '2025-06-25'], 'The Hague'),
  summit('nato-2026', 'NATO', 2026, 'Ankara', null, 'Ankara'),
  nptRevcon('npt-revcon-2015', 2015, '2015', '[Nn]inth', ['2015-04-27', '2015-05-22']),
  // Note: the tenth conference, named for 2020, was postponed by the pandemic and met in 2022.
  nptRevcon('npt-revcon-2022', 2022, '2020|2022', '[Tt]enth', ['2022-08-01', '2022-08-26']),
  nptRevcon('npt-revcon-2026', 2026, '2026', '[Ee]leventh', ['2026-04-27', '2026-05-22']),
  ...OLYMPIC_HOSTS.map(olympics),
  summit('quad-2021', 'Quad', 2021, 'Washington', ['2021-09-24', '2021-09-24'], 'Washington'),
  summit('quad-2022', 'Quad', 2022, 'Tokyo', ['2022-05-24', '2022-05-24'], 'Tokyo'),
  // "The Quad Leaders’ Summit in Hiroshima will demonstrate the Quad’s enduring contribution"
  summit('quad-2023', 'Quad', 2023, 'Hiroshima', ['2023-05-20', '2023-05-20'], 'Hiroshima'),
  summit('quad-2024', 'Quad', 2024, 'Wilmington', ['2024-09-21', '2024-09-21'], 'Wilmington'),
  // "in the run up to the 2019 Rugby World Cup and 2020 Tokyo Olympics in Japan"
  {
    id: 'rugby-world-cup-2019',
    names: ['2019 Rugby World Cup', 'Rugby World Cup 2019(?: Japan)?', 'Rugby World Cup(?: 2019)? in Japan'],
    year: 2019,
    start: '2019-09-20',
    end: '2019-11-02',
    place: 'Japan',
    kind: 'sport',
  },
  {
    id: 'rugby-world-cup-2023',
    names: ['2023 Rugby World Cup', 'Rugby World Cup 2023(?: France)?', 'Rugby World Cup(?: 2023)? in France'],
    year: 2023,
    start: '2023-09-08',
    end: '2023-10-28',
    place: 'France',
    kind: 'sport',
  },
  { id: 'sdg-summit-2019', names: ['2019 SDG Summit'], year: 2019, start: '2019-09-24', end: '2019-09-25', place: 'New York', kind: 'summit' },
  // "we highlight the importance of the SDG Summit in September"
  { id: 'sdg-summit-2023', names: ['(?:2023 )?SDG Summit'], year: 2023, start: '2023-09-18', end: '2023-09-19', place: 'New York', kind: 'summit' },
  // "milestones, including this year’s UN Summit of the Future"
  {
    id: 'summit-of-the-future',
    names: ['(?:UN |United Nations )?Summit of the Future'],
    year: 2024,
    start: '2024-09-22',
    end: '2024-09-23',
    place: 'New York',
    kind: 'summit',
  },
  // "the Tokyo Nutrition for Growth Summit later this year"
  {
    id: 'tokyo-n4g-2021',
    names: ['Tokyo Nutrition for Growth(?: \\(N4G\\))? Summit'],
    year: 2021,
    start: '2021-12-07',
    end: '2021-12-08',
    place: 'Tokyo',
    kind: 'summit',
  },
  // "UN Food Systems Summit in September" (2021)
  {
    id: 'un-food-systems-summit-2021',
    names: ['(?:UN |United Nations )?Food Systems Summit(?: 2021)?'],
    year: 2021,
    start: '2021-09-23',
    end: '2021-09-23',
    place: 'New York',
    kind: 'summit',
  },
  // "the importance of achieving concrete outcomes during the 70th session of the UN General Assembly"
  unga(70),
  unga(71),
  unga(72),
  unga(73),
  unga(74),
  // "the Leaders’ Pledge for Nature launched at the 75th session of the UN General Assembly 2020"
  unga(75),
  unga(76),
  unga(77),
  unga(78),
  unga(79),
  unga(80),
  unga(81),
]

/** An event named in a text. */
export interface EventMention {
  /** The entries the words may name (several when a name is shared: "the Elmau Summit"). */
  entries: EventEntry[]
  /** The words as printed. */
  text: string
  /** Offsets of the words in the text (plus the offset passed in). */
  start: number
  end: number
}

/**
 * A cheap test that every text naming an event passes: each name holds one of these words, an
 * ordinal General Assembly, or a host city and a year ("Tokyo 2020"). Run it before the (large) event pattern.
 */
export const EVENT_CUE = new RegExp(
  [
    'Summit',
    'COP',
    'Olymp',
    'Paralymp',
    'World Cup',
    'Expo',
    'APEC',
    'UNGA',
    'Review Conference',
    `(?:\\d(?:st|nd|rd|th)|${Object.values(UNGA_ORDINALS).join('|')}) (?:[Ss]ession of the )?${GA}`,
    `(?:${OLYMPIC_HOSTS.map((h) => h[1]).join('|')}) (?:19|20)\\d\\d`,
  ].join('|'),
  'u',
)

let combined: RegExp | null = null
let exact: Array<{ entry: EventEntry; pattern: RegExp }> | null = null

/** One regex for every name of every event; longer name patterns are tried first. */
function sharedPattern(): RegExp {
  if (combined === null) {
    const names = EVENTS.flatMap((e) => e.names).sort((a, b) => b.length - a.length)
    combined = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
  }
  return combined
}

/** A fresh copy of the all-events regex, for callers that keep their own lastIndex. */
export function eventPattern(): RegExp {
  const shared = sharedPattern()
  return new RegExp(shared.source, shared.flags)
}

/** The events a name may stand for ("the G7 Hiroshima Summit" → g7-2023), in list order. */
export function eventsNamed(words: string): EventEntry[] {
  exact ??= EVENTS.map((entry) => ({ entry, pattern: new RegExp(`^(?:${entry.names.join('|')})$`, 'u') }))
  return exact.filter((e) => e.pattern.test(words)).map((e) => e.entry)
}

/**
 * Finds the named events of a text.
 * @param offset added to start/end, so they point into the whole document
 * @example findEventMentions('by COP26')[0]?.entries[0]?.id // 'cop-26'
 */
export function findEventMentions(text: string, offset = 0): EventMention[] {
  const found: EventMention[] = []
  if (!EVENT_CUE.test(text)) return found
  // Note: matchAll works on its own copy, so the shared regex needs no copying here.
  for (const m of matchAll(text, sharedPattern())) {
    const entries = eventsNamed(m[0])
    if (entries.length > 0) found.push({ entries, text: m[0], start: offset + m.index, end: offset + m.index + m[0].length })
  }
  return found
}
