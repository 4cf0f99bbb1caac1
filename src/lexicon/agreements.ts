// Treaties, conventions, agreements, declarations and frameworks named in outcome documents, for
// the entity finder. UN Security Council resolutions are found by pattern (extract/entities/resolutions.ts).
import type { LexiconEntry } from './organisations.js'

/** Agreements and treaties, sorted by id, one entry per line, each under a real phrase that names it. */
export const AGREEMENTS: readonly LexiconEntry[] = [
  // "In that sense, we remain committed to the implementation of the 2030 Agenda for Sustainable Development as it represents a balanced and comprehensive" (ph 2016-11-20)
  { id: '2030-agenda', kind: 'agreement', name: '2030 Agenda for Sustainable Development', variants: ['2030 Agenda', 'Agenda 2030'] },
  // "We reaffirm our support for the Abraham Accords and other peace and normalization arrangements" (wh 2022-07-14)
  { id: 'abraham-accords', kind: 'agreement', name: 'Abraham Accords', variants: [] },
  // "The Ministers welcomed progress made on the Acquisition and Cross-Servicing Agreement (ACSA), recognising it as an important pillar in" (seed)
  { id: 'acsa', kind: 'agreement', name: 'Acquisition and Cross-Servicing Agreement', variants: ['ACSA'] },
  // "our efforts to achieve the SDGs by 2030, including by supporting the Addis Ababa Action Agenda (AAAA) and aligning financial flows with the" (wh 2021-06-13)
  { id: 'addis-ababa-action-agenda', kind: 'agreement', name: 'Addis Ababa Action Agenda', variants: [] },
  // "independence, or security of either of our nations, under the ANZUS Treaty, the United States and Australia would consult" (wh 2023-10-25)
  { id: 'anzus-treaty', kind: 'agreement', name: 'ANZUS Treaty', variants: [] },
  // "our strong support for ASEAN’s unity and centrality as well as the ASEAN Outlook on the Indo-Pacific." (wh 2021-03-12)
  { id: 'aoip', kind: 'agreement', name: 'ASEAN Outlook on the Indo-Pacific', variants: ['AOIP'] },
  // "the past five years the United Nations system has produced a global Arms Trade Treaty, a pivotal global agreement on climate change, a" (ungdc AUS 2016)
  { id: 'arms-trade-treaty', kind: 'agreement', name: 'Arms Trade Treaty', variants: [] },
  // "aeronautics research and will cooperate towards the ROK signing the Artemis Accords." (wh 2021-05-21)
  { id: 'artemis-accords', kind: 'agreement', name: 'Artemis Accords', variants: [] },
  // "values and norms enshrined in the Charter of the United Nations, the ASEAN Charter, the Declaration on Zone of Peace, Freedom and" (wh 2022-05-13)
  { id: 'asean-charter', kind: 'agreement', name: 'ASEAN Charter', variants: [] },
  // "In the New Atlantic Charter signed in 2021, we underscored and refreshed" (wh 2023-06-08)
  { id: 'atlantic-charter', kind: 'agreement', name: 'New Atlantic Charter', variants: ['Atlantic Charter'] },
  // "Today the United States and the United Kingdom are announcing the Atlantic Declaration for a Twenty-First Century U.S.-UK Economic" (wh 2023-06-08)
  { id: 'atlantic-declaration', kind: 'agreement', name: 'Atlantic Declaration', variants: [] },
  // "marine biological diversity of areas beyond national jurisdiction (BBNJ) and call for its rapid entry into force and" (wh 2023-05-20)
  { id: 'bbnj-agreement', kind: 'agreement', name: 'Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction', variants: ['BBNJ Agreement', 'High Seas Treaty', 'BBNJ'] },
  // "this is our opportunity to give full meaning to the Beijing Declaration and Platform for Action, the most ambitious plan for the promotion of" (ungdc AND 2020)
  { id: 'beijing-declaration', kind: 'agreement', name: 'Beijing Declaration and Platform for Action', variants: [] },
  // "universalization, effective implementation, and strengthening of the Biological and Toxin Weapons Convention, as well as the Chemical Weapons" (wh 2023-05-20)
  { id: 'biological-weapons-convention', kind: 'agreement', name: 'Biological Weapons Convention', variants: ['Biological and Toxin Weapons Convention', 'BWC'] },
  // "of people in the Pacific region, including as reflected in the *Boe Declaration on Regional Security*." (wh 2022-09-29)
  { id: 'boe-declaration', kind: 'agreement', name: 'Boe Declaration on Regional Security', variants: ['Boe Declaration'] },
  // "(UNCAC), and those of the Council of Europe such as the Budapest Convention on Cybercrime, in the wide spectrum of cooperation by criminal" (wh 2023-05-20)
  { id: 'budapest-convention', kind: 'agreement', name: 'Convention on Cybercrime', variants: ['Budapest Convention', 'Budapest Convention on Cybercrime'] },
  // "The commitments made in the Helsinki Final Act and the Budapest Memorandum must be honoured and the full implementation of" (ungdc SWE 2018)
  { id: 'budapest-memorandum', kind: 'agreement', name: 'Budapest Memorandum', variants: [] },
  // "Council next November and to a review of its compliance with the Convention on the Elimination of All Forms of Discrimination against Women." (ungdc GTM 2017)
  { id: 'cedaw', kind: 'agreement', name: 'Convention on the Elimination of All Forms of Discrimination against Women', variants: ['CEDAW'] },
  // "of the Biological and Toxin Weapons Convention, as well as the Chemical Weapons Convention." (wh 2023-05-20)
  { id: 'chemical-weapons-convention', kind: 'agreement', name: 'Chemical Weapons Convention', variants: ['CWC'] },
  // "Croatia was proud to preside over the first Review Conference of the Convention on Cluster Munitions, which is among the most insidious types of" (ungdc HRV 2015)
  { id: 'cluster-munitions-convention', kind: 'agreement', name: 'Convention on Cluster Munitions', variants: [] },
  // "of Parties and the early conclusion of negotiations to establish a Code of Conduct in the South China Sea." (seed)
  { id: 'code-of-conduct-scs', kind: 'agreement', name: 'Code of Conduct in the South China Sea', variants: ['Code of Conduct for the South China Sea', 'COC'] },
  // "Ahead of the 15th Conference of the Parties of the Convention on Biological Diversity (CBD COP15), the 26th UN Climate Change" (wh 2021-06-13)
  { id: 'convention-on-biological-diversity', kind: 'agreement', name: 'Convention on Biological Diversity', variants: ['CBD'] },
  // "in both bilateral and multilateral trade agreements, such as the Comprehensive and Progressive Agreement for Trans-Pacific Partnership, which unites 11 countries on both shores of the" (ungdc CHL 2018)
  { id: 'cptpp', kind: 'agreement', name: 'Comprehensive and Progressive Agreement for Trans-Pacific Partnership', variants: ['CPTPP'] },
  // "the United Nations Convention on the Rights of the Child;" (wh 2022-06-10)
  { id: 'crc', kind: 'agreement', name: 'Convention on the Rights of the Child', variants: [] },
  // "will step up our action for the implementation of the United Nations Convention on the Rights of Persons with Disabilities" (wh 2024-06-14)
  { id: 'crpd', kind: 'agreement', name: 'Convention on the Rights of Persons with Disabilities', variants: [] },
  // "condemn any threats to do so, and emphasize that bringing the Comprehensive Nuclear-Test-Ban Treaty (CTBT) into force is another urgent" (wh 2023-05-19)
  { id: 'ctbt', kind: 'agreement', name: 'Comprehensive Nuclear-Test-Ban Treaty', variants: ['Comprehensive Nuclear Test Ban Treaty', 'Comprehensive Test Ban Treaty', 'CTBT'] },
  // "They also supported the full and effective implementation of the 2002 Declaration on the Conduct of Parties and the early conclusion of negotiations to" (seed)
  { id: 'declaration-on-conduct-scs', kind: 'agreement', name: 'Declaration on the Conduct of Parties in the South China Sea', variants: ['2002 Declaration on the Conduct of Parties in the South China Sea', '2002 Declaration on the Conduct of Parties', 'Declaration on the Conduct of Parties', 'Declaration of the Conduct of Parties in the South China Sea', '2002 Declaration of the Conduct of Parties in the South China Sea'] },
  // "the identification of new sites pursuant to the U.S.-Philippines Enhanced Defense Cooperation Agreement, which will strengthen Philippine security and" (wh 2023-05-01)
  { id: 'edca', kind: 'agreement', name: 'Enhanced Defense Cooperation Agreement', variants: ['EDCA'] },
  // "reaffirmed the importance of a highly ambitious and comprehensive EU-Japan Economic Partnership Agreement to boost global" (seed)
  { id: 'eu-japan-epa', kind: 'agreement', name: 'EU-Japan Economic Partnership Agreement', variants: ['Japan-EU Economic Partnership Agreement', 'EU-Japan EPA', 'Japan-EU EPA'] },
  // "We welcome the WTO multilateral Agreement on Fisheries Subsidies and encourage its rapid entry into" (wh 2022-11-16)
  { id: 'fisheries-subsidies-agreement', kind: 'agreement', name: 'Agreement on Fisheries Subsidies', variants: ['WTO Agreement on Fisheries Subsidies', 'Fisheries Subsidies Agreement'] },
  // "announcement to join the Japan-led “Fissile Material Cut-off Treaty Friends”" (wh 2024-04-10)
  { id: 'fmct', kind: 'agreement', name: 'Fissile Material Cut-off Treaty', variants: ['Fissile Material Cutoff Treaty', 'FMCT'] },
  // "of promoting debt sustainability and transparency under the G20 Common Framework." (wh 2022-05-23)
  { id: 'g20-common-framework', kind: 'agreement', name: 'Common Framework for Debt Treatments beyond the DSSI', variants: ['G20 Common Framework', 'Common Framework'] },
  // "the Geneva Conventions of 1949 and International Humanitarian" (wh 2022-06-10)
  { id: 'geneva-conventions', kind: 'agreement', name: 'Geneva Conventions', variants: [] },
  // "subsidies that encourage wasteful consumption, recalling the Glasgow Climate Pact and APEC Leaders’ commitment to this" (wh 2022-05-31)
  { id: 'glasgow-climate-pact', kind: 'agreement', name: 'Glasgow Climate Pact', variants: [] },
  // "the vision set forth in the Global Compact on Refugees and the Global Compact for Safe, Orderly and Regular Migration (GCM) anchored in the 2030 Agenda for" (wh 2022-06-10)
  { id: 'global-compact-migration', kind: 'agreement', name: 'Global Compact for Safe, Orderly and Regular Migration', variants: ['Global Compact for Migration'] },
  // "international commitments and advances the vision set forth in the Global Compact on Refugees and the Global Compact for Safe, Orderly and" (wh 2022-06-10)
  { id: 'global-compact-refugees', kind: 'agreement', name: 'Global Compact on Refugees', variants: [] },
  // "We are proud of the achievements of the Belfast/Good Friday Agreement, and we remain fully committed to its three" (wh 2021-06-10)
  { id: 'good-friday-agreement', kind: 'agreement', name: 'Belfast/Good Friday Agreement', variants: ['Good Friday Agreement', 'Belfast Agreement'] },
  // (not in our corpus) the Japan–ROK and other military-information agreements, usually printed as "GSOMIA"
  { id: 'gsomia', kind: 'agreement', name: 'General Security of Military Information Agreement', variants: ['GSOMIA'] },
  // "the principles enshrined in the Charter of the United Nations, the Helsinki Final Act and other Organization for Security and" (ungdc BIH 2019)
  { id: 'helsinki-final-act', kind: 'agreement', name: 'Helsinki Final Act', variants: [] },
  // "Recognizing the commitments made in the Atlantic Declaration and the Hiroshima Accord, and as the Indo-Pacific and Euro-Atlantic" (wh 2024-04-10)
  { id: 'hiroshima-accord', kind: 'agreement', name: 'Hiroshima Accord', variants: [] },
  // "Principles for Organizations Developing Advanced AI Systems and the Hiroshima Process International Code of Conduct for Organizations Developing Advanced AI Systems" (wh 2023-10-30)
  { id: 'hiroshima-code-of-conduct', kind: 'agreement', name: 'Hiroshima Process International Code of Conduct for Organizations Developing Advanced AI Systems', variants: ['Hiroshima Process International Code of Conduct', 'International Code of Conduct for Organizations Developing Advanced AI Systems'] },
  // "in information sharing and analysis since the establishment of the Information Security Agreement." (seed)
  { id: 'information-security-agreement', kind: 'agreement', name: 'Information Security Agreement', variants: [] },
  // "and partners accelerate implementation of, and compliance with, the International Health Regulations" (wh 2021-06-10)
  { id: 'international-health-regulations', kind: 'agreement', name: 'International Health Regulations', variants: ['IHR'] },
  // "and New Zealand look forward to working together to progress the Indo-Pacific Economic Framework for Prosperity (IPEF), alongside 12 other founding" (wh 2022-05-31)
  { id: 'ipef', kind: 'agreement', name: 'Indo-Pacific Economic Framework for Prosperity', variants: ['Indo-Pacific Economic Framework', 'IPEF'] },
  // "We welcome the substantive discussions between Joint Comprehensive Plan of Action (JCPoA) participants, and separately with the" (wh 2021-06-13)
  { id: 'jcpoa', kind: 'agreement', name: 'Joint Comprehensive Plan of Action', variants: ['JCPOA'] },
  // "that my country has just deposited its ratification of the 2016 Kigali Amendment to the Montreal Protocol, which aims to prevent" (ungdc CHL 2017)
  { id: 'kigali-amendment', kind: 'agreement', name: 'Kigali Amendment', variants: [] },
  // "24.We welcome the adoption of the historic Kunming-Montreal Global Biodiversity Framework (GBF) to halt and reverse biodiversity loss by" (wh 2023-05-20)
  { id: 'kmgbf', kind: 'agreement', name: 'Kunming-Montreal Global Biodiversity Framework', variants: ['Global Biodiversity Framework', 'KMGBF', 'GBF'] },
  // "committed to address trade concerns through the committees of the U.S.-Korea Free Trade Agreement and other relevant channels, including for" (wh 2023-04-26)
  { id: 'korus', kind: 'agreement', name: 'U.S.-Korea Free Trade Agreement', variants: ['KORUS FTA', 'KORUS'] },
  // "Paris Agreement on Climate Change of 2015, which is based on the Kyoto Protocol to the United Nations Framework Convention on" (ungdc ALB 2018)
  { id: 'kyoto-protocol', kind: 'agreement', name: 'Kyoto Protocol', variants: [] },
  // "made by twenty-one countries in the hemisphere pursuant to the Los Angeles Declaration on Migration and Protection, we are taking immediate and coordinated steps" (wh 2022-07-12)
  { id: 'los-angeles-declaration', kind: 'agreement', name: 'Los Angeles Declaration on Migration and Protection', variants: ['Los Angeles Declaration'] },
  // "The Anti-Personnel Mine Ban Convention remains as relevant as" (ungdc NOR 2019)
  { id: 'mine-ban-convention', kind: 'agreement', name: 'Anti-Personnel Mine Ban Convention', variants: ['Ottawa Convention', 'Mine Ban Treaty'] },
  // "for a peaceful settlement through the full implementation of the Minsk process;" (seed)
  { id: 'minsk-agreements', kind: 'agreement', name: 'Minsk agreements', variants: ['Minsk Agreements', 'Minsk agreement', 'Minsk Agreement', 'Minsk Protocol', 'Minsk process'] },
  // "Together, we are committed to supporting the Montreal Protocol Multilateral Fund’s work to enhance support for" (wh 2023-10-25)
  { id: 'montreal-protocol', kind: 'agreement', name: 'Montreal Protocol', variants: [] },
  // "The recent extension of the New START Treaty exemplifies our commitment to nuclear arms" (wh 2021-06-16)
  { id: 'new-start', kind: 'agreement', name: 'New START Treaty', variants: ['New START'] },
  // "and to return to the Treaty on the Non-Proliferation of Nuclear Weapons (NPT) and IAEA" (seed)
  { id: 'npt', kind: 'agreement', name: 'Treaty on the Non-Proliferation of Nuclear Weapons', variants: ['Treaty on the Nonproliferation of Nuclear Weapons', 'Nuclear Non-Proliferation Treaty', 'Nuclear Nonproliferation Treaty', 'Non-Proliferation Treaty', 'Nonproliferation Treaty', 'NPT'] },
  // "of outer space, upholding existing legal frameworks including the Outer Space Treaty." (wh 2024-06-14)
  { id: 'outer-space-treaty', kind: 'agreement', name: 'Outer Space Treaty', variants: [] },
  // "amendments to International Health Regulations and progress on a Pandemic Agreement." (ungdc PHL 2024)
  { id: 'pandemic-agreement', kind: 'agreement', name: 'WHO Pandemic Agreement', variants: ['Pandemic Agreement'] },
  // "They welcomed the conclusion of the Paris Agreement, a historic turning point in the fight against" (seed)
  { id: 'paris-agreement', kind: 'agreement', name: 'Paris Agreement', variants: ['Paris Climate Agreement'], foldCase: true },
  // "our support for the nuclear nonproliferation regime, including the South Pacific Nuclear Free Zone Treaty and the Nuclear Non-Proliferation" (wh 2022-09-29)
  { id: 'rarotonga-treaty', kind: 'agreement', name: 'South Pacific Nuclear Free Zone Treaty', variants: ['Treaty of Rarotonga'] },
  // "as ASEAN-Japan Comprehensive Economic Partnership (AJCEP), and the Regional Comprehensive Economic Partnership (RCEP) which also serve to lead regional" (ph 2015-06-04)
  { id: 'rcep', kind: 'agreement', name: 'Regional Comprehensive Economic Partnership', variants: ['RCEP'] },
  // "We applaud the implementation of the Australia-Japan Reciprocal Access Agreement, which has already deepened exercise" (wh 2023-10-25)
  { id: 'reciprocal-access-agreement', kind: 'agreement', name: 'Reciprocal Access Agreement', variants: ['RAA'] },
  // "The United Nations 1951 Refugee Convention;" (wh 2022-06-10)
  { id: 'refugee-convention', kind: 'agreement', name: 'Convention relating to the Status of Refugees', variants: ['1951 Refugee Convention', 'Refugee Convention'] },
  // "to work for them An example of such efforts is the amendments to the Rome Statute of the International Criminal Court." (ungdc BEL 2017)
  { id: 'rome-statute', kind: 'agreement', name: 'Rome Statute of the International Criminal Court', variants: ['Rome Statute'] },
  // "We also note the direct relevance of a number of the Sustainable Development Goals (SDGs) for food security and poverty" (ph 2016-11-20)
  { id: 'sdgs', kind: 'agreement', name: 'Sustainable Development Goals', variants: ['SDGs'] },
  // "1982 United Nations Convention on the Law of the Sea (UNCLOS), the Treaty on the Southeast Asia Nuclear Weapon-Free Zone (SEANWFZ) and the ASEAN Outlook" (wh 2022-05-13)
  { id: 'seanwfz-treaty', kind: 'agreement', name: 'Treaty on the Southeast Asia Nuclear Weapon-Free Zone', variants: ['SEANWFZ Treaty', 'SEANWFZ', 'Bangkok Treaty'] },
  // "international disaster risk reduction cooperation in line with the Sendai Framework for Disaster Risk Reduction 2015-2030 and the output of its midterm review" (wh 2023-05-20)
  { id: 'sendai-framework', kind: 'agreement', name: 'Sendai Framework for Disaster Risk Reduction', variants: ['Sendai Framework'] },
  // "freedoms and high degree of autonomy for Hong Kong enshrined in the Sino-British Joint Declaration and the Basic" (wh 2021-06-13)
  { id: 'sino-british-joint-declaration', kind: 'agreement', name: 'Sino-British Joint Declaration', variants: [] },
  // "to comply with all relevant UN Security Council resolutions and the 2005 Six-Party Talks Joint Statement;" (seed)
  { id: 'six-party-joint-statement', kind: 'agreement', name: '2005 Six-Party Talks Joint Statement', variants: ['Six-Party Talks Joint Statement', 'Joint Statement of the Six-Party Talks', 'September 2005 Joint Statement'] },
  // "the Non-Proliferation of Nuclear Weapons and their opposition to the Treaty on the Prohibition of Nuclear Weapons, which does not reflect the increasingly" (wh 2022-12-01)
  { id: 'tpnw', kind: 'agreement', name: 'Treaty on the Prohibition of Nuclear Weapons', variants: ['TPNW'] },
  // "progress made by economies in notifying their acceptance of the WTO Trade Facilitation Agreement (TFA) and support its entry into force at the" (ph 2016-11-20)
  { id: 'trade-facilitation-agreement', kind: 'agreement', name: 'Trade Facilitation Agreement', variants: [] },
  // "Declaration on Zone of Peace, Freedom and Neutrality (ZOPFAN), the Treaty of Amity and Cooperation in Southeast Asia (TAC), the 1982 United Nations Convention on the" (wh 2022-05-13)
  { id: 'treaty-of-amity-and-cooperation', kind: 'agreement', name: 'Treaty of Amity and Cooperation in Southeast Asia', variants: ['Treaty of Amity and Cooperation'] },
  // "to upholding human rights and dignity of all, as set out in the Universal Declaration of Human Rights, so that everyone can participate fully and" (wh 2023-05-20)
  { id: 'udhr', kind: 'agreement', name: 'Universal Declaration of Human Rights', variants: ['UDHR'] },
  // (not in our corpus) the 2020 trade agreement that followed the EU-Japan EPA for the UK
  { id: 'uk-japan-cepa', kind: 'agreement', name: 'UK-Japan Comprehensive Economic Partnership Agreement', variants: ['Japan-UK Comprehensive Economic Partnership Agreement', 'UK-Japan CEPA', 'Japan-UK CEPA'] },
  // "1982 United Nations Convention on the Law of the Sea (UNCLOS), the UN Charter and other relevant international" (ph 2016-10-26)
  { id: 'un-charter', kind: 'agreement', name: 'Charter of the United Nations', variants: ['UN Charter'] },
  // "as the UN Convention against Transnational Organized Crime and the UN Convention against Corruption (UNCAC), and those of the Council of Europe such" (wh 2023-05-20)
  { id: 'uncac', kind: 'agreement', name: 'United Nations Convention against Corruption', variants: ['UN Convention against Corruption', 'UNCAC'] },
  // "recognised principles of international law, including the United Nations Convention on the Law of the Sea" (seed)
  { id: 'unclos', kind: 'agreement', name: 'United Nations Convention on the Law of the Sea', variants: ['UN Convention on the Law of the Sea', 'Law of the Sea Convention', 'UNCLOS'] },
  // "the United Nations Convention against Transnational Organized Crime;" (wh 2022-06-10)
  { id: 'untoc', kind: 'agreement', name: 'United Nations Convention against Transnational Organized Crime', variants: ['UN Convention against Transnational Organized Crime', 'UNTOC', 'Palermo Convention'] },
  // "its unwavering support for Japan’s defense under the U.S.-Japan Treaty of Mutual Cooperation and Security, using its full range of capabilities, including" (wh 2021-04-16)
  { id: 'us-japan-security-treaty', kind: 'agreement', name: 'Treaty of Mutual Cooperation and Security between Japan and the United States', variants: ['Treaty of Mutual Cooperation and Security', 'U.S.-Japan Security Treaty', 'Japan-U.S. Security Treaty', 'U.S.-Japan Treaty of Mutual Cooperation and Security'] },
  // "possible their commitment to the combined defense posture under the U.S.-ROK Mutual Defense Treaty." (wh 2023-04-26)
  { id: 'us-rok-mutual-defense-treaty', kind: 'agreement', name: 'U.S.-ROK Mutual Defense Treaty', variants: ['ROK-U.S. Mutual Defense Treaty', 'U.S.-Republic of Korea Mutual Defense Treaty'] },
  // "relationship, they reaffirmed their shared commitment to the United States-Mexico-Canada Agreement (USMCA) as a driver for North American" (wh 2021-03-01)
  { id: 'usmca', kind: 'agreement', name: 'United States-Mexico-Canada Agreement', variants: ['USMCA'] },
  // "under the Vienna Convention on Diplomatic Relations and the Vienna Convention on Consular Relations." (wh 2024-06-14)
  { id: 'vienna-convention-consular', kind: 'agreement', name: 'Vienna Convention on Consular Relations', variants: [] },
  // "We call on China to act in accordance with its obligations under the Vienna Convention on Diplomatic Relations and the Vienna Convention on Consular relations," (wh 2023-05-20)
  { id: 'vienna-convention-diplomatic', kind: 'agreement', name: 'Vienna Convention on Diplomatic Relations', variants: [] },
  // "the ASEAN Charter, the Declaration on Zone of Peace, Freedom and Neutrality (ZOPFAN), the Treaty of Amity and Cooperation in Southeast Asia (TAC)" (wh 2022-05-13)
  { id: 'zopfan', kind: 'agreement', name: 'Declaration on the Zone of Peace, Freedom and Neutrality', variants: ['Declaration on Zone of Peace, Freedom and Neutrality', 'ZOPFAN'] },
]
