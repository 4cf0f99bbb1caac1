// Items: list, one item (with ETag), history, tracking changes (PATCH with If-Match), evidence,
// comments, assessments, links and link reviews.
import { Type } from '@fastify/type-provider-typebox'
import type { StoredItem } from '../../store/types.js'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { requireAssessParty, requireItemScope } from '../../commands/authorize.js'
import { itemView, listItemsPage, requireItem } from '../../commands/query-items.js'
import { reviewLink } from '../../commands/review-link.js'
import { addComment, addEvidence, assessItem } from '../../commands/track-item.js'
import { updateItem } from '../../commands/update-item.js'
import { CommuniqueError } from '../../core/errors.js'
import { canonicalParty } from '../../track/index.js'
import { HttpProblem } from '../problem.js'
import { route, type ServerContext } from '../route.js'
import { IdParams, itemFilterProperties, pageProperties, readCursor, writeCursor } from '../schemas.js'

/** Reads `If-Match: "N"` (a weak `W/"N"` too). @throws HttpProblem 428 when missing, 412 when not a version of ours */
export function ifMatchVersion(req: FastifyRequest, required: boolean): number | undefined {
  const h = req.headers['if-match']
  if (h === undefined) {
    if (required)
      throw new HttpProblem(428, 'version-required', 'send If-Match with the ETag of the item you read (GET /api/items/{id})', { header: 'If-Match' })
    return undefined
  }
  const m = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(h)
  if (!m) throw new HttpProblem(412, 'conflict', `If-Match must be the ETag of the item ("<version>"), got ${h}`, { header: 'If-Match' })
  return Number(m[1])
}

/** Sends the ETag of an item. */
export function sendEtag(reply: FastifyReply, item: Pick<StoredItem, 'version'>): void {
  void reply.header('etag', `"${item.version}"`)
}

/** A stale version as 412 with the current item in `params.current`; other errors unchanged. */
export async function staleAs412<T>(ctx: ServerContext, id: number, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (error) {
    if (error instanceof CommuniqueError && error.code === 'conflict' && !(error instanceof HttpProblem)) {
      const current = await itemView(ctx.store, id).catch(() => null)
      throw new HttpProblem(412, 'conflict', error.message, { ...error.params, current })
    }
    throw error
  }
}

const ItemsQuery = Type.Object({ ...itemFilterProperties, ...pageProperties }, { additionalProperties: false })

/** Options of changes made through the API on behalf of the signed-in user. */
export function changeOpts(ctx: ServerContext, req: { user: { name: string } | null }, ifVersion?: number) {
  return { store: ctx.store, actor: req.user!.name, now: ctx.now(), ifVersion }
}

