// A real server on 127.0.0.1 (random port) over a fresh store with the seed statement, one user per
// role (password "password-<role>") and an API token each; plus a tiny fetch client with a cookie jar.
import type { FastifyInstance } from 'fastify'
import { addUser, createApiToken } from '../../src/commands/accounts.js'
import { buildServer, type ServerOptions } from '../../src/server/app.js'
import type { Role } from '../../src/store/accounts.js'
import type { Store } from '../../src/store/store.js'
import type { Backend } from '../../src/store/types.js'
import { harnessFor, type Harness } from '../store/harness.js'
import { seedDocument } from '../store/fixtures.js'

/** A parsed JSON answer, read loosely by the tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers of many shapes
export type Json = any

export const ROLE_NAMES: readonly Role[] = ['viewer', 'editor', 'assessor', 'admin']

/** A running test server. */
export interface TestServer {
  base: string
  store: Store
  app: FastifyInstance
  harness: Harness
  /** API token of the user named after each role. */
  tokens: Record<Role, string>
  /** Moves the server's clock (ms). */
  advance(ms: number): void
  close(): Promise<void>
}

/** Starts a server over a new store of the back-end. */
export async function startTestServer(backend: Backend, options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const harness = await harnessFor(backend)()
  const store = await harness.open()
  await store.saveDocument(seedDocument())
  let offset = 0
  const now = () => new Date(Date.now() + offset).toISOString()
  const tokens = {} as Record<Role, string>
  for (const role of ROLE_NAMES) {
    await addUser(store, { name: role, role, password: `password-${role}` }, now())
    tokens[role] = (await createApiToken(store, role, now())).token
  }
  const app = await buildServer({ store, now, today: () => '2016-06-30', logger: false, webRoot: '/nonexistent', ...options })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const addr = app.server.address()
  const port = typeof addr === 'object' && addr ? addr.port : 0
  return {
    base: `http://127.0.0.1:${port}`,
    store,
    app,
    harness,
    tokens,
    advance: (ms) => {
      offset += ms
    },
    close: async () => {
      await app.close()
      await store.close()
      await harness.cleanup()
    },
  }
}

/** A client keeping one session cookie, like a browser. */
export class Client {
  cookie: string | null = null
  csrf: string | null = null
  constructor(
    readonly base: string,
    readonly token?: string,
  ) {}

  async req(method: string, path: string, o: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Response & { json2: () => Promise<Json> }> {
    const headers: Record<string, string> = { ...o.headers }
    if (this.token) headers.authorization = `Bearer ${this.token}`
    if (this.cookie) headers.cookie = this.cookie
    if (o.body !== undefined && !(o.body instanceof FormData)) headers['content-type'] ??= 'application/json'
    const res = await fetch(this.base + path, {
      method,
      headers,
      body:
        o.body === undefined ? undefined : typeof o.body === 'string' || o.body instanceof FormData ? (o.body as string | FormData) : JSON.stringify(o.body),
      redirect: 'manual',
    })
    const set = res.headers.get('set-cookie')
    if (set) {
      const m = /communique_session=([^;]*)/.exec(set)
      if (m) this.cookie = m[1] ? `communique_session=${m[1]}` : null
    }
    return Object.assign(res, { json2: async () => JSON.parse(await res.text()) })
  }

  /** Signs in; keeps the cookie and CSRF token. */
  async signIn(username: string, password: string) {
    const res = await this.req('POST', '/api/session', { body: { username, password } })
    if (res.status === 200) this.csrf = ((await res.clone().json()) as { csrfToken: string }).csrfToken
    return res
  }

  /** A change with the CSRF header. */
  async change(method: string, path: string, o: { body?: unknown; headers?: Record<string, string> } = {}) {
    return this.req(method, path, { ...o, headers: { ...(this.csrf ? { 'x-csrf-token': this.csrf } : {}), ...o.headers } })
  }
}
