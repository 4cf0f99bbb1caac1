// Who is signed in: read once from GET /api/session, set by the sign-in form, cleared by sign-out.
import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import type { Role, User } from './types.js'

export interface SessionState {
  user: User | null
  signedIn: (user: User, csrfToken: string) => void
  signOut: () => Promise<void>
}

export const SessionContext = createContext<SessionState>({ user: null, signedIn: () => undefined, signOut: async () => undefined })

export const useSession = (): SessionState => useContext(SessionContext)

const RANK: Record<Role, number> = { viewer: 0, editor: 1, assessor: 2, admin: 3 }

/**
 * Which controls to show for the signed-in user's role, as the contract names them ("editor+",
 * "assessor, admin", "admin"). Only decides what is shown: the server refuses anything else anyway.
 */
export function can(user: User | null, what: 'edit' | 'assess' | 'admin'): boolean {
  if (!user) return false
  if (what === 'edit') return RANK[user.role] >= RANK.editor
  if (what === 'assess') return user.role === 'assessor' || user.role === 'admin'
  return user.role === 'admin'
}
