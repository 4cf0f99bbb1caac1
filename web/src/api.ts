// The one way the web workspace talks to the server: same-origin fetch with the session cookie,
// the CSRF token on every mutation, If-Match where the contract asks for it, and problem+json
// errors turned into one line of text.
import type { Problem } from './types.js'

let csrfToken: string | null = null
let onSignedOut: () => void = () => undefined

/** Called when the server says the session is gone (401 on a request made while signed in). */
export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler
}

/** Remembers the CSRF token the session answers carry. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

/** The CSRF token of the session, for requests that do not go through request() (uploads). */
export function csrfTokenNow(): string | null {
  return csrfToken
}

/** An answer the server refused, with its problem+json fields. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string | null
  readonly params: Record<string, unknown>
  constructor(status: number, message: string, code: string | null = null, params: Record<string, unknown> = {}) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.params = params
  }
}

export interface RequestOptions {
  body?: unknown
  form?: FormData
  ifMatch?: number | string
  query?: Record<string, string | number | boolean | null | undefined>
  signal?: AbortSignal
}

export interface Answer<T> {
  data: T
  status: number
  etag: string | null
}

/** Builds `/api/...?...` from a path and query values, leaving out empty ones. */
export function apiUrl(path: string, query: RequestOptions['query'] = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '' || value === false) continue
    params.set(key, String(value))
  }
  const qs = params.toString()
  return `/api${path}${qs ? `?${qs}` : ''}`
}

async function problemOf(response: Response): Promise<ApiError> {
  let problem: Problem = {}
  const type = response.headers.get('content-type') ?? ''
  if (type.includes('json')) {
    try {
      problem = (await response.json()) as Problem
    } catch {
      problem = {}
    }
  }
  const text = problem.detail ?? problem.title ?? `The server answered ${response.status} ${response.statusText}`.trim()
  return new ApiError(response.status, text, problem.code ?? null, problem.params ?? {})
}

/** Sends one request; resolves with the parsed body or throws an ApiError. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  let body: BodyInit | undefined
  if (options.form) body = options.form
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.body)
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`
  let response: Response
  try {
    response = await fetch(apiUrl(path, options.query), { method, headers, body, credentials: 'same-origin', signal: options.signal ?? null })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiError(0, 'The server could not be reached; check that `communique serve` is running, then try again.')
  }
  if (!response.ok) {
    const problem = await problemOf(response)
    if (problem.status === 401 && path !== '/session') onSignedOut()
    throw problem
  }
  const etag = response.headers.get('etag')
  if (response.status === 204) return { data: undefined as T, status: 204, etag }
  const type = response.headers.get('content-type') ?? ''
  const data = (type.includes('json') ? await response.json() : await response.text()) as T
  return { data, status: response.status, etag }
}

export const get = async <T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal): Promise<T> =>
  (await request<T>('GET', path, { query, signal })).data
export const post = async <T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> =>
  (await request<T>('POST', path, { ...options, body: body ?? {} })).data
export const patch = async <T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> =>
  (await request<T>('PATCH', path, { ...options, body })).data
export const put = async <T>(path: string, body: unknown): Promise<T> => (await request<T>('PUT', path, { body })).data
export const del = async (path: string): Promise<void> => {
  await request<void>('DELETE', path)
}

/** The version in an ETag header (`"7"` or `W/"7"`), or null. */
export function versionOf(etag: string | null): number | null {
  const match = etag?.match(/"(\d+)"/)
  return match ? Number(match[1]) : null
}

/** A message for a caught error: the server's one line, or the error's own message. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
