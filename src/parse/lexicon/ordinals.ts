// Ordinal words of meetings ("Second", "Twenty-first") and the words that tell of a first meeting.

/** Ordinal words of the units, lower case: "first" → 1 … "ninth" → 9. */
export const UNITS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
}

/** Ordinal words from ten to nineteen: "tenth" → 10 … "nineteenth" → 19. */
export const TEENS: Record<string, number> = {
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
}

/** Cardinal words of the tens that open a compound ordinal ("twenty-first"): "twenty" → 20 … "ninety" → 90. */
export const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
}

/** Ordinal words of the tens: "twentieth" → 20 … "ninetieth" → 90. */
export const TENTHS: Record<string, number> = {
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
}

/** Words that count a meeting as the first without an ordinal: "the inaugural U.S.-Singapore … Dialogue". */
export const FIRST_WORDS: Record<string, number> = {
  inaugural: 1,
}

/** A meeting verb "for the first time", not "since ..." nor "in person" (after meetings held otherwise). */
export const FIRST_TIME =
  /\b(?:met|gathered|convened|meet|gather|convene)\s+for\s+the\s+first\s+time\b(?!\s+(?:since|in\s+person|in-person|face[- ]to[- ]face|as\b|in\s+(?:\d|a\s+|the\s+|over\b|more\b|nearly\b|almost\b)))/
