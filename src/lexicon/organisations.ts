// International organisations, alliances, groupings, agencies and armed services named in outcome
// documents, for the entity finder (src/extract/entities). Also declares the shape of every entry
// of the named-entity lexicons (organisations, agreements, programmes).
import type { EntityKind } from '../core/item.js'

/**
 * One named thing the entity finder knows. The canonical name and every variant are matched as
 * printed (case-sensitive), except that the finder also accepts: "UN" / "U.N." / "United Nations"
 * for one another; British and American spellings of Defence, Organisation, Programme and Centre;
 * straight or curly apostrophes; a hyphen or a space between words; any run of white space.
 */
export interface LexiconEntry {
  /** Stable kebab-case id ("unsc"); topics refer to entries by it. */
  id: string
  kind: Exclude<EntityKind, 'country'>
  /** Canonical full name: "United Nations Security Council". */
  name: string
  /** Other printed forms: short names and abbreviations ("UN Security Council", "UNSC"). */
  variants: readonly string[]
  /** Also match each word with its first letter in the other case ("Paris agreement"). */
  foldCase?: boolean
}

/** Organisations, sorted by id, one entry per line, each under a real phrase that names it. */
export const ORGANISATIONS: readonly LexiconEntry[] = [
  // "Investment in Regions and Cities, prepared with the support of the Asian Development Bank" (wh 2022-11-16)
  { id: 'adb', kind: 'organisation', name: 'Asian Development Bank', variants: ['ADB'] },
  // "frameworks such as ASEAN, including the ASEAN Regional Forum (ARF), ASEAN Defense Ministers' Meeting (ADMM), and ASEAN Defense Ministers' Meeting" (ph 2015-06-04)
  { id: 'admm', kind: 'organisation', name: 'ASEAN Defence Ministers’ Meeting', variants: ['ADMM'] },
  // "Meeting (ADMM), and ASEAN Defense Ministers' Meeting Plus (ADMM Plus), and the East Asia Summit (EAS) as well as of" (ph 2015-06-04)
  { id: 'admm-plus', kind: 'organisation', name: 'ASEAN Defence Ministers’ Meeting-Plus', variants: ['ASEAN Defence Ministers’ Meeting Plus', 'ADMM-Plus'] },
  // "Institutions (IFI) Action Plan to Address Food Insecurity and the African Development Bank’s African Emergency Food Production" (wh 2022-12-15)
  { id: 'afdb', kind: 'organisation', name: 'African Development Bank', variants: ['AfDB'] },
  // "We support the efforts of the African Union and Economic Economic Community of West African" (wh 2021-06-13)
  { id: 'african-union', kind: 'organisation', name: 'African Union', variants: [] },
  // "We have set up the Asian Infrastructure Investment Bank and the Silk Road Fund, thereby building the" (ungdc CHN 2022)
  { id: 'aiib', kind: 'organisation', name: 'Asian Infrastructure Investment Bank', variants: ['AIIB'] },
  // "The Philippine hosting of the Asia-Pacific Economic Cooperation (APEC) this year will play a major role in" (ph 2015-06-04)
  { id: 'apec', kind: 'organisation', name: 'Asia-Pacific Economic Cooperation', variants: ['APEC'] },
  // "the auspice of the UN in coordination with the African Union and the Arab League." (wh 2023-05-20)
  { id: 'arab-league', kind: 'organisation', name: 'League of Arab States', variants: ['Arab League'] },
  // "Finland currently chairs the Arctic Council, and combating climate change is one of our" (ungdc FIN 2017)
  { id: 'arctic-council', kind: 'organisation', name: 'Arctic Council', variants: [] },
  // "a seminar on Humanitarian Assistance and Disaster Relief for ASEAN to be held in the Philippines in January" (seed)
  { id: 'asean', kind: 'organisation', name: 'Association of Southeast Asian Nations', variants: ['ASEAN'] },
  // "the role of regional frameworks such as ASEAN, including the ASEAN Regional Forum (ARF), ASEAN Defense Ministers' Meeting (ADMM)," (ph 2015-06-04)
  { id: 'asean-regional-forum', kind: 'organisation', name: 'ASEAN Regional Forum', variants: ['ARF'] },
  // "the creation of an enhanced trilateral security partnership called “AUKUS” — Australia, the United Kingdom, and the United" (wh 2021-09-15)
  { id: 'aukus', kind: 'organisation', name: 'AUKUS', variants: [] },
  // "for publishing the new controls on biotechnologies decided in the Australia Group in" (wh 2023-05-31)
  { id: 'australia-group', kind: 'organisation', name: 'Australia Group', variants: [] },
  // "that it is precisely now that the Non-Aligned Movement and the BRICS countries — Brazil, Russia, India, China and" (ungdc BLR 2022)
  { id: 'brics', kind: 'organisation', name: 'BRICS', variants: [] },
  // "and exercises between the Japanese Self-Defence Forces and the British Armed Forces including the visit by the Royal Air Force (RAF)" (seed)
  { id: 'british-armed-forces', kind: 'organisation', name: 'British Armed Forces', variants: ['UK Armed Forces', 'UK armed forces', 'British armed forces'] },
  // "within the limited capacity of our respective States members of the Caribbean Community." (ungdc ATG 2015)
  { id: 'caricom', kind: 'organisation', name: 'Caribbean Community', variants: ['CARICOM'] },
  // "and resilient clean-energy supply chains, and will strengthen the Coalition for Disaster Resilient Infrastructure and climate information" (wh 2021-09-24)
  { id: 'cdri', kind: 'organisation', name: 'Coalition for Disaster Resilient Infrastructure', variants: ['CDRI'] },
  // "World Health Organisation (WHO), the World Trade Organisation (WTO), Coalition for Epidemic Preparedness Innovations (CEPI), Gavi, UNICEF and other partners such as" (wh 2021-06-13)
  { id: 'cepi', kind: 'organisation', name: 'Coalition for Epidemic Preparedness Innovations', variants: ['CEPI'] },
  // "India’s decision to take on a future leadership role in the Combined Maritime Forces naval task force to help secure sea lanes in the" (wh 2025-02-13)
  { id: 'combined-maritime-forces', kind: 'organisation', name: 'Combined Maritime Forces', variants: [] },
  // "also acknowledged bilateral cooperation during Japan’s command of Combined Task Force 151 for counter-piracy" (seed)
  { id: 'combined-task-force-151', kind: 'organisation', name: 'Combined Task Force 151', variants: ['CTF 151', 'CTF-151', 'CTF151'] },
  // "the immediate commencement of long-overdue negotiations within the Conference on Disarmament of a treaty banning the production of fissile" (wh 2024-06-14)
  { id: 'conference-on-disarmament', kind: 'organisation', name: 'Conference on Disarmament', variants: [] },
  // "this context, we welcome the establishment, in the framework of the Council of Europe and to meet the request from the UN General" (wh 2023-05-19)
  { id: 'council-of-europe', kind: 'organisation', name: 'Council of Europe', variants: [] },
  // "We further underscore the essential role of the CTBTO Preparatory Commission in detecting and" (wh 2023-05-19)
  { id: 'ctbto', kind: 'organisation', name: 'Comprehensive Nuclear-Test-Ban Treaty Organization', variants: ['CTBTO'] },
  // "Senegal through the Fondation Institut Pasteur de Dakar (IPD) by the U.S. International Development Finance Corporation (DFC) and Team Europe, including the European" (wh 2021-09-22)
  { id: 'dfc', kind: 'organisation', name: 'U.S. International Development Finance Corporation', variants: ['International Development Finance Corporation', 'Development Finance Corporation', 'DFC'] },
  // "and ASEAN Defense Ministers' Meeting Plus (ADMM Plus), and the East Asia Summit (EAS) as well as of relevant international" (ph 2015-06-04)
  { id: 'east-asia-summit', kind: 'organisation', name: 'East Asia Summit', variants: ['EAS'] },
  // "including the International Monetary Fund, the World Bank and the European Bank for Reconstruction and Development." (wh 2022-03-11)
  { id: 'ebrd', kind: 'organisation', name: 'European Bank for Reconstruction and Development', variants: ['EBRD'] },
  // "Kiribati welcomes the endorsement of our LDC status by the United Nations Economic and Social Council (ECOSOC) given the continued vulnerabilities we" (ungdc KIR 2024)
  { id: 'ecosoc', kind: 'organisation', name: 'United Nations Economic and Social Council', variants: ['UN Economic and Social Council', 'ECOSOC'] },
  // "We support the efforts of the African Union and Economic Economic Community of West African States (ECOWAS) in response to recent events in Chad" (wh 2021-06-13)
  { id: 'ecowas', kind: 'organisation', name: 'Economic Community of West African States', variants: ['ECOWAS'] },
  // "Development Finance Corporation (DFC) and Team Europe, including the European Investment Bank (EIB) and development finance institutions in EU" (wh 2021-09-22)
  { id: 'eib', kind: 'organisation', name: 'European Investment Bank', variants: ['EIB'] },
  // "UK also expressed support for future Japanese engagement with the EU on Common Security and Defence Policy" (seed)
  { id: 'eu', kind: 'organisation', name: 'European Union', variants: ['EU', 'E.U.'] },
  // "Trade Representative Katherine Tai, European Commission Executive Vice President Margrethe Vestager," (wh 2021-09-29)
  { id: 'european-commission', kind: 'organisation', name: 'European Commission', variants: [] },
  // "*Today, the Leaders of Canada, the European Commission, the European Council, France, Germany, Italy, Japan, the Netherlands," (wh 2022-11-15)
  { id: 'european-council', kind: 'organisation', name: 'European Council', variants: [] },
  // "I also wish to thank the European Parliament and to recall the resolution it" (ungdc ARM 2015)
  { id: 'european-parliament', kind: 'organisation', name: 'European Parliament', variants: [] },
  // "We call for an extraordinary session of the Council of the Food and Agriculture Organization (FAO) to address the consequences on world food" (wh 2022-03-24)
  { id: 'fao', kind: 'organisation', name: 'Food and Agriculture Organization of the United Nations', variants: ['Food and Agriculture Organization', 'FAO'] },
  // "that uneven global implementation of the standards of the Financial Action Task Force (FATF) to virtual assets and virtual asset" (wh 2021-10-14)
  { id: 'fatf', kind: 'organisation', name: 'Financial Action Task Force', variants: ['FATF'] },
  // "scaled the program across the Indo-Pacific region—through the Pacific Islands Forum Fisheries Agency, with partners in Southeast Asia, to the" (wh 2024-09-21)
  { id: 'ffa', kind: 'organisation', name: 'Pacific Islands Forum Fisheries Agency', variants: ['Forum Fisheries Agency'] },
  // "the Declaration for the Future of the Internet, and members of the Freedom Online Coalition, the Open Government Partnership, and the Global" (wh 2022-05-31)
  { id: 'freedom-online-coalition', kind: 'organisation', name: 'Freedom Online Coalition', variants: [] },
  // "the need to reinforce global financial system resilience and ask the Financial Stability Board (FSB) and IMF to continue their monitoring" (wh 2022-11-16)
  { id: 'fsb', kind: 'organisation', name: 'Financial Stability Board', variants: ['FSB'] },
  // "We also welcome the efforts underway through the G20/OECD Inclusive Framework to address the tax" (wh 2021-06-10)
  { id: 'g20', kind: 'organisation', name: 'G20', variants: ['G-20', 'Group of Twenty'] },
  // "The UK looked forward to working closely with Japan in its 2016 G7 Presidency, for a successful G7 Ise Shima" (seed)
  { id: 'g7', kind: 'organisation', name: 'G7', variants: ['G-7', 'Group of Seven'] },
  // "initiatives, in particular COVAX and its partner organisations CEPI, Gavi, UNICEF and" (wh 2021-06-10)
  { id: 'gavi', kind: 'organisation', name: 'Gavi, the Vaccine Alliance', variants: ['Gavi', 'GAVI'] },
  // "16, 2022, to link the electricity networks of Saudi Arabia and the Gulf Cooperation Council countries to the Iraqi grid, in order to provide" (wh 2022-07-15)
  { id: 'gcc', kind: 'organisation', name: 'Gulf Cooperation Council', variants: ['GCC'] },
  // "We commit to supporting the establishment of the GBF Fund within the Global Environment Facility (GEF) and its successful launch at the GEF" (wh 2023-05-20)
  { id: 'gef', kind: 'organisation', name: 'Global Environment Facility', variants: ['GEF'] },
  // "The two Presidents commend the historic efforts of the Global Coalition to Defeat ISIS." (wh 2021-10-29)
  { id: 'global-coalition-isis', kind: 'organisation', name: 'Global Coalition to Defeat ISIS', variants: ['Global Coalition to Defeat Daesh', 'Global Coalition against Daesh', 'Global Coalition Against Daesh', 'Global Coalition to Defeat ISIS/Daesh', 'D-ISIS Coalition'] },
  // "pandemic and as the most recent hosts of the replenishments for the Global Fund to Fight AIDS, Tuberculosis and Malaria." (wh 2022-12-01)
  { id: 'global-fund', kind: 'organisation', name: 'Global Fund to Fight AIDS, Tuberculosis and Malaria', variants: ['Global Fund'] },
  // "the United States and European Union are founding members of the Global Partnership on Artificial Intelligence, which brings together a coalition of" (wh 2021-09-29)
  { id: 'gpai', kind: 'organisation', name: 'Global Partnership on Artificial Intelligence', variants: ['Global Partnership for Artificial Intelligence', 'Global Partnership on AI', 'GPAI'] },
  // "more girls into education and with at least $2¾ billion for the Global Partnership for Education." (wh 2021-06-13)
  { id: 'gpe', kind: 'organisation', name: 'Global Partnership for Education', variants: [] },
  // "our DFIs and billions worth of planned commitments towards CIF and Green Climate Fund, all of which will mobilise billions more in" (wh 2021-06-13)
  { id: 'green-climate-fund', kind: 'organisation', name: 'Green Climate Fund', variants: ['GCF'] },
  // "the United States, convened for the first leaders’ meeting of the “I2U2”" (wh 2022-07-14)
  { id: 'i2u2', kind: 'organisation', name: 'I2U2', variants: [] },
  // "to the Treaty on the Non-Proliferation of Nuclear Weapons (NPT) and IAEA" (seed)
  { id: 'iaea', kind: 'organisation', name: 'International Atomic Energy Agency', variants: ['IAEA'] },
  // "new public health guidance on international travel by the WHO, International Civil Aviation Organisation and International Maritime" (wh 2021-06-13)
  { id: 'icao', kind: 'organisation', name: 'International Civil Aviation Organization', variants: ['ICAO'] },
  // "of international mechanisms, including by the Prosecutor of the International Criminal Court." (wh 2022-03-24)
  { id: 'icc', kind: 'organisation', name: 'International Criminal Court', variants: ['ICC'] },
  // "leadership is obligated to immediately comply with the order of the International Court of Justice to suspend the military operations that it" (wh 2022-03-24)
  { id: 'icj', kind: 'organisation', name: 'International Court of Justice', variants: ['ICJ'] },
  // "women and children, through the programmes of UNICEF and the International Committee of the Red Cross and their courageous work on the" (ungdc AND 2023)
  { id: 'icrc', kind: 'organisation', name: 'International Committee of the Red Cross', variants: ['ICRC'] },
  // "development challenges, especially at the World Bank Group and the Inter-American Development Bank" (wh 2023-11-03)
  { id: 'idb', kind: 'organisation', name: 'Inter-American Development Bank', variants: ['IDB'] },
  // "by relevant policies, noting the clear roadmap provided by the International Energy Agency and prioritising the most urgent and polluting" (wh 2021-06-13)
  { id: 'iea', kind: 'organisation', name: 'International Energy Agency', variants: ['IEA'] },
  // "Organization (FAO), the World Food Progamme (WFP) and the International Fund for Agricultural Development (IFAD), International Financial Institutions" (wh 2023-05-20)
  { id: 'ifad', kind: 'organisation', name: 'International Fund for Agricultural Development', variants: ['IFAD'] },
  // "Government of South Sudan and the armed opposition, mediated by the Intergovernmental Authority on Development and other international partners, to resolve the" (ungdc AGO 2015)
  { id: 'igad', kind: 'organisation', name: 'Intergovernmental Authority on Development', variants: ['IGAD'] },
  // "and of international labour standards, including those deriving from International Labour Organisation membership, throughout global supply chains and" (wh 2021-06-13)
  { id: 'ilo', kind: 'organisation', name: 'International Labour Organization', variants: ['International Labor Organization', 'ILO'] },
  // "to a new deal with Africa, including by magnifying support from the International Monetary Fund for countries most in need to support our aim to" (wh 2021-06-13)
  { id: 'imf', kind: 'organisation', name: 'International Monetary Fund', variants: ['IMF'] },
  // "travel by the WHO, International Civil Aviation Organisation and International Maritime Organisation." (wh 2021-06-13)
  { id: 'imo', kind: 'organisation', name: 'International Maritime Organization', variants: ['IMO'] },
  // "It is a question of implementing the International Solar Alliance, fighting desertification, protecting the seas" (ungdc FRA 2016)
  { id: 'international-solar-alliance', kind: 'organisation', name: 'International Solar Alliance', variants: [] },
  // "Egypt, Estonia, the European Union, France, Germany, Greece, India, INTERPOL, Ireland, Israel, Italy, Japan, Jordan, Kenya," (wh 2023-11-01)
  { id: 'interpol', kind: 'organisation', name: 'International Criminal Police Organization', variants: ['Interpol', 'INTERPOL'] },
  // "Office of the United Nations High Commissioner for Refugees and the International Organization for Migration for their cooperation in facilitating those" (ungdc BDI 2017)
  { id: 'iom', kind: 'organisation', name: 'International Organization for Migration', variants: ['IOM'] },
  // "Asian Nations (ASEAN), the Pacific Islands Forum (PIF), and the Indian Ocean Rim Association (IORA), is and will remain at the centre of the" (wh 2023-05-20)
  { id: 'iora', kind: 'organisation', name: 'Indian Ocean Rim Association', variants: ['IORA'] },
  // "champion the best available science – particularly reports from the Intergovernmental Panel on Climate Change and the Intergovernmental Science-Policy" (wh 2021-06-10)
  { id: 'ipcc', kind: 'organisation', name: 'Intergovernmental Panel on Climate Change', variants: ['IPCC'] },
  // "The UAE – home to the International Renewable Energy Agency (IRENA) and host of COP28 in 2023 – will invest" (wh 2022-07-14)
  { id: 'irena', kind: 'organisation', name: 'International Renewable Energy Agency', variants: ['IRENA'] },
  // "In that connection, it will seek an opinion from the International Tribunal for the Law of the Sea regarding the binding obligations of its member" (ungdc ATG 2022)
  { id: 'itlos', kind: 'organisation', name: 'International Tribunal for the Law of the Sea', variants: ['ITLOS'] },
  // "cooperate in multilateral standardization organizations such as the International Telecommunication Union." (wh 2021-09-24)
  { id: 'itu', kind: 'organisation', name: 'International Telecommunication Union', variants: ['ITU'] },
  // "taking into account the long history of cooperation between the Japan Coast Guard and the" (ph 2016-10-26)
  { id: 'japan-coast-guard', kind: 'organisation', name: 'Japan Coast Guard', variants: ['JCG'] },
  // (not in our corpus) the air arm of the Self-Defense Forces, named in Japan–UK fighter exercise statements
  { id: 'jasdf', kind: 'organisation', name: 'Japan Air Self-Defense Force', variants: ['JASDF'] },
  // "South Sudan, where members of an engineering unit belonging to the Japan Ground Self-Defense Force (SDF) and wearing the blue helmets of the United" (ungdc JPN 2016)
  { id: 'jgsdf', kind: 'organisation', name: 'Japan Ground Self-Defense Force', variants: ['JGSDF'] },
  // "connectivity in this area, including rails and roads, through Japan International Cooperation Agency." (wh 2024-04-11)
  { id: 'jica', kind: 'organisation', name: 'Japan International Cooperation Agency', variants: ['JICA'] },
  // "of Implementation and Letter of Arrangement for the transfer of the Japan Maritime Self-Defense Force (JMSDF)'s training aircraft" (ph 2016-10-26)
  { id: 'jmsdf', kind: 'organisation', name: 'Japan Maritime Self-Defense Force', variants: ['JMSDF'] },
  // "number of exchanges and joint training and exercises between the Japanese Self-Defence Forces and the British Armed Forces including the visit" (seed)
  { id: 'jsdf', kind: 'organisation', name: 'Japan Self-Defense Forces', variants: ['Japanese Self-Defense Forces', 'Self-Defense Forces', 'JSDF'] },
  // "Initiative, and welcomed Saudi Arabia’s participation at the recent Major Economies Forum on Energy and Climate, joining of the Global Methane Pledge, its" (wh 2022-07-15)
  { id: 'major-economies-forum', kind: 'organisation', name: 'Major Economies Forum on Energy and Climate', variants: ['Major Economies Forum', 'MEF'] },
  // "resources management, and water data sharing in accordance with the Mekong River Commission’s Procedures for Data and Information Exchange" (wh 2022-05-13)
  { id: 'mekong-river-commission', kind: 'organisation', name: 'Mekong River Commission', variants: [] },
  // "remain committed to completing the trade agreements signed between Mercosur and the European Union as well as the European" (ungdc BRA 2020)
  { id: 'mercosur', kind: 'organisation', name: 'Mercosur', variants: ['MERCOSUR', 'Southern Common Market'] },
  // "US technology consistent with US non‑proliferation policy, the Missile Technology Control Regime and US export" (wh 2023-05-20)
  { id: 'mtcr', kind: 'organisation', name: 'Missile Technology Control Regime', variants: ['MTCR'] },
  // "to deepen our partnership in outer space exploration, ISRO and the National Aeronautics and Space Administration (NASA) have commenced discussions on modalities," (wh 2023-09-08)
  { id: 'nasa', kind: 'organisation', name: 'National Aeronautics and Space Administration', variants: ['NASA'] },
  // "from the Department of State, Department of Defense, and National Security Council." (wh 2022-03-11)
  { id: 'national-security-council', kind: 'organisation', name: 'National Security Council', variants: [] },
  // "The UK welcomed increasing Japanese participation in NATO exchanges and joint exercises, and looked" (seed)
  { id: 'nato', kind: 'organisation', name: 'North Atlantic Treaty Organization', variants: ['NATO', 'North Atlantic Alliance'] },
  // "We also welcome other new groupings of countries, such as the Negev Forum for regional cooperation, that recognize the" (wh 2022-07-14)
  { id: 'negev-forum', kind: 'organisation', name: 'Negev Forum', variants: [] },
  // "support for India’s entry to the Nuclear Suppliers Group." (wh 2021-09-24)
  { id: 'nsg', kind: 'organisation', name: 'Nuclear Suppliers Group', variants: ['NSG'] },
  // "Mexico, Morocco, the Netherlands, New Zealand, Nigeria, Norway, the Organization of American States, Papua New Guinea, the Philippines, Poland," (wh 2024-10-02)
  { id: 'oas', kind: 'organisation', name: 'Organization of American States', variants: ['OAS'] },
  // "through the International Committee of the Red Cross and the United Nations Office for the Coordination of Humanitarian Affairs, redirected to Ukraine €100,000 from development" (ungdc BGR 2020)
  { id: 'ocha', kind: 'organisation', name: 'United Nations Office for the Coordination of Humanitarian Affairs', variants: ['UN Office for the Coordination of Humanitarian Affairs', 'OCHA'] },
  // "We ask the Organisation for Economic Co-operation and Development (OECD), in tandem with the International Energy" (wh 2022-12-12)
  { id: 'oecd', kind: 'organisation', name: 'Organisation for Economic Co-operation and Development', variants: ['Organisation for Economic Cooperation and Development', 'OECD'] },
  // "Other international organizations, such as the Organization of Islamic Cooperation, the Movement of Non-Aligned Countries, the" (ungdc AZE 2017)
  { id: 'oic', kind: 'organisation', name: 'Organisation of Islamic Cooperation', variants: ['OIC'] },
  // "We express our continued support for the work of the Organization for the Prohibition of Chemical Weapons (OPCW) and are committed to accountability for" (wh 2023-05-20)
  { id: 'opcw', kind: 'organisation', name: 'Organisation for the Prohibition of Chemical Weapons', variants: ['OPCW'] },
  // "and to increase deliveries to international markets, noting that OPEC has a key role to" (wh 2022-03-24)
  { id: 'opec', kind: 'organisation', name: 'Organization of the Petroleum Exporting Countries', variants: ['OPEC', 'OPEC+'] },
  // "all the recommendations of the independent expert mission under the Organization for Security and Co-operation in Europe’s (OSCE) Moscow" (wh 2021-06-13)
  { id: 'osce', kind: 'organisation', name: 'Organization for Security and Co-operation in Europe', variants: ['Organization for Security and Cooperation in Europe', 'OSCE'] },
  // "We reaffirmed our support for Pacific Islands Forum unity and for Pacific regional security" (wh 2022-05-24)
  { id: 'pacific-islands-forum', kind: 'organisation', name: 'Pacific Islands Forum', variants: ['PIF'] },
  // "of a new Financial Intermediary Fund for Pandemic PPR (the ‘Pandemic Fund’) hosted by the World" (wh 2022-11-16)
  { id: 'pandemic-fund', kind: 'organisation', name: 'Pandemic Fund', variants: [] },
  // "We reiterate our commitment to implement the G20 and Paris Club Common Framework for Debt Treatments beyond the" (wh 2021-06-13)
  { id: 'paris-club', kind: 'organisation', name: 'Paris Club', variants: [] },
  // "We have served as a member of the United Nations Peacebuilding Commission and Chair of the Sierra Leone configuration for" (ungdc CAN 2019)
  { id: 'peacebuilding-commission', kind: 'organisation', name: 'United Nations Peacebuilding Commission', variants: ['UN Peacebuilding Commission', 'Peacebuilding Commission'] },
  // "also extends to the recent decision of the Arbitral Tribunal of the Permanent Court of Arbitration in The Hague with regard to disputes in the" (ungdc PHL 2016)
  { id: 'permanent-court-of-arbitration', kind: 'organisation', name: 'Permanent Court of Arbitration', variants: [] },
  // "and provision of patrol vessels and other equipment for the Philippine Coast Guard (PCG), taking into account the long history of" (ph 2016-10-26)
  { id: 'philippine-coast-guard', kind: 'organisation', name: 'Philippine Coast Guard', variants: ['Philippines Coast Guard', 'PCG'] },
  // "of March 12, 2021, the first-ever leader-level summit of the Quad, we pledge to strengthen our cooperation on the" (wh 2021-03-12)
  { id: 'quad', kind: 'organisation', name: 'Quad', variants: ['Quadrilateral Security Dialogue'] },
  // "Forces and the British Armed Forces including the visit by the Royal Air Force (RAF) aircraft to Miho Airbase in Tottori" (seed)
  { id: 'royal-air-force', kind: 'organisation', name: 'Royal Air Force', variants: ['RAF'] },
  // "to support Australia in acquiring nuclear-powered submarines for the Royal Australian Navy." (wh 2021-09-15)
  { id: 'royal-australian-navy', kind: 'organisation', name: 'Royal Australian Navy', variants: [] },
  // "Navy, the Royal Navy, and in the United States and United Kingdom" (wh 2023-03-13)
  { id: 'royal-navy', kind: 'organisation', name: 'Royal Navy', variants: [] },
  // "Community Humanitarian Office, as well an observer member of the Shanghai Cooperation Organization, and seeks to play an active role in the" (ungdc AFG 2016)
  { id: 'sco', kind: 'organisation', name: 'Shanghai Cooperation Organisation', variants: ['SCO'] },
  // "vision, and fully endorsed the March 2021 Joint Statement of the U.S.-Japan Security Consultative Committee." (wh 2021-04-16)
  { id: 'security-consultative-committee', kind: 'organisation', name: 'Japan-U.S. Security Consultative Committee', variants: ['U.S.-Japan Security Consultative Committee', 'Security Consultative Committee'] },
  // "The U.S.-EU Trade and Technology Council (TTC) met for the first time in Pittsburgh on 29" (wh 2021-09-29)
  { id: 'trade-and-technology-council', kind: 'organisation', name: 'U.S.-EU Trade and Technology Council', variants: ['EU-U.S. Trade and Technology Council', 'Trade and Technology Council', 'TTC'] },
  // "We stress the importance of the Ukraine Defense Contact Group in coordinating military and defense assistance" (wh 2023-05-19)
  { id: 'ukraine-defense-contact-group', kind: 'organisation', name: 'Ukraine Defense Contact Group', variants: [] },
  // "recognised principles of international law, including the United Nations Convention on the Law of the Sea" (seed)
  { id: 'un', kind: 'organisation', name: 'United Nations', variants: ['UN'] },
  // "UNDESA, UNDP, UNECE, UNESCAP, UNESCO, UNFCCC, UN Global Pulse, UN Habitat, UNICEF, UNIDO, UNOPS, UN Women, UNWTO and the" (wh 2022-11-16)
  { id: 'un-habitat', kind: 'organisation', name: 'United Nations Human Settlements Programme', variants: ['UN-Habitat', 'UN Habitat'] },
  // "Court, the independent investigation commission mandated by the United Nations Human Rights Council and the Organization for Security and" (wh 2022-05-08)
  { id: 'un-human-rights-council', kind: 'organisation', name: 'United Nations Human Rights Council', variants: ['UN Human Rights Council', 'Human Rights Council', 'UNHRC'] },
  // "UNESCO, UNFCCC, UN Global Pulse, UN Habitat, UNICEF, UNIDO, UNOPS, UN Women, UNWTO and the G20 Engagement Groups (W20, L20," (wh 2022-11-16)
  { id: 'un-women', kind: 'organisation', name: 'UN Women', variants: [] },
  // "Moreover, we also pledged $500,000 to the Joint United Nations Programme on HIV/AIDS." (ungdc KEN 2016)
  { id: 'unaids', kind: 'organisation', name: 'Joint United Nations Programme on HIV/AIDS', variants: ['UNAIDS'] },
  // "Energy for All (SEforAll), OPEC, WEF, WFP, WHO, WTO, UNCCD, UNCTAD, UNDESA, UNDP, UNECE, UNESCAP, UNESCO, UNFCCC," (wh 2022-11-16)
  { id: 'unctad', kind: 'organisation', name: 'United Nations Conference on Trade and Development', variants: ['UN Conference on Trade and Development', 'UNCTAD'] },
  // "for All (SEforAll), OPEC, WEF, WFP, WHO, WTO, UNCCD, UNCTAD, UNDESA, UNDP, UNECE, UNESCAP, UNESCO, UNFCCC, UN Global" (wh 2022-11-16)
  { id: 'undp', kind: 'organisation', name: 'United Nations Development Programme', variants: ['UN Development Programme', 'UNDP'] },
  // "that problem, we participate in the Clean Seas campaign of the United Nations Environment Programme." (ungdc CHL 2017)
  { id: 'unep', kind: 'organisation', name: 'United Nations Environment Programme', variants: ['UN Environment Programme', 'UNEP'] },
  // "In addition, welcoming the efforts by the United Nations Educational, Scientific and Cultural Organization (UNESCO) in this context, we underscore the" (wh 2023-05-19)
  { id: 'unesco', kind: 'organisation', name: 'United Nations Educational, Scientific and Cultural Organization', variants: ['UNESCO'] },
  // "dangerous climate change, and resolved to maintain dialogue on the UN Framework Convention on Climate Change and other climate issues to give momentum to the" (seed)
  { id: 'unfccc', kind: 'organisation', name: 'United Nations Framework Convention on Climate Change', variants: ['UN Framework Convention on Climate Change', 'UNFCCC'] },
  // "Here in New York, I had very constructive talks with the United Nations Population Fund and UNICEF for the purpose of joining forces to" (ungdc AUT 2018)
  { id: 'unfpa', kind: 'organisation', name: 'United Nations Population Fund', variants: ['UN Population Fund', 'UNFPA'] },
  // "of achieving concrete outcomes during the 70th session of the UN General Assembly." (seed)
  { id: 'unga', kind: 'organisation', name: 'United Nations General Assembly', variants: ['UN General Assembly', 'UNGA', 'General Assembly'] },
  // "We believe that the Office of the United Nations High Commissioner for Refugees and an independent factfinding mission under the" (ungdc ARM 2022)
  { id: 'unhcr', kind: 'organisation', name: 'United Nations High Commissioner for Refugees', variants: ['UN High Commissioner for Refugees', 'UN Refugee Agency', 'UNHCR'] },
  // "in cooperation with relevant partners including the WHO, the WB, UN Children’s Fund (UNICEF), the Global Fund, Gavi the Vaccine" (wh 2023-05-20)
  { id: 'unicef', kind: 'organisation', name: 'United Nations Children’s Fund', variants: ['UN Children’s Fund', 'UNICEF'] },
  // "UNECE, UNESCAP, UNESCO, UNFCCC, UN Global Pulse, UN Habitat, UNICEF, UNIDO, UNOPS, UN Women, UNWTO and the G20 Engagement" (wh 2022-11-16)
  { id: 'unido', kind: 'organisation', name: 'United Nations Industrial Development Organization', variants: ['UN Industrial Development Organization', 'UNIDO'] },
  // "In this regard, we acknowledge the role of the United Nations Interim Force in Lebanon (UNIFIL) to restore peace and" (wh 2024-10-03)
  { id: 'unifil', kind: 'organisation', name: 'United Nations Interim Force in Lebanon', variants: ['UN Interim Force in Lebanon', 'UNIFIL'] },
  // "We also underline the important role played by the United Nations Mission in South Sudan in the quest for a solution to the crisis there" (ungdc DJI 2017)
  { id: 'unmiss', kind: 'organisation', name: 'United Nations Mission in South Sudan', variants: ['UN Mission in South Sudan', 'UNMISS'] },
  // "To prevent transborder crime, Mexico intends to work with the United Nations Office on Drugs and Crime (UNODC) to sign a Memorandum of Understanding on" (wh 2021-10-08)
  { id: 'unodc', kind: 'organisation', name: 'United Nations Office on Drugs and Crime', variants: ['UN Office on Drugs and Crime', 'UNODC'] },
  // "support to the United Nations Relief and Works Agency for Palestine Refugees in the Near East" (wh 2022-07-16)
  { id: 'unrwa', kind: 'organisation', name: 'United Nations Relief and Works Agency for Palestine Refugees in the Near East', variants: ['UN Relief and Works Agency', 'UNRWA'] },
  // "2016 G7 Presidency, for a successful G7 Ise Shima Summit, and in the United Nations Security Council" (seed)
  { id: 'unsc', kind: 'organisation', name: 'United Nations Security Council', variants: ['UN Security Council', 'UNSC', 'Security Council'] },
  // "The United States Coast Guard plans to deploy a US Coast Guard Cutter to the" (wh 2023-05-20)
  { id: 'us-coast-guard', kind: 'organisation', name: 'United States Coast Guard', variants: ['U.S. Coast Guard', 'US Coast Guard', 'USCG'] },
  // "our partnership to facilitate closer collaboration between the U.S. Agency for International Development and the Korea International Cooperation" (wh 2021-05-21)
  { id: 'usaid', kind: 'organisation', name: 'U.S. Agency for International Development', variants: ['United States Agency for International Development', 'USAID'] },
  // "Croatia holds the 2020 Plenary Chair of the Wassenaar Arrangement, the first worldwide mechanism on export" (ungdc HRV 2020)
  { id: 'wassenaar-arrangement', kind: 'organisation', name: 'Wassenaar Arrangement', variants: [] },
  // "contribution to relevant international institutions including the World Food Programme (WFP), in parallel with Multilateral Development" (wh 2022-03-24)
  { id: 'wfp', kind: 'organisation', name: 'World Food Programme', variants: ['WFP'] },
  // "close coordination with multilateral organizations including the World Health Organization and" (wh 2021-03-12)
  { id: 'who', kind: 'organisation', name: 'World Health Organization', variants: ['WHO'] },
  // "First Nations People helped bring countries together to finalise the World Intellectual Property Organization Treaty on Intellectual Property, Genetic" (ungdc AUS 2024)
  { id: 'wipo', kind: 'organisation', name: 'World Intellectual Property Organization', variants: ['WIPO'] },
  // "We call on the World Bank Group and the other Multilateral Development" (wh 2021-06-13)
  { id: 'world-bank', kind: 'organisation', name: 'World Bank', variants: ['World Bank Group', 'WBG'] },
  // "States to implement the WHO strengthening resolution adopted at the World Health Assembly in May" (wh 2021-06-10)
  { id: 'world-health-assembly', kind: 'organisation', name: 'World Health Assembly', variants: ['WHA'] },
  // "Building on the WTO's successful Bali and Nairobi Ministerial" (ph 2016-11-20)
  { id: 'wto', kind: 'organisation', name: 'World Trade Organization', variants: ['WTO'] },
]
