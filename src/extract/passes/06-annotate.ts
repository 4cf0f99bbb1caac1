// Pass 6: turn a draft into an item: its text, action, deadline, topics, entities and event category.
import type { Item } from '../../core/item.js'
import type { ExtractContext } from '../context.js'
import type { Draft } from '../extract-items.js'
import { FISCAL_YEARS, findDeadline, type FiscalYear } from '../deadline/index.js'
import { findEntities } from '../entities/index.js'
import { classifyTopics, eventCategory } from '../topics/index.js'

/**
 * Completes a draft into an Item.
 * @param draft the classified clause with absolute offsets
 * @param id the document-local id ("p3-1")
 */
export function annotateItem(draft: Draft, id: string, ctx: ExtractContext): Item {
  const text = ctx.text.slice(draft.start, draft.end)
  const verbAt = Math.max(draft.start, draft.sentenceStart + draft.clause.anchor.verbStart)
  const action =
    draft.clause.part === 'entry' || draft.clause.part === 'coordinated' ? text.replace(/^to\s+/i, '') : ctx.text.slice(Math.min(verbAt, draft.end), draft.end)
  const entities = findEntities(text, draft.start)
  return {
    id,
    type: draft.type,
    paragraph: draft.paragraph,
    text,
    start: draft.start,
    end: draft.end,
    actors: draft.actors,
    actorRole: draft.actorRole,
    action: shorten(action),
    modality: draft.modality,
    deadline: deadlineOf(draft, ctx),
    topics: classifyTopics(text, entities),
    entities,
    strength: draft.strength,
    reaffirmed: draft.reaffirmed,
    event: eventCategory({ type: draft.type, verb: draft.clause.verb ?? draft.clause.anchor.verb, text }),
    rule: draft.clause.anchor.rule.id,
  }
}

/** The first dozen words of an action, for listings. */
function shorten(action: string): string {
  // Only the first fifteen words are read (not the whole action split: speed). Note: words are runs
  // of what \S matches, found by a char loop, not by a regex's matches (no match object a word).
  const words: string[] = []
  const n = action.length
  for (let i = 0; i < n && words.length < 15;) {
    if (isJsSpace(action.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    while (i < n && !isJsSpace(action.charCodeAt(i))) i++
    words.push(action.slice(start, i))
  }
  return words.length > 14 ? `${words.slice(0, 14).join(' ')} …` : words.join(' ')
}

/** True for the characters JavaScript's \s matches (white space and line ends). */
function isJsSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13)
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  )
}

/**
 * The deadline in the item's clause; else in the sentence's lead-in ("In the coming months, the
 * U.S. and the UK will ...", or the words that introduce a list the item is an entry of); else in
 * the words after the clause up to the next clause ("They planned to intensify consular cooperation
 * ..., in the run up to the 2019 Rugby World Cup").
 */
function deadlineOf(draft: Draft, ctx: ExtractContext): Item['deadline'] {
  // An entry of a list takes the deadline of the words that introduce the list ("we committed in the
  // near term to: drive ...; establish ...").
  const listLead = draft.clause.part === 'entry' ? Math.min(draft.sentenceStart + draft.clause.anchor.verbStart, draft.start) : draft.leadEnd
  const fiscal = fiscalYearOf(draft.actors)
  return (
    deadlineIn(draft.start, draft.end, ctx, false, fiscal) ??
    deadlineIn(draft.sentenceStart, Math.min(Math.max(draft.leadEnd, listLead), draft.start), ctx, true, fiscal) ??
    (draft.clause.part === 'head' ? null : deadlineIn(draft.end, draft.tailEnd, ctx, true, fiscal))
  )
}

/** The deadline in the text between two offsets. (A function of the module, not a closure made per item: speed.) */
function deadlineIn(start: number, end: number, ctx: ExtractContext, around: boolean, fiscalYear: FiscalYear | null): Item['deadline'] {
  return end > start ? findDeadline(ctx.text.slice(start, end), { documentDate: ctx.documentDate, offset: start, around, fiscalYear }) : null
}

/**
 * FISCAL_YEARS as a map. Note: a lookup of a country name in the object missed for nearly every
 * party (seven owners are listed), each miss a megamorphic keyed load (speed).
 */
const FISCAL_BY_OWNER: ReadonlyMap<string, FiscalYear> = new Map(Object.entries(FISCAL_YEARS))

/**
 * The fiscal year of an item's doer: one party's own ("Japan" → April–March; a party with no listed
 * convention, the calendar year); for several parties none is given and the rule's default (the
 * U.S. one) applies unless the words name the owner.
 */
function fiscalYearOf(actors: readonly string[]): FiscalYear | null {
  if (actors.length === 1) return FISCAL_BY_OWNER.get(actors[0]!) ?? { endMonth: 12, namedBy: 'end' }
  return null
}
