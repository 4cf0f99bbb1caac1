// Request logs name method, URL and status, never a password, token, cookie or CSRF token.
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requestLogger } from '../../src/server/app.js'
import { Client, startTestServer, type TestServer } from './server-harness.js'

describe('request logs', () => {
  let s: TestServer
  const lines: string[] = []
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _enc, cb) {
        lines.push(chunk.toString())
        cb()
      },
    })
    s = await startTestServer('sqlite', { logger: requestLogger('info', stream) })
  })
  afterAll(async () => {
    await s?.close()
  })

  it('log requests without secrets', async () => {
    const c = new Client(s.base)
    await c.signIn('admin', 'password-admin')
    await c.change('POST', '/api/items/1/comments', { body: { text: 'logged?' } })
    await new Client(s.base, s.tokens.viewer).req('GET', '/api/items?limit=1')
    const log = lines.join('')
    expect(log).toContain('/api/session')
    expect(log).toContain('"statusCode":200')
    for (const secret of ['password-admin', s.tokens.viewer, c.cookie!.split('=')[1]!, c.csrf!]) expect(log).not.toContain(secret)
  })
})
