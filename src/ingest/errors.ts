// Builders of the loaders' user-facing errors, so every message names the input and says what to do.
import { CommuniqueError, type ErrorCode } from '../core/errors.js'

/** Default size limit of one input: 50 MB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024

/**
 * A CommuniqueError whose one-line message starts with the path or URL.
 * @param code stable error code
 * @param where the file path or URL the error is about
 * @param message what was wrong and what to do
 * @param cause the underlying error, if any
 */
export function inputError(code: ErrorCode, where: string, message: string, cause?: unknown): CommuniqueError {
  return new CommuniqueError(code, `${where}: ${message}`, cause === undefined ? {} : { cause })
}

/** Formats a byte count for a message: "52.4 MB", "812 KB", "17 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`
  if (n >= 1024) return `${Math.round(n / 1024)} KB`
  return `${n} bytes`
}

/**
 * The error for an input over the size limit, saying the limit and how to raise it.
 * @param where path or URL
 * @param size the size found (or null when only "more than the limit" is known)
 * @param maxBytes the limit in force
 */
export function tooLargeError(where: string, size: number | null, maxBytes: number): CommuniqueError {
  const found = size === null ? 'more than' : `${formatBytes(size)}, over`
  return inputError(
    'too-large',
    where,
    `input is ${found} the ${formatBytes(maxBytes)} limit; raise it with --max-size or the COMMUNIQUE_MAX_BYTES environment variable`,
  )
}
