// Workflows that change one item's tracking: read it, check the user's values with track/ rules,
// apply the change based on the version read (a concurrent change makes it stale, exit 3).
// Evidence and comments only append, so they commute with other changes: they are checked
// against a version only when the user names one (--if-version).
import { CommuniqueError } from '../core/errors.js'
import {
  assertIsoDate,
  assertMaxLength,
  assessableParties,
  parseDue,
  parseEvidenceUrl,
  parseRound,
  parseScore,
  parseStatus,
  resolveParty,
  MAX_NOTE_LENGTH,
  MAX_OWNER_LENGTH,
} from '../track/index.js'
import type { Store } from '../store/store.js'
import type { ChangeResult, StoredItem, TrackingChange } from '../store/types.js'

/** Who changes an item, when, and on which version (default: the version just read). */
export interface ChangeOptions {
  store: Store
  actor: string
  /** ISO timestamp (the caller reads the clock). */
  now: string
  /** Refuse the change unless the item is still at this version (--if-version). */
  ifVersion?: number
  note?: string | null
}

/**
 * Reads an item that must exist and be tracked.
 * @throws CommuniqueError 'not-found' or 'invalid-input'
 */
export async function requireTrackedItem(store: Store, itemId: number): Promise<StoredItem & { tracking: NonNullable<StoredItem['tracking']> }> {
  const item = await store.getItem(itemId)
  if (!item) throw new CommuniqueError('not-found', `no item ${itemId} in the store; run \`communique list\` to see item ids`, { params: { itemId } })
  if (!item.tracking)
    throw new CommuniqueError('invalid-input', `item ${itemId} is a ${item.type}; only commitments and directives are tracked`, {
      params: { itemId, type: item.type },
    })
  return item as StoredItem & { tracking: NonNullable<StoredItem['tracking']> }
}

async function change(
  itemId: number,
  make: (item: StoredItem) => TrackingChange | Promise<TrackingChange>,
  o: ChangeOptions,
  appendOnly = false,
): Promise<ChangeResult> {
  const item = await requireTrackedItem(o.store, itemId)
  const c = await make(item)
  if (o.note) assertMaxLength(o.note, 'the note', MAX_NOTE_LENGTH)
  const expectedVersion = o.ifVersion ?? (appendOnly ? undefined : item.tracking.version)
  return o.store.applyChange(itemId, c, { actor: o.actor, at: o.now, expectedVersion, note: o.note ?? null })
}

/** Sets the status ("in progress", "done" ...). */
export async function setStatus(itemId: number, status: string, o: ChangeOptions): Promise<ChangeResult> {
  const s = parseStatus(status)
  return change(itemId, () => ({ kind: 'status', status: s }), o)
}

/** Sets the owner (free text), or clears it with null. */
export async function setOwner(itemId: number, owner: string | null, o: ChangeOptions): Promise<ChangeResult> {
  const name = owner?.trim() || null
  if (name) assertMaxLength(name, 'the owner', MAX_OWNER_LENGTH)
  return change(itemId, () => ({ kind: 'owner', owner: name }), o)
}

/** Sets the due date (YYYY-MM-DD), or clears it with "none". */
export async function setDue(itemId: number, due: string, o: ChangeOptions): Promise<ChangeResult> {
  const d = parseDue(due)
  return change(itemId, () => ({ kind: 'due', due: d }), o)
}

/** Adds a piece of evidence. */
export async function addEvidence(itemId: number, e: { url?: string; note?: string; date?: string }, o: ChangeOptions): Promise<ChangeResult> {
  const typed = e.url?.trim() || null
  const note = assertMaxLength(e.note?.trim() ?? '', 'the note', MAX_NOTE_LENGTH)
  if (!typed && !note) throw new CommuniqueError('usage', 'evidence needs --url or --note (or both)', { params: { fields: ['url', 'note'] } })
  const url = typed === null ? null : parseEvidenceUrl(typed)
  const date = e.date === undefined ? null : assertIsoDate(e.date, 'the evidence date (--date)')
  return change(itemId, () => ({ kind: 'evidence', date, url, note }), o, true)
}

/** Adds a comment. */
export async function addComment(itemId: number, text: string, o: ChangeOptions): Promise<ChangeResult> {
  const t = text.trim()
  if (!t) throw new CommuniqueError('usage', 'the comment is empty; give its text', { params: { field: 'text' } })
  assertMaxLength(t, 'the comment', MAX_NOTE_LENGTH)
  return change(itemId, () => ({ kind: 'comment', text: t }), o, true)
}

/** Records one party's compliance score in a round (replacing that party's score in that round). */
export async function assessItem(
  itemId: number,
  a: { party: string; score: string; rationale: string; round?: string },
  o: ChangeOptions,
): Promise<ChangeResult> {
  const score = parseScore(a.score)
  const round = parseRound(a.round)
  const rationale = a.rationale.trim()
  if (!rationale) throw new CommuniqueError('usage', 'an assessment needs a --rationale saying why', { params: { field: 'rationale' } })
  assertMaxLength(rationale, 'the rationale', MAX_NOTE_LENGTH)
  return change(
    itemId,
    async (item) => {
      const meeting = await o.store.getMeeting(item.meetingId)
      const party = resolveParty(a.party, assessableParties(item.actors, meeting?.parties ?? []), itemId)
      return { kind: 'assessment', party, score, round, rationale }
    },
    o,
  )
}
