// Named programmes, projects, initiatives, partnerships, exercises and dialogue processes, for the
// entity finder. Unknown ones of the same shape ("the ... Initiative") are caught by a pattern.
import type { LexiconEntry } from './organisations.js'

/** Programmes and projects, sorted by id, one entry per line, each under a real phrase that names it. */
export const PROGRAMMES: readonly LexiconEntry[] = [
  // "The Joint Taskforce intends to support Access to COVID-19 Tools Accelerator (ACT-A) and COVAX supply chain" (wh 2021-09-22)
  { id: 'act-accelerator', kind: 'programme', name: 'Access to COVID-19 Tools Accelerator', variants: ['ACT-Accelerator', 'ACT Accelerator', 'ACT-A'] },
  // "In this spirit, we announce our shared intention to establish the Americas Partnership for Economic Prosperity." (wh 2023-01-27)
  { id: 'apep', kind: 'programme', name: 'Americas Partnership for Economic Prosperity', variants: ['APEP'] },
  // "Building on the ROK’s previous commitment to participate in the Artemis program, the two Presidents agreed to foster joint" (wh 2022-05-21)
  { id: 'artemis-program', kind: 'programme', name: 'Artemis program', variants: ['Artemis Program', 'Artemis programme'] },
  // "just green transitions as part of the Clean Green Initiative and Build Back Better World" (wh 2022-03-11)
  { id: 'b3w', kind: 'programme', name: 'Build Back Better World', variants: ['B3W'] },
  // "be integrated into trilateral or multilateral activities, including Balikatan 2025, to ensure our countries are ready and able" (wh 2024-04-11)
  { id: 'balikatan', kind: 'programme', name: 'Balikatan', variants: [] },
  // "These include China’s \"Belt and Road Initiative\", and President Xi Jinping’s global initiatives" (ungdc BLR 2024)
  { id: 'belt-and-road', kind: 'programme', name: 'Belt and Road Initiative', variants: ['BRI'] },
  // "Safe Transportation of Grain and Foodstuffs from Ukrainian Ports (Black Sea Grain Initiative) and the Memorandum of Understanding between the" (wh 2022-11-16)
  { id: 'black-sea-grain-initiative', kind: 'programme', name: 'Black Sea Grain Initiative', variants: [] },
  // "We reaffirm our interest in continuing our engagement with the Blue Dot Network." (wh 2021-09-24)
  { id: 'blue-dot-network', kind: 'programme', name: 'Blue Dot Network', variants: [] },
  // "They welcomed the progress made on the ongoing Chemical and Biological Protection Technology Cooperative Research Project, and confirmed that they would start a new joint" (seed)
  { id: 'chemical-biological-protection-project', kind: 'programme', name: 'Chemical and Biological Protection Technology Cooperative Research Project', variants: [] },
  // "We affirm our support of the Christchurch Call, emphasising the need for respecting freedoms of" (wh 2021-06-13)
  { id: 'christchurch-call', kind: 'programme', name: 'Christchurch Call', variants: [] },
  // "We will continue to jointly lead critical efforts in the International Counter Ransomware Initiative to tackle the surge in ransomware attacks" (wh 2022-03-29)
  { id: 'counter-ransomware-initiative', kind: 'programme', name: 'International Counter Ransomware Initiative', variants: ['Counter Ransomware Initiative', 'CRI'] },
  // "organizations including the World Health Organization and COVAX." (wh 2021-03-12)
  { id: 'covax', kind: 'programme', name: 'COVAX', variants: ['COVAX Facility'] },
  // "The UK also expressed support for future Japanese engagement with the EU on Common Security and Defence Policy issues" (seed)
  { id: 'csdp', kind: 'programme', name: 'Common Security and Defence Policy', variants: ['CSDP'] },
  // "end we endorse our Digital Ministers’ Roadmap for Cooperation on Data Free Flow with Trust." (wh 2021-06-13)
  { id: 'dfft', kind: 'programme', name: 'Data Free Flow with Trust', variants: ['DFFT'] },
  // "G20 and Paris Club Common Framework for Debt Treatments beyond the Debt Service Suspension Initiative." (wh 2021-06-13)
  { id: 'dssi', kind: 'programme', name: 'Debt Service Suspension Initiative', variants: ['DSSI'] },
  // "of the international community against COVID-19 and commends the Feed the Future initiative of the United States of America to" (ungdc COD 2022)
  { id: 'feed-the-future', kind: 'programme', name: 'Feed the Future', variants: [] },
  // "and educational exchanges through bilateral programs such as the Fulbright Program, the Spain-USA Foundation, and the U.S.-Spain" (wh 2022-06-28)
  { id: 'fulbright', kind: 'programme', name: 'Fulbright Program', variants: [] },
  // "Joint Leaders’ Statement on the Global Combat Air Programme (GCAP)" (Japan–Italy–UK, 9 December 2022; not in our corpus)
  { id: 'gcap', kind: 'programme', name: 'Global Combat Air Programme', variants: ['GCAP'] },
  // "This work reflects our commitments under our Global Gateway and Partnership for Global Infrastructure and" (wh 2022-12-05)
  { id: 'global-gateway', kind: 'programme', name: 'Global Gateway', variants: [] },
  // "disease outbreaks, including through existing initiatives like the Global Health Security Agenda, and a new partnership coordinating on a health" (wh 2021-04-16)
  { id: 'global-health-security-agenda', kind: 'programme', name: 'Global Health Security Agenda', variants: ['GHSA'] },
  // "emissions globally, including through efforts underway such as the Global Methane Pledge." (wh 2022-05-13)
  { id: 'global-methane-pledge', kind: 'programme', name: 'Global Methane Pledge', variants: [] },
  // "to the world, namely the European Union’s Solidarity Lanes and the Grain from Ukraine" (wh 2022-12-12)
  { id: 'grain-from-ukraine', kind: 'programme', name: 'Grain from Ukraine', variants: [] },
  // "Europe, and International Standards Organisations, as well as the G7 Hiroshima AI Process, and recognize the need to go further" (wh 2023-06-08)
  { id: 'hiroshima-ai-process', kind: 'programme', name: 'Hiroshima AI Process', variants: [] },
  // "The leaders hailed the inauguration of the Initiative on Critical and Emerging Technology (iCET) in January 2023 as a major milestone in" (wh 2023-06-22)
  { id: 'icet', kind: 'programme', name: 'Initiative on Critical and Emerging Technology', variants: ['iCET'] },
  // "Lobito Corridor, the Luzon Corridor, the Middle Corridor, and the India-Middle East-Europe Economic Corridor, also building on the EU Global Gateway, the" (wh 2024-06-14)
  { id: 'imec', kind: 'programme', name: 'India-Middle East-Europe Economic Corridor', variants: ['IMEC'] },
  // "and HADR We welcome a new maritime domain awareness initiative, the Indo-Pacific Partnership for Maritime Domain Awareness (IPMDA), designed to work with regional partners" (wh 2022-05-24)
  { id: 'ipmda', kind: 'programme', name: 'Indo-Pacific Partnership for Maritime Domain Awareness', variants: ['IPMDA'] },
  // "in Houston, Texas, with a goal of mounting a joint effort to the International Space Station in 2024.The leaders celebrated the delivery of" (wh 2023-06-22)
  { id: 'iss', kind: 'programme', name: 'International Space Station', variants: ['ISS'] },
  // "the JET Programme;" (wh 2022-05-23)
  { id: 'jet-programme', kind: 'programme', name: 'Japan Exchange and Teaching Programme', variants: ['JET Programme'] },
  // "During the event, we also launched the [ground-breaking new Just Energy Transition Partnership" (wh 2022-11-15)
  { id: 'jetp', kind: 'programme', name: 'Just Energy Transition Partnership', variants: ['Just Energy Transition Partnerships', 'JETPs', 'JETP'] },
  // "Following the success of the first feasibility study on a Joint New Air-to-Air Missile (JNAAM), the Ministers confirmed discussions" (seed)
  { id: 'jnaam', kind: 'programme', name: 'Joint New Air-to-Air Missile', variants: ['JNAAM'] },
  // "Zambia and the Democratic Republic of the Congo to develop the Lobito Corridor connecting southern Democratic Republic of the" (wh 2023-09-09)
  { id: 'lobito-corridor', kind: 'programme', name: 'Lobito Corridor', variants: [] },
  // (not in our corpus) the India–Japan–U.S.–Australia naval exercise, "Exercise Malabar"
  { id: 'malabar', kind: 'programme', name: 'Exercise Malabar', variants: ['Malabar exercise', 'Malabar'] },
  // "of the Mekong sub-region through shared initiatives under the Mekong-U.S. Partnership (MUSP), which complements the Friends of the" (wh 2022-05-13)
  { id: 'mekong-us-partnership', kind: 'programme', name: 'Mekong-U.S. Partnership', variants: [] },
  // "serve to build on existing work in multilateral forums, such as the Minerals Security Partnership, Conference on Critical Materials, and Minerals" (wh 2023-05-20)
  { id: 'minerals-security-partnership', kind: 'programme', name: 'Minerals Security Partnership', variants: ['Mineral Security Partnership'] },
  // "a new Memorandum of Cooperation on 5G Supplier Diversification and Open RAN." (wh 2022-05-24)
  { id: 'open-ran', kind: 'programme', name: 'Open RAN', variants: ['Open Radio Access Networks', 'Open Radio Access Network'] },
  // "Japan welcomed the UK’s planned participation in Pacific Partnerships" (seed)
  { id: 'pacific-partnership', kind: 'programme', name: 'Pacific Partnership', variants: ['Pacific Partnerships'] },
  // "With more than $7 billion in support from the President’s Emergency Plan for AIDS Relief (PEPFAR) over the last 21 years, the United" (wh 2024-05-23)
  { id: 'pepfar', kind: 'programme', name: 'U.S. President’s Emergency Plan for AIDS Relief', variants: ['President’s Emergency Plan for AIDS Relief', 'PEPFAR'] },
  // "Partnership for Global Infrastructure and Investment (PGII)" (heading, wh 2022-07-15)
  { id: 'pgii', kind: 'programme', name: 'Partnership for Global Infrastructure and Investment', variants: ['G7 Partnership for Global Infrastructure and Investment', 'Partnership for Global Infrastructure', 'PGII'] },
  // "opportunities to cooperate on Women, Peace and Security and the Preventing Sexual Violence in Conflict Initiative at the UN and as part of Japan’s G7" (seed)
  { id: 'psvi', kind: 'programme', name: 'Preventing Sexual Violence in Conflict Initiative', variants: ['Preventing Sexual Violence Initiative', 'PSVI'] },
  // "Thanks to the Quad Vaccine Partnership’s financing of increased manufacturing capacity" (wh 2021-09-24)
  { id: 'quad-vaccine-partnership', kind: 'programme', name: 'Quad Vaccine Partnership', variants: [] },
  // (not in our corpus) the biennial multinational naval exercise, printed "RIMPAC"
  { id: 'rimpac', kind: 'programme', name: 'Rim of the Pacific Exercise', variants: ['RIMPAC'] },
  // "with all relevant UN Security Council resolutions and the 2005 Six-Party Talks Joint" (seed)
  { id: 'six-party-talks', kind: 'programme', name: 'Six-Party Talks', variants: [] },
  // "Together we will deliver SSN-AUKUS – a trilaterally-developed submarine based on" (wh 2023-03-13)
  { id: 'ssn-aukus', kind: 'programme', name: 'SSN-AUKUS', variants: [] },
  // "literacy and digital entrepreneurship on other areas, and the Young Southeast Asian Leaders Initiative (YSEALI) program to educate youth and support" (wh 2021-10-27)
  { id: 'yseali', kind: 'programme', name: 'Young Southeast Asian Leaders Initiative', variants: ['YSEALI'] },
]
