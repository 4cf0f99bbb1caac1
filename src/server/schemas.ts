// TypeBox schemas shared by the routes: path parameters, list and filter queries, change bodies.
import { Type } from '@fastify/type-provider-typebox'
import { CommuniqueError } from '../core/errors.js'
import type { ItemKey } from '../store/types.js'

/** `{id}` of an item, meeting or link: a positive whole number. */
export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 999_999_999 }) }, { additionalProperties: false })

/** `{id}` of a meeting: its number or slug. */
export const MeetingParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false })

const date = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' })

/** Item filters of GET /api/items, /api/search and /api/export. */
export const itemFilterProperties = {
  meeting: Type.Optional(Type.String({ maxLength: 200, description: 'meeting id or slug' })),
  series: Type.Optional(Type.String({ maxLength: 200 })),
  party: Type.Optional(Type.String({ maxLength: 200 })),
  topic: Type.Optional(Type.String({ maxLength: 100 })),
  type: Type.Optional(Type.Union(['commitment', 'directive', 'support', 'call', 'position'].map((t) => Type.Literal(t)))),
  status: Type.Optional(Type.String({ maxLength: 40 })),
  owner: Type.Optional(Type.String({ maxLength: 200 })),
  dueBefore: Type.Optional(date),
  dueAfter: Type.Optional(date),
  overdue: Type.Optional(Type.Boolean()),
  review: Type.Optional(
    Type.String({
      pattern: '^(proposed|accepted|rejected)(,(proposed|accepted|rejected)){0,2}$',
      description: 'review state, or several joined by commas ("proposed,accepted": what the report shows)',
    }),
  ),
  q: Type.Optional(Type.String({ maxLength: 500 })),
}

/** `?limit=&cursor=` of lists. */
export const pageProperties = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
}

/** A problem document (application/problem+json). */
export const ProblemSchema = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.String(),
  code: Type.String(),
  params: Type.Optional(Type.Object({}, { additionalProperties: true })),
})

/** The public view of a user. */
export const UserSchema = Type.Object({
  name: Type.String(),
  role: Type.String(),
  party: Type.Union([Type.String(), Type.Null()]),
  disabled: Type.Boolean(),
  createdAt: Type.String(),
})

/**
 * Reads an opaque list cursor: the listing-order key of the last item of the previous page.
 * @throws CommuniqueError 'invalid-input' for a cursor this server did not write
 */
export function readCursor(cursor: string | undefined): ItemKey | undefined {
  if (!cursor) return undefined
  const m = /^k:(\d{1,12}):(\d{1,12}):(\d{1,12}):(.*)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'))
  if (!m || m[4]!.length > 40) {
    throw new CommuniqueError('invalid-input', 'the cursor is not one this server wrote; start again without `cursor` and follow `nextCursor`', {
      params: { field: 'cursor' },
    })
  }
  return { meetingId: Number(m[1]), start: Number(m[2]), id: Number(m[3]), meetingDate: m[4] === '' ? null : m[4]! }
}

/** Writes an opaque list cursor (the key of a page's last item). */
export function writeCursor(key: ItemKey): string {
  return Buffer.from(`k:${key.meetingId}:${key.start}:${key.id}:${key.meetingDate ?? ''}`, 'utf8').toString('base64url')
}
