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

/** The roles each kind of change admits, as the server's role rules name them (the server decides). */
const ROLES_FOR: Record<'edit' | 'assess' | 'admin', readonly Role[]> = {
  edit: ['editor', 'admin'],
  assess: ['assessor', 'admin'],
  admin: ['admin'],
}

/**
 * Which controls to show for the signed-in user's role, as the contract names them ("editor+",
 * "assessor, admin", "admin"). Only decides what is shown: the server refuses anything else anyway.
 */
export function can(user: User | null, what: 'edit' | 'assess' | 'admin'): boolean {
  return user !== null && ROLES_FOR[what].includes(user.role)
}
