// Options of the loaders.
import type { SourceFormat } from '../core/source-file.js'

/** How to load a document. */
export interface LoadOptions {
  /** Read the input as this format instead of detecting it. */
  format?: SourceFormat
  /** Largest input accepted, in bytes; default 50 MB (the CLI reads COMMUNIQUE_MAX_BYTES, not this module). */
  maxBytes?: number
  /** Time allowed for fetching a URL, in milliseconds; default 30 s. */
  timeoutMs?: number
  /** The fetch implementation for URLs (tests inject their own); default the global fetch. */
  fetch?: typeof fetch
}

/** Options of loadBytes: what is known about the bytes besides their content. */
export interface LoadBytesOptions {
  /** File path or URL, used in messages and for detection by extension. */
  path?: string
  /** Read the bytes as this format instead of detecting it. */
  format?: SourceFormat
  /** Largest input accepted, in bytes (also the limit of a DOCX's inflated contents); default 50 MB. */
  maxBytes?: number
  /** Content-Type of the HTTP response the bytes came from. */
  contentType?: string
}

/** Default time allowed for a URL fetch: 30 s. */
export const DEFAULT_TIMEOUT_MS = 30_000
