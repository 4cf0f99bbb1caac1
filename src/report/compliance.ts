// Compliance scores: which assessment counts for an item in a round, and the mean per party.
import type { Assessment } from '../core/tracking.js'
import type { ItemScore, PartyCompliance } from './model.js'

/**
 * The assessments that count for one item: per party, the one of `round` (or, with `round` null,
 * the most recent of any round). Among several candidates the latest recorded wins.
 * @param assessments every assessment of the item
 * @param round round name, or null for the latest per party
 * @param partyOrder parties listed first, in this order; other parties follow alphabetically
 */
export function pickScores(assessments: readonly Assessment[], round: string | null, partyOrder: readonly string[]): ItemScore[] {
  const best = new Map<string, Assessment>()
  for (const a of assessments) {
    if (round !== null && a.round !== round) continue
    const current = best.get(a.party)
    if (!current || isLater(a, current)) best.set(a.party, a)
  }
  return orderParties([...best.keys()], partyOrder).map((party) => {
    const a = best.get(party)!
    return { party, score: a.score, rationale: a.rationale, round: a.round, author: a.author }
  })
}

/**
 * Mean compliance per party over the items' chosen scores.
 * @param scoresPerItem the output of pickScores for each trackable item
 * @param parties the meeting's parties: always listed, even when nothing is scored for them
 */
export function complianceByParty(scoresPerItem: readonly ItemScore[][], parties: readonly string[]): PartyCompliance[] {
  const all = new Map<string, number[]>()
  for (const p of parties) all.set(p, [])
  for (const scores of scoresPerItem) {
    for (const s of scores) {
      const list = all.get(s.party) ?? []
      list.push(s.score)
      all.set(s.party, list)
    }
  }
  return orderParties([...all.keys()], parties).map((party) => {
    const list = all.get(party)!
    const mean = list.length ? list.reduce((a, b) => a + b, 0) / list.length : null
    return {
      party,
      mean: mean === null ? null : round(mean, 3),
      percent: mean === null ? null : round(((mean + 1) / 2) * 100, 1),
      scored: list.length,
      done: list.filter((s) => s === 1).length,
      partly: list.filter((s) => s === 0).length,
      notDone: list.filter((s) => s === -1).length,
    }
  })
}

function isLater(a: Assessment, b: Assessment): boolean {
  return a.recordedAt === b.recordedAt ? a.id > b.id : a.recordedAt > b.recordedAt
}

function orderParties(names: string[], first: readonly string[]): string[] {
  const known = first.filter((p) => names.includes(p))
  const rest = names.filter((p) => !first.includes(p)).sort((a, b) => a.localeCompare(b, 'en'))
  return [...known, ...rest]
}

function round(value: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}
