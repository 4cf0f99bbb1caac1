// Who holds the rotating presidency (or hosts the year) of a grouping, by calendar year: "Australia's
// G20 Presidency" (2014), "during Japan's G7 Presidency" (2016), "the US in its year as host of APEC"
// (2011). A presidency that runs over two calendar years (the G20's December to November) is listed
// under the year of its summit.

/** Grouping → year → canonical country. */
export const PRESIDENCIES: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  G7: {
    2007: 'Germany',
    2008: 'Japan',
    2009: 'Italy',
    2010: 'Canada',
    2011: 'France',
    2012: 'United States',
    2013: 'United Kingdom',
    2014: 'Russia',
    2015: 'Germany',
    2016: 'Japan',
    2017: 'Italy',
    2018: 'Canada',
    2019: 'France',
    2020: 'United States',
    2021: 'United Kingdom',
    2022: 'Germany',
    2023: 'Japan',
    2024: 'Italy',
    2025: 'Canada',
    2026: 'France',
  },
  G20: {
    2008: 'United States',
    2009: 'United Kingdom',
    2010: 'Republic of Korea',
    2011: 'France',
    2012: 'Mexico',
    2013: 'Russia',
    2014: 'Australia',
    2015: 'Türkiye',
    2016: 'China',
    2017: 'Germany',
    2018: 'Argentina',
    2019: 'Japan',
    2020: 'Saudi Arabia',
    2021: 'Italy',
    2022: 'Indonesia',
    2023: 'India',
    2024: 'Brazil',
    2025: 'South Africa',
    2026: 'United States',
  },
  APEC: {
    2007: 'Australia',
    2008: 'Peru',
    2009: 'Singapore',
    2010: 'Japan',
    2011: 'United States',
    2012: 'Russia',
    2013: 'Indonesia',
    2014: 'China',
    2015: 'Philippines',
    2016: 'Peru',
    2017: 'Vietnam',
    2018: 'Papua New Guinea',
    2019: 'Chile',
    2020: 'Malaysia',
    2021: 'New Zealand',
    2022: 'Thailand',
    2023: 'United States',
    2024: 'Peru',
    2025: 'Republic of Korea',
    2026: 'China',
  },
  ASEAN: {
    2008: 'Singapore',
    2009: 'Thailand',
    2010: 'Vietnam',
    2011: 'Indonesia',
    2012: 'Cambodia',
    2013: 'Brunei',
    2014: 'Myanmar',
    2015: 'Malaysia',
    2016: 'Laos',
    2017: 'Philippines',
    2018: 'Singapore',
    2019: 'Thailand',
    2020: 'Vietnam',
    2021: 'Brunei',
    2022: 'Cambodia',
    2023: 'Indonesia',
    2024: 'Laos',
    2025: 'Malaysia',
    2026: 'Philippines',
  },
}

/** Printed names of the groupings above: "G-20", "G8" (the G7 with Russia). */
export const PRESIDENCY_GROUPS: Readonly<Record<string, string>> = {
  G7: 'G7',
  'G-7': 'G7',
  G8: 'G7',
  'G-8': 'G7',
  G20: 'G20',
  'G-20': 'G20',
  APEC: 'APEC',
  ASEAN: 'ASEAN',
}

/**
 * The year, nearest to `year`, in which `country` held the grouping's presidency; null when the
 * list has none within two years.
 */
export function presidencyYear(group: string, country: string, year: number): number | null {
  const years = PRESIDENCIES[group]
  if (!years) return null
  let best: number | null = null
  for (const [y, holder] of Object.entries(years)) {
    const n = Number(y)
    if (holder !== country || Math.abs(n - year) > 2) continue
    if (best === null || Math.abs(n - year) < Math.abs(best - year) || (Math.abs(n - year) === Math.abs(best - year) && n > best)) best = n
  }
  return best
}
