// Errors as RFC 9457 problem+json: { type, title, status, detail, code, params? }. The `code` is the
// stable ErrorCode of core/errors.ts; `detail` is the one line a person reads.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { CommuniqueError, type ErrorCode } from '../core/errors.js'

/** HTTP status of each error code. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  usage: 400,
  'invalid-input': 400,
  'empty-input': 400,
  'binary-input': 415,
  'unsupported-format': 415,
  'no-text': 422,
  unreadable: 422,
  'not-found': 404,
  'not-a-file': 400,
  'too-large': 413,
  'fetch-failed': 502,
  conflict: 409,
  exists: 409,
  'store-unavailable': 503,
  'store-invalid': 500,
  'read-only': 503,
  'chromium-missing': 501,
  'write-failed': 500,
  unauthenticated: 401,
  forbidden: 403,
  locked: 429,
  'version-required': 428,
  'ambiguous-quote': 409,
  'quote-not-found': 422,
  'invalid-span': 422,
  'item-rejected': 409,
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Content too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal server error',
  501: 'Not implemented',
  502: 'Bad gateway',
  503: 'Service unavailable',
}

/** A problem document. */
export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  code: string
  params?: Record<string, unknown>
}

/** An error the server raises itself with a chosen HTTP status (412 on a stale If-Match ...). */
export class HttpProblem extends CommuniqueError {
  readonly status: number
  constructor(status: number, code: ErrorCode, message: string, params?: Record<string, unknown>) {
    super(code, message, { params })
    this.status = status
  }
}

/** The problem document of a status, code and detail. */
export function problem(status: number, code: string, detail: string, params?: Record<string, unknown>): Problem {
  return { type: `urn:communique:problem:${code}`, title: TITLES[status] ?? 'Error', status, detail, code, ...(params ? { params } : {}) }
}

/**
 * Words a command's message for API clients: CLI hints ("; run `communique list` ...") are dropped
 * and flags become the JSON field names ("--due-before" → "dueBefore"). The code and params carry
 * the same facts as data.
 */
export function apiWording(message: string): string {
  return message
    .replace(/[;(,]?\s*(?:run|see|try|use|ask with|re-?run)\s+`communique [^`]*`[^;)]*\)?/gi, '')
    .replace(/(^|[\s"(])--([a-z][a-z-]*)/g, (_m, pre: string, flag: string) => pre + flag.replace(/-([a-z])/g, (_x, c: string) => c.toUpperCase()))
    .trim()
}

/** Turns any error into a problem document (internal errors say nothing of their cause). */
export function toProblem(error: unknown): Problem {
  if (error instanceof HttpProblem) return problem(error.status, error.code, error.message, error.params as Record<string, unknown> | undefined)
  if (error instanceof CommuniqueError)
    return problem(STATUS[error.code] ?? 400, error.code, apiWording(error.message), error.params as Record<string, unknown> | undefined)
  const fe = error as FastifyError
  if (fe?.validation) return problem(400, 'invalid-input', `the request is invalid: ${fe.message}`)
  if (fe?.code === 'FST_REQ_FILE_TOO_LARGE' || fe?.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fe?.statusCode === 413) {
    return problem(413, 'too-large', 'the upload is larger than the server accepts; send a smaller file')
  }
  if (fe?.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) return problem(fe.statusCode, 'invalid-input', fe.message.split('\n')[0] ?? 'bad request')
  return problem(500, 'internal', 'the server failed to answer; this is a bug, see the server log')
}

/** Fastify error handler: logs internal errors, answers problem+json. */
export function problemHandler(error: unknown, req: FastifyRequest, reply: FastifyReply): void {
  const p = toProblem(error)
  if (p.status >= 500) req.log.error({ err: error }, 'request failed')
  if (p.code === 'locked') void reply.header('retry-after', String((p.params?.retryAfterSeconds as number | undefined) ?? 900))
  void reply.status(p.status).type('application/problem+json').send(p)
}
