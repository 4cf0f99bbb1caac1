// Users and their API tokens (admin only).
import { Type } from '@fastify/type-provider-typebox'
import { addUser, changeUser, createApiToken, publicUser, requireUser, ROLES } from '../../commands/accounts.js'
import { CommuniqueError } from '../../core/errors.js'
import { route } from '../route.js'
import { UserSchema } from '../schemas.js'

const NameParams = Type.Object({ name: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false })
const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)))

export const userRoutes = [
  route({
    method: 'GET',
    url: '/api/users',
    rule: 'admin',
    summary: 'Every user',
    tags: ['users'],
    schema: { response: { 200: Type.Object({ users: Type.Array(UserSchema) }) } },
    handler: async (_req, _reply, ctx) => ({ users: (await ctx.store.accounts.listUsers()).map(publicUser) }),
  }),
  route({
    method: 'POST',
    url: '/api/users',
    rule: 'admin',
    summary: 'Add a user',
    tags: ['users'],
    schema: {
      body: Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 64 }),
          role: RoleSchema,
          party: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
          password: Type.String({ minLength: 1, maxLength: 1024 }),
        },
        { additionalProperties: false },
      ),
      response: { 201: UserSchema },
    },
    handler: async (req, reply, ctx) => reply.status(201).send(publicUser(await addUser(ctx.store, req.body, ctx.now()))),
  }),
  route({
    method: 'PATCH',
    url: '/api/users/:name',
    rule: 'admin',
    summary: "Change a user's role, party, password or disable them (ends their sessions)",
    tags: ['users'],
    schema: {
      params: NameParams,
      body: Type.Object(
        {
          role: Type.Optional(RoleSchema),
          party: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
          disabled: Type.Optional(Type.Boolean()),
          password: Type.Optional(Type.String({ minLength: 1, maxLength: 1024 })),
        },
        { additionalProperties: false },
      ),
      response: { 200: UserSchema },
    },
    handler: async (req, _reply, ctx) => {
      if (req.params.name === req.user!.name && (req.body.disabled || (req.body.role && req.body.role !== 'admin'))) {
        throw new CommuniqueError('usage', 'you cannot disable yourself or take away your own admin role; ask another admin')
      }
      return publicUser(await changeUser(ctx.store, req.params.name, req.body, ctx.now()))
    },
  }),
  route({
    method: 'GET',
    url: '/api/users/:name/tokens',
    rule: 'admin',
    summary: "A user's API tokens (never their secrets)",
    tags: ['users'],
    schema: { params: NameParams },
    handler: async (req, _reply, ctx) => ({ tokens: await ctx.store.accounts.listTokens((await requireUser(ctx.store, req.params.name)).id) }),
  }),
  route({
    method: 'POST',
    url: '/api/users/:name/tokens',
    rule: 'admin',
    summary: 'Create an API token (its secret is shown once)',
    tags: ['users'],
    schema: { params: NameParams, response: { 201: Type.Object({ id: Type.Integer(), token: Type.String() }) } },
    handler: async (req, reply, ctx) => reply.status(201).send(await createApiToken(ctx.store, req.params.name, ctx.now())),
  }),
  route({
    method: 'DELETE',
    url: '/api/users/:name/tokens/:id',
    rule: 'admin',
    summary: 'Revoke an API token',
    tags: ['users'],
    schema: { params: Type.Object({ name: Type.String({ minLength: 1, maxLength: 64 }), id: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }) },
    handler: async (req, reply, ctx) => {
      const user = await requireUser(ctx.store, req.params.name)
      if (!(await ctx.store.accounts.revokeToken(user.id, req.params.id)))
        throw new CommuniqueError('not-found', `${req.params.name} has no token ${req.params.id}`, { params: req.params })
      return reply.status(204).send()
    },
  }),
]
