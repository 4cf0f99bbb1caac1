// The review actions of issue 8 over HTTP: accept, reject, restore, edit fields (If-Match required),
// add an item by quote, split, merge, and a meeting's review state. Every route calls the function
// of commands/review-items.ts that the CLI calls, on behalf of the signed-in user, with the user's
// party scope (commands/authorize.ts) asked about every item the action touches.
import { Type } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import { requireItemScope, requireMeetingScope } from '../../commands/authorize.js'
import {
  accept,
  addItem,
  editItem,
  meetingReviewSummary,
  mergeItems,
  reject,
  restore,
  setMeetingReview,
  splitItem,
  type ReviewOptions,
} from '../../commands/review-items.js'
import type { UserRecord } from '../../store/accounts.js'
import type { StoredItem } from '../../store/types.js'
import { route, type ServerContext } from '../route.js'
import { IdParams, MeetingParams } from '../schemas.js'
import { ifMatchVersion, sendEtag, staleAs412 } from './items.js'

const ITEM_TYPES = ['commitment', 'directive', 'support', 'call', 'position'] as const
const itemType = Type.Union(ITEM_TYPES.map((t) => Type.Literal(t)))
const names = Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50 })
const quote = Type.String({ minLength: 1, maxLength: 5000 })
const deadline = Type.String({ minLength: 1, maxLength: 200, description: 'words of the paragraph ("by the end of 2016"), YYYY-MM-DD, or "none" to clear' })
const topics = Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50 })
const offset = Type.Integer({ minimum: 0, maximum: 100_000_000 })

/** Review options for the signed-in user: their name in history, their party scope, the version they read. */
function reviewOpts(ctx: ServerContext, user: UserRecord | null, ifVersion?: number): ReviewOptions {
  const u = user!
  return {
    store: ctx.store,
    actor: u.name,
    now: ctx.now(),
    ifVersion,
    authorize: (item) => requireItemScope(u, item),
    authorizeMeeting: (meeting) => requireMeetingScope(u, meeting),
  }
}

/** The item as the API answers a change: with its ETag. */
function answerItem(reply: FastifyReply, item: StoredItem, status = 200) {
  sendEtag(reply, item)
  return reply.status(status).send(item)
}

