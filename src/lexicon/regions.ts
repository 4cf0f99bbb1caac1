// Regions of the world: places a statement is about or a summit is named after ("U.S.-Africa
// Leaders Summit"), never a party to it. ANNOTATION.md: the parties are governments and
// organisations; a manifest row that lists "Africa" names no party.

/** Names of regions, as a manifest or a title prints them (matched without case, "the" dropped). */
export const REGIONS: readonly string[] = [
  // "Vision Statement for the U.S.-Africa Partnership", manifest "United States; Africa" (wh 2022-12-15)
  'Africa',
  'Sub-Saharan Africa',
  'Horn of Africa',
  'Sahel',
  'Americas',
  'Latin America',
  'North America',
  'South America',
  'Central America',
  'Caribbean',
  'Western Hemisphere',
  'Asia',
  'Central Asia',
  'South Asia',
  'Southeast Asia',
  'East Asia',
  'Indo-Pacific',
  'Pacific Islands',
  'Middle East',
  'Europe',
  'Western Balkans',
  'Arctic',
]

const keys = new Set(REGIONS.map((r) => key(r)))

function key(name: string): string {
  return name
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/[-\s]+/g, ' ')
    .toLowerCase()
}

/** True when the name is a region of the world ("Africa", "the Indo-Pacific"), not a state or an organisation. */
export function isRegion(name: string): boolean {
  return keys.has(key(name))
}
