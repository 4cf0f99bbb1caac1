// Fetches a document from a URL for the server, refusing anything but public http(s) hosts (SSRF):
// every address the name resolves to is checked at connection time (so DNS cannot change its answer
// between check and connect), and every redirect is checked the same way.
import { lookup as dnsLookup } from 'node:dns/promises'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { BlockList, isIP } from 'node:net'
import { CommuniqueError } from '../core/errors.js'

const blocked = new BlockList()
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(net, bits, 'ipv4')
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['64:ff9b::', 96],
  ['100::', 64],
] as const)
  blocked.addSubnet(net, bits, 'ipv6')

/** True for loopback, private, link-local, multicast, reserved and documentation addresses (IPv4-mapped IPv6 included). */
export function isBlockedAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return isBlockedAddress(mapped[1]!)
  const family = isIP(address)
  if (family === 0) return true
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

/** Resolves a host to every address (tests pass their own). */
export type Resolver = (host: string) => Promise<string[]>

const defaultResolver: Resolver = async (host) => (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address)

/** Checks a URL's scheme and every address of its host. @throws CommuniqueError 'usage' */
export async function checkPublicUrl(
  url: string,
  resolve: Resolver = defaultResolver,
  isBlocked: (address: string) => boolean = isBlockedAddress,
): Promise<{ url: URL; address: string }> {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    throw new CommuniqueError('usage', `"${url}" is not a URL; give an http(s) address`, { params: { url } })
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new CommuniqueError('usage', `only http and https addresses can be ingested, not ${u.protocol}`, { params: { url } })
  if (u.username || u.password) throw new CommuniqueError('usage', 'addresses with a user name or password are refused', { params: { url } })
  const host = u.hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  try {
    addresses = isIP(host) ? [host] : await resolve(host)
  } catch (error) {
    throw new CommuniqueError('fetch-failed', `cannot resolve ${host}; check the address`, { cause: error, params: { url } })
  }
  if (addresses.length === 0 || addresses.some(isBlocked)) {
    throw new CommuniqueError(
      'usage',
      `${host} is not a public address (loopback, private, link-local or reserved); only public web addresses can be ingested`,
      { params: { url, host } },
    )
  }
  return { url: u, address: addresses[0]! }
}

/** A fetched document. */
export interface PublicFetch {
  url: string
  bytes: Uint8Array
  contentType?: string
}

/**
 * Fetches a public URL, following at most 5 redirects, each checked like the first.
 * @throws CommuniqueError 'usage' (not public), 'fetch-failed', 'too-large'
 */
export async function fetchPublicUrl(
  url: string,
  o: { maxBytes: number; timeoutMs?: number; resolve?: Resolver; isBlocked?: (address: string) => boolean },
): Promise<PublicFetch> {
  let current = url
  for (let hop = 0; hop <= 5; hop++) {
    const checked = await checkPublicUrl(current, o.resolve, o.isBlocked)
    const res = await get(checked.url, checked.address, o.timeoutMs ?? 15_000)
    if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
      res.resume()
      current = new URL(res.headers.location, checked.url).toString()
      continue
    }
    if (!res.statusCode || res.statusCode >= 400) {
      res.resume()
      throw new CommuniqueError('fetch-failed', `${current} answered ${res.statusCode ?? 'nothing'}; check the address`, {
        params: { url: current, status: res.statusCode },
      })
    }
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of res) {
      size += (chunk as Buffer).length
      if (size > o.maxBytes) {
        res.destroy()
        throw new CommuniqueError('too-large', `${current} is larger than ${o.maxBytes} bytes`, { params: { url: current, maxBytes: o.maxBytes } })
      }
      chunks.push(chunk as Buffer)
    }
    return { url: current, bytes: new Uint8Array(Buffer.concat(chunks)), contentType: res.headers['content-type'] }
  }
  throw new CommuniqueError('fetch-failed', `${url} redirects more than 5 times`, { params: { url } })
}

function get(u: URL, address: string, timeoutMs: number): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = (u.protocol === 'https:' ? httpsRequest : httpRequest)(
      u,
      {
        method: 'GET',
        // Note: connect to the address checked above, never to a fresh DNS answer (no rebinding).
        lookup: ((_host: string, opts: { all?: boolean }, cb: (e: Error | null, a: unknown, f?: number) => void) => {
          if (opts.all) cb(null, [{ address, family: isIP(address) }])
          else cb(null, address, isIP(address))
        }) as never,
        headers: { accept: 'text/html,application/pdf,text/plain,*/*;q=0.5', 'user-agent': 'communique' },
        timeout: timeoutMs,
      },
      resolve,
    )
    req.on('timeout', () => req.destroy(new Error('timed out')))
    req.on('error', (e) =>
      reject(new CommuniqueError('fetch-failed', `cannot fetch ${u.toString()}: ${e.message}`, { cause: e, params: { url: u.toString() } })),
    )
    req.end()
  })
}
