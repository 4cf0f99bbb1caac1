// Which parties to believe when a manifest lists some and the text names others.

/**
 * The parties of a document whose manifest names some: the manifest's, unless it names a single
 * country and the text names that country with others (a manifest row that says "United States"
 * for the U.S.–Vietnam joint statement).
 * @param listed the manifest's parties (canonical names)
 * @param fromText the parties the parser read from the text
 */
export function reconcileParties(listed: string[], fromText: string[]): string[] {
  if (listed.length === 1 && fromText.length > 1 && fromText.includes(listed[0]!)) return fromText
  return listed
}
