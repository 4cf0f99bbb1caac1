// How items refer to paragraphs: the printed number where the document numbers its paragraphs.

/** What a paragraph reference is made from. */
interface Numbered {
  number: number | null
  ordinal: number
}

/**
 * The paragraph reference of items, for one document: the printed number when more than half of
 * the paragraphs carry one (an unnumbered paragraph then keeps its ordinal), else the ordinal.
 * The report quotes paragraphs by the same reference, so both must use this function.
 * @param paragraphs every paragraph of the document
 * @returns a function from a paragraph to its reference
 */
export function paragraphRefs(paragraphs: readonly Numbered[]): (p: Numbered) => number {
  const numbered = paragraphs.filter((p) => p.number !== null).length > paragraphs.length / 2
  return (p) => (numbered ? (p.number ?? p.ordinal) : p.ordinal)
}
