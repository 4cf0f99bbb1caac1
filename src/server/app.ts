// Builds the Fastify server: security headers, cookies, uploads, OpenAPI at /api/openapi.json with a
// local docs page at /api/docs, problem+json errors, the routes of routes/index.ts each behind its
// role rule, and the web build (dist/web/) at / with SPA fallback. Stateless: sessions live in the store.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import cookie from '@fastify/cookie'
import helmet from '@fastify/helmet'
import multipart from '@fastify/multipart'
import fastifyStatic from '@fastify/static'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import { requireRule } from '../commands/authorize.js'
import { checkCsrf, identify, type Identity } from './auth.js'
import { problem, problemHandler } from './problem.js'
import type { RouteDef, ServerContext } from './route.js'
import { ROUTES } from './routes/index.js'

/** Where `vite build` of the web workspace writes. */
export const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url))

/** Default largest upload: 10 MB. */
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024

/** Options of buildServer. */
export interface ServerOptions extends Partial<Omit<ServerContext, 'store'>> {
  store: ServerContext['store']
  /** Fastify logger option (false in tests). */
  logger?: FastifyServerOptions['logger']
  /** Folder of the web build; default dist/web/. */
  webRoot?: string
  /** Extra routes (tests). */
  routes?: readonly RouteDef[]
  /** Trust X-Forwarded-* from a reverse proxy (for https detection and client addresses). */
  trustProxy?: boolean
  /** Told of every route Fastify registers (the authorization-matrix test checks each has a rule). */
  onRoute?: (route: { method: string | string[]; url: string }) => void
}

declare module 'fastify' {
  interface FastifyRequest {
    identity: Identity | null
  }
}

const PLACEHOLDER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Communiqué</title></head>
<body><h1>Communiqué</h1><p>The web dashboard is not built. Run <code>npm run build:web</code>, or use the API: <a href="/api/docs">/api/docs</a>.</p></body></html>`

/** Log redaction: secrets never reach the log. */
export const REDACT = ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]']

/**
 * The request logger (pino): method, URL, status and time of every request; no headers, bodies or
 * cookies (Fastify's serializers log none, and REDACT covers them should a serializer change).
 */
export function requestLogger(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return { level, redact: { paths: REDACT, censor: '[redacted]' }, ...(stream ? { stream } : {}) } as FastifyServerOptions['logger']
}

/** Builds (does not start) the server. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const ctx: ServerContext = {
    store: options.store,
    now: options.now ?? (() => new Date().toISOString()),
    today: options.today ?? (() => new Date().toISOString().slice(0, 10)),
    maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
    allowUrlIngest: options.allowUrlIngest ?? false,
    chromiumPath: options.chromiumPath,
    lookup: options.lookup,
  }
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    // Note: on close, idle keep-alive connections end at once; requests in flight still finish.
    forceCloseConnections: 'idle',
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
  })
  if (options.onRoute) {
    const tell = options.onRoute
    app.addHook('onRoute', (r) => tell({ method: r.method, url: r.url }))
  }
  app.decorateRequest('identity', null)
  app.setErrorHandler(problemHandler)

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  })
  await app.register(cookie)
  await app.register(multipart, { limits: { fileSize: ctx.maxUploadBytes, files: 1, fields: 10, fieldSize: 10_000 } })
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Communiqué API',
        version: '1.0.0',
        description: 'Tracked commitments of ministerial meetings: items, tracking, reports, accounts. Errors are application/problem+json.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'communique_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
    },
  })
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { docExpansion: 'list' } })
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger())

  for (const r of [...ROUTES, ...(options.routes ?? [])]) registerRoute(app, r, ctx)

  const webRoot = options.webRoot ?? WEB_DIST
  const index = join(webRoot, 'index.html')
  if (existsSync(index)) await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false, index: false })
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.url === '/api' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      return reply
        .status(404)
        .type('application/problem+json')
        .send(problem(404, 'not-found', `no route ${req.method} ${req.url.split('?')[0]}; see /api/docs`))
    }
    const page = existsSync(index) ? readFileSync(index, 'utf8') : PLACEHOLDER
    return reply.type('text/html; charset=utf-8').send(page)
  })
  return app
}

function registerRoute(app: FastifyInstance, r: RouteDef, ctx: ServerContext): void {
  const { response, ...schema } = r.schema
  app.route({
    method: r.method,
    url: r.url,
    schema: {
      ...schema,
      ...(response ? { response } : {}),
      summary: r.summary,
      tags: r.tags,
      description: `Who: ${r.rule}.`,
      ...(r.rule === 'anyone' ? {} : { security: [{ session: [] }, { token: [] }] }),
      ...(r.multipart ? { consumes: ['multipart/form-data'] } : {}),
    },
    // Note: who may call is settled before the body is read or validated, so an anonymous or
    // under-privileged request gets 401/403 whatever it sends.
    onRequest: async (req) => {
      // Note: routes open to anyone (health, sign-in) ignore credentials, so a stale cookie never blocks signing in.
      if (r.rule === 'anyone') return
      const id = await identify(req, ctx)
      req.identity = id
      requireRule(r.rule, id?.user ?? null)
      if (id) checkCsrf(req, id)
    },
    // Note: a change without a body (curl -X POST .../accept) is validated as an empty object.
    ...(schema.body
      ? {
          preValidation: async (req: { body: unknown }) => {
            if (req.body === undefined) req.body = {}
          },
        }
      : {}),
    handler: async (req, reply) => r.handler({ body: req.body, query: req.query, params: req.params, user: req.identity?.user ?? null, raw: req }, reply, ctx),
  })
}
