// Who is asking: the session cookie or an API token; and the CSRF rules for cookie-authenticated
// changes (X-CSRF-Token header equal to the session's, and an Origin, when sent, equal to ours).
import { timingSafeEqual } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import { sessionOf, userOfToken } from '../commands/accounts.js'
import { CommuniqueError } from '../core/errors.js'
import type { UserRecord } from '../store/accounts.js'
import type { ServerContext } from './route.js'

/** The session cookie's name. */
export const SESSION_COOKIE = 'communique_session'

/** How a request was authenticated. */
export interface Identity {
  user: UserRecord
  via: 'cookie' | 'token'
  /** For cookie sessions: the session's CSRF token and the cookie value. */
  csrfToken?: string
  sessionToken?: string
}

/** Reads the cookie or bearer token; null for an anonymous request. An unknown token is anonymous too. */
export async function identify(req: FastifyRequest, ctx: ServerContext): Promise<Identity | null> {
  const auth = req.headers.authorization
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth)
    if (!m) throw new CommuniqueError('unauthenticated', 'the Authorization header must be "Bearer <token>"')
    const user = await userOfToken(ctx.store, m[1]!, ctx.now())
    if (!user) throw new CommuniqueError('unauthenticated', 'the API token is unknown or revoked; create one with `communique user token NAME`')
    return { user, via: 'token' }
  }
  const cookie = req.cookies?.[SESSION_COOKIE]
  if (!cookie) return null
  const session = await sessionOf(ctx.store, cookie, ctx.now())
  if (!session) return null
  return { user: session.user, via: 'cookie', csrfToken: session.csrfToken, sessionToken: cookie }
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** The server's own origin as the request reached it (scheme and Host header). */
export function ownOrigin(req: FastifyRequest): string {
  return `${req.protocol}://${req.headers.host ?? ''}`
}

/**
 * A cookie-authenticated change needs the session's CSRF token in X-CSRF-Token, and an Origin
 * header, when present, equal to the server's own origin.
 * @throws CommuniqueError 'forbidden'
 */
export function checkCsrf(req: FastifyRequest, id: Identity): void {
  if (id.via !== 'cookie' || req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return
  const origin = req.headers.origin
  if (origin !== undefined && origin !== ownOrigin(req)) {
    throw new CommuniqueError('forbidden', `requests from ${origin} may not change anything here`, { params: { origin } })
  }
  const header = req.headers['x-csrf-token']
  if (typeof header !== 'string' || !id.csrfToken || !sameSecret(header, id.csrfToken)) {
    throw new CommuniqueError('forbidden', 'missing or wrong X-CSRF-Token header; send the csrfToken that GET /api/session returns', {
      params: { header: 'X-CSRF-Token' },
    })
  }
}
