// From suggestions to stored links and back to tracking: the record a suggestion becomes, how a
// re-run merges with links people already reviewed, and what a confirmed "reported-done" link sets.
import type { Link, LinkKind, Status } from '../../core/tracking.js'
import type { LinkSuggestion } from './types.js'

/** A link as the store saves it, before it has an id. */
export type NewLink = Omit<Link, 'id'>

/**
 * The stored form of a suggestion: review `suggested`, item ids mapped to the store's.
 * @param suggestion from linkMeetings
 * @param itemId the store's id of the earlier item (suggestions carry the document-local id, "p4-9")
 * @param targetItemId the store's id of the later item `suggestion.targetItemId` names, or null
 */
export function toNewLink(suggestion: LinkSuggestion, itemId: string, targetItemId: string | null = null): NewLink {
  return {
    itemId,
    kind: suggestion.kind,
    score: suggestion.score,
    meetingId: suggestion.meetingId,
    paragraph: suggestion.paragraph,
    passage: suggestion.passage,
    start: suggestion.start,
    end: suggestion.end,
    review: 'suggested',
    targetItemId,
    reason: suggestion.reason,
  }
}

/** What a re-run of linking changes in the stored links. */
export interface LinkUpdate {
  /** New suggestions to insert. */
  insert: NewLink[]
  /** Stored suggestions found again: their new kind and score. */
  update: Array<{ id: number; kind: LinkKind; score: number; reason?: string | null }>
  /** Ids of stored suggestions not found again (reviewed links are never removed). */
  remove: number[]
}

/**
 * Merges fresh suggestions into stored links. A link is the same when item, meeting and passage
 * offsets are the same. Confirmed and rejected links are kept as they are and never suggested
 * again; an unreviewed suggestion that is no longer found is removed.
 * @param stored the item links in the store
 * @param fresh new suggestions, already mapped with toNewLink
 */
export function planLinkUpdate(stored: readonly Link[], fresh: readonly NewLink[]): LinkUpdate {
  const key = (l: Pick<Link, 'itemId' | 'meetingId' | 'start' | 'end'>): string => `${l.itemId}\u0000${l.meetingId}\u0000${l.start}\u0000${l.end}`
  const byKey = new Map(stored.map((l) => [key(l), l]))
  const seen = new Set<string>()
  const plan: LinkUpdate = { insert: [], update: [], remove: [] }
  for (const f of fresh) {
    const k = key(f)
    seen.add(k)
    const old = byKey.get(k)
    if (!old) plan.insert.push(f)
    else if (old.review === 'suggested' && (old.kind !== f.kind || old.score !== f.score || (old.reason ?? null) !== (f.reason ?? null))) {
      plan.update.push({ id: old.id, kind: f.kind, score: f.score, reason: f.reason ?? null })
    }
  }
  for (const l of stored) if (l.review === 'suggested' && !seen.has(key(l))) plan.remove.push(l.id)
  return plan
}

/** The status change and evidence a confirmed link implies (see statusFromLink). */
export interface LinkStatusChange {
  status: Status
  evidence: { date: string | null; url: string | null; note: string }
}

/**
 * What applying a link sets on its item: only a **confirmed** `reported-done` link sets the status
 * to `done`, with the passage as evidence dated by the later meeting. Anything else gives null: a
 * suggestion is never applied unreviewed, and reaffirmed, progress or dropped links inform the
 * reader but change nothing by themselves.
 * @param link the stored link
 * @param meeting the later meeting: its date, and a title and URL for the note when known
 * @example statusFromLink(link, { date: '2022-05-23', title: 'Japan-U.S. Joint Leaders’ Statement' })
 *   // { status: 'done', evidence: { date: '2022-05-23', url: null, note: 'Reported done in Japan-U.S. ... ¶12: "..."' } }
 */
export function statusFromLink(
  link: Pick<Link, 'kind' | 'review' | 'passage' | 'paragraph' | 'meetingId'>,
  meeting: { date: string | null; title?: string | null; url?: string | null },
): LinkStatusChange | null {
  if (link.review !== 'confirmed' || link.kind !== 'reported-done') return null
  const where = meeting.title ?? link.meetingId
  return {
    status: 'done',
    evidence: {
      date: meeting.date,
      url: meeting.url ?? null,
      note: `Reported done in ${where}${meeting.date ? ` (${meeting.date})` : ''}, ¶${link.paragraph}: "${link.passage}"`,
    },
  }
}
