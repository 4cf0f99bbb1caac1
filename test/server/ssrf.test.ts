// URL ingest refuses anything but public http(s) hosts: loopback, private, link-local, reserved and
// mapped addresses, names resolving to any such address, other schemes, and redirects to them.
import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkPublicUrl, fetchPublicUrl, isBlockedAddress } from '../../src/commands/fetch-public-url.js'
import { Client, startTestServer, type TestServer } from './server-harness.js'

describe('SSRF guard', () => {
  it.each([
    '127.0.0.1',
    '127.1.2.3',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.1.1',
    '169.254.169.254',
    '0.0.0.0',
    '100.64.0.1',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '224.0.0.1',
    'not-an-ip',
  ])('blocks %s', (a) => {
    expect(isBlockedAddress(a)).toBe(true)
  })

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700::1111'])('allows %s', (a) => {
    expect(isBlockedAddress(a)).toBe(false)
  })

  it.each([
    'http://127.0.0.1/',
    'http://2130706433/',
    'http://[::1]/',
    'http://[::ffff:7f00:1]/',
    'http://169.254.169.254/latest/meta-data/',
    'file:///etc/passwd',
    'ftp://example.org/x',
    'gopher://example.org/',
    'http://user:pw@example.org/',
  ])('refuses %s', async (url) => {
    await expect(checkPublicUrl(url, async () => ['93.184.215.14'])).rejects.toMatchObject({ code: 'usage' })
  })

  it('checks every address a name resolves to', async () => {
    await expect(checkPublicUrl('http://mixed.example/', async () => ['93.184.215.14', '10.1.2.3'])).rejects.toMatchObject({ code: 'usage' })
    await expect(checkPublicUrl('http://public.example/', async () => ['93.184.215.14'])).resolves.toMatchObject({ address: '93.184.215.14' })
  })

  describe('redirects', () => {
    let server: Server
    let port = 0
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === '/to-private') {
          res.writeHead(302, { location: 'http://10.0.0.5/secret' })
          res.end()
          return
        }
        if (req.url === '/to-file') {
          res.writeHead(302, { location: 'file:///etc/passwd' })
          res.end()
          return
        }
        res.writeHead(200, { 'content-type': 'text/plain' })
        res.end('1. The Ministers met.\n')
      })
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
      port = (server.address() as { port: number }).port
    })
    afterAll(() => new Promise<void>((r) => server.close(() => r())))
    // Pretend 127.0.0.1 is public so that the test server can stand in for a public host.
    const o = { maxBytes: 1_000_000, resolve: async () => ['127.0.0.1'], isBlocked: (a: string) => a !== '127.0.0.1' }

    it('follows a redirect only to a public address', async () => {
      await expect(fetchPublicUrl(`http://public.test:${port}/to-private`, o)).rejects.toMatchObject({ code: 'usage' })
      await expect(fetchPublicUrl(`http://public.test:${port}/to-file`, o)).rejects.toMatchObject({ code: 'usage' })
      const ok = await fetchPublicUrl(`http://public.test:${port}/doc.txt`, o)
      expect(Buffer.from(ok.bytes).toString()).toContain('Ministers')
    })

    it('refuses bodies over the limit', async () => {
      await expect(fetchPublicUrl(`http://public.test:${port}/doc.txt`, { ...o, maxBytes: 5 })).rejects.toMatchObject({ code: 'too-large' })
    })
  })

  describe('POST /api/documents/url on a server that allows URL ingest', () => {
    let s: TestServer
    beforeAll(async () => {
      s = await startTestServer('sqlite', {
        allowUrlIngest: true,
        lookup: async (host) => (host === 'intranet.example' ? ['192.168.0.10'] : ['93.184.215.14']),
      })
    })
    afterAll(async () => {
      await s?.close()
    })

    it.each(['http://127.0.0.1:1/', 'http://intranet.example/report', 'file:///etc/passwd'])('answers 400 for %s', async (url) => {
      const res = await new Client(s.base, s.tokens.admin).req('POST', '/api/documents/url', { body: { url } })
      expect(res.status).toBe(400)
      expect((await res.json2()).code).toBe('usage')
    })
  })
})