export const itemRoutes = [
  route({
    method: 'GET',
    url: '/api/items',
    rule: 'viewer',
    summary: 'Items matching the filters, a page at a time',
    tags: ['items'],
    schema: { querystring: ItemsQuery },
    handler: async (req, _reply, ctx) => {
      const { limit = 50, cursor, ...q } = req.query
      const page = await listItemsPage(ctx.store, q, { after: readCursor(cursor), limit, today: ctx.today() })
      return { items: page.items, nextCursor: page.next === null ? null : writeCursor(page.next) }
    },
  }),
  route({
    method: 'GET',
    url: '/api/items/:id',
    rule: 'viewer',
    summary: 'One item with its paragraph, links, evidence, assessments and comments; ETag is its version',
    tags: ['items'],
    schema: { params: IdParams },
    handler: async (req, reply, ctx) => {
      const view = await itemView(ctx.store, req.params.id)
      sendEtag(reply, view)
      return view
    },
  }),
  route({
    method: 'GET',
    url: '/api/items/:id/history',
    rule: 'viewer',
    summary: 'Who changed what on the item, and when',
    tags: ['items'],
    schema: { params: IdParams },
    handler: async (req, _reply, ctx) => {
      await requireItem(ctx.store, req.params.id)
      return { history: await ctx.store.history(req.params.id) }
    },
  }),
  route({
    method: 'PATCH',
    url: '/api/items/:id',
    rule: 'editor',
    summary: 'Change status, owner or due date (If-Match required)',
    tags: ['items'],
    schema: {
      params: IdParams,
      body: Type.Object(
        {
          status: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
          owner: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
          due: Type.Optional(Type.Union([Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }), Type.Null()])),
        },
        { additionalProperties: false },
      ),
    },
    handler: async (req, reply, ctx) => {
      const ifVersion = ifMatchVersion(req.raw, true)!
      const item = await staleAs412(ctx, req.params.id, () => updateItem(ctx.store, req.params.id, req.body, { user: req.user!, now: ctx.now(), ifVersion }))
      sendEtag(reply, item)
      return item
    },
  }),
  route({
    method: 'POST',
    url: '/api/items/:id/evidence',
    rule: 'editor',
    summary: 'Add evidence (a URL, a note, a date)',
    tags: ['items'],
    schema: {
      params: IdParams,
      body: Type.Object(
        {
          url: Type.Optional(Type.String({ maxLength: 2000 })),
          note: Type.Optional(Type.String({ maxLength: 5000 })),
          date: Type.Optional(Type.String({ maxLength: 10 })),
        },
        { additionalProperties: false },
      ),
    },
    handler: async (req, reply, ctx) => {
      requireItemScope(req.user!, await requireItem(ctx.store, req.params.id))
      const r = await staleAs412(ctx, req.params.id, () => addEvidence(req.params.id, req.body, changeOpts(ctx, req, ifMatchVersion(req.raw, false))))
      sendEtag(reply, r.item)
      return reply.status(201).send(r.item)
    },
  }),
  route({
    method: 'POST',
    url: '/api/items/:id/comments',
    rule: 'editor',
    summary: 'Add a comment',
    tags: ['items'],
    schema: { params: IdParams, body: Type.Object({ text: Type.String({ minLength: 1, maxLength: 5000 }) }, { additionalProperties: false }) },
    handler: async (req, reply, ctx) => {
      requireItemScope(req.user!, await requireItem(ctx.store, req.params.id))
      const r = await staleAs412(ctx, req.params.id, () => addComment(req.params.id, req.body.text, changeOpts(ctx, req, ifMatchVersion(req.raw, false))))
      sendEtag(reply, r.item)
      return reply.status(201).send(r.item)
    },
  }),
  route({
    method: 'POST',
    url: '/api/items/:id/assessments',
    rule: 'assessor',
    summary: "Record a party's compliance score (-1, 0, +1) in a round",
    tags: ['items'],
    schema: {
      params: IdParams,
      body: Type.Object(
        {
          party: Type.String({ minLength: 1, maxLength: 200 }),
          score: Type.Union([Type.Integer({ minimum: -1, maximum: 1 }), Type.String({ maxLength: 4 })]),
          rationale: Type.String({ minLength: 1, maxLength: 5000 }),
          round: Type.Optional(Type.String({ maxLength: 100 })),
        },
        { additionalProperties: false },
      ),
    },
    handler: async (req, reply, ctx) => {
      await requireItem(ctx.store, req.params.id)
      requireAssessParty(req.user!, canonicalParty(req.body.party))
      const score = String(req.body.score).replace(/^1$/, '+1')
      const r = await staleAs412(ctx, req.params.id, () =>
        assessItem(req.params.id, { ...req.body, score }, changeOpts(ctx, req, ifMatchVersion(req.raw, false))),
      )
      sendEtag(reply, r.item)
      return reply.status(201).send(r.item)
    },
  }),
  route({
    method: 'GET',
    url: '/api/items/:id/links',
    rule: 'viewer',
    summary: 'Links of the item to passages of later meetings',
    tags: ['links'],
    schema: { params: IdParams },
    handler: async (req, _reply, ctx) => {
      await requireItem(ctx.store, req.params.id)
      return { links: await ctx.store.listLinks({ itemIds: [req.params.id], review: ['suggested', 'confirmed', 'rejected'] }) }
    },
  }),
  ...(['confirm', 'reject'] as const).map((verb) =>
    route({
      method: 'POST',
      url: `/api/links/:id/${verb}`,
      rule: 'editor',
      summary: verb === 'confirm' ? 'Confirm a suggested link (apply: set a reported-done item done)' : 'Reject a suggested link',
      tags: ['links'],
      schema: {
        params: IdParams,
        body: Type.Optional(
          Type.Object({ apply: Type.Optional(Type.Boolean()), note: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false }),
        ),
      },
      handler: async (req, _reply, ctx) => {
        const link = await ctx.store.getLink(req.params.id)
        if (!link) throw new CommuniqueError('not-found', `no link ${req.params.id} in the store`, { params: { linkId: req.params.id } })
        requireItemScope(req.user!, await requireItem(ctx.store, Number(link.itemId)))
        return reviewLink(req.params.id, verb === 'confirm' ? 'confirmed' : 'rejected', {
          store: ctx.store,
          actor: req.user!.name,
          now: ctx.now(),
          apply: req.body?.apply,
          note: req.body?.note,
        })
      },
    }),
  ),
]
