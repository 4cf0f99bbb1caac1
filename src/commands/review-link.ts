// `communique link confirm|reject LINK`: records a person's review of a suggested link on the link
// and in its item's history; `--apply` on a confirmed "reported-done" link also sets the item done
// with the passage as evidence. One transaction, based on the item version read here.
import { CommuniqueError } from '../core/errors.js'
import type { Store } from '../store/store.js'
import type { LinkReviewResult, StoredLink } from '../store/types.js'
import { statusFromLink } from '../track/link/index.js'
import { requireTrackedItem } from './track-item.js'

/** Who reviews, when, and what else to do. */
export interface ReviewLinkOptions {
  store: Store
  actor: string
  /** ISO timestamp (the caller reads the clock). */
  now: string
  /** Why, kept on the link and in the history entry. */
  note?: string | null
  /** With a confirmation: set the item's status to done and add the passage as evidence (reported-done links only). */
  apply?: boolean
}

/**
 * Confirms or rejects link `linkId`. Confirming or rejecting a link already in that state adds
 * nothing (`entries` is then empty), except what `apply` still has to set.
 * @throws CommuniqueError 'not-found' (exit 1) for an unknown link; 'usage' (exit 2) for `apply`
 *   with a rejection or on a link that is not `reported-done`; 'conflict' (exit 3) when the item
 *   changed while the review was being made
 */
export async function reviewLink(linkId: number, review: 'confirmed' | 'rejected', o: ReviewLinkOptions): Promise<LinkReviewResult> {
  if (o.apply && review !== 'confirmed') throw new CommuniqueError('usage', '--apply goes with `link confirm` only; a rejected link sets nothing')
  const link = await o.store.getLink(linkId)
  if (!link) throw new CommuniqueError('not-found', `no link ${linkId} in the store; run \`communique links ITEM\` to see the link ids of an item`)
  if (o.apply && link.kind !== 'reported-done') {
    throw new CommuniqueError(
      'usage',
      `--apply applies only to reported-done links, and link ${linkId} is ${article(link.kind)} ${link.kind} link; confirm it without --apply, or set the status yourself with \`communique status ${link.itemId} ...\``,
    )
  }
  const item = await requireTrackedItem(o.store, Number(link.itemId))
  const apply = o.apply ? applied(link) : null
  return o.store.reviewLink(linkId, { review, apply }, { actor: o.actor, at: o.now, expectedVersion: item.tracking.version, note: o.note?.trim() || null })
}

/** The status and evidence a confirmed reported-done link sets (statusFromLink, dated by the later meeting). */
function applied(link: StoredLink): NonNullable<ReturnType<typeof statusFromLink>> {
  const change = statusFromLink({ ...link, review: 'confirmed' }, { date: link.meetingDate, title: link.meetingTitle })
  if (!change) throw new Error(`reviewLink: statusFromLink gave nothing for confirmed ${link.kind} link ${link.id}; it should set reported-done links to done.`)
  return change
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a'
}
