// Scores suggested links against links judged by reading (test/link/fixtures/*-links.json): for each
// judged item and later meeting, is each suggestion right, right passage with the wrong kind, or
// wrong, and was a passage that speaks of the item missed?
import type { LinkKind } from '../../src/core/tracking.js'
import type { LinkDocument, LinkSuggestion } from '../../src/track/link/index.js'

/** One passage a reader found about an item. */
export interface JudgedPassage {
  paragraph: number
  /** Words that occur in that passage (sentence) and no other of its meeting. */
  contains: string
  /** Every kind a careful reader would accept. */
  kinds: LinkKind[]
}

/** The judged file: items and, per later meeting, the passages that speak of each (absent: none). */
export interface JudgedSeries {
  series: string
  criteria: string
  /** `item` is "<meeting>:<id when judged>"; `text` finds the item again when ids have moved. */
  items: Array<{ item: string; text: string; links: Record<string, JudgedPassage[]> }>
}

/** Verdict on one suggestion, or on a missed item–meeting pair. */
export type Verdict = 'right' | 'wrong-kind' | 'wrong' | 'missed' | 'none-right'

/** One verdict with what it is about. */
export interface JudgedLine {
  verdict: Verdict
  item: string
  meetingId: string
  suggestion?: LinkSuggestion
  expected?: JudgedPassage[]
}

/** Counts over all judged items. */
export interface JudgeCounts {
  items: number
  links: number
  right: number
  wrongKind: number
  wrong: number
  /** Item–meeting pairs with a judged passage where no suggestion hit one. */
  missed: number
  /** Item–meeting pairs with nothing judged and nothing suggested. */
  noneRight: number
  /** Judged items the current extraction no longer gives (not counted above). */
  notExtracted: number
}

/**
 * Judges suggestions. `links` are the suggestions per earlier meeting (as from linkSeries). An item
 * is found by its judged text; one the extraction no longer gives is counted in `notExtracted`.
 * @throws Error when a judged passage matches no passage (or several) of its meeting: fix the fixture
 */
export function judgeLinks(
  judged: JudgedSeries,
  docs: readonly LinkDocument[],
  links: ReadonlyArray<{ meetingId: string; links: LinkSuggestion[] }>,
): { counts: JudgeCounts; lines: JudgedLine[] } {
  const lines: JudgedLine[] = []
  let notExtracted = 0
  for (const { item, text, links: expectedByMeeting } of judged.items) {
    const [earlierId] = item.split(':') as [string, string]
    const i = docs.findIndex((d) => d.meetingId === earlierId)
    if (i < 0) throw new Error(`judged item ${item}: no meeting ${earlierId} in the series`)
    const found = docs[i]!.items.find((it) => it.text === text)
    if (!found) {
      notExtracted++
      continue
    }
    const itemId = found.id
    const suggestions = links.find((l) => l.meetingId === earlierId)?.links.filter((l) => l.itemId === itemId) ?? []
    for (const later of docs.slice(i + 1)) {
      const expected = expectedByMeeting[later.meetingId] ?? []
      for (const e of expected) assertUnique(later, e, item)
      const mine = suggestions.filter((s) => s.meetingId === later.meetingId)
      let hit = false
      for (const s of mine) {
        const match = expected.find((e) => s.passage.includes(e.contains))
        if (match) hit = true
        lines.push({
          verdict: !match ? 'wrong' : accepts(match.kinds, s.kind) ? 'right' : 'wrong-kind',
          item,
          meetingId: later.meetingId,
          suggestion: s,
          expected,
        })
      }
      if (expected.length > 0 && !hit) lines.push({ verdict: 'missed', item, meetingId: later.meetingId, expected })
      if (expected.length === 0 && mine.length === 0) lines.push({ verdict: 'none-right', item, meetingId: later.meetingId })
    }
  }
  const n = (v: Verdict): number => lines.filter((l) => l.verdict === v).length
  const counts: JudgeCounts = {
    items: judged.items.length,
    links: lines.filter((l) => l.suggestion).length,
    right: n('right'),
    wrongKind: n('wrong-kind'),
    wrong: n('wrong'),
    missed: n('missed'),
    noneRight: n('none-right'),
    notExtracted,
  }
  return { counts, lines }
}

function assertUnique(doc: LinkDocument, e: JudgedPassage, item: string): void {
  const found = doc.passages.filter((p) => p.text.includes(e.contains))
  if (found.length !== 1 || found[0]!.paragraph !== e.paragraph) {
    throw new Error(
      `judged passage for ${item} in ${doc.meetingId} ("${e.contains}") matches ${found.length} passages${found[0] ? ` (¶${found[0].paragraph})` : ''}; expected one in ¶${e.paragraph}`,
    )
  }
}

/**
 * These files were judged before the kind `mentioned` existed, when a passage that speaks of the
 * item without a cue was `reaffirmed`: a judged `reaffirmed` accepts `mentioned`.
 */
function accepts(kinds: readonly LinkKind[], kind: LinkKind): boolean {
  return kinds.includes(kind) || (kind === 'mentioned' && kinds.includes('reaffirmed'))
}
