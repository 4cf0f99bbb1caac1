// The shape of one API route: method, path, the role rule it requires, TypeBox schemas and a handler.
// Every route of the server is one entry of ROUTES (routes/index.ts); the authorization-matrix test
// is generated from that table.
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Static, TSchema } from '@fastify/type-provider-typebox'
import type { Rule } from '../commands/authorize.js'
import type { UserRecord } from '../store/accounts.js'
import type { Store } from '../store/store.js'

/** What every handler can use. */
export interface ServerContext {
  store: Store
  /** The ISO timestamp of now (tests may fix it). */
  now(): string
  /** Today's ISO date. */
  today(): string
  /** Largest accepted upload in bytes. */
  maxUploadBytes: number
  /** POST /api/documents/url is refused unless true. */
  allowUrlIngest: boolean
  /** Chromium for PDF reports. */
  chromiumPath?: string
  /** Resolves a host name to its addresses (tests replace it). */
  lookup?: (host: string) => Promise<string[]>
}

/** A request as a handler sees it: typed body, query and params, and the signed-in user. */
export interface ApiRequest<B, Q, P> {
  body: B
  query: Q
  params: P
  /** The signed-in user; set on every route whose rule is not 'anyone'. */
  user: UserRecord | null
  raw: FastifyRequest
}

/** One route. */
export interface RouteDef<B extends TSchema = TSchema, Q extends TSchema = TSchema, P extends TSchema = TSchema> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  url: string
  rule: Rule
  summary: string
  tags: string[]
  schema: { body?: B; querystring?: Q; params?: P; response?: Record<number, TSchema> }
  /** A multipart body (not validated by a schema). */
  multipart?: boolean
  handler(req: ApiRequest<Static<B>, Static<Q>, Static<P>>, reply: FastifyReply, ctx: ServerContext): Promise<unknown>
}

/** Declares a route with typed handler arguments. */
export function route<B extends TSchema = TSchema, Q extends TSchema = TSchema, P extends TSchema = TSchema>(def: RouteDef<B, Q, P>): RouteDef {
  return def as unknown as RouteDef
}
