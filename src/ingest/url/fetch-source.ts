// Fetches a document over http(s) with a timeout and a size limit, and checks its Content-Type.
import { DEFAULT_MAX_BYTES, inputError, tooLargeError } from '../errors.js'
import { DEFAULT_TIMEOUT_MS, type LoadOptions } from '../load-options.js'

/** The body of a fetched document with its Content-Type. */
export interface FetchedSource {
  bytes: Uint8Array
  contentType?: string
  /** The URL after redirects. */
  url: string
}

/** Content types the loaders read. */
const SUPPORTED =
  /^(?:text\/html|application\/xhtml\+xml|text\/plain|text\/markdown|text\/x-markdown|application\/pdf|application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document|application\/octet-stream)$/

/**
 * Fetches a URL: follows redirects, gives up after `timeoutMs`, refuses bodies over `maxBytes`
 * (by Content-Length, or while streaming), answers non-2xx with the status.
 * @param url http(s) URL
 * @param options timeout, size limit, fetch implementation
 * @throws CommuniqueError 'fetch-failed', 'too-large' or 'unsupported-format'
 */
export async function fetchSource(url: string, options: LoadOptions = {}): Promise<FetchedSource> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const doFetch = options.fetch ?? fetch
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  const timedOut = (): boolean => controller.signal.aborted
  try {
    let response: Response
    try {
      response = await doFetch(url, { redirect: 'follow', signal: controller.signal, headers: { accept: 'text/html,application/pdf,text/plain,*/*;q=0.5' } })
    } catch (error) {
      throw fetchError(url, timedOut(), timeoutMs, error)
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined)
      throw inputError('fetch-failed', url, `server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}; check the URL`)
    }
    const contentType = response.headers.get('content-type') ?? undefined
    const type = contentType?.split(';')[0]?.trim().toLowerCase()
    if (type && !SUPPORTED.test(type)) {
      await response.body?.cancel().catch(() => undefined)
      throw inputError('unsupported-format', url, `the server sent ${type}, which cannot be read; give an HTML page, plain text, Markdown, PDF or DOCX`)
    }
    const length = Number(response.headers.get('content-length') ?? NaN)
    if (Number.isFinite(length) && length > maxBytes) {
      await response.body?.cancel().catch(() => undefined)
      throw tooLargeError(url, length, maxBytes)
    }
    const bytes = await readLimited(response, url, maxBytes, () => fetchError(url, timedOut(), timeoutMs))
    return { bytes, url: response.url || url, ...(contentType === undefined ? {} : { contentType }) }
  } finally {
    clearTimeout(timer)
  }
}

/** Reads a response body, stopping as soon as it passes the limit. */
async function readLimited(response: Response, url: string, maxBytes: number, onAbort: () => Error): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0)
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.length
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined)
        throw tooLargeError(url, null, maxBytes)
      }
      chunks.push(value)
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'CommuniqueError') throw error
    const aborted = onAbort()
    if (/no answer within/.test(aborted.message)) throw aborted
    const code = (error as { cause?: { code?: string } }).cause?.code
    const expected = Number(response.headers.get('content-length') ?? NaN)
    const of = Number.isFinite(expected) ? ` of ${expected}` : ''
    throw inputError(
      'fetch-failed',
      url,
      `the server closed the connection after ${total}${of} bytes, before the whole document arrived${code ? ` (${code})` : ''}; try again later`,
      error,
    )
  }
  return Buffer.concat(chunks)
}

/** The error for a fetch that failed before an answer: timeout or unreachable host. */
function fetchError(url: string, timedOut: boolean, timeoutMs: number, cause?: unknown): Error {
  if (timedOut)
    return inputError('fetch-failed', url, `no answer within ${Math.round((timeoutMs / 1000) * 10) / 10} s; check the URL or try again later`, cause)
  const inner = (cause as { cause?: { code?: string; message?: string } } | undefined)?.cause
  const code = inner?.code
  const detail = inner?.message ?? ''
  if (code === 'ECONNREFUSED')
    return inputError('fetch-failed', url, 'the server refused the connection (ECONNREFUSED); check the URL and that the server is running', cause)
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return inputError('fetch-failed', url, `no such host (${code}); check the URL and your network connection`, cause)
  if (/redirect count exceeded/i.test(detail))
    return inputError('fetch-failed', url, 'the server redirected too many times (a redirect loop); check the URL', cause)
  if (/scheme must be a HTTP\(S\) scheme/i.test(detail))
    return inputError(
      'fetch-failed',
      url,
      'the server redirected to an address that is not http(s), which is refused; give the final http(s) address of the document',
      cause,
    )
  if (/bad port/i.test(detail)) return inputError('fetch-failed', url, 'this port is blocked for safety (fetch refuses it); use the usual http(s) port', cause)
  const reason = code ?? (detail || ((cause as Error | undefined)?.message ?? 'network error'))
  return inputError('fetch-failed', url, `cannot reach the server (${reason}); check the URL and your network connection`, cause)
}
