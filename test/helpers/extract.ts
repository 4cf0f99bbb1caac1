// Extraction of a short text for the forms tests: one text, read with the parties and date a manifest
// would give (or from the text alone), and the trackable items picked out.
import type { Item } from '../../src/core/item.js'
import { extractItems } from '../../src/extract/index.js'
import { parseStatement } from '../../src/parse/index.js'

/** Extracts the items of a text (one or more paragraphs) for a meeting with the given parties and date. */
export function extractText(text: string, meeting: { parties?: string[]; date?: string } = {}): Item[] {
  const file = { path: 'case.txt', format: 'text' as const, value: `${text}\n`, metadata: {}, diagnostics: [] }
  return extractItems(parseStatement(file, { overrides: meeting }))
}

/** The items a follow-up report tracks: commitments and directives. */
export const trackableItems = (items: Item[]): Item[] => items.filter((i) => i.type === 'commitment' || i.type === 'directive')

/** The text of each trackable item. */
export const trackableTexts = (items: Item[]): string[] => trackableItems(items).map((i) => i.text)

/** The type and text of each trackable item. */
export const trackableTyped = (items: Item[]): Array<[string, string]> => trackableItems(items).map((i) => [i.type, i.text])
