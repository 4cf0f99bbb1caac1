// Health and sign-in: POST/GET/DELETE /api/session.
import { Type } from '@fastify/type-provider-typebox'
import { signIn, signOut, publicUser, SESSION_HOURS } from '../../commands/accounts.js'
import { CommuniqueError } from '../../core/errors.js'
import { SESSION_COOKIE } from '../auth.js'
import { route } from '../route.js'
import { UserSchema } from '../schemas.js'

const SessionAnswer = Type.Object({
  user: Type.Object({ name: Type.String(), role: Type.String(), party: Type.Union([Type.String(), Type.Null()]) }),
  csrfToken: Type.String(),
})

export const sessionRoutes = [
  route({
    method: 'GET',
    url: '/api/health',
    rule: 'anyone',
    summary: 'Is the server up, and on which back-end',
    tags: ['meta'],
    schema: { response: { 200: Type.Object({ status: Type.Literal('ok'), backend: Type.String() }) } },
    handler: async (_req, _reply, ctx) => ({ status: 'ok', backend: ctx.store.backend }),
  }),
  route({
    method: 'POST',
    url: '/api/session',
    rule: 'anyone',
    summary: 'Sign in: sets the session cookie and returns the CSRF token',
    tags: ['session'],
    schema: {
      body: Type.Object(
        { username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 1024 }) },
        { additionalProperties: false },
      ),
      response: { 200: SessionAnswer },
    },
    handler: async (req, reply, ctx) => {
      const s = await signIn(ctx.store, { username: req.body.username, password: req.body.password, address: req.raw.ip }, ctx.now())
      void reply.setCookie(SESSION_COOKIE, s.token, {
        httpOnly: true,
        sameSite: 'strict',
        path: '/',
        secure: req.raw.protocol === 'https',
        maxAge: SESSION_HOURS * 3600,
      })
      const u = publicUser(s.user)
      return { user: { name: u.name, role: u.role, party: u.party }, csrfToken: s.csrfToken }
    },
  }),
  route({
    method: 'GET',
    url: '/api/session',
    rule: 'signed-in',
    summary: 'Who is signed in, with the CSRF token',
    tags: ['session'],
    schema: { response: { 200: Type.Object({ user: UserSchema, csrfToken: Type.Union([Type.String(), Type.Null()]) }) } },
    handler: async (req) => ({ user: publicUser(req.user!), csrfToken: req.raw.identity?.csrfToken ?? null }),
  }),
  route({
    method: 'DELETE',
    url: '/api/session',
    rule: 'signed-in',
    summary: 'Sign out: revokes the session and clears the cookie',
    tags: ['session'],
    schema: {},
    handler: async (req, reply, ctx) => {
      const token = req.raw.identity?.sessionToken
      if (!token) throw new CommuniqueError('usage', 'this request is signed in with an API token, not a session; nothing to sign out of')
      await signOut(ctx.store, token, ctx.now())
      void reply.clearCookie(SESSION_COOKIE, { path: '/' })
      return reply.status(204).send()
    },
  }),
]