export const reviewRoutes = [
  route({
    method: 'POST',
    url: '/api/items/:id/accept',
    rule: 'editor',
    summary: 'Accept a proposed item (If-Match optional)',
    tags: ['review'],
    schema: { params: IdParams, body: Type.Optional(Type.Object({}, { additionalProperties: false })) },
    handler: async (req, reply, ctx) => {
      const id = req.params.id
      const [item] = await staleAs412(ctx, id, () => accept([id], reviewOpts(ctx, req.user, ifMatchVersion(req.raw, false))))
      return answerItem(reply, item!)
    },
  }),
  route({
    method: 'POST',
    url: '/api/items/:id/reject',
    rule: 'editor',
    summary: 'Reject an item with a reason (If-Match optional); it leaves the report',
    tags: ['review'],
    schema: {
      params: IdParams,
      body: Type.Object(
        {
          reason: Type.Union(['not-a-pledge', 'duplicate', 'wrong-span', 'other'].map((r) => Type.Literal(r))),
          note: Type.Optional(Type.String({ maxLength: 2000 })),
        },
        { additionalProperties: false },
      ),
    },
    handler: async (req, reply, ctx) => {
      const id = req.params.id
      const [item] = await staleAs412(ctx, id, () => reject([id], req.body, reviewOpts(ctx, req.user, ifMatchVersion(req.raw, false))))
      return answerItem(reply, item!)
    },
  }),
  route({
    method: 'POST',
    url: '/api/items/:id/restore',
    rule: 'editor',
    summary: 'Put an accepted or rejected item back to proposed (If-Match optional)',
    tags: ['review'],
    schema: { params: IdParams, body: Type.Optional(Type.Object({}, { additionalProperties: false })) },
    handler: async (req, reply, ctx) => {
      const id = req.params.id
      return answerItem(reply, await staleAs412(ctx, id, () => restore(id, reviewOpts(ctx, req.user, ifMatchVersion(req.raw, false)))))
    },
  }),
  route({
    method: 'PATCH',
    url: '/api/items/:id/fields',
    rule: 'editor',
    summary: "Correct an item's type, span, actors, deadline or topics (If-Match required)",
    tags: ['review'],
    schema: {
      params: IdParams,
      body: Type.Object(
        {
          type: Type.Optional(itemType),
          quote: Type.Optional(quote),
          start: Type.Optional(offset),
          end: Type.Optional(offset),
          actors: Type.Optional(names),
          deadline: Type.Optional(deadline),
          topics: Type.Optional(topics),
        },
        { additionalProperties: false },
      ),
    },
    handler: async (req, reply, ctx) => {
      const id = req.params.id
      const ifVersion = ifMatchVersion(req.raw, true)!
      return answerItem(reply, await staleAs412(ctx, id, () => editItem(id, req.body, reviewOpts(ctx, req.user, ifVersion))))
    },
  }),
  route({
    method: 'POST',
    url: '/api/meetings/:id/items',
    rule: 'editor',
    summary: "Add an item by a quote of the meeting's document (409 ambiguous-quote names the candidates)",
    tags: ['review'],
    schema: {
      params: MeetingParams,
      body: Type.Object(
        {
          quote,
          type: itemType,
          actors: Type.Optional(names),
          paragraph: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
          deadline: Type.Optional(deadline),
          topics: Type.Optional(topics),
        },
        { additionalProperties: false },
      ),
    },
    handler: async (req, reply, ctx) => answerItem(reply, await addItem(req.params.id, req.body, reviewOpts(ctx, req.user)), 201),
  }),
  route({
    method: 'POST',
    url: '/api/items/:id/split',
    rule: 'editor',
    summary: 'Split an item into several, one per quote of its paragraph (If-Match optional)',
    tags: ['review'],
    schema: { params: IdParams, body: Type.Object({ quotes: Type.Array(quote, { minItems: 2, maxItems: 50 }) }, { additionalProperties: false }) },
    handler: async (req, _reply, ctx) => {
      const id = req.params.id
      const items = await staleAs412(ctx, id, () => splitItem(id, req.body.quotes, reviewOpts(ctx, req.user, ifMatchVersion(req.raw, false))))
      return { items }
    },
  }),
  route({
    method: 'POST',
    url: '/api/items/merge',
    rule: 'editor',
    summary: 'Merge items of one paragraph into the first named',
    tags: ['review'],
    schema: {
      body: Type.Object(
        { ids: Type.Array(Type.Integer({ minimum: 1, maximum: 999_999_999 }), { minItems: 2, maxItems: 50 }) },
        { additionalProperties: false },
      ),
    },
    handler: async (req, reply, ctx) => {
      const first = req.body.ids[0]!
      return answerItem(reply, await staleAs412(ctx, first, () => mergeItems(req.body.ids, reviewOpts(ctx, req.user))))
    },
  }),
  route({
    method: 'PUT',
    url: '/api/meetings/:id/review',
    rule: 'editor',
    summary: "Move a meeting's review on: in-review or reviewed",
    tags: ['review'],
    schema: {
      params: MeetingParams,
      body: Type.Object({ state: Type.Union([Type.Literal('in-review'), Type.Literal('reviewed')]) }, { additionalProperties: false }),
    },
    handler: async (req, _reply, ctx) => {
      const meeting = await setMeetingReview(req.params.id, req.body.state, reviewOpts(ctx, req.user))
      const { review, next } = await meetingReviewSummary(meeting.id, ctx.store)
      return { ...review, next: next ? { id: next.id, paragraph: next.paragraph } : null }
    },
  }),
]
