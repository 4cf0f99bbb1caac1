// The topic taxonomy: a fixed list of policy fields that items are filed under (docs/topics.md).
// Ids are stable once released: rename a label freely, never an id.

/**
 * One topic. Keywords are lower-case words or phrases matched as whole words, case-insensitively:
 * a trailing `*` matches any ending ("terroris*" → terrorism, terrorists); a space or hyphen
 * between words matches a space, a hyphen or nothing ("counter-terrorism" → "counter terrorism",
 * "counterterrorism"); an apostrophe matches a straight or curly one.
 */
export interface Topic {
  /** Stable kebab-case id: "maritime-security". */
  id: string
  /** Short label for reports: "Maritime security". */
  label: string
  /** What belongs here, in one sentence. */
  description: string
  /** A real phrase filed under this topic. */
  example: string
  /** Words and phrases that each count one point. */
  keywords: readonly string[]
  /** Words and phrases that count half a point: alone they do not make the topic. */
  weak?: readonly string[]
  /** Ids of entities (src/extract/entities/entity-id.ts) that count one point; `cop-*` matches a prefix. */
  entityIds?: readonly string[]
  /** Entity ids that count half a point. */
  weakEntityIds?: readonly string[]
}

/** The taxonomy, in the order reports list it. */
export const TOPICS: readonly Topic[] = [
  {
    id: 'maritime-security',
    label: 'Maritime security',
    description: 'Freedom of navigation, maritime disputes and the law of the sea, piracy, navies and coast guards, maritime domain awareness.',
    example: 'reaffirmed the importance of peaceful settlement of maritime disputes in the South China Sea',
    keywords: [
      'anti-piracy', 'china seas', 'coast guard*', 'continental shelf', 'counter-piracy', 'east china sea*', 'exclusive economic zone*',
      'freedom of navigation', 'gulf of aden', 'land reclamation', 'maritime*', 'mine countermeasure*', 'mine sweeping',
      'minesweep*', 'naval', 'navies', 'navigation and overflight', 'navy', 'overflight', 'piracy', 'pirate*', 'red sea',
      'sea lanes', 'sea lines of communication', 'south china sea*', 'strait of hormuz', 'warship*',
    ],
    weak: ['arbitral tribunal', 'arbitration', 'fishing vessel*', 'shipping', 'vessel*'],
    entityIds: [
      'code-of-conduct-scs', 'combined-maritime-forces', 'combined-task-force-151', 'declaration-on-conduct-scs', 'imo', 'ipmda',
      'itlos', 'japan-coast-guard', 'jmsdf', 'permanent-court-of-arbitration', 'philippine-coast-guard', 'royal-australian-navy',
      'royal-navy', 'unclos', 'us-coast-guard',
    ],
  },
  {
    id: 'nuclear-non-proliferation',
    label: 'Non-proliferation, disarmament and arms control',
    description: 'Nuclear weapons and tests, the NPT and IAEA safeguards, chemical and biological weapons, missiles, export-control regimes, arms control.',
    example: 'to return to the Treaty on the Non-Proliferation of Nuclear Weapons (NPT) and IAEA safeguards',
    keywords: [
      'arms control', 'atomic energy agency', 'ballistic missile*', 'biological weapon*', 'cbrn', 'chemical weapon*', 'denucleari*', 'disarmament',
      'enriched uranium', 'enrichment', 'fissile', 'missile programme*', 'missile program*', 'non-proliferation', 'nuclear arsenal*',
      'nuclear material*', 'nuclear programme*', 'nuclear program*', 'nuclear security', 'nuclear test*', 'nuclear threat*',
      'nuclear weapon*', 'nuclear-weapon*', 'plutonium', 'proliferation', 'radiological', 'safeguards', 'test ban',
      'weapons of mass destruction', 'wmd',
    ],
    weak: ['missile*', 'nuclear'],
    entityIds: [
      'australia-group', 'biological-weapons-convention', 'chemical-weapons-convention', 'conference-on-disarmament', 'ctbt', 'ctbto',
      'fmct', 'iaea', 'jcpoa', 'mtcr', 'new-start', 'npt', 'npt-revcon-*', 'nsg', 'opcw', 'rarotonga-treaty', 'seanwfz-treaty',
      'tpnw', 'wassenaar-arrangement',
    ],
  },
  {
    id: 'counter-terrorism',
    label: 'Counter-terrorism',
    description: 'Terrorism and violent extremism, terrorist groups and their financing, aviation and border security against attacks.',
    example: 'The Ministers expressed their commitment to cooperate to reduce the risk of terrorism for our citizens',
    keywords: [
      'al-qaeda', 'al-qaida', 'al-shabaab', 'aviation security', 'boko haram', 'counter-terrorism', 'daesh', 'extremis*',
      'foreign terrorist fighter*', 'isil', 'isis', 'radicali*', 'terroris*', 'violent extremis*',
    ],
    weak: ['hostage*'],
    entityIds: ['global-coalition-isis'],
  },
  {
    id: 'cyber',
    label: 'Cyber',
    description: 'Cybersecurity and cyberspace, malicious cyber activity, ransomware, cybercrime.',
    example: 'the Ministers decided to strengthen information-sharing and cooperation in cybersecurity',
    keywords: ['cyber*', 'malicious cyber', 'malware', 'ransomware'],
    weak: ['critical infrastructure', 'hacking'],
    entityIds: ['budapest-convention', 'counter-ransomware-initiative'],
  },
  {
    id: 'defence-equipment-technology',
    label: 'Defence equipment and technology',
    description: 'Joint development, research and transfer of defence equipment, weapons programmes and platforms, the defence industrial base.',
    example: 'the deepening cooperation on defence equipment and technology',
    keywords: [
      'air-to-air missile*', 'co-development', 'co-production', 'combat aircraft', 'counter-ied', 'defence equipment',
      'defence industr*', 'defence technolog*', 'defense equipment', 'defense industr*', 'defense technolog*', 'destroyer*', 'eurofighter*',
      'fighter aircraft', 'fighter jet*', 'frigate*', 'hypersonic*', 'improvised explosive device*', 'industrial base',
      'interceptor*', 'joint development', 'munitions', 'nuclear-powered submarine*', 'personnel vulnerability',
      'submarine*', 'typhoon aircraft', 'typhoon fighter*', 'vulnerability evaluation', 'weapons system*',
    ],
    weak: ['aircraft', 'capabilit*', 'equipment', 'feasibility study', 'fighter*', 'joint research', 'joint stud*', 'radar*', 'research project*'],
    entityIds: ['chemical-biological-protection-project', 'gcap', 'jnaam', 'ssn-aukus'],
    weakEntityIds: ['aukus'],
  },
  {
    id: 'exercises-training',
    label: 'Exercises and training',
    description: 'Joint and multilateral exercises, drills, training, port calls and deployments, interoperability of forces.',
    example: 'continuing joint exercises on mine sweeping in the Gulf',
    keywords: [
      'amphibious', 'bilateral exercise*', 'drills', 'exercises', 'joint exercise*', 'joint operations',
      'joint training', 'military exercise*', 'naval exercise*', 'port call*', 'port visit*', 'trilateral exercise*',
    ],
    weak: ['deploy*', 'drill', 'interoperab*', 'rotation*', 'training'],
    entityIds: ['balikatan', 'malabar', 'pacific-partnership', 'rimpac'],
  },
  {
    id: 'peacekeeping',
    label: 'Peacekeeping and peacebuilding',
    description: 'UN peacekeeping and peace operations, peacebuilding and stabilisation missions.',
    example: 'a greater role in UN peacekeeping',
    keywords: ['blue helmets', 'peace operation*', 'peace-building', 'peace-keep*', 'peacebuilding', 'peacekeep*', 'stabilisation mission*', 'stabilization mission*'],
    entityIds: ['peacebuilding-commission', 'unifil', 'unmiss'],
  },
  {
    id: 'disaster-relief',
    label: 'Disaster relief and risk reduction',
    description: 'Humanitarian assistance and disaster relief (HADR), disaster risk reduction and resilience, natural hazards.',
    example: 'a seminar on Humanitarian Assistance and Disaster Relief for ASEAN',
    keywords: [
      'cyclone*', 'disaster*', 'earthquake*', 'hadr', 'humanitarian assistance and disaster relief', 'hurricane*',
      'search and rescue', 'tsunami*', 'typhoon*', 'wildfire*',
    ],
    weak: ['emergency response', 'flood*'],
    entityIds: ['cdri', 'sendai-framework'],
  },
  {
    id: 'humanitarian-assistance',
    label: 'Humanitarian assistance',
    description: 'Humanitarian aid and access in conflicts and crises, protection of civilians, relief agencies.',
    example: 'We urge Russia to ensure safe and unhindered humanitarian access to victims of its assault in Ukraine',
    keywords: ['humanitarian', 'life-saving assistance', 'lifesaving assistance', 'protection of civilians', 'relief supplies'],
    weak: ['civilians'],
    entityIds: ['icrc', 'ocha', 'unrwa'],
  },
  {
    id: 'climate',
    label: 'Climate change',
    description: 'Climate change mitigation and adaptation, emissions, net zero, climate finance, the UNFCCC and COPs.',
    example: 'resolved to maintain dialogue on the UN Framework Convention on Climate Change and other climate issues',
    keywords: [
      'carbon neutral*', 'climate*', 'decarboni*', 'emission*', 'ghg', 'global warming', 'greenhouse gas*', 'loss and damage',
      'low-carbon', 'methane', 'nationally determined contribution*', 'ndc', 'ndcs', 'net zero', 'net-zero',
    ],
    weak: ['adaptation', 'carbon', 'mitigation'],
    entityIds: [
      'cop-*', 'glasgow-climate-pact', 'global-methane-pledge', 'green-climate-fund', 'ipcc', 'jetp', 'kigali-amendment',
      'kyoto-protocol', 'major-economies-forum', 'paris-agreement', 'unfccc',
    ],
  },
  {
    id: 'energy',
    label: 'Energy',
    description: 'Energy security and transition: oil, gas and LNG, nuclear power, renewables, hydrogen, electricity grids.',
    example: 'The Ministers welcomed the close cooperation in civil nuclear energy',
    keywords: [
      'civil nuclear', 'coal', 'crude', 'electricity', 'energy', 'fossil fuel*', 'geothermal', 'hydrogen', 'liquefied natural gas',
      'lng', 'natural gas', 'nuclear power', 'nuclear reactor*', 'offshore wind', 'oil', 'petroleum', 'power grid*', 'power plant*',
      'reactor*', 'renewabl*', 'small modular reactor*', 'smr', 'smrs', 'solar', 'wind power',
    ],
    weak: ['batter*', 'fuel*', 'grid*'],
    entityIds: ['iea', 'international-solar-alliance', 'irena', 'jetp', 'opec'],
  },
  {
    id: 'environment-oceans',
    label: 'Environment, biodiversity and oceans',
    description: 'Biodiversity, oceans and marine conservation, fisheries and IUU fishing, pollution and plastics, forests, wildlife.',
    example: 'especially in maritime security, maritime safety, marine conservation and cybersecurity',
    keywords: [
      'biodiversity', 'circular economy', 'coral reef*', 'deforestation', 'desertification', 'ecosystem*', 'fisheries',
      'forest*', 'illegal, unreported and unregulated', 'iuu', 'land degradation', 'marine conservation', 'marine environment',
      'marine pollution', 'ocean*', 'plastic*', 'pollution', 'wildlife',
    ],
    weak: ['conservation', 'environment*', 'fishing', 'nature', 'waste', 'water'],
    entityIds: [
      'bbnj-agreement', 'convention-on-biological-diversity', 'ffa', 'fisheries-subsidies-agreement', 'gef', 'kmgbf',
      'mekong-river-commission', 'montreal-protocol', 'unep',
    ],
  },
  {
    id: 'trade-investment',
    label: 'Trade and investment',
    description: 'Trade agreements and rules, market access and tariffs, investment flows, business and commercial ties.',
    example: 'the long-standing and prosperous Japan-UK trade and investment relationship',
    keywords: [
      'economic partnership', 'fdi', 'foreign direct investment', 'free trade', 'investment*', 'investor*', 'level playing field',
      'market access', 'non-tariff', 'tariff*', 'trade', 'trading',
    ],
    weak: ['business*', 'commerc*', 'customs', 'export*', 'import*', 'subsid*'],
    entityIds: [
      'apep', 'cptpp', 'eu-japan-epa', 'ipef', 'korus', 'rcep', 'trade-and-technology-council', 'trade-facilitation-agreement',
      'uk-japan-cepa', 'usmca', 'wto',
    ],
    weakEntityIds: ['apec'],
  },
  {
    id: 'economic-security',
    label: 'Economic security',
    description: 'Economic coercion, export controls and investment screening, non-market practices, protection of sensitive technology.',
    example: 'to address non-market policies and practices as well as economic coercion',
    keywords: [
      'de-risking', 'dual-use', 'economic coercion', 'economic resilience', 'economic security', 'export control*',
      'forced technology transfer*', 'investment screening', 'non-market', 'outbound investment', 'overcapacity',
      'sensitive technolog*', 'weaponization of economic',
    ],
    weak: ['coerci*', 'technology transfer', 'technology leakage'],
  },
  {
    id: 'supply-chains-critical-minerals',
    label: 'Supply chains and critical minerals',
    description: 'Resilient and diversified supply chains, critical minerals and rare earths, battery materials.',
    example: 'the need to strengthen resilient and diverse supply chains of critical minerals',
    keywords: ['cobalt', 'critical mineral*', 'graphite', 'lithium', 'minerals', 'rare earth*', 'supply chain*', 'supply-chain*'],
    weak: ['diversif*', 'mineral', 'nickel'],
    entityIds: ['lobito-corridor', 'minerals-security-partnership'],
  },
  {
    id: 'semiconductors',
    label: 'Semiconductors',
    description: 'Semiconductors and chips: production, supply, research and export of chips and chipmaking equipment.',
    example: 'we intend to enhance cooperation on measures to advance transparency and communication in the semiconductor supply chain',
    keywords: ['chipmaking', 'chips', 'microelectronics', 'semiconductor*'],
    weak: ['chip', 'foundr*'],
  },
  {
    id: 'health',
    label: 'Health',
    description: 'Global health and health security: pandemics, COVID-19, vaccines, diseases, health systems and coverage.',
    example: 'invest in global health through vaccine manufacturing capacity worldwide',
    keywords: [
      'aids', 'antimicrobial resistance', 'amr', 'food and drug administration', 'coronavirus', 'covid*', 'diagnostics', 'disease*', 'ebola', 'epidemic*', 'health*',
      'hiv', 'malaria', 'medical', 'medicine*', 'mpox', 'pandemic*', 'pathogen*', 'polio', 'therapeutics', 'tuberculosis',
      'uhc', 'universal health coverage', 'vaccin*',
    ],
    entityIds: [
      'act-accelerator', 'cepi', 'covax', 'gavi', 'global-fund', 'global-health-security-agenda', 'international-health-regulations',
      'pandemic-agreement', 'pandemic-fund', 'pepfar', 'quad-vaccine-partnership', 'unaids', 'who', 'world-health-assembly',
    ],
  },
  {
    id: 'food-security',
    label: 'Food security and agriculture',
    description: 'Food security and nutrition, agriculture and fertilisers, grain exports, hunger and famine.',
    example: 'High energy and fertilizer prices are an additional constraint, making agriculture more difficult to practice profitably',
    keywords: [
      'agricultur*', 'crop*', 'famine', 'farmer*', 'fertiliser*', 'fertilizer*', 'food', 'foodstuffs', 'grain*', 'hunger',
      'malnutrition', 'nutrition', 'wheat',
    ],
    entityIds: [
      'black-sea-grain-initiative', 'fao', 'feed-the-future', 'grain-from-ukraine', 'ifad', 'tokyo-n4g-2021',
      'un-food-systems-summit-2021', 'wfp',
    ],
  },
  {
    id: 'human-rights',
    label: 'Human rights',
    description: 'Human rights and fundamental freedoms, abductions, arbitrary detention, forced labour, atrocities and accountability.',
    example: 'The Ministers also urged North Korea to end human rights violations immediately',
    keywords: [
      'abduct*', 'arbitrary detention', 'atrocit*', 'crimes against humanity', 'discriminat*', 'forced labor', 'forced labour',
      'freedom of assembly', 'freedom of expression', 'freedom of religion', 'fundamental freedoms', 'genocide', 'human rights',
      'lgbt*', 'media freedom', 'persons with disabilities', 'political prisoner*', 'press freedom', 'religious freedom', 'tibet*',
      'torture', 'uyghur*', 'war crimes', 'xinjiang',
    ],
    weak: ['dignity', 'indigenous', 'minorit*'],
    entityIds: ['cedaw', 'crc', 'crpd', 'rome-statute', 'udhr', 'un-human-rights-council'],
    weakEntityIds: ['icc'],
  },
  {
    id: 'women-peace-security',
    label: 'Women, peace and security; gender equality',
    description: 'The Women, Peace and Security agenda, sexual violence in conflict, gender equality and women’s empowerment.',
    example: 'to cooperate on Women, Peace and Security and the Preventing Sexual Violence in Conflict Initiative',
    keywords: [
      'empowerment of women', 'gender equality', 'gender-based violence', 'sexual violence', 'women, peace and security',
      'women and girls', 'women’s empowerment', 'women’s economic', 'wps',
    ],
    weak: ['gender', 'girls', 'women'],
    entityIds: ['beijing-declaration', 'cedaw', 'psvi', 'un-women', 'unsc-resolution-1325'],
  },
  {
    id: 'un-multilateral-reform',
    label: 'UN and multilateral reform',
    description: 'Reform of the UN and its Security Council, permanent membership, multilateralism and the work of UN bodies.',
    example: 'The Ministers emphasised the importance of UNSC reform',
    keywords: [
      'multilateral system', 'multilateralism', 'permanent member*', 'reform of the security council', 'reform of the united nations',
      'security council reform', 'un reform', 'unsc reform',
    ],
    weak: ['multilateral', 'non-permanent', 'reform*'],
    weakEntityIds: ['un', 'unga', 'unsc'],
  },
  {
    id: 'development',
    label: 'Development',
    description: 'Development cooperation and finance, ODA, the SDGs and 2030 Agenda, poverty reduction, development banks and agencies.',
    example: 'its commitment to spend 2% of GDP on defence as well as 0.7% of GNI on overseas development',
    keywords: [
      'developing countries', 'development assistance', 'development cooperation', 'development finance', 'least developed',
      'low-income', 'oda', 'overseas development', 'poverty', 'sdg', 'sdgs', 'sustainable development',
    ],
    weak: ['capacity building', 'capacity-building', 'development'],
    entityIds: [
      '2030-agenda', 'addis-ababa-action-agenda', 'adb', 'afdb', 'dfc', 'ebrd', 'eib', 'idb', 'jica', 'sdgs', 'undp', 'unido',
      'usaid', 'world-bank',
    ],
    weakEntityIds: ['unctad'],
  },
  {
    id: 'infrastructure',
    label: 'Infrastructure and connectivity',
    description: 'Quality infrastructure investment, transport corridors, ports and railways, undersea cables, connectivity.',
    example: 'deepening cooperation between the United States and Singapore on high quality infrastructure development in the region',
    keywords: [
      'corridor*', 'infrastructure', 'railway*', 'seaport*', 'smart cities', 'submarine cable*', 'undersea cable*',
    ],
    weak: ['bridges', 'connectivity', 'ports', 'rail', 'roads', 'transport*', 'urban'],
    entityIds: ['aiib', 'b3w', 'belt-and-road', 'blue-dot-network', 'cdri', 'global-gateway', 'imec', 'lobito-corridor', 'pgii'],
  },
  {
    id: 'global-economy-finance',
    label: 'Global economy and finance',
    description: 'Macroeconomic and financial stability, debt, tax, central banks and currencies, the IMF and the international financial architecture.',
    example: 'We reiterate our commitment to implement the G20 and Paris Club Common Framework for Debt Treatments',
    keywords: [
      'capital flows', 'central bank*', 'crypto*', 'currenc*', 'debt*', 'digital asset*', 'exchange rate*', 'financial inclusion',
      'financial stability', 'financial system*', 'fiscal', 'global minimum tax', 'inflation', 'macroeconomic', 'monetary',
      'multilateral development bank*', 'remittance*', 'special drawing rights', 'tax', 'taxation',
    ],
    weak: ['economic growth', 'financ*', 'global economy'],
    entityIds: ['dssi', 'fsb', 'g20-common-framework', 'imf', 'paris-club'],
  },
  {
    id: 'consular-people-to-people',
    label: 'Consular affairs and people-to-people ties',
    description: 'Consular cooperation and protection of nationals abroad, visas and travel, tourism, cultural and youth exchanges.',
    example: 'They planned to intensify bilateral consular cooperation in ensuring the safety of British and Japanese nationals overseas',
    keywords: [
      'consular', 'cultural exchange*', 'diaspora*', 'nationals overseas', 'people-to-people', 'sister cit*', 'tourism',
      'tourist*', 'visa', 'visas', 'working holiday', 'youth exchange*',
    ],
    weak: ['citizens', 'culture', 'exchanges', 'mobility', 'nationals', 'travel*'],
    entityIds: ['jet-programme', 'vienna-convention-consular'],
  },
  {
    id: 'education',
    label: 'Education',
    description: 'Education and skills, students and universities, scholarships and academic exchange.',
    example: 'Both countries aim to intensify cultural and educational exchanges through bilateral programs such as the Fulbright Program',
    keywords: [
      'academic*', 'education*', 'fellowship*', 'scholarship*', 'school*', 'stem', 'student*', 'teacher*', 'universit*', 'vocational',
    ],
    weak: ['skills', 'youth'],
    entityIds: ['fulbright', 'gpe', 'unesco', 'yseali'],
  },
  {
    id: 'major-events',
    label: 'Major events',
    description: 'Safety, security and cooperation for major sporting and international events: Olympic and Paralympic Games, World Cups, Expos.',
    example: 'cooperate for the safety and security of the 2020 Tokyo Olympic and Paralympic Games',
    keywords: ['expo', 'major events', 'olympic*', 'paralympic*', 'sporting event*', 'world cup', 'world expo'],
    weak: ['games'],
    entityIds: ['expo-*', 'fifa-world-cup-*', 'olympics-*', 'rugby-world-cup-*'],
  },
  {
    id: 'russia-ukraine',
    label: 'Russia and Ukraine',
    description: 'Russia’s war against Ukraine, support for Ukraine, Crimea and the Donbas, the Minsk agreements, sanctions on Russia.',
    example: 'reaffirmed their commitment to supporting Ukraine’s efforts towards political and economic stability',
    keywords: [
      'crimea*', 'donbas*', 'donbass', 'donetsk', 'kherson', 'luhansk', 'russia’s aggression', 'russia’s war', 'russian aggression',
      'ukrain*', 'war of aggression', 'zaporizhzhia',
    ],
    weak: ['belarus*', 'kremlin', 'moscow', 'russia*'],
    entityIds: ['budapest-memorandum', 'grain-from-ukraine', 'minsk-agreements', 'ukraine-defense-contact-group'],
  },
  {
    id: 'korean-peninsula',
    label: 'Korean Peninsula',
    description: 'North Korea’s nuclear and missile programmes, denuclearisation, UN sanctions on North Korea, the abductions issue, inter-Korean relations.',
    example: 'The Ministers expressed grave concern over North Korea’s continued development of nuclear and ballistic missile programmes',
    keywords: ['abductees', 'abductions issue', 'democratic people’s republic of korea', 'dprk', 'inter-korean', 'korean peninsula', 'north korea*', 'pyongyang'],
    entityIds: [
      'north-korea', 'six-party-joint-statement', 'six-party-talks', 'unsc-resolution-1695', 'unsc-resolution-1718',
      'unsc-resolution-1874', 'unsc-resolution-2087', 'unsc-resolution-2094', 'unsc-resolution-2270', 'unsc-resolution-2321',
      'unsc-resolution-2371', 'unsc-resolution-2375', 'unsc-resolution-2397',
    ],
  },
  {
    id: 'indo-pacific-regional-security',
    label: 'Indo-Pacific regional security',
    description: 'A free and open Indo-Pacific, the Taiwan Strait, unilateral changes to the status quo, ASEAN centrality and regional security architecture.',
    example: 'their opposition to any coercive or unilateral actions, such as large scale land reclamation, that could change the status quo',
    keywords: [
      'asean centrality', 'cross-strait', 'free and open indo-pacific', 'foip', 'indo-pacific', 'status quo', 'taiwan strait',
    ],
    weak: ['asia-pacific', 'east asia', 'pacific islands', 'regional security', 'regional stability', 'southeast asia*', 'taiwan', 'unilateral'],
    entityIds: ['admm', 'admm-plus', 'aoip', 'asean-regional-forum', 'boe-declaration', 'east-asia-summit', 'quad', 'treaty-of-amity-and-cooperation'],
    weakEntityIds: ['asean', 'pacific-islands-forum'],
  },
  {
    id: 'middle-east',
    label: 'Middle East',
    description: 'Conflicts and diplomacy in the Middle East: Israel and Gaza, Iran and its nuclear programme, Syria, Iraq, Yemen, Lebanon, the Red Sea.',
    example: 'to coordinate closely on developing approaches to tackle drivers of instability in the Middle East',
    keywords: [
      'gaza', 'hamas', 'hezbollah', 'houthi*', 'iran*', 'iraq*', 'israel*', 'jerusalem', 'lebanese', 'lebanon', 'middle east',
      'palestin*', 'syria*', 'two-state solution', 'west bank', 'yemen*',
    ],
    weak: ['gulf'],
    entityIds: ['abraham-accords', 'jcpoa', 'negev-forum', 'unifil', 'unrwa'],
    weakEntityIds: ['arab-league', 'gcc'],
  },
  {
    id: 'science-technology',
    label: 'Science, technology and innovation',
    description: 'Research and innovation cooperation, critical and emerging technologies, quantum, biotechnology, standards and talent.',
    example: 'to develop and apply existing and emerging technologies such as AI, quantum, and battery technologies',
    keywords: [
      'biotechnolog*', 'critical and emerging technolog*', 'emerging technolog*', 'innovation*', 'quantum', 'r&d',
      'research and development', 'science*', 'scientific', 'scientist*',
    ],
    weak: ['research*', 'standards', 'talent', 'technolog*'],
    entityIds: ['icet'],
  },
  {
    id: 'ai-emerging-technology',
    label: 'Artificial intelligence',
    description: 'Artificial intelligence: its governance and safety, research and use, including military AI.',
    example: 'the G7 Hiroshima AI Process',
    keywords: ['ai', 'artificial intelligence', 'frontier ai', 'generative ai', 'machine learning'],
    weak: ['algorithm*', 'autonomous'],
    entityIds: ['gpai', 'hiroshima-ai-process', 'hiroshima-code-of-conduct'],
  },
  {
    id: 'space',
    label: 'Space',
    description: 'Outer space: exploration, satellites, space situational awareness, the Moon and space law.',
    example: 'to deepen our partnership in outer space exploration',
    keywords: [
      'astronaut*', 'lunar', 'moon', 'outer space', 'satellite*', 'space debris', 'space exploration', 'space situational awareness',
      'spacecraft',
    ],
    weak: ['launch*', 'space'],
    entityIds: ['artemis-accords', 'artemis-program', 'iss', 'nasa', 'outer-space-treaty'],
  },
  {
    id: 'migration',
    label: 'Migration and refugees',
    description: 'Migration and its management, refugees and asylum, displaced people, human smuggling across borders.',
    example: 'We intend to expand efforts to address the root causes of irregular migration throughout our hemisphere',
    keywords: ['asylum', 'displaced', 'displacement', 'migra*', 'migrant*', 'refugee*', 'resettlement', 'stateless*'],
    weak: ['border management', 'borders'],
    entityIds: ['global-compact-migration', 'global-compact-refugees', 'iom', 'los-angeles-declaration', 'refugee-convention', 'unhcr'],
  },
  {
    id: 'law-enforcement-drugs',
    label: 'Law enforcement, crime and drugs',
    description: 'Drugs and narcotics, organised and transnational crime, trafficking and smuggling, money laundering, police cooperation.',
    example: 'implement an action plan to prevent the consumption and trafficking of synthetic drugs, specifically fentanyl and methamphetamines',
    keywords: [
      'cocaine', 'criminal justice', 'drug*', 'extradition', 'fentanyl', 'firearms trafficking', 'illicit finance', 'law enforcement',
      'money laundering', 'narcotic*', 'opioid*', 'organised crime', 'organized crime', 'police', 'policing', 'smuggl*',
      'synthetic drugs', 'traffick*', 'transnational crime',
    ],
    weak: ['border security', 'crime*', 'criminal*', 'illicit'],
    entityIds: ['fatf', 'interpol', 'unodc', 'untoc'],
  },
  {
    id: 'democracy-governance',
    label: 'Democracy and governance',
    description: 'Democracy and elections, good governance and anti-corruption, civil society, disinformation and foreign interference.',
    example: 'shared values of democracy, the rule of law, human rights, and open and transparent markets',
    keywords: [
      'anti-corruption', 'authoritarian*', 'civil society', 'corruption', 'democrac*', 'democratic', 'disinformation', 'election*',
      'electoral', 'fimi', 'foreign interference', 'good governance', 'information manipulation', 'misinformation',
    ],
    weak: ['accountab*', 'governance', 'rule of law', 'transparen*'],
    entityIds: ['freedom-online-coalition', 'uncac'],
  },
  {
    id: 'defence-cooperation-deterrence',
    label: 'Defence cooperation and deterrence',
    description: 'Alliances and defence partnerships, deterrence and force posture, military bases, defence agreements and the armed forces that carry them out.',
    example: 'the Acquisition and Cross-Servicing Agreement (ACSA), recognising it as an important pillar in the framework of security cooperation',
    keywords: [
      'defence alliance*', 'defence cooperation', 'defense alliance*', 'defense cooperation', 'deterren*', 'extended deterrence',
      'force posture', 'military alliance*', 'military cooperation', 'mutual defense', 'security alliance*', 'security cooperation',
      'security partnership', 'security treaty',
    ],
    weak: ['alliance', 'alliances', 'armed forces', 'base', 'bases', 'defence', 'defense', 'military', 'troops'],
    entityIds: [
      'acsa', 'anzus-treaty', 'british-armed-forces', 'csdp', 'edca', 'gsomia', 'information-security-agreement', 'jasdf', 'jgsdf', 'jmsdf',
      'jsdf', 'reciprocal-access-agreement', 'royal-air-force', 'security-consultative-committee', 'us-japan-security-treaty',
      'us-rok-mutual-defense-treaty',
    ],
    weakEntityIds: ['aukus', 'nato'],
  },
  {
    id: 'digital-connectivity',
    label: 'Digital economy and telecommunications',
    description: 'The digital economy and digital trade, data flows and privacy, telecommunications and 5G, the internet.',
    example: 'a new Memorandum of Cooperation on 5G Supplier Diversification and Open RAN',
    keywords: [
      '5g', '6g', 'cross-border data', 'data flows', 'data free flow', 'data protection', 'digital divide*', 'digital economy', 'digital trade', 'e-commerce',
      'ict', 'information and communications technolog*', 'internet', 'telecom*',
    ],
    weak: ['data', 'digital*', 'online', 'privacy'],
    entityIds: ['dfft', 'itu', 'open-ran'],
  },
]

/**
 * Phrases that match and count for no topic, so that the words inside them do not count either:
 * country names with "Democratic" in them are no evidence of democracy-governance.
 */
export const TOPIC_STOP_PHRASES: readonly string[] = [
  'democratic republic of',
  'democratic socialist republic',
  'federal democratic republic',
  'people’s democratic republic',
  'sahrawi arab democratic republic',
]
