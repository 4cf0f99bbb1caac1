// Who may do what: the role rules, as functions the server (and any other caller) asks. Routes name
// a rule; item-level rules (an editor or assessor with a party acts only on that party's items) are
// checked here too, on the item the change is about.
import { CommuniqueError } from '../core/errors.js'
import type { Role, UserRecord } from '../store/accounts.js'
import type { StoredItem } from '../store/types.js'

/** The rule a route requires: no one signed in, any signed-in user, or a set of roles. */
export type Rule = 'anyone' | 'signed-in' | 'viewer' | 'editor' | 'assessor' | 'admin'

/** The roles each rule admits ('anyone' and 'signed-in' admit every role). */
export const RULE_ROLES: Readonly<Record<Rule, readonly Role[]>> = {
  anyone: ['viewer', 'editor', 'assessor', 'admin'],
  'signed-in': ['viewer', 'editor', 'assessor', 'admin'],
  viewer: ['viewer', 'editor', 'assessor', 'admin'],
  editor: ['editor', 'admin'],
  assessor: ['assessor', 'admin'],
  admin: ['admin'],
}

/** True when the user's role satisfies the rule. */
export function allows(rule: Rule, user: Pick<UserRecord, 'role'> | null): boolean {
  if (rule === 'anyone') return true
  if (!user) return false
  return RULE_ROLES[rule].includes(user.role)
}

/**
 * Checks a rule for a (possibly anonymous) user.
 * @throws CommuniqueError 'unauthenticated' when nobody is signed in, 'forbidden' when the role does not allow it
 */
export function requireRule(rule: Rule, user: Pick<UserRecord, 'role'> | null): void {
  if (rule === 'anyone') return
  if (!user) throw new CommuniqueError('unauthenticated', 'sign in first (POST /api/session) or send an API token')
  if (!allows(rule, user)) {
    throw new CommuniqueError('forbidden', `your role (${user.role}) may not do this; it needs ${RULE_ROLES[rule].join(' or ')}`, {
      params: { role: user.role, allowed: RULE_ROLES[rule] },
    })
  }
}

/**
 * An editor or assessor with a party acts only on items that party undertakes; admins and users
 * without a party act on every item. A new item (id null) is judged by the actors it would have.
 * @throws CommuniqueError 'forbidden'
 */
export function requireItemScope(user: Pick<UserRecord, 'role' | 'party'>, item: { id: StoredItem['id'] | null; actors: readonly string[] }): void {
  if (user.role === 'admin' || !user.party) return
  if (!item.actors.includes(user.party)) {
    const what = item.id === null ? 'the new item' : `item ${item.id}`
    throw new CommuniqueError('forbidden', `${what} is not undertaken by ${user.party}; you may change only ${user.party}'s items`, {
      params: { itemId: item.id, party: user.party },
    })
  }
}

/**
 * An editor or assessor with a party moves on the review only of meetings that party attended
 * (admins and users without a party, of every meeting).
 * @throws CommuniqueError 'forbidden'
 */
export function requireMeetingScope(user: Pick<UserRecord, 'role' | 'party'>, meeting: { id: number; parties: readonly string[] }): void {
  if (user.role === 'admin' || !user.party) return
  if (!meeting.parties.includes(user.party)) {
    throw new CommuniqueError('forbidden', `${user.party} is not a party of meeting ${meeting.id}; you may review only ${user.party}'s meetings`, {
      params: { meetingId: meeting.id, party: user.party },
    })
  }
}

/**
 * An assessor with a party scores only that party.
 * @throws CommuniqueError 'forbidden'
 */
export function requireAssessParty(user: Pick<UserRecord, 'role' | 'party'>, party: string): void {
  if (user.role === 'admin' || !user.party) return
  if (party !== user.party) throw new CommuniqueError('forbidden', `you may score only ${user.party}, not ${party}`, { params: { party, own: user.party } })
}
