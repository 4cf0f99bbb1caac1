// The URL loader against a local HTTP server: formats by Content-Type, redirects, failures, timeout, size limit.
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CommuniqueError } from '../../src/core/errors.js'
import { loadSource } from '../../src/ingest/index.js'
import { numberedParagraphs, SEED_DIR, SEED_TXT, seedParagraphs } from './helpers.js'

const html = readFileSync(join(SEED_DIR, 'japan-uk-2plus2-2016-01-08.html'))
const pdf = readFileSync(join(SEED_DIR, 'japan-uk-2plus2-2016-01-08.pdf'))
const txt = readFileSync(SEED_TXT)

let server: Server
let base = ''
const hanging: Array<() => void> = []

beforeAll(async () => {
  server = createServer((req, res) => {
    const send = (type: string, body: Buffer | string): void => {
      res.writeHead(200, { 'content-type': type })
      res.end(body)
    }
    switch (req.url) {
      case '/statement':
        return send('text/html; charset=utf-8', html)
      case '/statement.pdf':
        return send('application/pdf', pdf)
      case '/statement.txt':
        return send('text/plain; charset=utf-8', txt)
      case '/moved':
        res.writeHead(302, { location: '/statement' })
        return res.end()
      case '/photo':
        return send('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]))
      case '/huge':
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10_000_000) })
        return res.write('x')
      case '/stream': {
        res.writeHead(200, { 'content-type': 'text/plain' })
        for (let i = 0; i < 20; i++) res.write('y'.repeat(1000))
        return res.end()
      }
      case '/slow':
        hanging.push(() => res.destroy())
        return undefined
      default:
        res.writeHead(404, { 'content-type': 'text/html' })
        return res.end('<h1>Not found</h1>')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  for (const h of hanging) h()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

/** Loads and returns the CommuniqueError it throws. */
async function failure(url: string, options = {}): Promise<CommuniqueError> {
  const error = await loadSource(url, options).then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(CommuniqueError)
  const e = error as CommuniqueError
  expect(e.message.startsWith(`${url}: `)).toBe(true)
  return e
}

describe('loadSource with a URL', () => {
  it('reads an HTML page by its Content-Type', async () => {
    const file = await loadSource(`${base}/statement`)
    expect(file.format).toBe('html')
    expect(file.path).toBe(`${base}/statement`)
    expect(numberedParagraphs(file)).toEqual(seedParagraphs())
  })

  it('reads a PDF and plain text, and follows redirects', async () => {
    expect(numberedParagraphs(await loadSource(`${base}/statement.pdf`))).toEqual(seedParagraphs())
    expect((await loadSource(`${base}/statement.txt`)).value).toBe(txt.toString('utf8'))
    expect((await loadSource(`${base}/moved`)).format).toBe('html')
  })

  it('reports a 404 as fetch-failed with the status', async () => {
    const e = await failure(`${base}/missing`)
    expect(e.code).toBe('fetch-failed')
    expect(e.message).toMatch(/404/)
  })

  it('reports an image as unsupported-format', async () => {
    expect((await failure(`${base}/photo`)).code).toBe('unsupported-format')
  })

  it('gives up after the timeout', async () => {
    const started = Date.now()
    const e = await failure(`${base}/slow`, { timeoutMs: 300 })
    expect(e.code).toBe('fetch-failed')
    expect(e.message).toMatch(/no answer within 0.3 s/)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('refuses a body over the limit, by Content-Length or while streaming', async () => {
    expect((await failure(`${base}/huge`, { maxBytes: 1_000_000 })).code).toBe('too-large')
    const e = await failure(`${base}/stream`, { maxBytes: 5000 })
    expect(e.code).toBe('too-large')
    expect(e.message).toMatch(/--max-size/)
  })

  it('reports an unreachable server as fetch-failed', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const e = await failure(`http://127.0.0.1:${port}/statement`)
    expect(e.code).toBe('fetch-failed')
    expect(e.message).toMatch(/the server refused the connection \(ECONNREFUSED\)/)
  })

  it('uses an injected fetch', async () => {
    const fake: typeof fetch = async () => new Response('Title\n\n1. One paragraph.', { headers: { 'content-type': 'text/plain' } })
    expect((await loadSource('https://example.org/x', { fetch: fake })).value).toBe('Title\n\n1. One paragraph.')
  })
})
